//! The migration lock: a session-level advisory lock on the migration
//! connection, so that simultaneous `blogctl migrate` runs (CI jobs, pods)
//! apply each migration once. refinery itself takes no lock.

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use crate::error::Result;

/// The advisory lock key ("blogctl" in ASCII); advisory locks are per
/// database, so runs on different databases do not wait for each other.
pub const LOCK_KEY: i64 = 0x0062_6c6f_6763_746c;

/// Take the migration lock. When another session holds it, call
/// `on_wait` once, then wait for it with no lock timeout: a queue of
/// migrate runs is expected to drain, one at a time.
pub async fn lock(client: &impl GenericClient, on_wait: impl FnOnce()) -> Result<()> {
    let row = client
        .query_typed_one(
            "SELECT pg_try_advisory_lock($1)",
            &[(&LOCK_KEY, Type::INT8)],
        )
        .await
        .map_err(crate::db::failed("cannot take the migration lock"))?;
    if row.get::<_, bool>(0) {
        return Ok(());
    }
    on_wait();
    super::set_lock_timeout(client, 0).await?;
    client
        .query_typed("SELECT pg_advisory_lock($1)", &[(&LOCK_KEY, Type::INT8)])
        .await
        .map_err(crate::db::failed("cannot take the migration lock"))?;
    Ok(())
}

/// Release the migration lock and the session's lock timeout, so that the
/// connection can go on being used (`blogctl setup`).
pub async fn unlock(client: &impl GenericClient) -> Result<()> {
    client
        .query_typed("SELECT pg_advisory_unlock($1)", &[(&LOCK_KEY, Type::INT8)])
        .await
        .map_err(crate::db::failed("cannot release the migration lock"))?;
    client
        .batch_execute("RESET lock_timeout")
        .await
        .map_err(crate::db::failed("cannot reset lock_timeout"))
}
