//! `blogctl migrate` and `blogctl migrate status`.

use std::process::ExitCode;

use super::Context;
use crate::admin::AdminSpec;
use crate::cli::{MigrateArgs, MigrateCommand};
use crate::db;
use crate::error::{Error, Result};

pub async fn run(ctx: &Context, args: &MigrateArgs) -> Result<ExitCode> {
    if let Some(MigrateCommand::Status(_)) = args.command {
        return Err(Error::NotImplemented("migrate status"));
    }
    let env = &ctx.settings.admin;
    let admin = match &env.email {
        Some(email) => Some(AdminSpec::new(
            email,
            env.name.as_deref(),
            env.password.clone(),
        )?),
        None => None,
    };
    let mut client = ctx.connect().await?;
    for (version, name) in db::migrate::apply(&mut client, admin.as_ref()).await? {
        ctx.msgs.info(format!("applied V{version} {name}"));
    }
    Ok(ExitCode::SUCCESS)
}
