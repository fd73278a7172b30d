//! `blogctl local start|stop|status|env|destroy`, and [`ensure_started`],
//! which `--local` runs before any other command. The cluster's lifecycle
//! is in [`crate::local`]; this module reports what it did.

use std::io::Write;
use std::process::ExitCode;

use super::{Context, confirm};
use crate::cli::{ConfirmArgs, EnvShell, LocalCommand, LocalEnvArgs, LocalStartArgs};
use crate::config::require_local;
use crate::error::{Error, LocalError, Result};
use crate::local::{self, Destroyed, LocalSettings, Started, State, StopOutcome};
use crate::model::LocalStatus;
use crate::output::Messages;

pub async fn run(ctx: &Context, command: LocalCommand) -> Result<ExitCode> {
    let settings = require_local(&ctx.settings.local)?;
    match command {
        LocalCommand::Start(args) => start(ctx, settings, &args),
        LocalCommand::Stop => stop(ctx, settings),
        LocalCommand::Status => status(ctx, settings).await,
        LocalCommand::Env(args) => env(ctx, settings, &args),
        LocalCommand::Destroy(args) => destroy(ctx, settings, &args),
    }
}

/// For `--local`: start the cluster unless it runs (creating it the first
/// time), saying so; quiet when it already runs.
pub fn ensure_started(settings: &LocalSettings, msgs: &Messages) -> Result<local::Endpoint> {
    let started = local::start(settings, None, &|layout| announce_creation(msgs, layout))?;
    if started.already_running {
        msgs.verbose(format!(
            "the local cluster runs: {}",
            started.endpoint.describe()
        ));
    } else {
        report_started(msgs, settings, &started);
    }
    Ok(started.endpoint)
}

fn start(ctx: &Context, settings: &LocalSettings, args: &LocalStartArgs) -> Result<ExitCode> {
    let msgs = &ctx.msgs;
    let started = local::start(settings, args.port, &|layout| {
        announce_creation(msgs, layout)
    })?;
    if started.already_running {
        msgs.info(format!(
            "the local cluster in {} already runs: listening on {}",
            settings.dir.display(),
            started.endpoint.describe()
        ));
    } else {
        report_started(msgs, settings, &started);
    }
    Ok(ExitCode::SUCCESS)
}

fn announce_creation(msgs: &Messages, layout: &local::Layout) {
    msgs.info(format!(
        "creating a PostgreSQL cluster in {} (first use)",
        layout.dir.display()
    ));
}

fn report_started(msgs: &Messages, settings: &LocalSettings, started: &Started) {
    let dir = settings.dir.display();
    if let Some(created) = &started.created {
        if let Some(user) = &created.server_user {
            msgs.info(format!(
                "the server runs as the OS user {user} (PostgreSQL refuses to run as root): \
                 {dir} belongs to {user}"
            ));
        }
        let version = created
            .major_version
            .map_or(String::new(), |v| format!(" {v}"));
        msgs.info(format!(
            "created a PostgreSQL{version} cluster (binaries in {}): superuser {}, database {}",
            created.bindir.display(),
            local::SUPERUSER,
            local::DATABASE
        ));
    }
    msgs.info(format!(
        "started the local cluster in {dir}: listening on {}",
        started.endpoint.describe()
    ));
}

fn stop(ctx: &Context, settings: &LocalSettings) -> Result<ExitCode> {
    let dir = settings.dir.display();
    ctx.msgs.info(match local::stop(settings)? {
        StopOutcome::Stopped => format!("stopped the local cluster in {dir}"),
        StopOutcome::NotRunning => format!("the local cluster in {dir} is not running"),
        StopOutcome::NoCluster => format!("there is no local cluster in {dir}: nothing to stop"),
    });
    Ok(ExitCode::SUCCESS)
}

async fn status(ctx: &Context, settings: &LocalSettings) -> Result<ExitCode> {
    let status = local::status(settings)?;
    let mut version = status.major_version.map(|v| v.to_string());
    let (state, socket, tcp) = match &status.state {
        State::Absent => ("absent", None, None),
        State::Stopped => ("stopped", None, None),
        State::Running(endpoint) => {
            let timeout = Some(ctx.settings.conn.connect_timeout.as_secs());
            let conn_settings = crate::config::local_conn(endpoint, timeout, None)?;
            // The full version from the server itself; the major one if it
            // does not answer (it is shutting down, say).
            if let Ok(session) = ctx.session_to(&conn_settings).await
                && let Ok(full) = crate::db::server::version(&session.client).await
            {
                version = Some(full);
            }
            let tcp = endpoint
                .listen
                .as_ref()
                .map(|host| format!("{host}:{}", endpoint.port));
            (
                "running",
                Some(endpoint.socket_path().display().to_string()),
                tcp,
            )
        }
    };
    let record = LocalStatus {
        state,
        version,
        folder: status.dir.display().to_string(),
        socket,
        tcp,
        size_bytes: status.size,
        owner: status.owner,
        log: status.log.display().to_string(),
    };
    crate::output::print_one(&ctx.settings.output, &record)?;
    Ok(ExitCode::SUCCESS)
}

fn env(ctx: &Context, settings: &LocalSettings, args: &LocalEnvArgs) -> Result<ExitCode> {
    let layout = local::Layout::new(&settings.dir)?;
    let endpoint = match local::state(&layout) {
        State::Running(endpoint) => endpoint,
        State::Absent | State::Stopped => {
            return Err(LocalError::NotRunning {
                dir: settings.dir.clone(),
            }
            .into());
        }
    };
    if endpoint.listen.is_none() {
        ctx.msgs.info(
            "the local cluster listens on its Unix socket only: these variables work for \
             blogctl and psql; the blog API connects over TCP, so for it restart the cluster \
             with a port: `blogctl local stop && blogctl local start --port 5433`",
        );
    }
    let password = local::password(&layout)?;
    let shell = match args.shell {
        EnvShell::Sh => local::env::Shell::Sh,
        EnvShell::Fish => local::env::Shell::Fish,
    };
    let text = local::env::render(&local::env::variables(&endpoint, &password), shell);
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(crate::output::write_error)?;
    Ok(ExitCode::SUCCESS)
}

fn destroy(ctx: &Context, settings: &LocalSettings, args: &ConfirmArgs) -> Result<ExitCode> {
    let dir = settings.dir.display();
    confirm::needs_terminal(args.yes, ctx.settings.stdin_is_terminal, || {
        format!("the local cluster in {dir}")
    })?;
    // Refused before asking: a path with control characters (so the
    // question below prints none).
    local::Layout::new(&settings.dir)?;
    if !args.yes
        && !confirm::ask(&format!(
            "Delete the local cluster in {dir}, with all its data?"
        ))?
    {
        return Err(Error::NotConfirmed);
    }
    ctx.msgs.info(match local::destroy(settings)? {
        Destroyed::Deleted => format!("deleted the local cluster in {dir}"),
        Destroyed::FolderKept => format!(
            "deleted the local cluster in {dir}; the folder stays: it holds files that are not \
             blogctl's"
        ),
        Destroyed::NoCluster => format!("there is no local cluster in {dir}: nothing to delete"),
    });
    Ok(ExitCode::SUCCESS)
}
