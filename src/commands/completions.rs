//! `blogctl completions <shell>`: the completion script, generated from the
//! clap definitions (the committed copies live in completions/).

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;
use crate::output::{stdout, write_error};

pub fn run(args: &CompletionsArgs) -> Result<ExitCode> {
    let mut out = stdout();
    clap_complete::generate(args.shell, &mut Cli::command(), "blogctl", &mut out);
    std::io::Write::flush(&mut out).map_err(write_error)?;
    Ok(ExitCode::SUCCESS)
}
