//! Who holds a migration lock, from `pg_locks` and `pg_stat_activity`:
//! what a run waiting for it, or giving up on it, says.

use std::fmt;

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use super::lock::Key;
use crate::db::{column, failed};
use crate::error::Result;

/// A session holding a migration lock, as `pg_locks` and
/// `pg_stat_activity` show it (what this role may see of it).
#[derive(Debug, Clone, Default)]
pub struct Holder {
    /// `None` for a prepared transaction.
    pub pid: Option<i32>,
    pub application: Option<String>,
    pub user: Option<String>,
    /// Where it connected from: `10.0.0.7:50312`, or `a Unix socket`.
    pub client: Option<String>,
    pub state: Option<String>,
    /// When its transaction (or, outside one, its connection) began, UTC.
    pub since: Option<String>,
    pub in_transaction: bool,
    pub seconds: Option<f64>,
}

impl fmt::Display for Holder {
    /// `pid 4242 (application psql, user postgres, from 127.0.0.1:50312,
    /// idle in transaction, in a transaction since 2026-11-27 03:12:01 UTC,
    /// 45 s ago)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(pid) = self.pid else {
            return f.write_str("a prepared transaction (see pg_prepared_xacts)");
        };
        let mut parts = Vec::new();
        let mut add = |label: &str, value: &Option<String>| {
            if let Some(value) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{label}{value}"));
            }
        };
        add("application ", &self.application);
        add("user ", &self.user);
        add("from ", &self.client);
        add("", &self.state);
        if let Some(since) = &self.since {
            let what = match self.in_transaction {
                true => "in a transaction since",
                false => "connected since",
            };
            let ago = self
                .seconds
                .map(|s| format!(", {} s ago", s.max(0.0).round()))
                .unwrap_or_default();
            parts.push(format!("{what} {since}{ago}"));
        }
        if parts.is_empty() {
            return write!(f, "pid {pid} (its details are not visible to this role)");
        }
        write!(f, "pid {pid} ({})", parts.join(", "))
    }
}

/// The sessions holding a key; usually one.
#[derive(Debug, Clone, Default)]
pub struct Holders(pub Vec<Holder>);

impl fmt::Display for Holders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("a session that released it just now");
        }
        let list: Vec<String> = self.0.iter().map(Holder::to_string).collect();
        f.write_str(&list.join("; "))
    }
}

/// Who holds `key` on this database now.
pub async fn holders(client: &impl GenericClient, key: Key) -> Result<Holders> {
    let (high, low) = key.halves();
    let rows = client
        .query_typed(
            "SELECT l.pid, a.application_name::text, a.usename::text,
                    CASE WHEN a.client_addr IS NOT NULL
                             THEN host(a.client_addr) || ':' || a.client_port
                         WHEN a.client_port = -1 THEN 'a Unix socket' END,
                    a.state,
                    to_char(coalesce(a.xact_start, a.backend_start) AT TIME ZONE 'UTC',
                            'YYYY-MM-DD HH24:MI:SS') || ' UTC',
                    a.xact_start IS NOT NULL,
                    extract(epoch FROM now() - coalesce(a.xact_start, a.backend_start))::float8
             FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND l.classid::int8 = $1 AND l.objid::int8 = $2
             ORDER BY l.pid",
            &[(&high, Type::INT8), (&low, Type::INT8)],
        )
        .await
        .map_err(failed("cannot look up who holds the migration lock"))?;
    let context = "cannot read who holds the migration lock";
    let mut holders = Vec::new();
    for row in &rows {
        holders.push(Holder {
            pid: column(row, 0, context)?,
            application: column(row, 1, context)?,
            user: column(row, 2, context)?,
            client: column(row, 3, context)?,
            state: column(row, 4, context)?,
            since: column(row, 5, context)?,
            in_transaction: column::<Option<bool>>(row, 6, context)?.unwrap_or(false),
            seconds: column(row, 7, context)?,
        });
    }
    Ok(Holders(holders))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_read_as_a_sentence() {
        let holder = Holder {
            pid: Some(4242),
            application: Some("psql".into()),
            user: Some("postgres".into()),
            client: Some("10.0.0.7:50312".into()),
            state: Some("idle in transaction".into()),
            since: Some("2026-11-27 03:12:01 UTC".into()),
            in_transaction: true,
            seconds: Some(44.6),
        };
        assert_eq!(
            holder.to_string(),
            "pid 4242 (application psql, user postgres, from 10.0.0.7:50312, idle in \
             transaction, in a transaction since 2026-11-27 03:12:01 UTC, 45 s ago)"
        );
        let hidden = Holder {
            pid: Some(7),
            application: Some(String::new()),
            ..Holder::default()
        };
        assert_eq!(
            hidden.to_string(),
            "pid 7 (its details are not visible to this role)"
        );
        let prepared = Holder::default();
        assert_eq!(
            Holders(vec![hidden, prepared]).to_string(),
            "pid 7 (its details are not visible to this role); a prepared transaction (see \
             pg_prepared_xacts)"
        );
        assert_eq!(
            Holders(Vec::new()).to_string(),
            "a session that released it just now"
        );
    }
}
