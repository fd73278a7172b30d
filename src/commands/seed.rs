//! `blogctl seed`: the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME.

use std::process::ExitCode;

use super::Context;
use crate::cli::SeedArgs;
use crate::error::{Error, Result};

pub async fn run(_ctx: &Context, _args: &SeedArgs) -> Result<ExitCode> {
    Err(Error::NotImplemented("seed"))
}
