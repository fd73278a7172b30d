//! Which OS user the server runs as. `initdb` and `postgres` refuse to run
//! as root, so blogctl run as root hands the cluster to an unprivileged
//! user: the owner of an existing cluster, else `postgres` (the user the
//! server packages create), else `nobody`. Run as anyone else, the server
//! runs as that user.

use std::ffi::CString;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use crate::error::{Error, LocalError, Result};

/// An OS user the server runs as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    /// Its groups (primary and supplementary), to check folder permissions.
    pub groups: Vec<u32>,
}

/// Whether this process runs as root.
pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// This process's effective user id.
pub fn euid() -> u32 {
    nix::unistd::geteuid().as_raw()
}

/// The user the server runs as; `None` means this process's own user.
/// `data` is an existing cluster's data folder, whose owner keeps it.
pub fn server_user(data: Option<&Path>) -> Result<Option<OsUser>> {
    if !is_root() {
        return Ok(None);
    }
    if let Some(uid) = data
        .and_then(|d| std::fs::metadata(d).ok())
        .map(|m| m.uid())
    {
        if uid == 0 {
            return Err(LocalError::OwnedByRoot.into());
        }
        return by_uid(uid)
            .map(Some)
            .ok_or(Error::Local(LocalError::OwnerUnnamed { uid }));
    }
    for name in ["postgres", "nobody"] {
        if let Some(user) = by_name(name) {
            return Ok(Some(user));
        }
    }
    Err(LocalError::NoServerUser.into())
}

/// Refuse when `dir`'s parent folders would keep `user` out: the server
/// must reach its data folder (root's home is usually closed to others).
pub fn check_reachable(dir: &Path, user: &OsUser) -> Result<()> {
    let mut blocked = None;
    for ancestor in dir.ancestors().skip(1) {
        let Ok(meta) = std::fs::metadata(ancestor) else {
            continue; // created later, by blogctl, open to all (0755)
        };
        let mode = meta.mode();
        let can_search = if meta.uid() == user.uid {
            mode & 0o100 != 0
        } else if user.groups.contains(&meta.gid()) {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        };
        if !can_search {
            blocked = Some(ancestor);
        }
    }
    match blocked {
        None => Ok(()),
        Some(folder) => Err(LocalError::Unreachable {
            user: user.name.clone(),
            blocked: folder.to_path_buf(),
            dir: dir.to_path_buf(),
        }
        .into()),
    }
}

/// Give `path` to `user` (only root does this).
pub fn give(path: &Path, user: &OsUser) -> Result<()> {
    std::os::unix::fs::chown(path, Some(user.uid), Some(user.gid)).map_err(|e| {
        Error::io(
            format!(
                "cannot give {} to the OS user {}",
                path.display(),
                user.name
            ),
            e,
        )
    })
}

/// The name of the user with `uid`, or the number when it has none.
pub fn name_of(uid: u32) -> String {
    by_uid(uid).map_or_else(|| format!("uid {uid}"), |user| user.name)
}

fn by_name(name: &str) -> Option<OsUser> {
    nix::unistd::User::from_name(name)
        .ok()
        .flatten()
        .map(os_user)
}

fn by_uid(uid: u32) -> Option<OsUser> {
    nix::unistd::User::from_uid(uid.into())
        .ok()
        .flatten()
        .map(os_user)
}

fn os_user(user: nix::unistd::User) -> OsUser {
    // Its primary and supplementary groups, to check folder permissions.
    let groups = CString::new(user.name.as_str())
        .ok()
        .and_then(|name| nix::unistd::getgrouplist(&name, user.gid).ok())
        .map(|groups| groups.into_iter().map(|g| g.as_raw()).collect())
        .unwrap_or_else(|| vec![user.gid.as_raw()]);
    OsUser {
        uid: user.uid.as_raw(),
        gid: user.gid.as_raw(),
        name: user.name,
        groups,
    }
}
