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
mod owner;
mod process;

use std::fs::File;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

pub use cluster::Endpoint;
pub use owner::is_root;

use crate::error::{Error, LocalError, Result};

/// The cluster's superuser.
pub const SUPERUSER: &str = "postgres";
/// The database created with the cluster, where `--local` connects.
pub const DATABASE: &str = "blog";
/// The port in the socket's name when the server listens on no TCP port.
pub const SOCKET_ONLY_PORT: u16 = 5432;
/// The longest Unix socket path (`sun_path` is 108 bytes with its NUL).
const SOCKET_PATH_MAX: usize = 107;

/// Where the local cluster lives and where to find the server binaries.
#[derive(Debug, Clone)]
pub struct LocalSettings {
    pub dir: PathBuf,
    pub search: bindir::Search,
}

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
    fn data_new(&self) -> PathBuf {
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
    fn owned_paths(&self) -> Vec<PathBuf> {
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
    let bindir = bindir::find(&settings.search, existing).map_err(LocalError::from)?;
    let mut created = None;
    if !layout.data().is_dir() {
        on_create(&layout);
        init::init(&layout, &bindir, user.as_ref())?;
        created = Some(Created {
            major_version: cluster::major_version(&layout),
            bindir: bindir.clone(),
            server_user: user.as_ref().map(|u| u.name.clone()),
        });
    }
    let endpoint = cluster::start(&layout, &bindir, user.as_ref(), port)?;
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

/// Create the folder (0700) and its parents; as root, give it to the
/// server's user after checking that user can reach it.
fn make_dir(dir: &Path, user: Option<&owner::OsUser>) -> Result<()> {
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
fn lock(layout: &Layout, user: Option<&owner::OsUser>) -> Result<File> {
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
