//! `blogctl setup`: create the database if missing (through the `postgres`
//! maintenance database, else `template1`, as createdb does), migrate, seed
//! the admin (and `--demo` data). Running it again changes nothing and
//! exits 0.

use std::process::ExitCode;

use super::{Context, migrate, seed};
use crate::admin::{self, Known, Outcome};
use crate::cli::SetupArgs;
use crate::db;
use crate::db::connect::Connected;
use crate::db::setup::Created;
use crate::error::{Error, Result};

/// The database every PostgreSQL server has, used to create the others.
const MAINTENANCE_DB: &str = "postgres";

/// The one createdb falls back to when `postgres` cannot be used.
const FALLBACK_DB: &str = "template1";

pub async fn run(ctx: &Context, args: &SetupArgs) -> Result<ExitCode> {
    // Every usage error (admin variables, password) before any change.
    let mut admin = seed::admin_spec(ctx, false)?;
    let existing = connect_existing(ctx).await?;
    // The one look-up of the admin. A password is asked for (and checked)
    // only when the admin will be created: when the database, the users
    // table or the admin is missing.
    let known = match &existing {
        Some(session) => admin::look_up(&session.client, &admin.email).await?,
        None => Known::Missing,
    };
    if known == Known::Missing {
        seed::needs_password(ctx, &mut admin, false)?;
    }
    let mut session = match existing {
        Some(session) => session,
        None => create_database(ctx).await?,
    };
    // The migration's admin step (V4, or V5 on existing articles) ensures
    // the admin and says so; when it did not run, seeding does. Either way
    // with what the look-up found.
    let ensured = migrate::apply_pending(ctx, &mut session, &args.lock, &admin, &known).await?;
    let to_seed = ensured.is_none().then_some((&admin, &known));
    let client = &mut session.client;
    let seeded = seed::seed(client, to_seed, false, args.demo, admin.scheme).await?;
    let email = &admin.email;
    match seeded.outcome {
        Some(Outcome::Created(id)) => ctx
            .msgs
            .info(format!("created the admin {email} (id {id})")),
        Some(outcome) => ctx.msgs.info(format!(
            "the admin {email} already exists (id {}): left as it is",
            outcome.id()
        )),
        None => {}
    }
    seed::report_scheme_warning(ctx, &admin, &seeded);
    seed::report_demo(ctx, seeded.demo);
    ctx.msgs.info("setup complete");
    Ok(ExitCode::SUCCESS)
}

/// Connect to the database named by the settings; `None` when the server
/// says it does not exist.
async fn connect_existing(ctx: &Context) -> Result<Option<Connected>> {
    match ctx.session().await {
        Ok(session) => Ok(Some(session)),
        Err(error) if is_missing_database(&error) => Ok(None),
        Err(error) => Err(error),
    }
}

/// Create the missing database from a maintenance database, and connect.
async fn create_database(ctx: &Context) -> Result<Connected> {
    let conn = &ctx.settings.conn;
    let name = conn.dbname.clone();
    // Said once a maintenance database let blogctl in and accepts writes
    // (on a standby it said "creating it" and then refused).
    let creating = |through: &str| {
        ctx.msgs.info(format!(
            "database {name} does not exist: creating it (through the {through} database)"
        ))
    };
    let maintenance = match ctx.session_to(&conn.with_dbname(MAINTENANCE_DB)).await {
        Ok(session) => {
            creating(MAINTENANCE_DB);
            session.client
        }
        // As createdb does: a server without `postgres`, or that keeps
        // this role out of it (managed services often do), gets template1.
        // Only a failure to connect or log in: a read-only standby is
        // read-only in every database.
        Err(postgres @ Error::Connect { .. }) => {
            ctx.msgs.info(format!(
                "cannot use the {MAINTENANCE_DB} database ({}): trying {FALLBACK_DB} instead",
                crate::error::line(&postgres)
            ));
            match ctx.session_to(&conn.with_dbname(FALLBACK_DB)).await {
                Ok(session) => {
                    creating(FALLBACK_DB);
                    session.client
                }
                Err(template1) => {
                    return Err(Error::NoMaintenanceDatabase {
                        name,
                        postgres: Box::new(postgres),
                        template1: Box::new(template1),
                    });
                }
            }
        }
        Err(error) => return Err(error),
    };
    let created = db::setup::create_database(&maintenance, &name, &conn.user).await?;
    drop(maintenance);
    ctx.msgs.info(match created {
        Created::Here => format!("created database {name}"),
        Created::Meanwhile => format!("database {name} was created meanwhile by another session"),
    });
    ctx.session().await
}

fn is_missing_database(error: &Error) -> bool {
    matches!(error, Error::Connect { source, .. } if db::connect::is_missing_database(source))
}
