//! The variables blogctl reads: the process environment, then the `.env`
//! file for what the process environment does not set.
//!
//! The file is the blog API's (operators run blogctl in the API's folder,
//! whose `.env` sits there by design) or a CI job's, so it is read as data,
//! never as an environment: only the settings blogctl documents as settable
//! in a file are taken from it ([`FILE_KEYS`]: where to connect, the admin,
//! the hash scheme), kept in a map that [`Environment::var`] reads, and never
//! exported. Nothing in the file can choose a program to run (a pager, the
//! server's binaries through PATH, LD_PRELOAD), a folder blogctl writes
//! (BLOGCTL_LOCAL_DIR), or how the terminal looks; and no child process
//! (the pager, the local server) inherits the file's secrets.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::envfile;
use crate::db::conninfo::{LIBPQ_VARS, POSTGRES_VARS};
use crate::error::{Error, Result};

/// The variables a `.env` file may set, besides the blog API's `POSTGRES_*`
/// and libpq's `PG*` ones (see [`is_file_key`]).
pub const FILE_KEYS: [&str; 5] = [
    "DATABASE_URL",
    "ADMIN_EMAIL",
    "ADMIN_PASSWORD",
    "ADMIN_NAME",
    "BLOGCTL_PASSWORD_HASH",
];

/// Whether blogctl takes `key` from a `.env` file.
pub fn is_file_key(key: &str) -> bool {
    FILE_KEYS.contains(&key)
        || POSTGRES_VARS.iter().any(|(var, _)| *var == key)
        || LIBPQ_VARS.iter().any(|(_, var)| *var == key)
}

/// The process environment, and the settings a `.env` file gave.
#[derive(Default)]
pub struct Environment {
    /// The file's values of the keys blogctl takes from a file.
    file: HashMap<String, String>,
    /// The file read, if any.
    pub path: Option<PathBuf>,
    /// The keys the file set that blogctl does not take from a file, in
    /// the file's order (names only: `-v` lists them).
    pub ignored: Vec<String>,
}

impl std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut keys: Vec<&String> = self.file.keys().collect();
        keys.sort();
        f.debug_struct("Environment")
            .field("path", &self.path)
            .field("file_keys", &keys)
            .field("ignored", &self.ignored)
            .finish()
    }
}

impl Environment {
    /// A variable as set: the process environment's when it has it (even
    /// empty: the process environment wins over the file), else the file's.
    pub fn var_os(&self, name: &str) -> Option<OsString> {
        std::env::var_os(name).or_else(|| self.file.get(name).map(OsString::from))
    }

    /// A variable as text; an empty value (or one that is not UTF-8)
    /// counts as unset, as libpq does.
    pub fn var(&self, name: &str) -> Option<String> {
        self.var_os(name)
            .and_then(|value| value.into_string().ok())
            .filter(|value| !value.is_empty())
    }

    /// Where `name`'s value comes from, for messages: the file or the
    /// process environment.
    pub fn source_of(&self, name: &str) -> String {
        match (&self.path, std::env::var_os(name)) {
            (Some(path), None) if self.file.contains_key(name) => {
                format!("env file {}", path.display())
            }
            _ => "the environment".to_string(),
        }
    }

    /// An environment with these file values (tests).
    #[cfg(test)]
    pub fn with_file(vars: &[(&str, &str)]) -> Environment {
        Environment {
            file: vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            path: Some(PathBuf::from(".env")),
            ignored: Vec::new(),
        }
    }
}

/// Read the .env file named by `--env-file`, or `./.env` when present,
/// unless `--no-env-file`. Runs before clap parses (so that a broken file
/// can be reported after `--help` was answered), finding those two flags in
/// the raw arguments. Nothing is taken unless the whole file is valid.
pub fn load(args: &[OsString]) -> Result<Environment> {
    let Some(path) = file_to_read(args)? else {
        return Ok(Environment::default());
    };
    match std::fs::read(&path) {
        Ok(bytes) => Environment::from_file(path, &bytes),
        Err(source) => Err(Error::EnvFileUnreadable { path, source }),
    }
}

impl Environment {
    /// The settings the file at `path`, holding `bytes`, gives; its other
    /// keys listed as ignored.
    fn from_file(path: PathBuf, bytes: &[u8]) -> Result<Environment> {
        let vars = envfile::parse(bytes).map_err(|e| Error::EnvFileInvalid {
            path: path.clone(),
            at: e.location(),
            problem: e.problem,
        })?;
        let mut env = Environment {
            path: Some(path),
            ..Environment::default()
        };
        for (key, value) in vars {
            if is_file_key(&key) {
                // dotenvy's loader keeps a key's first value: so does this.
                env.file.entry(key).or_insert(value);
            } else if !env.ignored.contains(&key) {
                env.ignored.push(key);
            }
        }
        Ok(env)
    }
}

/// The file `--env-file`/`--no-env-file` (or their absence) names.
fn file_to_read(args: &[OsString]) -> Result<Option<PathBuf>> {
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
    match explicit {
        Some(path) if !path.is_file() => Err(Error::EnvFileMissing { path }),
        Some(path) => Ok(Some(path)),
        None => {
            let default = Path::new(".env");
            Ok(default.is_file().then(|| default.to_path_buf()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{conninfo_fuzz, envfile_fuzz};

    #[test]
    fn only_the_documented_settings_come_from_a_file() {
        for key in [
            "DATABASE_URL",
            "POSTGRES_HOST",
            "POSTGRES_PASSWORD",
            "PGHOST",
            "PGPASSWORD",
            "PGSSLMODE",
            "PGPASSFILE",
            "ADMIN_EMAIL",
            "ADMIN_PASSWORD",
            "ADMIN_NAME",
            "BLOGCTL_PASSWORD_HASH",
        ] {
            assert!(is_file_key(key), "{key}");
        }
        for key in [
            "PATH",
            "LD_PRELOAD",
            "HOME",
            "PAGER",
            "BLOGCTL_PAGER",
            "LESS",
            "NO_COLOR",
            "COLUMNS",
            "BLOGCTL_LOCAL_DIR",
            "BLOGCTL_PG_VERSIONS_DIR",
            "XDG_DATA_HOME",
            "PGDATA",
            "JWT_SECRET",
        ] {
            assert!(!is_file_key(key), "{key}");
        }
    }

    #[test]
    fn the_process_environment_wins_even_empty() {
        let env = Environment::with_file(&[("BLOGCTL_TEST_FILE_ONLY_7", "file")]);
        assert_eq!(env.var("BLOGCTL_TEST_FILE_ONLY_7").as_deref(), Some("file"));
        // PATH is set in every test process; a file value would lose.
        let env = Environment::with_file(&[("PATH", "/evil")]);
        assert_ne!(env.var("PATH").as_deref(), Some("/evil"));
        assert!(
            !format!("{env:?}").contains("/evil"),
            "Debug shows no values"
        );
    }

    #[test]
    fn generated_env_files_never_leak_a_secret() {
        let mut rng = fastrand::Rng::with_seed(1414);
        let (mut errors, mut marker_as_key) = (0, 0);
        for i in 0..20_000 {
            let clean = envfile_fuzz::env_file(&mut rng, 1);
            let bytes = match i % 3 {
                0 => clean,
                _ => envfile_fuzz::mutate(&mut rng, &clean),
            };
            // What a run can show of the file: the error, or the ignored
            // keys (-v) and the environment's Debug.
            let shown = match Environment::from_file(PathBuf::from(".env"), &bytes) {
                Err(e) => {
                    errors += 1;
                    format!("{e} {e:?}")
                }
                Ok(env) => format!("{} {env:?}", env.ignored.join(", ")),
            };
            if envfile_fuzz::marker_as_key(&bytes) {
                // The file names the marker as a key; keys are shown.
                marker_as_key += 1;
                continue;
            }
            assert!(
                !conninfo_fuzz::leaks(&shown),
                "{:?}: {shown}",
                String::from_utf8_lossy(&bytes)
            );
        }
        // The generator reaches both outcomes, and rarely a marker as a key.
        assert!(errors > 8_000 && errors < 17_000, "{errors} errors");
        assert!(
            marker_as_key < 500,
            "{marker_as_key} files with the marker as a key"
        );
    }
}
