//! Applying the planned migrations under the migration lock, one
//! transaction each, and saying what was done.

use std::time::Instant;

use refinery::Migration;
use tokio_postgres::Client;

use super::spinner::{Spinner, human};
use super::{AdminSource, label, plan, report_sync, up_to_date};
use crate::admin::{self, AdminSpec, Known, Outcome};
use crate::cli::LockArgs;
use crate::commands::Context;
use crate::db::migrate::concurrent::{self, Build, IndexFailure};
use crate::db::migrate::{self as dbm, ADMIN_VERSION, AUTHOR_VERSION, MigrationLock};
use crate::error::{Error, MigrateError, PgError, Result};

/// Plan the run (history, adoption, refusals, the admin), bring the
/// histories in step, then apply each pending migration in its own
/// transaction, under `lock`. Returns what the admin step did, if it ran.
pub async fn migrate_locked(
    ctx: &Context,
    client: &mut Client,
    embedded: &[Migration],
    target: i32,
    locks: &LockArgs,
    admin: AdminSource<'_>,
    lock: &mut MigrationLock,
) -> Result<Option<Outcome>> {
    let lock_timeout = locks.lock_timeout;
    let scheme = ctx.settings.password_hash;
    let mut plan = plan::plan(&*client, embedded, target, admin, scheme).await?;
    let mut tables = dbm::HistoryTables::default();
    if plan.sync.writes() {
        dbm::record_sync(client, &plan.sync, lock, lock_timeout, &mut tables).await?;
    }
    report_sync(ctx, &plan.sync, false);
    if plan.pending.is_empty() {
        ctx.msgs.info(up_to_date(plan.current, target));
        return Ok(None);
    }
    let mut done: Vec<&Migration> = Vec::new();
    let mut admin_step = None;
    for migration in &plan.pending {
        let version = migration.version();
        // V4 creates the admin and V5 hands it to existing articles: each
        // makes sure of it in its own transaction.
        let admin_step_here = version == ADMIN_VERSION || version == AUTHOR_VERSION;
        let admin = plan.admin.as_mut().filter(|_| admin_step_here);
        // Past what the blog API's migrator shares (V1..V5), its lock goes:
        // V6's concurrent build would wait for the API's migrator waiting
        // for it (db::migrate::lock).
        if dbm::kysely::name_of(version).is_none() && !lock.release_api().await? {
            return Err(MigrateError::LockLost {
                pid: lock.pid(),
                before: label(migration),
            }
            .into());
        }
        let lock = &*lock;
        let started = Instant::now();
        let spinner = Spinner::start(ctx, format!("applying V{version} {}", migration.name()));
        let result = if version == concurrent::CONCURRENT_VERSION {
            apply_concurrently(ctx, client, migration, lock, lock_timeout, &mut tables).await
        } else {
            apply(client, migration, admin, lock, lock_timeout, &mut tables).await
        };
        drop(spinner);
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(Failure::Admin(e)) => return Err(e),
            Err(Failure::LockLost) => {
                return Err(MigrateError::LockLost {
                    pid: lock.pid(),
                    before: label(migration),
                }
                .into());
            }
            Err(Failure::Index(failure)) => {
                let (problem, source) = match failure {
                    IndexFailure::Db(source) => (
                        "building its index without blocking writes (CREATE INDEX \
                         CONCURRENTLY) failed, which may leave the index articles_author_id_idx \
                         invalid (unused by queries): the next `blogctl migrate` drops it and \
                         builds it again",
                        Some(source),
                    ),
                    IndexFailure::NameTaken => (
                        "articles_author_id_idx, the name of its index, is taken by something \
                         else (not a btree index on articles (author_id)): rename or drop it",
                        None,
                    ),
                    IndexFailure::NotValid => (
                        "its index articles_author_id_idx is not valid after the build: run \
                         `blogctl migrate` again",
                        None,
                    ),
                };
                return Err(MigrateError::IndexBuildFailed {
                    version,
                    name: migration.name().to_string(),
                    problem,
                    applied: done.iter().map(|m| label(m)).collect(),
                    at: done.last().map(|m| m.version()).or(plan.current),
                    lock_timeout,
                    source,
                }
                .into());
            }
            Err(Failure::Migration(source)) => {
                return Err(MigrateError::MigrationFailed {
                    version,
                    name: migration.name().to_string(),
                    applied: done.iter().map(|m| label(m)).collect(),
                    at: done.last().map(|m| m.version()).or(plan.current),
                    lock_timeout,
                    source,
                }
                .into());
            }
        };
        let admin = plan.admin.as_ref().filter(|_| admin_step_here);
        if let (Some((spec, _)), Some(outcome)) = (admin, outcome)
            && admin_step.is_none()
        {
            ctx.msgs.info(match outcome {
                Outcome::Created(id) => format!("created the admin {} (user {id})", spec.email),
                _ => format!(
                    "the admin {} exists (user {}); its password is untouched",
                    spec.email,
                    outcome.id()
                ),
            });
            admin_step = Some(outcome);
        }
        ctx.msgs.info(format!(
            "applied V{version} {} ({})",
            migration.name(),
            human(started.elapsed())
        ));
        done.push(migration);
    }
    ctx.msgs.info(format!(
        "the database is at V{}",
        done.last().map_or(0, |m| m.version())
    ));
    Ok(admin_step)
}

/// Why [`apply`] failed: making sure of the admin (an error of the
/// catalogue as it is), or the migration itself.
enum Failure {
    Admin(Error),
    Migration(PgError),
    /// V6's concurrent index build.
    Index(IndexFailure),
    /// The lock connection no longer holds the migration lock.
    LockLost,
}

/// Apply one migration in one transaction: the check that the migration
/// lock is still held and `lock_timeout` (local to the transaction), the
/// admin when `admin` is given (V4, V5), then the SQL, refinery's history
/// row and, for V1..V5, the blog API's `kysely_migration` row (their
/// tables made sure of once per run, `tables`). All of it or none.
async fn apply(
    client: &mut Client,
    migration: &Migration,
    admin: Option<&mut (AdminSpec, Known)>,
    lock: &MigrationLock,
    lock_timeout: u64,
    tables: &mut dbm::HistoryTables,
) -> Result<Option<Outcome>, Failure> {
    let tx = guarded_transaction(client, lock, lock_timeout).await?;
    let outcome = match &admin {
        Some((spec, known)) => {
            let outcome = admin::ensure(&tx, spec, false, known)
                .await
                .map_err(Failure::Admin)?;
            dbm::set_admin_id(&tx, outcome.id())
                .await
                .map_err(Failure::Admin)?;
            Some(outcome)
        }
        None => None,
    };
    dbm::apply_one(&tx, migration, time::OffsetDateTime::now_utc(), tables)
        .await
        .map_err(Failure::Migration)?;
    tx.commit()
        .await
        .map_err(|e| Failure::Migration(PgError(e)))?;
    // V5 after V4 in the same run: the admin is there now.
    if let (Some((_, known)), Some(outcome)) = (admin, outcome)
        && !matches!(known, Known::Exists { .. })
    {
        *known = Known::Exists {
            id: outcome.id(),
            hash: None,
        };
    }
    Ok(outcome)
}

/// Apply V6 without blocking writes to `articles` (see
/// `db::migrate::concurrent`): check the lock, build the index outside a
/// transaction, then in V6's own transaction check the lock again, check
/// the index is valid, and record V6.
async fn apply_concurrently(
    ctx: &Context,
    client: &mut Client,
    migration: &Migration,
    lock: &MigrationLock,
    lock_timeout: u64,
    tables: &mut dbm::HistoryTables,
) -> Result<Option<Outcome>, Failure> {
    if !lock
        .guard(&*client, lock_timeout)
        .await
        .map_err(Failure::Admin)?
    {
        return Err(Failure::LockLost);
    }
    let built = concurrent::build(client, lock_timeout)
        .await
        .map_err(Failure::Index)?;
    match built {
        Build::Rebuilt => ctx.msgs.info(format!(
            "dropped the invalid index {} left by an earlier build that did not finish, and \
             built it again",
            concurrent::INDEX
        )),
        Build::Kept => ctx.msgs.info(format!(
            "the index {} is already there and valid: kept",
            concurrent::INDEX
        )),
        Build::New => {}
    }
    let tx = guarded_transaction(client, lock, lock_timeout).await?;
    concurrent::record(&tx, migration, time::OffsetDateTime::now_utc(), tables)
        .await
        .map_err(Failure::Index)?;
    tx.commit()
        .await
        .map_err(|e| Failure::Migration(PgError(e)))?;
    Ok(None)
}

/// A transaction on `client` in which the migration lock is checked to be
/// still held (see `MigrationLock::guard`): a migration and V6's record
/// are each written in one.
async fn guarded_transaction<'c>(
    client: &'c mut Client,
    lock: &MigrationLock,
    lock_timeout: u64,
) -> Result<tokio_postgres::Transaction<'c>, Failure> {
    let tx = client
        .transaction()
        .await
        .map_err(|e| Failure::Migration(PgError(e)))?;
    if !lock
        .guard(&tx, lock_timeout)
        .await
        .map_err(Failure::Admin)?
    {
        return Err(Failure::LockLost);
    }
    Ok(tx)
}
