//! `blogctl seed`: the admin user from ADMIN_EMAIL / ADMIN_PASSWORD /
//! ADMIN_NAME, and with `--demo` the sample data of seeds/demo.sql.

use std::process::ExitCode;

use tokio_postgres::Client;

use super::Context;
use crate::admin::{self, AdminSpec, Known, Outcome};
use crate::cli::SeedArgs;
use crate::db;
use crate::db::setup::DemoAdded;
use crate::error::{Error, Result};
use crate::password;
use crate::password_hash::{self, Scheme, Verdict};

/// What [`seed`] did.
#[derive(Debug)]
pub struct Seeded {
    /// What ensuring the admin did, when it was asked for.
    pub outcome: Option<Outcome>,
    pub demo: Option<DemoAdded>,
    /// For an admin that already existed: how its stored password compares
    /// with the one given.
    pub existing: Option<Verdict>,
}

pub async fn run(ctx: &Context, args: &SeedArgs) -> Result<ExitCode> {
    let password_stdin = args.password.password_stdin;
    let mut admin = admin_spec(ctx, password_stdin)?;
    // A new password is always used: asked for and checked before
    // connecting.
    if args.reset_password {
        needs_password(ctx, &mut admin, password_stdin)?;
    }
    let mut client = ctx.connect().await?;
    let users = db::table_exists(&client, "users")
        .await
        .map_err(db::failed("cannot look for the users table"))?;
    if !users {
        return Err(Error::NoUsersTable);
    }
    // The one look-up of the admin. A password is asked for (and checked)
    // only when the admin is missing; still before any change.
    let known = admin::look_up_in_table(&client, &admin.email).await?;
    if known == Known::Missing {
        needs_password(ctx, &mut admin, password_stdin)?;
    }
    let seeded = seed(
        &mut client,
        Some((&admin, &known)),
        args.reset_password,
        args.demo,
        admin.scheme,
    )
    .await?;
    let email = &admin.email;
    if let Some(outcome) = seeded.outcome {
        ctx.msgs.info(match outcome {
            Outcome::Created(id) => format!("created the admin {email} (id {id})"),
            Outcome::AlreadyExists(id) => format!(
                "the admin {email} already exists (id {id}): left as it is{}",
                match seeded.existing {
                    Some(Verdict::Match(_)) => "; its stored password is the one given",
                    Some(_) => {
                        "; its stored password is not the one given (--reset-password sets it)"
                    }
                    None => "",
                }
            ),
            Outcome::PasswordReset(id) => format!(
                "set a new password for the admin {email} (id {id}), as {}",
                admin.scheme.with_article()
            ),
        });
    }
    report_scheme_warning(ctx, &admin, &seeded);
    report_demo(ctx, seeded.demo);
    Ok(ExitCode::SUCCESS)
}

/// The admin from the environment, its email and name checked, with the
/// password given without asking (`ADMIN_PASSWORD`, or `--password-stdin`)
/// as it was given, if any; every refusal is exit 2, before connecting. A
/// password is checked, or asked for, by [`needs_password`] once it is
/// known to be used.
pub fn admin_spec(ctx: &Context, password_stdin: bool) -> Result<AdminSpec> {
    let env = &ctx.settings.admin;
    let scheme = ctx.settings.password_hash;
    let email = env.email.as_deref().ok_or(Error::AdminEmailUnset)?;
    // Check the email and name before reading a password.
    AdminSpec::new(email, env.name.as_deref(), None, scheme)?;
    if password_stdin && env.password.is_some() {
        ctx.msgs
            .warn("ADMIN_PASSWORD is set and wins: standard input is not read");
    }
    let password = password::given(password_sources(ctx, password_stdin))?;
    AdminSpec::new(email, env.name.as_deref(), password, scheme)
}

/// The admin's password will be used (the admin is missing, or
/// `--reset-password`): check the one given against a new password's
/// rules, or ask on the terminal, or refuse with exit 2 when there is
/// none. Nothing has been changed yet when this runs.
pub fn needs_password(ctx: &Context, admin: &mut AdminSpec, password_stdin: bool) -> Result<()> {
    match &admin.password {
        Some(_) => {
            admin.new_password()?;
        }
        None => {
            let whose = format!("the admin {}", admin.email);
            let sources = password_sources(ctx, password_stdin);
            admin.password = Some(password::ask(sources, &whose)?);
        }
    }
    Ok(())
}

fn password_sources(ctx: &Context, password_stdin: bool) -> password::Sources<'_> {
    password::Sources {
        env: Some(("ADMIN_PASSWORD", ctx.settings.admin.password.as_deref())),
        stdin: password_stdin,
        stdin_is_terminal: ctx.settings.stdin_is_terminal,
        scheme: ctx.settings.password_hash,
    }
}

/// Ensure the admin, when given (with what the caller's look-up found),
/// and load the demo data (every demo user's password hashed in `scheme`),
/// in one transaction, on a database with a users table. `blogctl setup`
/// calls this after migrating, without the admin when the migration's
/// admin step already ensured it.
pub async fn seed(
    client: &mut Client,
    admin: Option<(&AdminSpec, &Known)>,
    reset_password: bool,
    demo: bool,
    scheme: Scheme,
) -> Result<Seeded> {
    // Hashing takes a while (bcrypt cost 10): before the transaction opens.
    let demo_hash = match demo {
        true => Some(password_hash::hash(scheme, db::setup::DEMO_PASSWORD)?),
        false => None,
    };
    // READ COMMITTED whatever the server's default: the admin insert and
    // the demo data each see what a simultaneous run committed (the demo
    // file's lock relies on it).
    let tx = client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::ReadCommitted)
        .start()
        .await
        .map_err(db::failed("cannot start a transaction"))?;
    let (outcome, existing) = match admin {
        Some((admin, known)) => {
            let outcome = admin::ensure(&tx, admin, reset_password, known).await?;
            let existing = match outcome {
                Outcome::AlreadyExists(id) => admin::check_existing(&tx, admin, id, known).await?,
                Outcome::Created(_) | Outcome::PasswordReset(_) => None,
            };
            (Some(outcome), existing)
        }
        None => (None, None),
    };
    let demo_added = match &demo_hash {
        Some(hash) => Some(db::setup::load_demo(&tx, hash).await?),
        None => None,
    };
    tx.commit()
        .await
        .map_err(db::failed("cannot commit the seed"))?;
    Ok(Seeded {
        outcome,
        demo: demo_added,
        existing,
    })
}

/// Warn about an existing admin whose stored hash is in another scheme
/// than blogctl writes: the application verifying that scheme cannot log
/// it in until `--reset-password`.
pub fn report_scheme_warning(ctx: &Context, admin: &AdminSpec, seeded: &Seeded) {
    if let (Some(verdict), Some(outcome)) = (&seeded.existing, seeded.outcome)
        && let Some(warning) = admin::scheme_warning(admin, outcome.id(), verdict)
    {
        ctx.msgs.warn(warning);
    }
}

/// Say what `--demo` added, if it was given.
pub fn report_demo(ctx: &Context, added: Option<DemoAdded>) {
    let Some(added) = added else { return };
    ctx.msgs.info(if added.users == 0 && added.articles == 0 {
        "demo data already loaded: nothing added".to_string()
    } else {
        format!(
            "loaded the demo data: {} users and {} articles added",
            added.users, added.articles
        )
    });
}
