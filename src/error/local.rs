//! The failures of `blogctl local` and `--local`: part of the catalogue
//! (`Error::Local`), kept together because they share one subject, the
//! private cluster's folder.

use std::path::{Path, PathBuf};
use std::process::ExitStatus;

#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    // ---- Invalid usage or input; nothing was changed (exit 2). ----
    #[error(
        "--local and a database URL (--database-url, or DATABASE_URL from the environment or \
         .env) both say where to connect: drop one (unset DATABASE_URL, or pass --no-env-file \
         if it comes from .env)"
    )]
    WithDatabaseUrl,

    #[error(
        "no folder for the local cluster: HOME is not set; set BLOGCTL_LOCAL_DIR (or \
         XDG_DATA_HOME)"
    )]
    NoFolder,

    #[error(
        "the local cluster's folder {} is too long for a Unix socket path ({length} bytes with \
         the socket's name; the limit is {max}): set BLOGCTL_LOCAL_DIR to a shorter folder",
        dir.display()
    )]
    FolderTooLong {
        dir: PathBuf,
        length: usize,
        max: usize,
    },

    #[error(
        "the local cluster's folder {} is not UTF-8 or holds control characters: set \
         BLOGCTL_LOCAL_DIR to another folder",
        dir.display()
    )]
    FolderUnusable { dir: PathBuf },

    // ---- The operation failed (exit 1). ----
    /// No server binaries, or none of an existing cluster's version.
    #[error("{}", no_server_binaries(versions_dir, *wanted, others))]
    NoServerBinaries {
        /// The folder of per-version installs that was searched.
        versions_dir: PathBuf,
        /// The major version that was needed (an existing cluster's).
        wanted: Option<u32>,
        /// Folders with server binaries of another major version.
        others: Vec<(PathBuf, u32)>,
    },

    #[error(
        "the local cluster's data folder belongs to root, and PostgreSQL refuses to run as \
         root: give it to an unprivileged user (chown -R), or start afresh with `blogctl \
         local destroy`"
    )]
    OwnedByRoot,

    #[error(
        "PostgreSQL refuses to run as root, and there is neither a `postgres` nor a `nobody` \
         user to run it as: create one (adduser --system postgres), or run blogctl as a \
         normal user"
    )]
    NoServerUser,

    #[error("the local cluster belongs to uid {uid}, which has no user name")]
    OwnerUnnamed { uid: u32 },

    #[error(
        "the server runs as the OS user {user} (PostgreSQL refuses to run as root), and {} \
         keeps it out of {}: set BLOGCTL_LOCAL_DIR to a folder it can reach, such as \
         /var/lib/blogctl/local",
        blocked.display(),
        dir.display()
    )]
    Unreachable {
        user: String,
        blocked: PathBuf,
        dir: PathBuf,
    },

    #[error(
        "the local cluster in {} belongs to the OS user {owner}: run blogctl as that user (or \
         as root), or set BLOGCTL_LOCAL_DIR to a folder of your own",
        dir.display()
    )]
    OtherUsersCluster { dir: PathBuf, owner: String },

    #[error(
        "the local cluster already runs, listening on {listening}: to listen on port {port}, \
         stop it first (`blogctl local stop`), then `blogctl local start --port {port}`"
    )]
    RunsElsewhere { listening: String, port: u16 },

    #[error(
        "the local cluster in {} is not running: start it with `blogctl local start --port \
         5433` (the blog API connects over TCP), or `blogctl local start` for its Unix socket \
         only",
        dir.display()
    )]
    NotRunning { dir: PathBuf },

    #[error("{what} failed ({status}): {output}")]
    ToolFailed {
        what: &'static str,
        status: ExitStatus,
        /// The end of what it printed.
        output: String,
    },

    #[error("the server did not start ({status}): {log}")]
    StartFailed {
        status: ExitStatus,
        /// The end of what it logged.
        log: String,
    },

    #[error(
        "the server is still not ready after {secs} s (see {}): {tail}",
        log.display()
    )]
    NotReady {
        secs: u64,
        log: PathBuf,
        tail: String,
    },

    #[error(
        "the server (pid {pid}) did not stop within {secs} s: see {}",
        log.display()
    )]
    StopTimedOut { pid: i32, secs: u64, log: PathBuf },

    #[error("cannot generate the cluster's password: {0}")]
    NoRandomness(String),
}

impl LocalError {
    pub fn exit_code(&self) -> u8 {
        use LocalError::*;
        match self {
            WithDatabaseUrl | NoFolder | FolderTooLong { .. } | FolderUnusable { .. } => 2,
            _ => 1,
        }
    }
}

/// What [`LocalError::NoServerBinaries`] says: how to install them.
fn no_server_binaries(
    versions_dir: &Path,
    wanted: Option<u32>,
    others: &[(PathBuf, u32)],
) -> String {
    match wanted {
        Some(wanted) if !others.is_empty() => {
            let found: Vec<String> = others
                .iter()
                .map(|(dir, version)| format!("PostgreSQL {version} in {}", dir.display()))
                .collect();
            format!(
                "the local cluster was made by PostgreSQL {wanted}, whose server binaries are \
                 not installed (found only {}): install them (apt-get install \
                 postgresql-{wanted}), or start afresh with `blogctl local destroy`",
                found.join(", ")
            )
        }
        _ => format!(
            "no PostgreSQL server binaries (initdb, postgres) found in `pg_config --bindir`, on \
             PATH or in {}/*/bin: install the PostgreSQL server (apt-get install postgresql on \
             Debian and Ubuntu, dnf install postgresql-server on Fedora, brew install \
             postgresql on macOS)",
            versions_dir.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::LocalError;

    #[test]
    fn no_server_binaries_says_how_to_install_them() {
        let none = LocalError::NoServerBinaries {
            versions_dir: PathBuf::from("/usr/lib/postgresql"),
            wanted: None,
            others: Vec::new(),
        };
        assert!(
            none.to_string()
                .contains("apt-get install postgresql on Debian")
        );
        let other = LocalError::NoServerBinaries {
            versions_dir: PathBuf::from("/usr/lib/postgresql"),
            wanted: Some(15),
            others: vec![(PathBuf::from("/usr/lib/postgresql/16/bin"), 16)],
        };
        assert!(
            other.to_string().contains(
                "made by PostgreSQL 15, whose server binaries are not installed (found only \
                 PostgreSQL 16 in /usr/lib/postgresql/16/bin): install them (apt-get install \
                 postgresql-15)"
            ),
            "{other}"
        );
    }
}
