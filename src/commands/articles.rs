//! `blogctl articles create|list|show`.

use std::process::ExitCode;

use super::Context;
use crate::cli::ArticlesCommand;
use crate::error::{Error, Result};

pub async fn run(_ctx: &Context, _command: ArticlesCommand) -> Result<ExitCode> {
    Err(Error::NotImplemented("articles"))
}
