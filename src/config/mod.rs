//! Flags and environment resolved once into plain settings. Commands receive
//! a [`Settings`]; they never read the environment or probe the terminal.

mod envfile;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::{ColorChoice, ConnectionArgs, GlobalArgs, PasswordHashChoice};
use crate::db::conninfo::{ConnSettings, Origin, POSTGRES_VARS, Request};
use crate::error::{Error, Result};
use crate::output::OutputSettings;
use crate::password_hash::Scheme;

/// Everything a command needs to know about how it was invoked.
#[derive(Debug)]
pub struct Settings {
    pub conn: ConnSettings,
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

/// Load the .env file named by `--env-file`, or `./.env` when present,
/// unless `--no-env-file`. Runs before clap parses so that the file's
/// values count as environment; variables already set win. Nothing is set
/// unless the whole file is valid.
pub fn load_env_file(args: &[OsString]) -> Result<Option<PathBuf>> {
    let mut explicit: Option<PathBuf> = None;
    let mut disabled = false;
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let Some(arg) = arg.to_str() else { continue };
        match arg {
            "--" => break,
            "--no-env-file" => disabled = true,
            "--env-file" => explicit = iter.next().map(PathBuf::from),
            _ => {
                if let Some(path) = arg.strip_prefix("--env-file=") {
                    explicit = Some(PathBuf::from(path));
                }
            }
        }
    }
    if disabled {
        return Ok(None);
    }
    let path = match explicit {
        Some(path) => {
            if !path.is_file() {
                return Err(Error::EnvFileMissing { path });
            }
            path
        }
        None => {
            let default = Path::new(".env");
            if !default.is_file() {
                return Ok(None);
            }
            default.to_path_buf()
        }
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(source) => return Err(Error::EnvFileUnreadable { path, source }),
    };
    let vars = match envfile::parse(&bytes) {
        Ok(vars) => vars,
        Err(e) => {
            return Err(Error::EnvFileInvalid {
                path,
                line: e.line,
                problem: e.problem,
            });
        }
    };
    for (key, value) in vars {
        if std::env::var_os(&key).is_none() {
            // SAFETY: called from main before any other thread exists.
            unsafe { std::env::set_var(&key, &value) };
        }
    }
    Ok(Some(path))
}

/// Read a variable; an empty value counts as unset, as libpq does.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Settings {
    /// Resolve the parsed global flags and the environment into settings.
    pub fn resolve(global: &GlobalArgs) -> Result<Settings> {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            // no-color.org: NO_COLOR counts when set and not empty.
            ColorChoice::Auto => {
                stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let terminal_width = if stdout_is_terminal {
            terminal_width()
        } else {
            None
        };
        let output = OutputSettings {
            format: global.format,
            color,
            quiet: global.quiet,
            verbose: global.verbose,
            terminal_width,
            stderr_is_terminal: std::io::stderr().is_terminal(),
        };
        let request = connection_request(&global.connection)?;
        let mut conn = ConnSettings::resolve(&request, &env_var)?;
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
        Ok(Settings {
            conn,
            output,
            admin: AdminEnv {
                email: env_var("ADMIN_EMAIL"),
                // Empty counts as unset (an unset CI secret is often empty).
                password: env_var("ADMIN_PASSWORD"),
                name: env_var("ADMIN_NAME"),
            },
            password_hash: match global.password_hash {
                PasswordHashChoice::Bcrypt => Scheme::Bcrypt,
                PasswordHashChoice::Argon2id => Scheme::Argon2id,
            },
            stdin_is_terminal: std::io::stdin().is_terminal(),
        })
    }
}

/// Where the connection settings come from, highest first: `--database-url`,
/// `DATABASE_URL` (set but empty is an error, not a fallback), the blog
/// API's `POSTGRES_*` variables, then libpq's variables and defaults alone.
fn connection_request(args: &ConnectionArgs) -> Result<Request> {
    let (conn_str, origin) = match &args.database_url {
        Some(url) if url.trim().is_empty() => {
            return Err(Error::DatabaseUrlEmpty { flag: true });
        }
        Some(url) => (Some(url.clone()), Origin::Flag),
        None => match std::env::var_os("DATABASE_URL") {
            Some(url) => {
                let url = url.into_string().map_err(|_| {
                    Error::BadConnectionSetting("DATABASE_URL is not UTF-8 text".into())
                })?;
                if url.trim().is_empty() {
                    return Err(Error::DatabaseUrlEmpty { flag: false });
                }
                (Some(url), Origin::DatabaseUrl)
            }
            None if POSTGRES_VARS.iter().any(|(var, _)| env_var(var).is_some()) => {
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

fn terminal_width() -> Option<u16> {
    // comfy-table measures the terminal itself when it is one; COLUMNS wins
    // so that a user (or a test) can force a width.
    // A pseudo-terminal without a window size reports 0: treat it as unknown.
    env_var("COLUMNS")
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
        .filter(|width| *width > 0)
}
