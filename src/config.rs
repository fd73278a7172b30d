//! Flags and environment resolved once into plain settings. Commands receive
//! a [`Settings`]; they never read the environment or probe the terminal.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::{ColorChoice, GlobalArgs, PasswordHashChoice};
use crate::db::conninfo::{ConnInput, ConnSettings};
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
/// unless `--no-env-file`. Runs before clap parses so that `env = ...`
/// arguments see the file's values; variables already set win.
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
    if let Err(source) = dotenvy::from_path(&path) {
        return Err(Error::EnvFileUnreadable { path, source });
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
            ColorChoice::Auto => stdout_is_terminal && std::env::var_os("NO_COLOR").is_none(),
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
        let args = &global.connection;
        let input = ConnInput {
            database_url: args.database_url.as_deref(),
            connect_timeout: args.connect_timeout,
            wait: args.wait,
        };
        let conn = ConnSettings::resolve(&input, &env_var)?;
        Ok(Settings {
            conn,
            output,
            admin: AdminEnv {
                email: env_var("ADMIN_EMAIL"),
                password: std::env::var("ADMIN_PASSWORD").ok(),
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

fn terminal_width() -> Option<u16> {
    // comfy-table measures the terminal itself when it is one; COLUMNS wins
    // so that a user (or a test) can force a width.
    // A pseudo-terminal without a window size reports 0: treat it as unknown.
    env_var("COLUMNS")
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
        .filter(|width| *width > 0)
}
