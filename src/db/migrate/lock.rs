//! The migration lock, so that simultaneous `blogctl migrate` runs (CI
//! jobs, pods) and the blog API's own migrator apply each migration once.
//!
//! Two advisory keys, taken in this order:
//! - blogctl's own ("blogctl" in ASCII), which every blogctl takes;
//! - Kysely's (Kysely 0.26's `PostgresAdapter.acquireMigrationLock` takes
//!   `pg_advisory_xact_lock(3853314791062309107)` in its migration
//!   transaction), so that while blogctl migrates the API's migrator
//!   waits, and the other way round. Nobody takes them in the other order
//!   (Kysely takes only its own), so there is no deadlock.
//!
//! Both are transaction-level locks, held by an open READ COMMITTED
//! transaction on a connection of their own (the lock connection, to the
//! same server as the migration connection) from before the history is
//! read until the run ends. A session-level lock on the migration
//! connection would stay behind wherever a pooler put it; a transaction
//! keeps its server session through any pooler, and ends (releasing the
//! locks) with the run, however the run ends: ROLLBACK, a closed
//! connection, a killed process. It holds no snapshot between statements,
//! so `CREATE INDEX CONCURRENTLY` (V6), which waits for older snapshots,
//! does not wait for it. Every migration's transaction checks, in
//! `pg_locks`, that the lock connection still holds both keys.
//!
//! Before taking anything, the migration connection is checked to keep
//! one server session from statement to statement (see [`lock`]): through
//! a pooler in transaction or statement mode, V6's `lock_timeout` (a
//! session setting around `CREATE INDEX CONCURRENTLY`, which cannot run in
//! a transaction) would stay behind on some pooled server connection.

use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient};

use super::holders::{Holders, holders};
use crate::db::{column, failed};
use crate::error::{MigrateError, Result};

/// blogctl's advisory lock key ("blogctl" in ASCII); advisory locks are per
/// database, so runs on different databases do not wait for each other.
pub const LOCK_KEY: i64 = 0x0062_6c6f_6763_746c;

/// Kysely 0.26's migration lock key (`LOCK_ID` in its PostgreSQL adapter).
pub const KYSELY_LOCK_KEY: i64 = 3_853_314_791_062_309_107;

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

/// Both migration locks, held by the open transaction of the lock
/// connection; released by [`MigrationLock::release`], or by the server
/// when the connection goes.
pub struct MigrationLock {
    client: Client,
    pid: i32,
}

/// A connection's server session: its backend pid, and when its server
/// started (to tell two servers apart).
async fn session_of(client: &Client) -> Result<(i32, String)> {
    let context = "cannot identify the server session";
    let row = client
        .query_typed_one(
            "SELECT pg_backend_pid(), pg_postmaster_start_time()::text",
            &[],
        )
        .await
        .map_err(failed(context))?;
    Ok((column(&row, 0, context)?, column(&row, 1, context)?))
}

/// Take both migration locks on `lock_client` (a second connection to the
/// server `main` is on), after checking that `main` keeps one server
/// session. When a key is held by another session, call `on_wait` with
/// who holds it and wait for it, for at most `wait_secs` (0: for ever).
///
/// The session check: `main`'s backend pid; then `lock_client` opens its
/// transaction (which keeps its server session, pooled or not) and gives
/// its own pid; then `main`'s pid again. A direct or session-pooled
/// connection has its own backend throughout: three pids, the first and
/// last equal, the middle one different. A pooler in transaction mode
/// hands the transaction the server session `main` has just left idle (the
/// most recently used, as PgBouncer does by default), so the middle pid
/// equals the first; and `main`, whose session is now taken, gets another
/// one. Either shows. A pooler in statement mode refuses the transaction.
pub async fn lock(
    main: &Client,
    lock_client: Client,
    wait_secs: u64,
    on_wait: impl Fn(Key, &Holders),
) -> Result<MigrationLock> {
    let (first, started) = session_of(main).await?;
    // No statement or idle timeout of the server's may end the lock
    // mid-run: both are local to this transaction.
    let begin = "BEGIN ISOLATION LEVEL READ COMMITTED; \
                 SET LOCAL idle_in_transaction_session_timeout = 0; \
                 SET LOCAL statement_timeout = 0";
    if let Err(e) = lock_client.batch_execute(begin).await {
        if crate::db::connect::is_connection_lost(&e) || e.as_db_error().is_none() {
            return Err(failed("cannot open the migration lock's transaction")(e));
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
    for key in [Key::Blogctl, Key::BlogApi] {
        take(main, &lock_client, key, wait_secs, &on_wait).await?;
    }
    Ok(MigrationLock {
        client: lock_client,
        pid,
    })
}

/// Take `key` in the lock connection's transaction, waiting for at most
/// `wait_secs` (its `lock_timeout`, local to that transaction).
async fn take(
    main: &Client,
    lock_client: &Client,
    key: Key,
    wait_secs: u64,
    on_wait: &impl Fn(Key, &Holders),
) -> Result<()> {
    let value = key.value();
    let row = lock_client
        .query_typed_one(
            "SELECT pg_try_advisory_xact_lock($1)",
            &[(&value, Type::INT8)],
        )
        .await
        .map_err(failed("cannot take the migration lock"))?;
    if column::<bool>(&row, 0, "cannot take the migration lock")? {
        return Ok(());
    }
    on_wait(key, &holders(main, key).await?);
    let bound = format!("{}ms", wait_secs.saturating_mul(1000));
    let waited = lock_client
        .query_typed(
            "SELECT set_config('lock_timeout', $1, true), pg_advisory_xact_lock($2)",
            &[(&bound, Type::TEXT), (&value, Type::INT8)],
        )
        .await;
    match waited {
        Ok(_) => Ok(()),
        Err(e) if e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => {
            let holders = holders(main, key).await?;
            Err(MigrateError::LockWaitTimeout {
                lock: key.lock_name(),
                waited: wait_secs,
                pid: holders.0.first().and_then(|h| h.pid),
                holders: holders.to_string(),
            }
            .into())
        }
        Err(e) => Err(failed("cannot take the migration lock")(e)),
    }
}

impl MigrationLock {
    /// The lock connection's backend pid.
    pub fn pid(&self) -> i32 {
        self.pid
    }

    /// At the start of a migration's transaction `tx` (on the migration
    /// connection): whether the lock connection still holds both keys, and
    /// `lock_timeout` for the rest of `tx` (local to it: nothing stays on
    /// the session). One round trip.
    pub async fn guard(&self, tx: &impl GenericClient, lock_timeout_secs: u64) -> Result<bool> {
        let context = "cannot check the migration lock";
        let (own_high, own_low) = Key::Blogctl.halves();
        let (api_high, api_low) = Key::BlogApi.halves();
        let bound = format!("{}ms", lock_timeout_secs.saturating_mul(1000));
        let row = tx
            .query_typed_one(
                "SELECT (SELECT count(*) FROM pg_locks
                         WHERE locktype = 'advisory' AND granted AND pid = $1 AND objsubid = 1
                           AND database = (SELECT oid FROM pg_database
                                           WHERE datname = current_database())
                           AND (classid::int8, objid::int8) IN (($2, $3), ($4, $5))) = 2,
                        set_config('lock_timeout', $6, true)",
                &[
                    (&self.pid, Type::INT4),
                    (&own_high, Type::INT8),
                    (&own_low, Type::INT8),
                    (&api_high, Type::INT8),
                    (&api_low, Type::INT8),
                    (&bound, Type::TEXT),
                ],
            )
            .await
            .map_err(failed(context))?;
        column(&row, 0, context)
    }

    /// End the lock connection's transaction (releasing both keys) and
    /// check, from the migration connection `main`, that nothing of them
    /// is left.
    pub async fn release(self, main: &Client) -> Result<()> {
        let ended = self.client.batch_execute("ROLLBACK").await;
        drop(self.client);
        ended.map_err(failed("cannot release the migration lock"))?;
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
