//! Flags and environment resolved once into plain settings. Commands receive
//! a [`Settings`]; they never read the environment or probe the terminal.

mod envfile;
mod environment;
mod terminal;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::cli::{ColorChoice, ConnectionArgs, GlobalArgs, PasswordHashChoice};
use crate::db::conninfo::{ConnSettings, Origin, POSTGRES_VARS, Request};
use crate::error::{Error, LocalError, Result};
use crate::local::{self, LocalSettings};
use crate::output::{OutputSettings, PagerSettings};
use crate::password_hash::Scheme;

pub use environment::{Environment, load as load_env_file};

/// Everything a command needs to know about how it was invoked.
#[derive(Debug)]
pub struct Settings {
    /// Where to connect. With `--local`, the local cluster's socket as it
    /// was when resolved; [`Settings::use_local_endpoint`] sets it to where
    /// the cluster listens once it is started.
    pub conn: ConnSettings,
    /// Where `blogctl local` keeps its cluster; `None` when there is no
    /// home folder to put it in and BLOGCTL_LOCAL_DIR is not set.
    pub local: Option<LocalSettings>,
    /// `--local`: connect to the local cluster, starting it when needed.
    pub use_local: bool,
    pub output: OutputSettings,
    pub admin: AdminEnv,
    /// The scheme of every password hash blogctl writes (`--password-hash`).
    pub password_hash: Scheme,
    /// Whether standard input is a terminal (prompts and confirmations).
    pub stdin_is_terminal: bool,
}

/// The admin variables of PRODUCT.md's "Seeding", as read from the
/// environment (after the .env file was loaded). The password is kept out of
/// `Debug`.
#[derive(Clone, Default)]
pub struct AdminEnv {
    pub email: Option<String>,
    pub password: Option<String>,
    pub name: Option<String>,
}

impl std::fmt::Debug for AdminEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminEnv")
            .field("email", &self.email)
            .field("password", &self.password.as_ref().map(|_| "********"))
            .field("name", &self.name)
            .finish()
    }
}

/// A variable of the process environment (never the .env file's); an
/// empty value counts as unset, as libpq does. For what a file must not
/// choose: the terminal, the pager, where `blogctl local` keeps its cluster.
fn process_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Settings {
    /// Resolve the parsed global flags, the environment and the .env
    /// file's settings into settings.
    pub fn resolve(global: &GlobalArgs, env: &Environment) -> Result<Settings> {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            // no-color.org: NO_COLOR counts when set and not empty.
            ColorChoice::Auto => {
                stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let (terminal_width, terminal_rows) = if stdout_is_terminal {
            terminal::size()
        } else {
            (None, None)
        };
        let pager = match (terminal_width, terminal_rows, terminal::pager_command()) {
            (Some(cols), Some(rows), Some(command)) if !global.no_pager => Some(PagerSettings {
                command,
                rows: rows.into(),
                cols: cols.into(),
                env: terminal::pager_env(),
            }),
            _ => None,
        };
        let output = OutputSettings {
            format: global.format,
            color,
            quiet: global.quiet,
            verbose: global.verbose,
            terminal_width,
            expanded: global.expanded,
            pager,
            stderr_is_terminal: std::io::stderr().is_terminal(),
        };
        let local = local_settings();
        let use_local = global.connection.local;
        let conn = if use_local {
            // DATABASE_URL set but empty names nothing: only a URL conflicts.
            if global.connection.database_url.is_some() || env.var("DATABASE_URL").is_some() {
                return Err(LocalError::WithDatabaseUrl.into());
            }
            let layout = local::Layout::new(&require_local(&local)?.dir)?;
            let args = &global.connection;
            local_conn(
                &local::expected_endpoint(&layout),
                args.connect_timeout,
                args.wait,
            )?
        } else {
            let request = connection_request(&global.connection, env)?;
            let mut conn = ConnSettings::resolve(&request, &|name| env.var(name))?;
            if request.origin == Origin::Flag
                && let Some(conn_str) = &request.conn_str
                && crate::db::conninfo::parse::parse(conn_str)
                    .is_ok_and(|params| params.iter().any(|p| p.key == "password"))
            {
                conn.warnings.push(
                    "--database-url holds a password, which every local user can read in the \
                     process list: pass it in DATABASE_URL, PGPASSWORD or ~/.pgpass instead"
                        .to_string(),
                );
            }
            conn
        };
        Ok(Settings {
            conn,
            local,
            use_local,
            output,
            admin: AdminEnv {
                email: env.var("ADMIN_EMAIL"),
                // Empty counts as unset (an unset CI secret is often empty).
                password: env.var("ADMIN_PASSWORD"),
                name: env.var("ADMIN_NAME"),
            },
            password_hash: match password_hash(global, env)? {
                PasswordHashChoice::Bcrypt => Scheme::Bcrypt,
                PasswordHashChoice::Argon2id => Scheme::Argon2id,
            },
            stdin_is_terminal: std::io::stdin().is_terminal(),
        })
    }
}

/// `--password-hash`, else `BLOGCTL_PASSWORD_HASH` (from the process
/// environment, else the .env file; empty counts as unset), else bcrypt.
fn password_hash(global: &GlobalArgs, env: &Environment) -> Result<PasswordHashChoice> {
    if let Some(choice) = global.password_hash {
        return Ok(choice);
    }
    match env.var("BLOGCTL_PASSWORD_HASH") {
        None => Ok(PasswordHashChoice::Bcrypt),
        Some(value) => PasswordHashChoice::from_str(&value, false).map_err(|_| {
            Error::BadSetting(format!(
                "BLOGCTL_PASSWORD_HASH in {} names no scheme blogctl writes: use one of \
                 bcrypt, argon2id",
                env.source_of("BLOGCTL_PASSWORD_HASH"),
            ))
        }),
    }
}

/// Where the connection settings come from, highest first: `--database-url`,
/// `DATABASE_URL` (set but empty is an error, not a fallback), the blog
/// API's `POSTGRES_*` variables, then libpq's variables and defaults alone.
fn connection_request(args: &ConnectionArgs, env: &Environment) -> Result<Request> {
    let (conn_str, origin) = match &args.database_url {
        Some(url) if url.trim().is_empty() => {
            return Err(Error::DatabaseUrlEmpty { flag: true });
        }
        Some(url) => (Some(url.clone()), Origin::Flag),
        None => match env.var_os("DATABASE_URL") {
            Some(url) => {
                let url = url.into_string().map_err(|_| {
                    Error::BadConnectionSetting("DATABASE_URL is not UTF-8 text".into())
                })?;
                if url.trim().is_empty() {
                    return Err(Error::DatabaseUrlEmpty { flag: false });
                }
                (Some(url), Origin::DatabaseUrl)
            }
            None if POSTGRES_VARS.iter().any(|(var, _)| env.var(var).is_some()) => {
                (None, Origin::PostgresVars)
            }
            None => (None, Origin::Libpq),
        },
    };
    Ok(Request {
        conn_str,
        origin,
        connect_timeout: args.connect_timeout,
        wait: args.wait,
    })
}

impl Settings {
    /// Connect to the local cluster where `endpoint` says it listens.
    pub fn use_local_endpoint(&mut self, endpoint: &local::Endpoint) -> Result<()> {
        let timeout = Some(self.conn.connect_timeout.as_secs());
        let wait = self.conn.wait.map(|w| w.as_secs());
        self.conn = local_conn(endpoint, timeout, wait)?;
        Ok(())
    }
}

/// The local cluster's folder: `BLOGCTL_LOCAL_DIR`, else
/// `$XDG_DATA_HOME/blogctl/local`, else `~/.local/share/blogctl/local`.
/// Run as root without either variable, `/var/lib/blogctl/local`: the
/// server then runs as another user, and root's home is usually closed
/// to it. The server binaries are searched with `PATH` and
/// `BLOGCTL_PG_VERSIONS_DIR` (see [`local::bindir`]).
fn local_settings() -> Option<LocalSettings> {
    let dir = match process_var("BLOGCTL_LOCAL_DIR") {
        Some(dir) => std::path::absolute(dir).ok()?,
        None => {
            // The XDG spec: a relative XDG_DATA_HOME is invalid, ignore it.
            let data_home = process_var("XDG_DATA_HOME")
                .map(PathBuf::from)
                .filter(|dir| dir.is_absolute());
            match data_home {
                Some(data_home) => data_home.join("blogctl/local"),
                None if local::is_root() => PathBuf::from("/var/lib/blogctl/local"),
                None => PathBuf::from(process_var("HOME")?).join(".local/share/blogctl/local"),
            }
        }
    };
    let var = std::env::var_os;
    Some(LocalSettings {
        dir,
        search: local::bindir::Search::new(var("PATH"), var("BLOGCTL_PG_VERSIONS_DIR")),
        server_env: server_env(),
    })
}

/// What the local cluster's programs (initdb, postgres) inherit from the
/// caller's environment: `PATH` (for the shell commands the programs run,
/// such as `archive_command`), the locale (`LANG`, `LC_*`: initdb derives
/// the cluster's messages from them) and `TZ` (initdb sets the cluster's
/// timezone from it). Nothing else: the server runs for a long time, as
/// another OS user when blogctl runs as root, and its /proc/<pid>/environ
/// must hold none of the caller's secrets (ADMIN_PASSWORD,
/// POSTGRES_PASSWORD, a token); PG* variables (PGDATA, PGPORT, ...) would
/// change what it does.
fn server_env() -> Vec<(OsString, OsString)> {
    std::env::vars_os()
        .filter(|(key, _)| {
            key.to_str()
                .is_some_and(|k| matches!(k, "PATH" | "LANG" | "TZ") || k.starts_with("LC_"))
        })
        .collect()
}

/// The local settings, or the error that says how to give them.
pub fn require_local(local: &Option<LocalSettings>) -> Result<&LocalSettings> {
    local.as_ref().ok_or(Error::Local(LocalError::NoFolder))
}

/// The local cluster as a connection: its Unix socket (trust, no TLS), as
/// the superuser `postgres`, to the database `blog`, through the same
/// resolver as any connection string. `--connect-timeout` and `--wait`
/// apply as to any server; no environment variable does.
pub fn local_conn(
    endpoint: &local::Endpoint,
    connect_timeout: Option<u64>,
    wait: Option<u64>,
) -> Result<ConnSettings> {
    // libpq's key=value syntax: a quoted value escapes `\` and `'`.
    let socket_dir = endpoint
        .socket_dir
        .to_string_lossy()
        .replace('\\', "\\\\")
        .replace('\'', "\\'");
    let request = Request {
        conn_str: Some(format!(
            "host='{socket_dir}' port={} user={} dbname={} sslmode=disable",
            endpoint.port,
            local::SUPERUSER,
            local::DATABASE
        )),
        origin: Origin::Local,
        connect_timeout,
        wait,
    };
    ConnSettings::resolve(&request, &|_| None)
}
