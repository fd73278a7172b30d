//! `blogctl users create|list|show|delete`.

use std::process::ExitCode;

use super::Context;
use crate::cli::UsersCommand;
use crate::error::{Error, Result};

pub async fn run(_ctx: &Context, _command: UsersCommand) -> Result<ExitCode> {
    Err(Error::NotImplemented("users"))
}
