//! One module per subcommand; [`run`] resolves the settings once and
//! dispatches.

pub mod articles;
pub mod completions;
pub mod migrate;
pub mod seed;
pub mod setup;
pub mod users;

use std::process::ExitCode;

use tokio_postgres::Client;

use crate::cli::{Cli, Command};
use crate::config::Settings;
use crate::error::Result;
use crate::output::Messages;

/// What every command gets: the resolved settings and the stderr channel.
pub struct Context {
    pub settings: Settings,
    pub msgs: Messages,
}

impl Context {
    /// Connect to the configured database (exit 3 when it cannot).
    pub async fn connect(&self) -> Result<Client> {
        let conn = &self.settings.conn;
        self.msgs.verbose(format!(
            "connecting to {} (sslmode={}, connect timeout {} s)",
            conn.describe(),
            conn.ssl_mode,
            conn.connect_timeout.as_secs()
        ));
        crate::db::connect(conn, || {
            self.msgs
                .info(format!("waiting for the server at {} ...", conn.describe()))
        })
        .await
    }
}

/// Run the parsed command line; the error, if any, is printed by main.
pub fn run(cli: Cli) -> Result<ExitCode> {
    if let Command::Completions(args) = &cli.command {
        return completions::run(args);
    }
    let settings = Settings::resolve(&cli.global)?;
    let ctx = Context {
        msgs: Messages::new(&settings.output),
        settings,
    };
    for warning in &ctx.settings.conn.warnings {
        ctx.msgs.warn(warning);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| crate::error::Error::io("cannot start the async runtime", e))?;
    runtime.block_on(async move {
        match cli.command {
            Command::Setup(args) => setup::run(&ctx, &args).await,
            Command::Migrate(args) => migrate::run(&ctx, &args).await,
            Command::Seed(args) => seed::run(&ctx, &args).await,
            Command::Users(command) => users::run(&ctx, command).await,
            Command::Articles(command) => articles::run(&ctx, command).await,
            Command::Completions(_) => unreachable!("handled above"),
        }
    })
}
