//! `blogctl migrate` and `blogctl migrate status`.
//!
//! A run takes the migration locks (blogctl's and the blog API's Kysely
//! key), reads both histories and brings them in step (adopting the API's
//! migrations, backfilling its history for blogctl's), refuses a changed or
//! unknown applied migration, checks that V5 will find an admin for
//! existing articles, and only then applies the pending migrations one at a
//! time, each in its own transaction (with the API's history row for
//! V1..V5, and the admin for V4/V5), under a bounded `lock_timeout`.

mod plan;
mod spinner;
mod status;
#[cfg(test)]
mod tests;

use std::process::ExitCode;
use std::time::Instant;

use refinery::Migration;
use tokio_postgres::Client;

use super::Context;
use crate::admin::{self, AdminSpec, Outcome};
use crate::cli::{MigrateArgs, MigrateCommand};
use crate::config::AdminEnv;
use crate::db::migrate::{self as dbm, ADMIN_VERSION, AUTHOR_VERSION, Holder};
use crate::error::{Error, MigrationError, Result};
use crate::model::PlannedMigration;
use crate::output::{Shape, Sink};
use spinner::{Spinner, human};

pub async fn run(ctx: &Context, args: &MigrateArgs) -> Result<ExitCode> {
    if let Some(MigrateCommand::Status(status_args)) = &args.command {
        return status::run(ctx, status_args).await;
    }
    let embedded = dbm::embedded();
    let target = resolve_target(&embedded, args.target)?;
    let mut client = ctx.connect().await?;
    let admin = AdminSource::Env(&ctx.settings.admin);
    if args.dry_run {
        dry_run(ctx, &client, &embedded, target, admin).await?;
    } else {
        let lock_timeout = args.lock.lock_timeout;
        migrate(ctx, &mut client, &embedded, target, lock_timeout, admin).await?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Where the admin that V4 and V5 need comes from.
#[derive(Debug, Clone, Copy)]
pub enum AdminSource<'a> {
    /// ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME, checked only when a pending
    /// migration needs the admin (`blogctl migrate`).
    Env(&'a AdminEnv),
    /// An admin already checked, with its password (`blogctl setup`).
    Given(&'a AdminSpec),
}

/// Apply every pending migration on `client`, with the lock, the checks and
/// the reporting of `blogctl migrate`, giving V4/V5 `admin`. `blogctl setup`
/// calls this. Returns what the admin step did, if it ran.
pub async fn apply_pending(
    ctx: &Context,
    client: &mut Client,
    lock_timeout_secs: u64,
    admin: &AdminSpec,
) -> Result<Option<Outcome>> {
    let embedded = dbm::embedded();
    let target = resolve_target(&embedded, None)?;
    let admin = AdminSource::Given(admin);
    migrate(ctx, client, &embedded, target, lock_timeout_secs, admin).await
}

/// `--target` as a version this binary has (default: the latest).
fn resolve_target(embedded: &[Migration], target: Option<u32>) -> Result<i32> {
    let latest = embedded.last().map_or(0, |m| m.version());
    let Some(target) = target else {
        return Ok(latest);
    };
    match embedded
        .iter()
        .find(|m| i64::from(m.version()) == i64::from(target))
    {
        Some(m) => Ok(m.version()),
        None => Err(Error::NoSuchTarget { target, latest }),
    }
}

/// Take the migration lock, apply, release. Returns what the admin step
/// did, if it ran.
async fn migrate(
    ctx: &Context,
    client: &mut Client,
    embedded: &[Migration],
    target: i32,
    lock_timeout: u64,
    admin: AdminSource<'_>,
) -> Result<Option<Outcome>> {
    dbm::lock(&*client, |holder| {
        ctx.msgs.info(match holder {
            Holder::Blogctl => {
                "another `blogctl migrate` holds the migration lock on this database; \
                 waiting for it ..."
            }
            Holder::BlogApi => {
                "the blog API's migrator (Kysely) holds its migration lock on this database; \
                 waiting for it ..."
            }
        })
    })
    .await?;
    let result = match dbm::set_lock_timeout(&*client, lock_timeout).await {
        Ok(()) => migrate_locked(ctx, client, embedded, target, lock_timeout, admin).await,
        Err(e) => Err(e),
    };
    let unlocked = dbm::unlock(&*client).await;
    result.and_then(|outcome| unlocked.map(|()| outcome))
}

async fn migrate_locked(
    ctx: &Context,
    client: &mut Client,
    embedded: &[Migration],
    target: i32,
    lock_timeout: u64,
    admin: AdminSource<'_>,
) -> Result<Option<Outcome>> {
    let scheme = ctx.settings.password_hash;
    let plan = plan::plan(&*client, embedded, target, admin, scheme).await?;
    if plan.sync.writes() {
        dbm::record_sync(client, &plan.sync).await?;
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
        let admin = plan
            .admin
            .as_ref()
            .filter(|_| version == ADMIN_VERSION || version == AUTHOR_VERSION);
        let started = Instant::now();
        let spinner = Spinner::start(ctx, format!("applying V{version} {}", migration.name()));
        let result = apply(client, migration, admin).await;
        drop(spinner);
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(Failure::Admin(e)) => return Err(e),
            Err(Failure::Migration(source)) => {
                return Err(Error::MigrationFailed {
                    version,
                    name: migration.name().to_string(),
                    applied: done.iter().map(|m| label(m)).collect(),
                    at: done.last().map(|m| m.version()).or(plan.current),
                    lock_timeout,
                    source,
                });
            }
        };
        if let (Some(spec), Some(outcome)) = (admin, outcome)
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
    Migration(MigrationError),
}

/// Apply one migration in one transaction: the admin first when `admin` is
/// given (V4, V5), then the SQL, refinery's history row and, for V1..V5,
/// the blog API's `kysely_migration` row. All of it or none.
async fn apply(
    client: &mut Client,
    migration: &Migration,
    admin: Option<&AdminSpec>,
) -> Result<Option<Outcome>, Failure> {
    let tx = client
        .transaction()
        .await
        .map_err(|e| Failure::Migration(MigrationError(e)))?;
    let outcome = match admin {
        Some(spec) => {
            let outcome = admin::ensure(&tx, spec, false)
                .await
                .map_err(Failure::Admin)?;
            dbm::set_admin_id(&tx, outcome.id())
                .await
                .map_err(Failure::Admin)?;
            Some(outcome)
        }
        None => None,
    };
    dbm::apply_one(&tx, migration, time::OffsetDateTime::now_utc())
        .await
        .map_err(Failure::Migration)?;
    tx.commit()
        .await
        .map_err(|e| Failure::Migration(MigrationError(e)))?;
    Ok(outcome)
}

/// Say what bringing the histories in step did (or, for `--dry-run`, would
/// do), and which migrations of a newer blog API are there.
fn report_sync(ctx: &Context, sync: &dbm::Sync, dry_run: bool) {
    let (adopted, recorded) = match dry_run {
        true => ("would adopt", "would record"),
        false => ("adopted", "recorded"),
    };
    if !sync.adopt.is_empty() {
        ctx.msgs.info(format!(
            "{adopted} the blog API's migrations {} from kysely_migration (timestamps kept)",
            dbm::span(sync.adopt.iter().map(|a| a.version))
        ));
    }
    if !sync.backfill.is_empty() {
        ctx.msgs.info(format!(
            "{recorded} {} in the blog API's kysely_migration, so that its migrator does not \
             run them again",
            dbm::span(
                sync.backfill
                    .iter()
                    .filter_map(|row| dbm::kysely::version_of(&row.name))
            )
        ));
    }
    if !sync.external.is_empty() {
        let names: Vec<&str> = sync.external.iter().map(|r| r.name.as_str()).collect();
        ctx.msgs.info(format!(
            "the blog API has applied newer migrations that this blogctl leaves to it: {} \
             (`blogctl migrate status` lists them as external)",
            names.join(", ")
        ));
    }
}

/// `V1 add_articles_table`.
fn label(migration: &Migration) -> String {
    format!("V{} {}", migration.version(), migration.name())
}

fn up_to_date(current: Option<i32>, target: i32) -> String {
    match current {
        Some(v) if v > target => {
            format!(
                "nothing to apply: the database is at V{v}, past --target {target} (blogctl never rolls back)"
            )
        }
        Some(v) => format!("nothing to apply: the database is at V{v}"),
        None => "nothing to apply".to_string(),
    }
}

/// `--dry-run`: list what would be applied (with its SQL under -v) on
/// stdout. Takes no lock and creates nothing, not even the history table.
async fn dry_run(
    ctx: &Context,
    client: &Client,
    embedded: &[Migration],
    target: i32,
    admin: AdminSource<'_>,
) -> Result<()> {
    let plan = plan::plan(client, embedded, target, admin, ctx.settings.password_hash).await?;
    report_sync(ctx, &plan.sync, true);
    if plan.pending.is_empty() {
        ctx.msgs.info(up_to_date(plan.current, target));
        return Ok(());
    }
    ctx.msgs.info("would apply:");
    let verbose = ctx.settings.output.verbose;
    let mut sink = Sink::new::<PlannedMigration>(&ctx.settings.output, Shape::List);
    for m in &plan.pending {
        sink.push(&PlannedMigration {
            version: m.version(),
            name: m.name(),
            sql: verbose.then(|| m.sql().unwrap_or_default()),
        })?;
    }
    sink.finish()
}
