//! Every clap type of blogctl's command line. The doc comments are the help
//! text; PRODUCT.md is the contract they follow. Each family of
//! subcommands has a file of its own ([`migrate`]: setup, migrate, seed;
//! [`users`], [`articles`], [`local`]); the global options and the option
//! groups they share (confirmation, password input, list limits) are here.

mod articles;
mod local;
mod migrate;
mod users;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use articles::{
    ArticleShowArgs, ArticlesCommand, ArticlesCreateArgs, ArticlesDeleteArgs, ArticlesListArgs,
    ArticlesUpdateArgs,
};
pub use local::{EnvShell, LocalCommand, LocalEnvArgs, LocalStartArgs};
pub use migrate::{LockArgs, MigrateArgs, MigrateCommand, SeedArgs, SetupArgs, StatusArgs};
pub use users::{
    UserPasswordArgs, UsersCommand, UsersCreateArgs, UsersDeleteArgs, UsersListArgs,
    UsersUpdateArgs,
};

use crate::model::UserRef;
use crate::output::Format;

/// Admin tool for the PostgreSQL database behind the blog API: migrations,
/// the admin user, users, and articles joined with their authors.
#[derive(Debug, Parser)]
#[command(
    name = "blogctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options valid before or after any subcommand, listed under their own
/// heading after each command's own options.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    #[command(flatten)]
    pub connection: ConnectionArgs,

    /// Read settings from this file (default: ./.env when present): DATABASE_URL,
    /// POSTGRES_*, libpq's PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys
    /// ignored. Variables set in the process environment win over the file.
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        conflicts_with = "no_env_file"
    )]
    pub env_file: Option<PathBuf>,

    /// Do not read any .env file.
    #[arg(long, global = true)]
    pub no_env_file: bool,

    /// Output format for records.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// When to use colour; NO_COLOR in the environment means never for `auto`.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Show list tables as one `field | value` block per record (automatic on a terminal when a
    /// table cannot fit it legibly).
    #[arg(short = 'x', long, global = true)]
    pub expanded: bool,

    /// Print long output straight to the terminal. Otherwise, on a terminal, output longer than
    /// the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none).
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// Print only records and errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more detail (the SQL of pending migrations, connection attempts).
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10,
    /// what the blog API verifies) or argon2id (OWASP parameters)
    /// [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt].
    // Neither clap's `env` nor a default: config::password_hash reads the
    // variable from the process environment, then the .env file (which clap
    // cannot see), an empty value counting as unset; then bcrypt.
    #[arg(long, global = true, value_enum, value_name = "SCHEME")]
    pub password_hash: Option<PasswordHashChoice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PasswordHashChoice {
    Bcrypt,
    #[value(name = "argon2id")]
    Argon2id,
}

/// How to reach the database.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct ConnectionArgs {
    /// A postgres:// URL or a libpq key=value string [env: DATABASE_URL].
    /// Without either, the blog API's POSTGRES_HOST, POSTGRES_PORT,
    /// POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq's PGHOST,
    /// PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what
    /// is still missing. A password here is visible in the process list:
    /// prefer DATABASE_URL, PGPASSWORD or ~/.pgpass.
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Give up on a host (name lookup, TCP, TLS and authentication) after
    /// this many seconds, and try the next one.
    #[arg(long, global = true, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub connect_timeout: Option<u64>,

    /// Keep retrying to connect for up to this many seconds (at most a day)
    /// while a host could still become acceptable (down, starting, or a
    /// standby that may be promoted).
    #[arg(long, global = true, value_name = "SECS", value_parser = clap::value_parser!(u64).range(0..=86_400))]
    pub wait: Option<u64>,

    /// Use the private cluster of `blogctl local`, starting it (and creating
    /// it, the first time) when needed.
    #[arg(long, global = true)]
    pub local: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database if missing, migrate, seed the admin.
    Setup(SetupArgs),
    /// Apply pending migrations.
    Migrate(MigrateArgs),
    /// Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME.
    Seed(SeedArgs),
    /// Create, list, show, update and delete users; set and check their passwords.
    #[command(subcommand)]
    Users(UsersCommand),
    /// Create, list, show, update and delete articles joined with their authors.
    #[command(subcommand)]
    Articles(ArticlesCommand),
    /// A PostgreSQL of blogctl's own: start, stop, status, env, destroy.
    ///
    /// A private cluster in $XDG_DATA_HOME/blogctl/local (else
    /// ~/.local/share/blogctl/local; run as root, /var/lib/blogctl/local), or
    /// in BLOGCTL_LOCAL_DIR. It listens on a Unix socket in that folder and,
    /// when started with --port, on 127.0.0.1. Superuser `postgres`, database
    /// `blog`. `blogctl --local <command>` runs any command against it,
    /// starting it when needed.
    #[command(subcommand)]
    Local(LocalCommand),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct PasswordStdinArgs {
    /// Read the password from standard input (one line; without echo, after a
    /// prompt, when standard input is a terminal).
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct ConfirmArgs {
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(short = 'y', long)]
    pub yes: bool,
}

/// How many rows a list shows as a table; JSON and CSV stream every row.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Show at most this many rows in the table view (JSON and CSV are never capped).
    #[arg(long, value_name = "N", default_value_t = 100, conflicts_with = "all")]
    pub limit: u64,
    /// Show every row in the table view.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate the script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Parse the command line, or exit as clap does (usage errors: exit 2),
/// with one change: a refused value longer than [`ECHOED_VALUE_CHARS`] is
/// named by its length, not echoed (a 5,000-character email, a file pasted
/// into a flag).
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    use clap::error::{ContextKind, ContextValue};
    let mut error = match Cli::try_parse_from(args) {
        Ok(cli) => return cli,
        Err(error) => error,
    };
    for kind in [
        ContextKind::InvalidValue,
        ContextKind::InvalidArg,
        ContextKind::InvalidSubcommand,
    ] {
        if let Some(ContextValue::String(value)) = error.get(kind) {
            let chars = value.chars().count();
            if chars > ECHOED_VALUE_CHARS {
                let named = format!("<a value of {chars} characters>");
                error.insert(kind, ContextValue::String(named));
            }
        }
    }
    error.exit()
}

/// The longest refused value a usage error quotes.
pub const ECHOED_VALUE_CHARS: usize = 254;

/// A user id or an email ([`UserRef`]'s rules), refused with exit 2 by clap.
fn parse_user_ref(value: &str) -> Result<UserRef, String> {
    value.parse()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every command path, as clap knows it, has its help page snapshotted
    /// (tests/cli/help.rs): a new subcommand without one fails here.
    #[test]
    fn every_command_has_a_help_snapshot() {
        fn walk(cmd: &clap::Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
            let name = std::iter::once("blogctl")
                .chain(path.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join("_");
            let snapshot = format!(
                "{}/tests/cli/snapshots/cli__help__{name}.snap",
                env!("CARGO_MANIFEST_DIR")
            );
            if !std::path::Path::new(&snapshot).exists() {
                missing.push(name);
            }
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                path.push(sub.get_name().to_string());
                walk(sub, path, missing);
                path.pop();
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut Vec::new(), &mut missing);
        assert!(
            missing.is_empty(),
            "no help snapshot for {missing:?}: add the command to PAGES in tests/cli/help.rs"
        );
    }
}
