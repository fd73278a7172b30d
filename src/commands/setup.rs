//! `blogctl setup`: create the database if missing, migrate, seed the admin.

use std::process::ExitCode;

use super::Context;
use crate::cli::SetupArgs;
use crate::error::{Error, Result};

pub async fn run(_ctx: &Context, _args: &SetupArgs) -> Result<ExitCode> {
    Err(Error::NotImplemented("setup"))
}
