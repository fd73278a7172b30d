//! The migration lock, so that simultaneous `blogctl migrate` runs (CI
//! jobs, pods) and the blog API's own migrator apply each migration once.
//!
//! Two advisory keys, taken in this order:
//! - blogctl's own ("blogctl" in ASCII), which every blogctl takes, held
//!   for the whole run;
//! - Kysely's (Kysely 0.26's `PostgresAdapter.acquireMigrationLock` takes
//!   `pg_advisory_xact_lock(3853314791062309107)` in its migration
//!   transaction), held while blogctl reads and writes what both tools
//!   share (the histories, V1..V5), so that meanwhile the API's migrator
//!   waits, and the other way round. It is released before V6: V6 and V7
//!   are blogctl's alone, and V6's `CREATE INDEX CONCURRENTLY` waits for
//!   every transaction older than its build, a waiting Kysely transaction
//!   included, which would wait for blogctl in turn until `--lock-timeout`
//!   ended the build. Nobody takes the keys in the other order (Kysely
//!   takes only its own), so there is no deadlock.
//!
//! Both are session locks of a connection of their own (the lock
//! connection, to the same server as the migration connection), which does
//! nothing else: outside a transaction, idle, it holds no snapshot that
//! V6's build would wait for. They are released by the run, or by the
//! server when that connection closes, however the run ends (a killed
//! process included). Every migration's transaction checks in `pg_locks`
//! that the lock connection still holds them.
//!
//! A run waiting for a key tries again every [`POLL`] rather than blocking
//! in `pg_advisory_lock`: a blocked statement holds a snapshot, and V6's
//! build in the run it waits for would wait for that snapshot, each run
//! waiting for the other.
//!
//! Session locks stay wherever a pooler in transaction mode put them, and
//! V6's `lock_timeout` is a session setting (`CREATE INDEX CONCURRENTLY`
//! cannot run in a transaction): before taking anything, both connections
//! are checked to keep one server session each (see [`lock`]).

use std::time::{Duration, Instant};

use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient, SimpleQueryMessage};

use super::holders::{Holders, holders};
use crate::db::{column, failed};
use crate::error::{MigrateError, Result};

/// blogctl's advisory lock key ("blogctl" in ASCII); advisory locks are per
/// database, so runs on different databases do not wait for each other.
pub const LOCK_KEY: i64 = 0x0062_6c6f_6763_746c;

/// Kysely 0.26's migration lock key (`LOCK_ID` in its PostgreSQL adapter).
pub const KYSELY_LOCK_KEY: i64 = 3_853_314_791_062_309_107;

/// How often a run waiting for a key tries again.
pub const POLL: Duration = Duration::from_millis(100);

/// One of the two migration locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// blogctl's own, which another `blogctl migrate` holds.
    Blogctl,
    /// Kysely's, which the blog API's migrator holds.
    BlogApi,
}

impl Key {
    fn value(self) -> i64 {
        match self {
            Key::Blogctl => LOCK_KEY,
            Key::BlogApi => KYSELY_LOCK_KEY,
        }
    }

    /// How `pg_locks` shows a bigint advisory key: its high and low 32
    /// bits as `classid` and `objid` (with `objsubid` 1).
    pub(super) fn halves(self) -> (i64, i64) {
        let key = self.value();
        (key >> 32, key & 0xffff_ffff)
    }

    /// "blogctl's migration lock".
    pub fn lock_name(self) -> &'static str {
        match self {
            Key::Blogctl => "blogctl's migration lock",
            Key::BlogApi => "the blog API's migration lock (Kysely's)",
        }
    }
}

/// The migration locks, held by the lock connection; released by
/// [`MigrationLock::release`], or by the server when the connection goes.
pub struct MigrationLock {
    client: Client,
    pid: i32,
    /// Whether Kysely's key is still held (until [`MigrationLock::release_api`]).
    api_held: bool,
}

/// The one row of a simple query, as text. The lock connection speaks only
/// the simple protocol, whose statements leave nothing behind: no portal,
/// so no snapshot that V6's build would wait for. The statements hold no
/// value from outside (numbers blogctl formats).
async fn simple_row(
    client: &Client,
    sql: &str,
) -> Result<Vec<Option<String>>, tokio_postgres::Error> {
    for message in client.simple_query(sql).await? {
        if let SimpleQueryMessage::Row(row) = message {
            return Ok((0..row.len())
                .map(|i| row.get(i).map(str::to_string))
                .collect());
        }
    }
    Ok(Vec::new())
}

/// A connection's server session: its backend pid, and when its server
/// started (to tell two servers apart).
async fn session_of(client: &Client) -> Result<(i32, String)> {
    let context = "cannot identify the server session";
    let row = simple_row(
        client,
        "SELECT pg_backend_pid(), pg_postmaster_start_time()::text",
    )
    .await
    .map_err(failed(context))?;
    let pid = row.first().cloned().flatten().and_then(|p| p.parse().ok());
    match (pid, row.get(1).cloned().flatten()) {
        (Some(pid), Some(started)) => Ok((pid, started)),
        _ => Err(MigrateError::Unreadable { what: context }.into()),
    }
}

/// Take both migration locks on `lock_client` (a second connection to the
/// server `main` is on), after checking that the connections keep one
/// server session each. When a key is held by another session, call
/// `on_wait` with who holds it and wait for it, for at most `wait_secs`
/// (0: for ever).
///
/// The session check: `main`'s backend pid; then `lock_client` opens a
/// transaction (which keeps its server session, pooled or not) and gives
/// its own pid; then `main`'s pid again; then the transaction ends. A
/// direct or session-pooled connection has its own backend throughout:
/// the first and last pids equal, the middle one different. A pooler in
/// transaction mode hands the transaction the server session `main` has
/// just left idle (the most recently used, as PgBouncer does by default),
/// so the middle pid equals the first; and `main`, whose session is now
/// taken, gets another one. Either shows. A pooler in statement mode
/// refuses the transaction.
pub async fn lock(
    main: &Client,
    lock_client: Client,
    wait_secs: u64,
    on_wait: impl Fn(Key, &Holders),
) -> Result<MigrationLock> {
    let (first, started) = session_of(main).await?;
    if let Err(e) = lock_client.batch_execute("BEGIN").await {
        if crate::db::connect::is_connection_lost(&e) || e.as_db_error().is_none() {
            return Err(failed("cannot check the lock connection's session")(e));
        }
        return Err(MigrateError::NotOneSession {
            evidence: format!(
                "it refused a transaction block ({})",
                crate::error::PgError(e)
            ),
        }
        .into());
    }
    let (pid, lock_started) = session_of(&lock_client).await?;
    let (last, _) = session_of(main).await?;
    lock_client
        .batch_execute("ROLLBACK")
        .await
        .map_err(failed("cannot check the lock connection's session"))?;
    if pid == first || last != first {
        return Err(MigrateError::NotOneSession {
            evidence: format!(
                "statements on one connection ran in different server sessions (pid {first}, \
                 then {last}; a transaction on a second connection ran in pid {pid})"
            ),
        }
        .into());
    }
    if lock_started != started {
        return Err(MigrateError::OtherServer {
            lock_pid: pid,
            lock_started,
            started,
        }
        .into());
    }
    let deadline = match wait_secs {
        0 => None,
        secs => Some(Instant::now().checked_add(Duration::from_secs(secs))),
    };
    for key in [Key::Blogctl, Key::BlogApi] {
        if let Err(e) = take(main, &lock_client, key, wait_secs, deadline, &on_wait).await {
            // Released now rather than when the server notices the
            // connection close: the next run must find nothing.
            let _ = lock_client
                .batch_execute("SELECT pg_advisory_unlock_all()")
                .await;
            return Err(e);
        }
    }
    Ok(MigrationLock {
        client: lock_client,
        pid,
        api_held: true,
    })
}

/// Take `key` on the lock connection, trying again every [`POLL`] until
/// `deadline` (`None`: for ever; `Some(None)`: past what an `Instant` can
/// hold, for ever too).
async fn take(
    main: &Client,
    lock_client: &Client,
    key: Key,
    wait_secs: u64,
    deadline: Option<Option<Instant>>,
    on_wait: &impl Fn(Key, &Holders),
) -> Result<()> {
    let sql = format!("SELECT pg_try_advisory_lock({})", key.value());
    let mut told = false;
    loop {
        let row = simple_row(lock_client, &sql)
            .await
            .map_err(failed("cannot take the migration lock"))?;
        if row.first().cloned().flatten().as_deref() == Some("t") {
            return Ok(());
        }
        if !told {
            on_wait(key, &holders(main, key).await?);
            told = true;
        }
        if let Some(Some(deadline)) = deadline
            && Instant::now() >= deadline
        {
            let holders = holders(main, key).await?;
            return Err(MigrateError::LockWaitTimeout {
                lock: key.lock_name(),
                waited: wait_secs,
                pid: holders.0.first().and_then(|h| h.pid),
                holders: holders.to_string(),
            }
            .into());
        }
        tokio::time::sleep(POLL).await;
    }
}

impl MigrationLock {
    /// The lock connection's backend pid.
    pub fn pid(&self) -> i32 {
        self.pid
    }

    /// Release Kysely's key, before V6 (see the module's notes): the blog
    /// API's migrator may go on. False when the lock connection no longer
    /// held it (its session ended): the run must stop.
    pub async fn release_api(&mut self) -> Result<bool> {
        if !self.api_held {
            return Ok(true);
        }
        self.api_held = false;
        self.unlock(Key::BlogApi).await
    }

    /// Release `key`: false when it was not held, or the lock connection's
    /// session is gone.
    async fn unlock(&self, key: Key) -> Result<bool> {
        let sql = format!("SELECT pg_advisory_unlock({})", key.value());
        match simple_row(&self.client, &sql).await {
            Ok(row) => Ok(row.first().cloned().flatten().as_deref() == Some("t")),
            Err(e) if crate::db::connect::is_connection_lost(&e) => Ok(false),
            Err(e) => Err(failed("cannot release the migration lock")(e)),
        }
    }

    /// On the migration connection, at the start of a migration's
    /// transaction `tx`: whether the lock connection still holds its keys,
    /// and `lock_timeout` for the rest of `tx` (local to it: nothing stays
    /// on the session). One round trip.
    pub async fn guard(&self, tx: &impl GenericClient, lock_timeout_secs: u64) -> Result<bool> {
        let context = "cannot check the migration lock";
        let (own_high, own_low) = Key::Blogctl.halves();
        let (api_high, api_low) = Key::BlogApi.halves();
        let held: i64 = if self.api_held { 2 } else { 1 };
        let bound = format!("{}ms", lock_timeout_secs.saturating_mul(1000));
        let row = tx
            .query_typed_one(
                "SELECT (SELECT count(*) FROM pg_locks
                         WHERE locktype = 'advisory' AND granted AND pid = $1 AND objsubid = 1
                           AND database = (SELECT oid FROM pg_database
                                           WHERE datname = current_database())
                           AND ((classid::int8 = $2 AND objid::int8 = $3)
                                OR ($7 AND classid::int8 = $4 AND objid::int8 = $5))) = $6,
                        set_config('lock_timeout', $8, true)",
                &[
                    (&self.pid, Type::INT4),
                    (&own_high, Type::INT8),
                    (&own_low, Type::INT8),
                    (&api_high, Type::INT8),
                    (&api_low, Type::INT8),
                    (&held, Type::INT8),
                    (&self.api_held, Type::BOOL),
                    (&bound, Type::TEXT),
                ],
            )
            .await
            .map_err(failed(context))?;
        column(&row, 0, context)
    }

    /// Release the keys still held, each checked to have been held, then
    /// check from the migration connection `main` that the lock
    /// connection holds none of them any more, and close it.
    pub async fn release(mut self, main: &Client) -> Result<()> {
        let api = self.api_held;
        for (key, held) in [
            (Key::BlogApi, !api || self.release_api().await?),
            (Key::Blogctl, self.unlock(Key::Blogctl).await?),
        ] {
            if !held {
                return Err(MigrateError::NotHeld {
                    pid: self.pid,
                    lock: key.lock_name(),
                }
                .into());
            }
        }
        for key in [Key::Blogctl, Key::BlogApi] {
            let left = holders(main, key).await?;
            if left.0.iter().any(|h| h.pid == Some(self.pid)) {
                return Err(MigrateError::NotReleased {
                    pid: self.pid,
                    lock: key.lock_name(),
                }
                .into());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_split_as_pg_locks_shows_them() {
        assert_eq!(Key::Blogctl.halves(), (0x0062_6c6f, 0x6763_746c));
        let (high, low) = Key::BlogApi.halves();
        assert_eq!((high << 32) | low, KYSELY_LOCK_KEY);
    }
}
