//! `blogctl migrate` and `blogctl migrate status`.

use std::process::ExitCode;

use tokio_postgres::Client;

use super::Context;
use crate::admin::AdminSpec;
use crate::cli::{MigrateArgs, MigrateCommand};
use crate::db;
use crate::error::{Error, Result};

pub async fn run(ctx: &Context, args: &MigrateArgs) -> Result<ExitCode> {
    if let Some(MigrateCommand::Status(_)) = args.command {
        return Err(Error::NotImplemented("migrate status"));
    }
    let mut client = ctx.connect().await?;
    apply_pending(ctx, &mut client, args.lock.lock_timeout).await?;
    Ok(ExitCode::SUCCESS)
}

/// Apply every pending migration on `client`, reporting each on stderr.
/// `blogctl setup` calls this too.
pub async fn apply_pending(
    ctx: &Context,
    client: &mut Client,
    _lock_timeout_secs: u64,
) -> Result<()> {
    let env = &ctx.settings.admin;
    let admin = match &env.email {
        Some(email) => Some(AdminSpec::new(
            email,
            env.name.as_deref(),
            env.password.clone(),
        )?),
        None => None,
    };
    for (version, name) in db::migrate::apply(client, admin.as_ref()).await? {
        ctx.msgs.info(format!("applied V{version} {name}"));
    }
    Ok(())
}
