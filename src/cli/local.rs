//! `blogctl local ...`: the private cluster's start, stop, status, env and
//! destroy.

use clap::{Args, Subcommand, ValueEnum};

use super::ConfirmArgs;

/// The subcommands of `blogctl local`.
#[derive(Debug, Subcommand)]
pub enum LocalCommand {
    /// Create the cluster on first use and start it; print where it listens.
    Start(LocalStartArgs),
    /// Stop the cluster (open sessions are ended).
    Stop,
    /// Whether it runs, its version, where it listens, its size.
    Status,
    /// Print DATABASE_URL and the blog API's POSTGRES_* variables for the
    /// running cluster, for `eval "$(blogctl local env)"`.
    Env(LocalEnvArgs),
    /// Stop the cluster and delete it, with all its data.
    Destroy(ConfirmArgs),
}

#[derive(Debug, Args)]
pub struct LocalStartArgs {
    /// Also listen on 127.0.0.1:PORT, with password authentication (the
    /// blog API connects over TCP). Without it, only the Unix socket.
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub port: Option<u16>,
}

#[derive(Debug, Args)]
pub struct LocalEnvArgs {
    /// The shell whose syntax to print.
    #[arg(long, value_enum, default_value_t = EnvShell::Sh)]
    pub shell: EnvShell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvShell {
    /// sh, bash, zsh: `export NAME='value'`.
    Sh,
    /// fish: `set -gx NAME 'value'`.
    Fish,
}
