//! `blogctl setup`, `migrate` (and `migrate status`) and `seed`: the
//! schema and the admin user, and how long they wait for locks.

use clap::{Args, Subcommand};

use super::PasswordStdinArgs;

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// Also load the sample data in seeds/.
    #[arg(long)]
    pub demo: bool,

    #[command(flatten)]
    pub lock: LockArgs,
}

/// How long `migrate` and `setup` wait for locks.
#[derive(Debug, Args)]
pub struct LockArgs {
    /// Give up on a table lock after this many seconds (0 waits for ever).
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 5,
        value_parser = clap::value_parser!(u64).range(0..=MAX_LOCK_SECS)
    )]
    pub lock_timeout: u64,

    /// Give up waiting for the migration lock, held by another `blogctl
    /// migrate` or the blog API's migrator, after this many seconds (0
    /// waits for ever); who holds it is named.
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 300,
        value_parser = clap::value_parser!(u64).range(0..=MAX_LOCK_SECS)
    )]
    pub lock_wait: u64,
}

/// The longest `--lock-timeout` (and `--lock-wait`) PostgreSQL takes: its `lock_timeout` is an
/// int4 of milliseconds (at most 2147483647). Checked by clap, before
/// connecting.
pub const MAX_LOCK_SECS: u64 = i32::MAX as u64 / 1000;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct MigrateArgs {
    #[command(subcommand)]
    pub command: Option<MigrateCommand>,

    /// Stop after this version.
    #[arg(long, value_name = "VERSION")]
    pub target: Option<u32>,

    /// List what would be applied (with its SQL under -v); change nothing.
    #[arg(long)]
    pub dry_run: bool,

    #[command(flatten)]
    pub lock: LockArgs,
}

#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Every migration: version, name, state (applied, pending, divergent, missing, or external:
    /// applied by a newer blog API), applied at.
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Exit 1 unless every blogctl migration is applied and none diverges (a newer blog API's
    /// own, external, do not count). With -q, print no table: only the exit code, and the
    /// error on stderr when not up to date.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    #[command(flatten)]
    pub password: PasswordStdinArgs,

    /// Set the new password on an admin that already exists.
    #[arg(long)]
    pub reset_password: bool,

    /// Also load the sample data in seeds/.
    #[arg(long)]
    pub demo: bool,
}
