//! `blogctl setup`: create the database if missing (through the `postgres`
//! maintenance database), migrate, seed the admin (and `--demo` data).
//! Running it again changes nothing and exits 0.

use std::process::ExitCode;

use tokio_postgres::Client;
use tokio_postgres::error::SqlState;

use super::{Context, migrate, seed};
use crate::cli::SetupArgs;
use crate::config::{AdminEnv, Settings};
use crate::db;
use crate::error::{ConnectFailure, Error, PgError, Result};

/// The database every PostgreSQL server has, used to create the others.
const MAINTENANCE_DB: &str = "postgres";

pub async fn run(ctx: &Context, args: &SetupArgs) -> Result<ExitCode> {
    // Every usage error (admin variables, password) before any change.
    let admin = seed::admin_spec(ctx, false)?;
    let mut client = connect_creating(ctx).await?;
    // The migration's admin step (V4) uses the same admin, with the password
    // from wherever setup got it (a prompt, say), not only ADMIN_PASSWORD.
    let migrate_ctx = Context {
        settings: Settings {
            conn: ctx.settings.conn.clone(),
            output: ctx.settings.output,
            admin: AdminEnv {
                email: Some(admin.email.clone()),
                name: Some(admin.name.clone()),
                password: admin.password.clone(),
            },
            stdin_is_terminal: ctx.settings.stdin_is_terminal,
        },
        msgs: ctx.msgs,
    };
    // The migration's admin step may create the admin: look before, so
    // that the report says whether this run created it.
    let existed = db::setup::has_users_table(&client).await?
        && db::users::find_id_by_email(&client, &admin.email)
            .await?
            .is_some();
    migrate::apply_pending(&migrate_ctx, &mut client, args.lock.lock_timeout).await?;
    let (outcome, demo) = seed::seed(&mut client, &admin, false, args.demo).await?;
    let email = &admin.email;
    match outcome {
        _ if existed => ctx.msgs.info(format!(
            "the admin {email} already exists (id {}): left as it is",
            outcome.id()
        )),
        crate::admin::Outcome::Created(id) => ctx
            .msgs
            .info(format!("created the admin {email} (id {id})")),
        // The migration's admin step created it, and said so.
        _ => {}
    }
    seed::report_demo(ctx, demo);
    ctx.msgs.info("setup complete");
    Ok(ExitCode::SUCCESS)
}

/// Connect to the database named by the settings; when the server says it
/// does not exist, create it from the maintenance database and connect again.
async fn connect_creating(ctx: &Context) -> Result<Client> {
    let error = match ctx.connect().await {
        Ok(client) => return Ok(client),
        Err(error) if is_missing_database(&error) => error,
        Err(error) => return Err(error),
    };
    let conn = &ctx.settings.conn;
    let name = conn
        .pg
        .get_dbname()
        .or(conn.pg.get_user())
        .map(str::to_string)
        .ok_or(error)?;
    ctx.msgs.info(format!(
        "database {name} does not exist: creating it (through the {MAINTENANCE_DB} database)"
    ));
    let maintenance = db::connect(&conn.with_dbname(MAINTENANCE_DB), || {}).await?;
    let role = conn.pg.get_user().unwrap_or_default();
    db::setup::create_database(&maintenance, &name, role).await?;
    drop(maintenance);
    ctx.msgs.info(format!("created database {name}"));
    ctx.connect().await
}

fn is_missing_database(error: &Error) -> bool {
    matches!(
        error,
        Error::Connect { source: ConnectFailure::Postgres(PgError(e)), .. }
            if e.code() == Some(&SqlState::INVALID_CATALOG_NAME)
    )
}
