//! `blogctl local`: a private PostgreSQL cluster in the user's data folder,
//! created on first use, for people who have the server binaries and no
//! server (or one they cannot log in to).
//!
//! The folder (see [`Layout`]) holds the data folder, the socket folder,
//! the generated password, the server log and a lock file. Every change
//! (create, start, stop, destroy) holds the lock, so two blogctl processes
//! starting the cluster at once make one cluster. The cluster is created in
//! `data.new` and renamed to `data` when complete: a crash never leaves half
//! a cluster behind.
//!
//! The server listens on a Unix socket in the folder (trust: the folder is
//! 0700) and, when started with `--port`, on 127.0.0.1 with scram-sha-256
//! password authentication. The superuser is [`SUPERUSER`]; the database
//! [`DATABASE`] is created with the cluster. Nothing here prints: commands
//! report the outcomes.

pub mod bindir;
mod cluster;
pub mod env;
mod init;
mod layout;
mod owner;
mod process;

use std::ffi::OsString;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

pub use cluster::Endpoint;
pub use layout::Layout;
use layout::{lock, make_dir};
pub use owner::is_root;
use process::Programs;

use crate::error::{Error, LocalError, Result};

/// The cluster's superuser.
pub const SUPERUSER: &str = "postgres";
/// The database created with the cluster, where `--local` connects.
pub const DATABASE: &str = "blog";
/// The port in the socket's name when the server listens on no TCP port.
pub const SOCKET_ONLY_PORT: u16 = 5432;
/// Where the local cluster lives, where to find the server binaries, and
/// what the server's programs inherit from the environment.
#[derive(Debug, Clone)]
pub struct LocalSettings {
    pub dir: PathBuf,
    pub search: bindir::Search,
    /// The only variables the server's programs get (config/ says which).
    pub server_env: Vec<(OsString, OsString)>,
}

/// Whether there is a cluster, and whether it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Absent,
    Stopped,
    Running(Endpoint),
}

/// Read the state from the data folder (no lock: a snapshot).
pub fn state(layout: &Layout) -> State {
    if !layout.data().is_dir() {
        return State::Absent;
    }
    match cluster::running(layout) {
        Some(endpoint) => State::Running(endpoint),
        None => State::Stopped,
    }
}

/// Where the server listens, or will listen when `--local` starts it.
pub fn expected_endpoint(layout: &Layout) -> Endpoint {
    match state(layout) {
        State::Running(endpoint) => endpoint,
        _ => Endpoint::socket_only(layout),
    }
}

/// What `start` did.
#[derive(Debug)]
pub struct Started {
    pub endpoint: Endpoint,
    /// The cluster was made by this call.
    pub created: Option<Created>,
    /// It was running already: nothing was done.
    pub already_running: bool,
}

/// A cluster made by this call.
#[derive(Debug)]
pub struct Created {
    pub major_version: Option<u32>,
    pub bindir: PathBuf,
    /// The OS user the server runs as, when blogctl runs as root.
    pub server_user: Option<String>,
}

/// Create the cluster if there is none, and start it unless it runs.
/// `port`: also listen on 127.0.0.1:port (a running cluster must already).
/// `on_create` is called before the slow part of a first start.
pub fn start(
    settings: &LocalSettings,
    port: Option<u16>,
    on_create: &dyn Fn(&Layout),
) -> Result<Started> {
    let layout = Layout::new(&settings.dir)?;
    if let State::Running(endpoint) = state(&layout) {
        return already_running(endpoint, port);
    }
    let user = owner::server_user(Some(layout.data()).filter(|d| d.is_dir()).as_deref())?;
    if user.is_none() {
        refuse_foreign_cluster(&layout)?;
    }
    make_dir(&layout.dir, user.as_ref())?;
    let _lock = lock(&layout, user.as_ref())?;
    // Someone else may have started it while we waited for the lock.
    if let State::Running(endpoint) = state(&layout) {
        return already_running(endpoint, port);
    }
    let existing = cluster::major_version(&layout);
    let bindir = bindir::find(&settings.search, existing).map_err(|missing| {
        LocalError::NoServerBinaries {
            versions_dir: missing.versions_dir,
            wanted: missing.wanted,
            others: missing.others,
        }
    })?;
    let programs = Programs {
        bindir: &bindir,
        user: user.as_ref(),
        env: &settings.server_env,
    };
    let mut created = None;
    if !layout.data().is_dir() {
        on_create(&layout);
        init::init(&layout, &programs)?;
        created = Some(Created {
            major_version: cluster::major_version(&layout),
            bindir: bindir.clone(),
            server_user: user.as_ref().map(|u| u.name.clone()),
        });
    }
    let endpoint = cluster::start(&layout, &programs, port)?;
    Ok(Started {
        endpoint,
        created,
        already_running: false,
    })
}

fn already_running(endpoint: Endpoint, port: Option<u16>) -> Result<Started> {
    if let Some(port) = port
        && endpoint.tcp_port() != Some(port)
    {
        return Err(LocalError::RunsElsewhere {
            listening: endpoint.describe(),
            port,
        }
        .into());
    }
    Ok(Started {
        endpoint,
        created: None,
        already_running: true,
    })
}

/// What `stop` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopOutcome {
    NoCluster,
    NotRunning,
    Stopped,
}

/// Stop the server (fast shutdown: open sessions are ended).
pub fn stop(settings: &LocalSettings) -> Result<StopOutcome> {
    let layout = Layout::new(&settings.dir)?;
    if !layout.data().is_dir() {
        return Ok(StopOutcome::NoCluster);
    }
    let _lock = lock(&layout, None)?;
    match state(&layout) {
        State::Running(endpoint) => {
            cluster::stop(&layout, &endpoint, cluster::Shutdown::Fast)?;
            Ok(StopOutcome::Stopped)
        }
        State::Stopped => Ok(StopOutcome::NotRunning),
        State::Absent => Ok(StopOutcome::NoCluster),
    }
}

/// What `destroy` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destroyed {
    /// There was no cluster: nothing was touched.
    NoCluster,
    /// The cluster and its folder are gone.
    Deleted,
    /// The cluster is gone; the folder stays, holding files that are not
    /// blogctl's.
    FolderKept,
}

/// Stop the server at once and delete what blogctl made in the folder, and
/// the folder when that leaves it empty. Only blogctl's own files go, so a
/// BLOGCTL_LOCAL_DIR pointed at a folder of other things loses none of them.
pub fn destroy(settings: &LocalSettings) -> Result<Destroyed> {
    let layout = Layout::new(&settings.dir)?;
    let ours = layout.owned_paths();
    if !ours.iter().any(|path| path.exists()) {
        return Ok(Destroyed::NoCluster);
    }
    let lock = lock(&layout, None)?;
    if let State::Running(endpoint) = state(&layout) {
        cluster::stop(&layout, &endpoint, cluster::Shutdown::Immediate)?;
    }
    let cannot = |path: &Path, e| Error::io(format!("cannot delete {}", path.display()), e);
    for path in &ours {
        let removed = match std::fs::symlink_metadata(path) {
            Err(_) => Ok(()),
            Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
            Ok(_) => std::fs::remove_file(path),
        };
        removed.map_err(|e| cannot(path, e))?;
    }
    drop(lock);
    match std::fs::remove_dir(&layout.dir) {
        Ok(()) => Ok(Destroyed::Deleted),
        Err(e) if e.kind() == std::io::ErrorKind::DirectoryNotEmpty => Ok(Destroyed::FolderKept),
        Err(e) => Err(cannot(&layout.dir, e)),
    }
}

/// What `local status` shows.
#[derive(Debug)]
pub struct Status {
    pub dir: PathBuf,
    pub state: State,
    pub major_version: Option<u32>,
    /// Bytes in the data folder.
    pub size: Option<u64>,
    pub log: PathBuf,
    /// The OS user owning the data folder.
    pub owner: Option<String>,
}

pub fn status(settings: &LocalSettings) -> Result<Status> {
    let layout = Layout::new(&settings.dir)?;
    let state = state(&layout);
    let data = layout.data();
    let exists = state != State::Absent;
    Ok(Status {
        major_version: cluster::major_version(&layout),
        size: exists.then(|| folder_size(&data)),
        owner: exists
            .then(|| std::fs::metadata(&data).ok())
            .flatten()
            .map(|m| owner::name_of(m.uid())),
        log: layout.log(),
        dir: layout.dir,
        state,
    })
}

/// The superuser's password (for `local env`).
pub fn password(layout: &Layout) -> Result<String> {
    std::fs::read_to_string(layout.password_file())
        .map(|s| s.trim_end().to_string())
        .map_err(|e| {
            Error::io(
                format!(
                    "cannot read the local cluster's password ({})",
                    layout.password_file().display()
                ),
                e,
            )
        })
}

/// Without root, a cluster of another user cannot be run: say whose it is.
fn refuse_foreign_cluster(layout: &Layout) -> Result<()> {
    let Ok(meta) = std::fs::metadata(layout.data()) else {
        return Ok(());
    };
    if meta.uid() != owner::euid() {
        return Err(LocalError::OtherUsersCluster {
            dir: layout.dir.clone(),
            owner: owner::name_of(meta.uid()),
        }
        .into());
    }
    Ok(())
}

/// The bytes in the files under `dir` (what `du --apparent-size` counts).
fn folder_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => folder_size(&entry.path()),
            Ok(kind) if kind.is_file() => entry.metadata().map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum()
}
