//! `blogctl migrate` and `blogctl migrate status`.
//!
//! A run checks that its connection keeps one server session, takes the
//! migration locks (blogctl's and the blog API's Kysely key, for at most
//! `--lock-wait`, naming who holds them), reads both histories and brings them in step (adopting the API's
//! migrations, backfilling its history for blogctl's), refuses a changed or
//! unknown applied migration, checks that V5 will find an admin for
//! existing articles, and only then applies the pending migrations one at a
//! time, each in its own transaction (with the API's history row for
//! V1..V5, and the admin for V4/V5), under a bounded `lock_timeout`.

mod apply;
mod plan;
mod spinner;
mod status;
#[cfg(test)]
mod tests;

use std::process::ExitCode;

use refinery::Migration;
use tokio_postgres::Client;

use super::Context;
use crate::admin::{AdminSpec, Known, Outcome};
use crate::cli::{LockArgs, MigrateArgs, MigrateCommand};
use crate::config::AdminEnv;
use crate::db::connect::Connected;
use crate::db::migrate::{self as dbm, Holders, Key};
use crate::error::{Error, Result};
use crate::model::PlannedMigration;
use crate::output::{Shape, Sink};

pub async fn run(ctx: &Context, args: &MigrateArgs) -> Result<ExitCode> {
    if let Some(MigrateCommand::Status(status_args)) = &args.command {
        return status::run(ctx, status_args).await;
    }
    let embedded = dbm::embedded();
    let target = resolve_target(&embedded, args.target)?;
    let mut session = ctx.session().await?;
    let admin = AdminSource::Env(&ctx.settings.admin);
    if args.dry_run {
        dry_run(ctx, &session.client, &embedded, target, admin).await?;
    } else {
        migrate(ctx, &mut session, &embedded, target, &args.lock, admin).await?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Where the admin that V4 and V5 need comes from.
#[derive(Debug, Clone, Copy)]
pub enum AdminSource<'a> {
    /// ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME, checked only when a pending
    /// migration needs the admin (`blogctl migrate`).
    Env(&'a AdminEnv),
    /// An admin already checked, with its password when it will be used,
    /// and what its look-up found (`blogctl setup`).
    Given(&'a AdminSpec, &'a Known),
}

/// Apply every pending migration on `session`, with the lock, the checks
/// and the reporting of `blogctl migrate`, giving V4/V5 `admin`. `blogctl
/// setup` calls this. Returns what the admin step did, if it ran.
pub async fn apply_pending(
    ctx: &Context,
    session: &mut Connected,
    locks: &LockArgs,
    admin: &AdminSpec,
    known: &Known,
) -> Result<Option<Outcome>> {
    let embedded = dbm::embedded();
    let target = resolve_target(&embedded, None)?;
    let admin = AdminSource::Given(admin, known);
    migrate(ctx, session, &embedded, target, locks, admin).await
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

/// Take the migration lock (on a second connection to the same server,
/// after checking that `session` keeps one server session), apply,
/// release. Returns what the admin step did, if it ran.
async fn migrate(
    ctx: &Context,
    session: &mut Connected,
    embedded: &[Migration],
    target: i32,
    locks: &LockArgs,
    admin: AdminSource<'_>,
) -> Result<Option<Outcome>> {
    let server = &session.server;
    let pinned = (ctx.settings.conn).pinned_to(&server.host, server.addr.map(|a| a.ip()));
    let lock_client = ctx.session_to(&pinned).await?.client;
    let wait = locks.lock_wait;
    let mut lock = dbm::lock(&session.client, lock_client, wait, |key, holders| {
        ctx.msgs.info(waiting(key, holders, wait))
    })
    .await?;
    let client = &mut session.client;
    let result =
        apply::migrate_locked(ctx, client, embedded, target, locks, admin, &mut lock).await;
    let released = lock.release(client).await;
    result.and_then(|outcome| released.map(|()| outcome))
}

/// What a run waiting for a migration lock says, naming who holds it.
fn waiting(key: Key, holders: &Holders, wait: u64) -> String {
    let who = match key {
        Key::Blogctl => "another `blogctl migrate` holds the migration lock",
        Key::BlogApi => "the blog API's migrator (Kysely) holds its migration lock",
    };
    let bound = match wait {
        0 => "for as long as it takes (--lock-wait 0)".to_string(),
        secs => format!("at most {secs} s (--lock-wait)"),
    };
    format!("{who} on this database; waiting for it, {bound}; held by {holders} ...")
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
