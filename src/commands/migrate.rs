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
use crate::db::migrate::{self as dbm, ADMIN_VERSION, AUTHOR_VERSION, Adoption, Applied, State};
use crate::db::users;
use crate::error::{Error, Result};
use crate::output;
use spinner::{Spinner, human};

pub async fn run(ctx: &Context, args: &MigrateArgs) -> Result<ExitCode> {
    if let Some(MigrateCommand::Status(status_args)) = &args.command {
        return status::run(ctx, status_args).await;
    }
    let embedded = dbm::embedded();
    let target = resolve_target(&embedded, args.target)?;
    let mut client = ctx.connect().await?;
    if args.dry_run {
        dry_run(ctx, &client, &embedded, target).await?;
    } else {
        migrate(ctx, &mut client, &embedded, target, args.lock.lock_timeout).await?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Apply every pending migration on `client`, with the lock, the checks and
/// the reporting of `blogctl migrate`. `blogctl setup` calls this too.
pub async fn apply_pending(
    ctx: &Context,
    client: &mut Client,
    lock_timeout_secs: u64,
) -> Result<()> {
    let embedded = dbm::embedded();
    let target = resolve_target(&embedded, None)?;
    migrate(ctx, client, &embedded, target, lock_timeout_secs).await
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
        None => Err(Error::usage(format!(
            "--target {target}: this blogctl has no such migration (it has V1 to V{latest})"
        ))),
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

async fn migrate(
    ctx: &Context,
    client: &mut Client,
    embedded: &[Migration],
    target: i32,
    lock_timeout: u64,
) -> Result<()> {
    dbm::lock(&*client, || {
        ctx.msgs.info(
            "another `blogctl migrate` holds the migration lock on this database; waiting for it ...",
        )
    })
    .await?;
    let result = match dbm::set_lock_timeout(&*client, lock_timeout).await {
        Ok(()) => migrate_locked(ctx, client, embedded, target, lock_timeout).await,
        Err(e) => Err(e),
    };
    let unlocked = dbm::unlock(&*client).await;
    result.and(unlocked)
}

async fn migrate_locked(
    ctx: &Context,
    client: &mut Client,
    embedded: &[Migration],
    target: i32,
    lock_timeout: u64,
) -> Result<()> {
    let plan = plan(ctx, &*client, embedded, target).await?;
    if let Some(adoption) = &plan.adoption {
        dbm::record_adoption(client, adoption).await?;
        ctx.msgs.info(format!(
            "adopted the blog API's migrations V1 to V{} from kysely_migration (timestamps kept)",
            adoption.version()
        ));
    }
    if plan.pending.is_empty() {
        ctx.msgs.info(up_to_date(plan.current, target));
        return Ok(());
    }
    let mut done: Vec<&Migration> = Vec::new();
    let mut admin_ready = false;
    for migration in &plan.pending {
        let version = migration.version();
        if let Some(spec) = &plan.admin
            && !admin_ready
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
            admin_ready = true;
        }
        let started = Instant::now();
        let spinner = Spinner::start(ctx, format!("applying V{version} {}", migration.name()));
        let result = dbm::apply_one(client, version).await;
        drop(spinner);
        if let Err(failure) = result {
            return Err(failed(
                migration,
                failure,
                &done,
                plan.current,
                lock_timeout,
            ));
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
    Ok(())
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

/// The error for a migration that failed: the database's message and
/// SQLSTATE, which migration, and what did get applied.
fn failed(
    migration: &Migration,
    failure: dbm::ApplyFailure,
    done: &[&Migration],
    before: Option<i32>,
    lock_timeout: u64,
) -> Error {
    let mut text = format!(
        "migration V{} {} failed: {}",
        migration.version(),
        migration.name(),
        failure.message
    );
    if let Some(code) = &failure.sqlstate {
        text.push_str(&format!(" (SQLSTATE {code})"));
    }
    text.push_str(&format!(
        "; it was rolled back, nothing of V{} was applied",
        migration.version()
    ));
    if done.is_empty() {
        text.push_str("; no migration was applied in this run");
    } else {
        let list: Vec<String> = done
            .iter()
            .map(|m| format!("V{} {}", m.version(), m.name()))
            .collect();
        text.push_str(&format!("; applied in this run: {}", list.join(", ")));
    }
    let at = done.last().map(|m| m.version()).or(before);
    text.push_str(&match at {
        Some(v) => format!("; the database is at V{v}"),
        None => "; the database has no migration applied".to_string(),
    });
    if failure.sqlstate.as_deref() == Some("55P03") {
        text.push_str(&format!(
            "\n  hint: another session held a lock on the table for more than {lock_timeout} s \
             (--lock-timeout), a long-running transaction perhaps; run again when it has ended, \
             or raise --lock-timeout"
        ));
    }
    Error::failed(text)
}

/// Read the history, adopt the blog API's if needed, refuse what must be
/// refused, and check V5's admin. Writes nothing.
async fn plan(ctx: &Context, client: &Client, embedded: &[Migration], target: i32) -> Result<Plan> {
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
        return Err(Error::failed(format!(
            "V{} {} is not applied but later versions are (the database is at V{current}); \
             refusing to apply migrations out of order; nothing was changed",
            first.version(),
            first.name()
        )));
    }
    let admin = check_admin(ctx, client, &pending).await?;
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
    let bad: Vec<String> = applied
        .iter()
        .filter(|a| {
            chrono::DateTime::parse_from_rfc3339(&a.applied_on).is_err()
                || a.checksum.parse::<u64>().is_err()
        })
        .map(|a| format!("V{} {}", a.version, a.name))
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    Err(Error::failed(format!(
        "refusing to migrate: refinery_schema_history rows for {} do not hold an RFC 3339 \
         applied_on and a numeric checksum; nothing was applied",
        bad.join(", ")
    )))
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
    let (missing, divergent) = (list(State::Missing), list(State::Divergent));
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!(
            "the database is newer than this blogctl: it has applied {}, which this binary does \
             not know; use a newer blogctl",
            missing.join(", ")
        ));
    }
    if !divergent.is_empty() {
        problems.push(format!(
            "applied migrations were changed after they were applied (name or checksum differs): {}",
            divergent.join(", ")
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::failed(format!(
        "refusing to migrate: {}; nothing was applied",
        problems.join("; ")
    )))
}

/// V5 gives every existing article the admin as author: with articles and
/// no usable admin, refuse before anything is written. Returns the admin to
/// ensure before V4/V5, if any.
async fn check_admin(
    ctx: &Context,
    client: &Client,
    pending: &[Migration],
) -> Result<Option<AdminSpec>> {
    let admin_pending = pending.iter().any(|m| m.version() == ADMIN_VERSION);
    let author_pending = pending.iter().any(|m| m.version() == AUTHOR_VERSION);
    let needs_admin = author_pending && dbm::has_articles(client).await?;
    if !admin_pending && !needs_admin {
        return Ok(None);
    }
    let env = &ctx.settings.admin;
    let Some(email) = &env.email else {
        if needs_admin {
            return Err(Error::failed(
                "the database has articles, and V5 add_author_id gives each of them the admin as \
                 author, but there is no admin: set ADMIN_EMAIL to the admin's email (and \
                 ADMIN_PASSWORD if that user does not exist yet), in the environment or .env; \
                 nothing was changed",
            ));
        }
        return Ok(None);
    };
    let spec = AdminSpec::new(email, env.name.as_deref(), env.password.clone())?;
    if spec.password.is_none() {
        let exists = dbm::has_users_table(client).await?
            && users::find_id_by_email(client, email).await?.is_some();
        if !exists {
            let message = format!(
                "the admin {email} (ADMIN_EMAIL) does not exist yet and ADMIN_PASSWORD is not \
                 set: set ADMIN_PASSWORD to create it; nothing was changed"
            );
            return Err(if needs_admin {
                Error::failed(message)
            } else {
                Error::usage(message)
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
) -> Result<()> {
    let plan = plan(ctx, client, embedded, target).await?;
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
    let mut out = String::new();
    for m in &plan.pending {
        out.push_str(&format!("V{} {}\n", m.version(), m.name()));
        if ctx.settings.output.verbose {
            for line in m.sql().unwrap_or_default().lines() {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    use std::io::Write;
    let mut stdout = output::stdout();
    stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .map_err(output::write_error)
}
