//! One module per subcommand; [`run`] resolves the settings once and
//! dispatches.

pub mod articles;
pub mod completions;
pub mod confirm;
pub mod listing;
pub mod local;
pub mod migrate;
pub mod seed;
pub mod setup;
pub mod users;

use std::process::ExitCode;
use std::time::Duration;

use tokio_postgres::Client;

use crate::cli::{ArticlesCommand, Cli, Command, MigrateArgs, UsersCommand};
use crate::config::{Environment, Settings};
use crate::db::connect::{Connected, Progress};
use crate::db::conninfo::ConnSettings;
use crate::error::{Error, Result};
use crate::output::Messages;

/// Whether a command changes the database: a writing command refuses a
/// server that does not accept writes before it starts, in one place
/// ([`Context::session_to`]), whatever it would have written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// The one list of which commands write.
fn access(command: &Command) -> Access {
    match command {
        Command::Migrate(MigrateArgs {
            command: Some(_), ..
        })
        | Command::Migrate(MigrateArgs { dry_run: true, .. })
        | Command::Users(
            UsersCommand::List(_) | UsersCommand::Show(_) | UsersCommand::CheckPassword(_),
        )
        | Command::Articles(ArticlesCommand::List(_) | ArticlesCommand::Show(_))
        | Command::Local(_)
        | Command::Completions(_) => Access::Read,
        Command::Setup(_)
        | Command::Migrate(_)
        | Command::Seed(_)
        | Command::Users(_)
        | Command::Articles(_) => Access::Write,
    }
}

/// What every command gets: the resolved settings and the stderr channel.
pub struct Context {
    pub settings: Settings,
    pub msgs: Messages,
    pub access: Access,
}

impl Context {
    /// Connect to the configured database (exit 3 when it cannot).
    pub async fn connect(&self) -> Result<Client> {
        Ok(self.session().await?.client)
    }

    /// Connect, and say where the connection landed.
    pub async fn session(&self) -> Result<Connected> {
        self.session_to(&self.settings.conn).await
    }

    /// Connect with `conn` (exit 3 when no host will do); a writing command
    /// refuses a read-only server (exit 1).
    pub async fn session_to(&self, conn: &ConnSettings) -> Result<Connected> {
        let msgs = self.msgs;
        msgs.verbose(format!(
            "connecting to {} (settings from {}; sslmode={}, target_session_attrs={}, connect timeout {} s per host)",
            conn.describe(),
            conn.origin,
            conn.ssl_mode,
            conn.target,
            conn.connect_timeout.as_secs()
        ));
        let connected = crate::db::connect(conn, &mut |progress| match progress {
            Progress::Trying(host, Some(addr))
                if !host.to_string().starts_with(&addr.ip().to_string()) =>
            {
                msgs.verbose(format!("trying {host} ({})", addr.ip()))
            }
            Progress::Trying(host, _) => msgs.verbose(format!("trying {host}")),
            Progress::Failed(host, failure) => msgs.verbose(format!("{host}: {failure}")),
            Progress::Waiting => {
                msgs.info(format!("waiting for the server at {} ...", conn.describe()))
            }
        })
        .await?;
        let server = &connected.server;
        match server.addr {
            Some(addr) if !server.to_string().contains(&addr.ip().to_string()) => msgs.verbose(
                format!("connected to {server} ({}, {})", addr.ip(), server.role()),
            ),
            _ => msgs.verbose(format!("connected to {server} ({})", server.role())),
        }
        if self.access == Access::Write && server.read_only {
            return Err(Error::ReadOnlyServer {
                server: server.to_string(),
                standby: server.in_recovery,
            });
        }
        Ok(connected)
    }
}

/// Run the parsed command line; the error, if any, is printed by main.
pub fn run(cli: Cli, env: &Environment) -> Result<ExitCode> {
    if let Command::Completions(args) = &cli.command {
        return completions::run(args);
    }
    let mut settings = Settings::resolve(&cli.global, env)?;
    let msgs = Messages::new(&settings.output);
    if let Some(path) = &env.path
        && !env.ignored.is_empty()
    {
        msgs.verbose(format!(
            "ignored in env file {}: {} (blogctl takes only DATABASE_URL, the POSTGRES_* and \
             libpq PG* variables, ADMIN_* and BLOGCTL_PASSWORD_HASH from a file)",
            path.display(),
            // dotenvy keys are letters, digits, `_` and `.`; escaped anyway.
            crate::escape::line(&env.ignored.join(", "))
        ));
    }
    if settings.use_local && !matches!(cli.command, Command::Local(_)) {
        let local = crate::config::require_local(&settings.local)?;
        let endpoint = local::ensure_started(local, &msgs)?;
        settings.use_local_endpoint(&endpoint)?;
    }
    let ctx = Context {
        msgs,
        access: access(&cli.command),
        settings,
    };
    for warning in &ctx.settings.conn.warnings {
        ctx.msgs.warn(warning);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("cannot start the async runtime", e))?;
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Setup(args) => setup::run(&ctx, &args).await,
            Command::Migrate(args) => migrate::run(&ctx, &args).await,
            Command::Seed(args) => seed::run(&ctx, &args).await,
            Command::Users(command) => users::run(&ctx, command).await,
            Command::Articles(command) => articles::run(&ctx, command).await,
            Command::Local(command) => local::run(&ctx, command).await,
            Command::Completions(_) => unreachable!("handled above"),
        }
    });
    // The command's clients are gone: let each connection's task see it
    // and end its session as psql does (Terminate, then close), instead of
    // dropping the socket with the server's last messages unread, which
    // the server logs as "could not receive data from client: Connection
    // reset by peer" for every run. Bounded, so a dead peer cannot hold
    // the exit.
    runtime.block_on(async {
        let metrics = tokio::runtime::Handle::current().metrics();
        let ended = async {
            while metrics.num_alive_tasks() > 0 {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        };
        let _ = tokio::time::timeout(Duration::from_millis(500), ended).await;
    });
    // Do not wait for blocking work still running: a name lookup that a
    // silent DNS server holds up would keep the process alive long after
    // the connect timeout gave up on it.
    runtime.shutdown_background();
    result
}
