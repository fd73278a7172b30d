//! The local cluster's folder: where each of its files is ([`Layout`]),
//! making the folder, and its lock, which every change holds.

use std::fs::File;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::owner;
use crate::error::{Error, LocalError, Result};

/// The longest Unix socket path (`sun_path` is 108 bytes with its NUL).
const SOCKET_PATH_MAX: usize = 107;

/// The files of a local cluster.
#[derive(Debug, Clone)]
pub struct Layout {
    pub dir: PathBuf,
}

impl Layout {
    /// The layout of `dir`, refused when its socket path would be too long
    /// or when the path holds what a configuration value cannot.
    pub fn new(dir: &Path) -> Result<Layout> {
        let layout = Layout {
            dir: dir.to_path_buf(),
        };
        let longest = layout.socket_dir().join(".s.PGSQL.65535");
        let length = longest.as_os_str().len();
        if length > SOCKET_PATH_MAX {
            return Err(LocalError::FolderTooLong {
                dir: dir.to_path_buf(),
                length,
                max: SOCKET_PATH_MAX,
            }
            .into());
        }
        if dir.to_str().is_none_or(|s| s.chars().any(char::is_control)) {
            return Err(LocalError::FolderUnusable {
                dir: dir.to_path_buf(),
            }
            .into());
        }
        Ok(layout)
    }

    pub fn data(&self) -> PathBuf {
        self.dir.join("data")
    }
    /// Where a new cluster is made before it becomes `data`.
    pub(super) fn data_new(&self) -> PathBuf {
        self.dir.join("data.new")
    }
    pub fn socket_dir(&self) -> PathBuf {
        self.dir.join("socket")
    }
    pub fn password_file(&self) -> PathBuf {
        self.dir.join("password")
    }
    pub fn log(&self) -> PathBuf {
        self.dir.join("server.log")
    }
    fn lock_file(&self) -> PathBuf {
        self.dir.join("lock")
    }

    /// Everything blogctl makes in the folder (what `destroy` deletes),
    /// the lock file last.
    pub(super) fn owned_paths(&self) -> Vec<PathBuf> {
        vec![
            self.data(),
            self.data_new(),
            self.socket_dir(),
            self.password_file(),
            self.dir.join("password.new"),
            self.log(),
            self.lock_file(),
        ]
    }
}

/// Create the folder (0700) and its parents; as root, give it to the
/// server's user after checking that user can reach it.
pub(super) fn make_dir(dir: &Path, user: Option<&owner::OsUser>) -> Result<()> {
    if let Some(user) = user {
        owner::check_reachable(dir, user)?;
    }
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::io(format!("cannot create {}", parent.display()), e))?;
    }
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(Error::io(format!("cannot create {}", dir.display()), e)),
    }
    if let Some(user) = user {
        owner::give(dir, user)?;
    }
    Ok(())
}

/// Hold the folder's lock (flock) until the file is dropped; waits while
/// another blogctl holds it.
pub(super) fn lock(layout: &Layout, user: Option<&owner::OsUser>) -> Result<File> {
    let path = layout.lock_file();
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(|e| Error::io(format!("cannot open the lock file {}", path.display()), e))?;
    if let Some(user) = user {
        owner::give(&path, user)?;
    }
    file.lock()
        .map_err(|e| Error::io(format!("cannot lock {}", path.display()), e))?;
    Ok(file)
}
