//! Questions about the server itself: its role (primary or standby), how
//! far a standby is behind, its version.

use tokio_postgres::{GenericClient, SimpleQueryMessage};

use super::failed;
use crate::error::{Error, Result};

/// `(pg_is_in_recovery(), transaction_read_only)`, for servers that do not
/// report them at startup (before PostgreSQL 14, some poolers). A simple
/// query: no named statement, so it works through PgBouncer.
pub async fn role(client: &impl GenericClient) -> Result<(bool, bool), tokio_postgres::Error> {
    let messages = client
        .simple_query(
            "SELECT pg_catalog.pg_is_in_recovery(), \
             pg_catalog.current_setting('transaction_read_only') = 'on'",
        )
        .await?;
    for message in messages {
        if let SimpleQueryMessage::Row(row) = message {
            let yes = |i| row.get(i) == Some("t");
            return Ok((yes(0), yes(1)));
        }
    }
    Ok((false, false))
}

/// On a standby, how many seconds ago the last replayed transaction was
/// committed on the primary (`now() - pg_last_xact_replay_timestamp()`);
/// `None` before any was replayed.
pub async fn replay_lag(client: &impl GenericClient) -> Result<Option<f64>> {
    let row = client
        .query_typed_one(
            "SELECT extract(epoch FROM now() - pg_catalog.pg_last_xact_replay_timestamp())::float8",
            &[],
        )
        .await
        .map_err(|e| Error::db("cannot read how far the standby is behind", e))?;
    Ok(row.get(0))
}

/// The server's version, as `SHOW server_version` gives it (`15.20 (Debian …)`).
pub async fn version(client: &impl GenericClient) -> Result<String> {
    let row = client
        .query_typed_one("SELECT current_setting('server_version')", &[])
        .await
        .map_err(failed("cannot read the server's version"))?;
    Ok(row.get(0))
}
