//! `blogctl seed`: the admin user from ADMIN_EMAIL / ADMIN_PASSWORD /
//! ADMIN_NAME, and with `--demo` the sample data of seeds/demo.sql.

use std::process::ExitCode;

use tokio_postgres::Client;

use super::Context;
use crate::admin::{self, AdminSpec, Outcome};
use crate::cli::SeedArgs;
use crate::db;
use crate::db::setup::DemoAdded;
use crate::error::{Error, Result};
use crate::password;

pub async fn run(ctx: &Context, args: &SeedArgs) -> Result<ExitCode> {
    let admin = admin_spec(ctx, args.password.password_stdin)?;
    let mut client = ctx.connect().await?;
    let (outcome, demo) = seed(&mut client, Some(&admin), args.reset_password, args.demo).await?;
    let email = &admin.email;
    if let Some(outcome) = outcome {
        ctx.msgs.info(match outcome {
            Outcome::Created(id) => format!("created the admin {email} (id {id})"),
            Outcome::AlreadyExists(id) => format!(
                "the admin {email} already exists (id {id}): left as it is \
                 (--reset-password sets a new password)"
            ),
            Outcome::PasswordReset(id) => {
                format!("set a new password for the admin {email} (id {id})")
            }
        });
    }
    report_demo(ctx, demo);
    Ok(ExitCode::SUCCESS)
}

/// The admin from the environment, validated, with its password from the
/// first source that has one; every refusal is exit 2, before connecting.
pub fn admin_spec(ctx: &Context, password_stdin: bool) -> Result<AdminSpec> {
    let env = &ctx.settings.admin;
    let email = env.email.as_deref().ok_or(Error::AdminEmailUnset)?;
    // Check the email and name before asking for a password.
    AdminSpec::new(email, env.name.as_deref(), None)?;
    if password_stdin && env.password.is_some() {
        ctx.msgs
            .warn("ADMIN_PASSWORD is set and wins: standard input is not read");
    }
    let sources = password::Sources {
        env: Some(("ADMIN_PASSWORD", env.password.as_deref())),
        stdin: password_stdin,
        stdin_is_terminal: ctx.settings.stdin_is_terminal,
    };
    let password = password::obtain(sources, &format!("the admin {email}"))?;
    AdminSpec::new(email, env.name.as_deref(), Some(password))
}

/// Ensure the admin, when given, and load the demo data, in one
/// transaction. `blogctl setup` calls this after migrating, without the
/// admin when the migration's admin step already ensured it.
pub async fn seed(
    client: &mut Client,
    admin: Option<&AdminSpec>,
    reset_password: bool,
    demo: bool,
) -> Result<(Option<Outcome>, Option<DemoAdded>)> {
    let tx = client
        .transaction()
        .await
        .map_err(db::failed("cannot start a transaction"))?;
    if !db::setup::has_users_table(&tx).await? {
        return Err(Error::NoUsersTable);
    }
    let outcome = match admin {
        Some(admin) => Some(admin::ensure(&tx, admin, reset_password).await?),
        None => None,
    };
    let demo_added = match demo {
        true => Some(db::setup::load_demo(&tx).await?),
        false => None,
    };
    tx.commit()
        .await
        .map_err(db::failed("cannot commit the seed"))?;
    Ok((outcome, demo_added))
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
