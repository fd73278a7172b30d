//! Throwaway PostgreSQL clusters: initdb + pg_ctl in a temporary folder, the
//! socket inside it, run as the `postgres` user when the tests run as root.
//! Every cluster is stopped when the test process exits (an atexit hook),
//! and a watchdog process stops it even if the test process is killed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, Once};

use super::ports::free_port;

/// The server binaries, found as blogctl itself finds them (`blogctl
/// local`): the same file, included here.
#[path = "../../../src/local/bindir.rs"]
mod pg_bindir;

/// Folder with initdb, pg_ctl and postgres, or a panic that says how to get them.
pub fn bindir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let var = std::env::var_os;
        let search = pg_bindir::Search::new(var("PATH"), var("BLOGCTL_PG_VERSIONS_DIR"));
        pg_bindir::find(&search, None).unwrap_or_else(|e| {
            panic!(
                "the tests need the PostgreSQL server binaries (initdb, postgres), found in \
                 neither `pg_config --bindir`, PATH nor {}/*/bin: install the PostgreSQL \
                 server (apt-get install postgresql), or set BLOGCTL_TEST_DATABASE_URL to a \
                 superuser URL of a running server",
                e.versions_dir.display()
            )
        })
    })
    .clone()
}

pub fn is_root() -> bool {
    unsafe { libc::geteuid() == 0 }
}

/// Run a PostgreSQL server binary as the unprivileged user when we are root.
pub fn pg_command(program: &str) -> Command {
    let path = bindir().join(program);
    if is_root() {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--"]).arg(path);
        cmd
    } else {
        Command::new(path)
    }
}

/// Make `path` owned by the user the server runs as.
pub fn give_to_server_user(path: &Path) {
    if is_root() {
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(path)
            .status()
            .expect("chown");
        assert!(status.success(), "chown {} failed", path.display());
    }
}

/// Servers to stop at exit: (data folder, folder to delete with it).
static RUNNING: Mutex<Vec<(PathBuf, PathBuf)>> = Mutex::new(Vec::new());
static ATEXIT: Once = Once::new();

extern "C" fn stop_all_at_exit() {
    let dirs = std::mem::take(&mut *RUNNING.lock().unwrap_or_else(|e| e.into_inner()));
    for (data, folder) in dirs {
        stop_data_dir(&data);
        let _ = std::fs::remove_dir_all(folder);
    }
}

/// Make sure the server of `data` (running now or started later, by this
/// process or by a blogctl it runs) is stopped and `folder` deleted when
/// this process exits, however it ends: an atexit hook, and a watchdog
/// process for a kill.
pub fn guard(data: &Path, folder: &Path) {
    ATEXIT.call_once(|| unsafe {
        // Orphaned postmasters become our children (not init's), so
        // that stopping one can reap it: no zombie left behind.
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1);
        libc::atexit(stop_all_at_exit);
    });
    RUNNING
        .lock()
        .unwrap()
        .push((data.to_path_buf(), folder.to_path_buf()));
    spawn_watchdog(data, folder);
}

/// Forget a server stopped (and deleted) by its owner.
pub fn unguard(data: &Path) {
    RUNNING.lock().unwrap().retain(|(d, _)| d != data);
}

/// Stop the server of `data` at once, if it runs, and reap it.
pub fn stop_data_dir(data: &Path) {
    // The postmaster's pid, to reap it below: this process is a child
    // subreaper (see `Cluster::start`), so once pg_ctl has exited the
    // postmaster is our child, and would stay a zombie until we wait for it.
    let pid: Option<i32> = std::fs::read_to_string(data.join("postmaster.pid"))
        .ok()
        .and_then(|s| s.lines().next().and_then(|l| l.trim().parse().ok()));
    let _ = pg_command("pg_ctl")
        .args(["stop", "-m", "immediate", "-w", "-D"])
        .arg(data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if let Some(pid) = pid {
        // ECHILD (not our child) returns at once.
        unsafe { libc::waitpid(pid, std::ptr::null_mut(), 0) };
    }
}

/// A detached process that stops the server once this test process is
/// gone, however it ended (panic, abort, SIGKILL).
fn spawn_watchdog(data: &Path, folder: &Path) {
    let script = format!(
        "while [ -d /proc/{pid} ]; do sleep 0.5; done; \
         [ -f '{data}/postmaster.pid' ] && {pg_ctl} stop -m immediate -D '{data}' >/dev/null 2>&1; \
         rm -rf '{folder}'",
        pid = std::process::id(),
        data = data.display(),
        folder = folder.display(),
        pg_ctl = bindir().join("pg_ctl").display(),
    );
    let mut cmd = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--", "setsid", "sh", "-c", &script]);
        c
    } else {
        let mut c = Command::new("setsid");
        c.args(["sh", "-c", &script]);
        c
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // Never waited for: it outlives this process by design.
    #[allow(clippy::zombie_processes)]
    cmd.spawn().expect("spawn the cluster watchdog");
}

/// Options for a new cluster.
#[derive(Default)]
pub struct ClusterOptions {
    /// Lines appended to postgresql.conf.
    pub conf: Vec<String>,
    /// Files to place in the data folder before start (name, contents).
    pub files: Vec<(String, Vec<u8>)>,
    /// pg_hba.conf to use instead of the default (trust on the socket and
    /// for `postgres` on TCP, scram-sha-256 for every other TCP login).
    pub hba: Option<String>,
    /// Do not start it yet (see [`Cluster::start`]).
    pub defer_start: bool,
}

/// One throwaway cluster.
pub struct Cluster {
    pub root: PathBuf,
    pub data: PathBuf,
    pub socket_dir: PathBuf,
    pub port: u16,
}

impl Cluster {
    /// initdb a cluster; start it unless `defer_start`.
    pub fn new(options: ClusterOptions) -> Cluster {
        let root = tempfile::Builder::new()
            .prefix("blogctl-pg-")
            .tempdir()
            .unwrap()
            .keep();
        let data = root.join("data");
        let socket_dir = root.join("sock");
        std::fs::create_dir_all(&socket_dir).unwrap();
        give_to_server_user(&root);
        let out = pg_command("initdb")
            .args([
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C.UTF-8",
                "-D",
            ])
            .arg(&data)
            .output()
            .expect("run initdb");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut conf = vec![
            "listen_addresses = '127.0.0.1'".into(),
            format!("unix_socket_directories = '{}'", socket_dir.display()),
            "max_connections = 300".into(),
            "fsync = off".into(),
            "synchronous_commit = off".into(),
            "full_page_writes = off".into(),
            "shared_buffers = 128MB".into(),
            "password_encryption = 'scram-sha-256'".into(),
        ];
        conf.extend(options.conf);
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .unwrap();
        std::io::Write::write_all(&mut file, (conf.join("\n") + "\n").as_bytes()).unwrap();
        // Trust on the socket and for the superuser on TCP; every other TCP
        // login needs its password (the authentication tests rely on it).
        let hba = options.hba.unwrap_or_else(|| {
            "local all all trust\n\
             local replication all trust\n\
             host all postgres 127.0.0.1/32 trust\n\
             host all all 127.0.0.1/32 scram-sha-256\n"
                .to_string()
        });
        std::fs::write(data.join("pg_hba.conf"), hba).unwrap();
        for (name, contents) in &options.files {
            let path = data.join(name);
            std::fs::write(&path, contents).unwrap();
            std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
                .unwrap();
        }
        give_to_server_user(&root);
        let mut cluster = Cluster {
            root,
            data,
            socket_dir,
            port: 0,
        };
        cluster.set_port(free_port());
        if !options.defer_start {
            cluster.start_on_a_free_port();
        }
        cluster
    }

    /// Make the server listen on `port` (a later `port =` line in
    /// postgresql.conf wins over an earlier one).
    fn set_port(&mut self, port: u16) {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(self.data.join("postgresql.conf"))
            .unwrap();
        std::io::Write::write_all(&mut file, format!("port = {port}\n").as_bytes()).unwrap();
        self.port = port;
    }

    /// [`Cluster::start`] for a cluster whose port nobody knows yet: when
    /// something took the port meanwhile, start again on another one.
    fn start_on_a_free_port(&mut self) {
        for _ in 0..5 {
            match self.try_start() {
                Ok(()) => return,
                Err(log) if log.contains("could not create any TCP/IP sockets") => {
                    self.set_port(free_port());
                }
                Err(log) => panic!("pg_ctl start failed:\n{log}"),
            }
        }
        panic!(
            "pg_ctl start found its port taken five times; see {}",
            self.root.display()
        );
    }

    /// Start the server, register it for cleanup and wait until it accepts.
    /// On the port it has (a test may have handed its URL out already).
    pub fn start(&self) {
        if let Err(log) = self.try_start() {
            panic!("pg_ctl start failed:\n{log}");
        }
    }

    /// Start the server; on failure, what pg_ctl and this start's part of
    /// the server log said.
    fn try_start(&self) -> Result<(), String> {
        guard(&self.data, &self.root);
        let log = self.root.join("server.log");
        let logged = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0) as usize;
        let out = pg_command("pg_ctl")
            .args(["start", "-w", "-t", "60", "-l"])
            .arg(&log)
            .arg("-D")
            .arg(&self.data)
            .stdout(Stdio::null())
            .output()
            .expect("run pg_ctl");
        if out.status.success() {
            return Ok(());
        }
        let text = std::fs::read(&log).unwrap_or_default();
        Err(format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(text.get(logged..).unwrap_or_default())
        ))
    }

    /// Stop the server now (it may be started again).
    pub fn stop(&self) {
        stop_data_dir(&self.data);
        unguard(&self.data);
    }

    /// A streaming standby of this cluster (`pg_basebackup -R`), started
    /// and accepting read-only connections.
    pub fn standby(&self) -> Cluster {
        let root = tempfile::Builder::new()
            .prefix("blogctl-pg-standby-")
            .tempdir()
            .unwrap()
            .keep();
        let data = root.join("data");
        let socket_dir = root.join("sock");
        std::fs::create_dir_all(&socket_dir).unwrap();
        give_to_server_user(&root);
        let out = pg_command("pg_basebackup")
            .arg("-D")
            .arg(&data)
            .args([
                "-R",
                "-X",
                "stream",
                "-c",
                "fast",
                "--no-sync",
                "-U",
                "postgres",
            ])
            .arg("-h")
            .arg(&self.socket_dir)
            .args(["-p", &self.port.to_string()])
            .output()
            .expect("run pg_basebackup");
        assert!(
            out.status.success(),
            "pg_basebackup failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .unwrap();
        std::io::Write::write_all(
            &mut file,
            format!(
                "unix_socket_directories = '{}'\nhot_standby = on\n",
                socket_dir.display()
            )
            .as_bytes(),
        )
        .unwrap();
        give_to_server_user(&root);
        let mut standby = Cluster {
            root,
            data,
            socket_dir,
            port: 0,
        };
        standby.set_port(free_port());
        standby.start_on_a_free_port();
        standby
    }

    /// Promote this standby to a primary, and wait until it accepts writes.
    pub fn promote(&self) {
        let out = pg_command("pg_ctl")
            .args(["promote", "-w", "-t", "60", "-D"])
            .arg(&self.data)
            .output()
            .expect("run pg_ctl promote");
        assert!(
            out.status.success(),
            "pg_ctl promote failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Wait until `standby` has replayed everything this cluster has written.
    pub fn wait_for_replay(&self, standby: &Cluster) {
        let lsn: String = super::client(&self.socket_url("postgres"))
            .query_one("SELECT pg_current_wal_lsn()::text", &[])
            .unwrap()
            .get(0);
        let mut reader = super::client(&standby.socket_url("postgres"));
        super::wait_until(&format!("the standby to replay up to {lsn}"), || {
            reader
                .query_one(
                    "SELECT pg_last_wal_replay_lsn() >= $1::text::pg_lsn",
                    &[&lsn],
                )
                .unwrap()
                .get(0)
        });
    }

    /// Superuser URL over the Unix socket.
    pub fn socket_url(&self, db: &str) -> String {
        format!(
            "postgres://postgres@/{db}?host={}&port={}",
            percent(&self.socket_dir.display().to_string()),
            self.port
        )
    }

    /// URL over TCP for `user` (the superuser `postgres` needs no password).
    pub fn tcp_url(&self, user: &str, db: &str) -> String {
        format!("postgres://{user}@127.0.0.1:{}/{db}", self.port)
    }
}

/// Percent-encode `/` and friends for a URL query value.
pub fn percent(value: &str) -> String {
    value
        .replace('%', "%25")
        .replace('/', "%2F")
        .replace(' ', "%20")
        .replace('&', "%26")
}
