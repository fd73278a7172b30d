//! `blogctl migrate` and `blogctl migrate status`.
//!
//! A run takes the migration lock, reads the history (adopting the blog
//! API's own when there is no refinery history), refuses a changed or
//! unknown applied migration, checks that V5 will find an admin for
//! existing articles, and only then applies the pending migrations one at a
//! time, each in its own transaction, under a bounded `lock_timeout`.

mod spinner;
mod status;

use std::process::ExitCode;
use std::time::Instant;

use refinery::Migration;
use tokio_postgres::Client;

use super::Context;
use crate::admin::{self, AdminSpec, Outcome};
use crate::cli::{MigrateArgs, MigrateCommand};
use crate::config::AdminEnv;
use crate::db::migrate::{self as dbm, ADMIN_VERSION, AUTHOR_VERSION, Adoption, Applied};
use crate::db::users;
use crate::error::{Error, Result};
use crate::model::{PlannedMigration, State};
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

/// What a run would do, worked out before anything is written.
struct Plan {
    adoption: Option<Adoption>,
    /// The latest applied version (counting adopted ones), if any.
    current: Option<i32>,
    pending: Vec<Migration>,
    /// The admin to make sure of before V4/V5, when one is needed or given.
    admin: Option<AdminSpec>,
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
    dbm::lock(&*client, || {
        ctx.msgs.info(
            "another `blogctl migrate` holds the migration lock on this database; waiting for it ...",
        )
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
    let plan = plan(&*client, embedded, target, admin).await?;
    if let Some(adoption) = &plan.adoption {
        dbm::record_adoption(client, adoption).await?;
        ctx.msgs.info(format!(
            "adopted the blog API's migrations V1 to V{} from kysely_migration (timestamps kept)",
            adoption.version()
        ));
    }
    if plan.pending.is_empty() {
        ctx.msgs.info(up_to_date(plan.current, target));
        return Ok(None);
    }
    let mut done: Vec<&Migration> = Vec::new();
    let mut admin_step = None;
    for migration in &plan.pending {
        let version = migration.version();
        if let Some(spec) = &plan.admin
            && admin_step.is_none()
            && (version == ADMIN_VERSION || version == AUTHOR_VERSION)
        {
            let outcome = admin::ensure(&*client, spec, false).await?;
            dbm::set_admin_id(&*client, outcome.id()).await?;
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
        let started = Instant::now();
        let spinner = Spinner::start(ctx, format!("applying V{version} {}", migration.name()));
        let result = dbm::apply_one(client, version).await;
        drop(spinner);
        if let Err(source) = result {
            return Err(Error::MigrationFailed {
                version,
                name: migration.name().to_string(),
                applied: done.iter().map(|m| label(m)).collect(),
                at: done.last().map(|m| m.version()).or(plan.current),
                lock_timeout,
                source,
            });
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

/// Read the history, adopt the blog API's if needed, refuse what must be
/// refused, and check V5's admin. Writes nothing.
async fn plan(
    client: &Client,
    embedded: &[Migration],
    target: i32,
    admin: AdminSource<'_>,
) -> Result<Plan> {
    let mut applied = dbm::read_history(client).await?.unwrap_or_default();
    let adoption = if applied.is_empty() {
        dbm::plan_adoption(client, embedded).await?
    } else {
        None
    };
    if let Some(adoption) = &adoption {
        applied = adoption.rows.clone();
    }
    refuse_unreadable(&applied)?;
    refuse_divergent(embedded, &applied)?;
    let current = applied.last().map(|a| a.version);
    let pending: Vec<Migration> = embedded
        .iter()
        .filter(|m| m.version() <= target && !applied.iter().any(|a| a.version == m.version()))
        .cloned()
        .collect();
    if let (Some(first), Some(current)) = (pending.first(), current)
        && first.version() < current
    {
        return Err(Error::OutOfOrder {
            version: first.version(),
            name: first.name().to_string(),
            current,
        });
    }
    let admin = check_admin(client, &pending, admin).await?;
    Ok(Plan {
        adoption,
        current,
        pending,
        admin,
    })
}

/// refinery panics on a history row whose time is not RFC 3339 or whose
/// checksum is not a number (a row written by hand): refuse it first.
fn refuse_unreadable(applied: &[Applied]) -> Result<()> {
    let rows: Vec<String> = applied
        .iter()
        .filter(|a| {
            chrono::DateTime::parse_from_rfc3339(&a.applied_on).is_err()
                || a.checksum.parse::<u64>().is_err()
        })
        .map(|a| format!("V{} {}", a.version, a.name))
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    Err(Error::UnreadableHistory { rows })
}

/// Refuse a history with changed or unknown migrations, naming them.
fn refuse_divergent(embedded: &[Migration], applied: &[Applied]) -> Result<()> {
    let rows = dbm::status_rows(embedded, applied);
    let list = |state: State| -> Vec<String> {
        rows.iter()
            .filter(|r| r.state == state)
            .map(|r| format!("V{} {}", r.version, r.name))
            .collect()
    };
    let (missing, changed) = (list(State::Missing), list(State::Divergent));
    if missing.is_empty() && changed.is_empty() {
        return Ok(());
    }
    Err(Error::Divergent { missing, changed })
}

/// V5 gives every existing article the admin as author: with articles and
/// no usable admin, refuse before anything is written. Returns the admin to
/// ensure before V4/V5, if any.
async fn check_admin(
    client: &Client,
    pending: &[Migration],
    admin: AdminSource<'_>,
) -> Result<Option<AdminSpec>> {
    let admin_pending = pending.iter().any(|m| m.version() == ADMIN_VERSION);
    let author_pending = pending.iter().any(|m| m.version() == AUTHOR_VERSION);
    let needs_admin = author_pending && dbm::has_articles(client).await?;
    if !admin_pending && !needs_admin {
        return Ok(None);
    }
    let env = match admin {
        AdminSource::Given(spec) => return Ok(Some(spec.clone())),
        AdminSource::Env(env) => env,
    };
    let Some(email) = &env.email else {
        if needs_admin {
            return Err(Error::NoAdminForArticles);
        }
        return Ok(None);
    };
    let spec = AdminSpec::new(email, env.name.as_deref(), env.password.clone())?;
    if spec.password.is_none() {
        let exists = dbm::has_users_table(client).await?
            && users::find_id_by_email(client, email).await?.is_some();
        if !exists {
            return Err(Error::AdminMissingForMigration {
                email: email.clone(),
                for_articles: needs_admin,
            });
        }
    }
    Ok(Some(spec))
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
    let plan = plan(client, embedded, target, admin).await?;
    if let Some(adoption) = &plan.adoption {
        ctx.msgs.info(format!(
            "would adopt the blog API's migrations V1 to V{} from kysely_migration",
            adoption.version()
        ));
    }
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
