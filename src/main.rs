//! blogctl: read .env, parse the command line, run the command, print the
//! one error, exit with its code.

mod admin;
mod cli;
mod commands;
mod config;
// The generators of inputs holding a secret, shared with the binary's tests.
#[cfg(test)]
#[path = "../tests/cli/util/conninfo_fuzz.rs"]
mod conninfo_fuzz;
mod db;
#[cfg(test)]
#[path = "../tests/cli/util/envfile_fuzz.rs"]
mod envfile_fuzz;
mod error;
mod escape;
mod local;
#[cfg(test)]
mod man_pages;
mod model;
mod output;
mod password;
mod password_hash;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    // A broken .env must not stop `--help`, `--version` or `completions`,
    // which do not need it: clap answers those first.
    let env = config::load_env_file(&args);
    let cli = cli::parse(args);
    let env = match env {
        Ok(env) => env,
        Err(_) if matches!(cli.command, cli::Command::Completions(_)) => Default::default(),
        Err(error) => {
            error::report(&error);
            return ExitCode::from(error.exit_code());
        }
    };
    match commands::run(cli, &env) {
        Ok(code) => code,
        Err(error) if error::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            error::report(&error);
            ExitCode::from(error.exit_code())
        }
    }
}
