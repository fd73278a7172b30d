//! The migration lock: session-level advisory locks on the migration
//! connection, so that simultaneous `blogctl migrate` runs (CI jobs, pods)
//! and the blog API's own migrator apply each migration once.
//!
//! Two keys, taken in this order and released together:
//! - blogctl's own ("blogctl" in ASCII), which every blogctl takes;
//! - Kysely's (Kysely 0.26's `PostgresAdapter.acquireMigrationLock` takes
//!   `pg_advisory_xact_lock(3853314791062309107)` in its migration
//!   transaction). A session lock and a transaction lock on one key exclude
//!   each other, so while blogctl migrates the API's migrator waits, and
//!   the other way round. Nobody takes them in the other order (Kysely
//!   takes only its own), so there is no deadlock.

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use crate::db::failed;
use crate::error::Result;

/// blogctl's advisory lock key ("blogctl" in ASCII); advisory locks are per
/// database, so runs on different databases do not wait for each other.
pub const LOCK_KEY: i64 = 0x0062_6c6f_6763_746c;

/// Kysely 0.26's migration lock key (`LOCK_ID` in its PostgreSQL adapter).
pub const KYSELY_LOCK_KEY: i64 = 3_853_314_791_062_309_107;

/// Who holds a lock that `blogctl migrate` waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// Another `blogctl migrate`.
    Blogctl,
    /// The blog API's migrator (Kysely).
    BlogApi,
}

/// Take both migration locks. When one is held by another session, call
/// `on_wait` with who holds it, then wait for it with no lock timeout: a
/// queue of migrators is expected to drain, one at a time.
pub async fn lock(client: &impl GenericClient, on_wait: impl Fn(Holder)) -> Result<()> {
    take(client, LOCK_KEY, || on_wait(Holder::Blogctl)).await?;
    if let Err(e) = take(client, KYSELY_LOCK_KEY, || on_wait(Holder::BlogApi)).await {
        let _ = release(client, LOCK_KEY).await;
        return Err(e);
    }
    Ok(())
}

async fn take(client: &impl GenericClient, key: i64, on_wait: impl FnOnce()) -> Result<()> {
    let row = client
        .query_typed_one("SELECT pg_try_advisory_lock($1)", &[(&key, Type::INT8)])
        .await
        .map_err(failed("cannot take the migration lock"))?;
    if row.get::<_, bool>(0) {
        return Ok(());
    }
    on_wait();
    super::set_lock_timeout(client, 0).await?;
    client
        .query_typed("SELECT pg_advisory_lock($1)", &[(&key, Type::INT8)])
        .await
        .map_err(failed("cannot take the migration lock"))?;
    Ok(())
}

async fn release(client: &impl GenericClient, key: i64) -> Result<()> {
    client
        .query_typed("SELECT pg_advisory_unlock($1)", &[(&key, Type::INT8)])
        .await
        .map_err(failed("cannot release the migration lock"))?;
    Ok(())
}

/// Release both migration locks and the session's lock timeout, so that
/// the connection can go on being used (`blogctl setup`).
pub async fn unlock(client: &impl GenericClient) -> Result<()> {
    let kysely = release(client, KYSELY_LOCK_KEY).await;
    let own = release(client, LOCK_KEY).await;
    kysely.and(own)?;
    client
        .batch_execute("RESET lock_timeout")
        .await
        .map_err(failed("cannot reset lock_timeout"))
}
