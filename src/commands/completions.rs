//! `blogctl completions <shell>`: the completion script, generated from the
//! clap definitions (the committed copies live in completions/).

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;
use crate::output::write_error;

pub fn run(args: &CompletionsArgs) -> Result<ExitCode> {
    // Made in memory first: clap_complete panics on a failed write (a
    // closed pipe); the script is for the shell to read, never paged.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "blogctl", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)
        .and_then(|()| out.flush())
        .map_err(write_error)?;
    Ok(ExitCode::SUCCESS)
}
