//! A real PgBouncer in transaction pooling mode in front of the test server,
//! started on first use (Debian's `pgbouncer` package; `.ci/run` installs it),
//! a second one in session pooling mode for the tests that need it, and a
//! third in session mode that hands server sessions on as clients left them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};

use super::cluster::give_to_server_user;
use super::ports::free_port;
use super::{Server, server, wait_until};

pub struct PgBouncer {
    pub port: u16,
}

static CHILDREN: Mutex<Vec<Child>> = Mutex::new(Vec::new());

extern "C" fn kill_at_exit() {
    for mut child in CHILDREN.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
        let _ = child.kill();
        let _ = child.wait();
    }
}

fn pgbouncer_binary() -> PathBuf {
    for candidate in ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"] {
        if std::path::Path::new(candidate).exists() {
            return candidate.into();
        }
    }
    panic!("the PgBouncer tests need pgbouncer: apt-get install pgbouncer");
}

/// The shared PgBouncer (pool_mode = transaction), started on first use.
pub fn pgbouncer() -> &'static PgBouncer {
    static BOUNCER: OnceLock<PgBouncer> = OnceLock::new();
    BOUNCER.get_or_init(|| start(&Pooling::new("transaction")))
}

/// A PgBouncer with pool_mode = session (each client keeps its server
/// connection), started on first use.
pub fn pgbouncer_session() -> &'static PgBouncer {
    static BOUNCER: OnceLock<PgBouncer> = OnceLock::new();
    BOUNCER.get_or_init(|| start(&Pooling::new("session")))
}

/// A PgBouncer with pool_mode = session, two server connections per
/// database and no `server_reset_query`: a server session goes to the next
/// client as the last one left it (no DISCARD ALL), so a setting or a
/// session lock a client leaves behind shows. Started on first use.
pub fn pgbouncer_session_unreset() -> &'static PgBouncer {
    static BOUNCER: OnceLock<PgBouncer> = OnceLock::new();
    BOUNCER.get_or_init(|| {
        start(&Pooling {
            size: 2,
            reset_query: Some(""),
            ..Pooling::new("session")
        })
    })
}

/// How a PgBouncer pools server connections.
struct Pooling {
    mode: &'static str,
    /// default_pool_size: server connections per database and user.
    size: u32,
    /// server_reset_query; `None`: PgBouncer's own (DISCARD ALL).
    reset_query: Option<&'static str>,
}

impl Pooling {
    fn new(mode: &'static str) -> Pooling {
        Pooling {
            mode,
            size: 4,
            reset_query: None,
        }
    }

    /// The `[pgbouncer]` lines that say so.
    fn ini(&self) -> String {
        let mut ini = format!(
            "pool_mode = {}\ndefault_pool_size = {}\n",
            self.mode, self.size
        );
        if let Some(query) = self.reset_query {
            ini.push_str(&format!("server_reset_query = {query}\n"));
        }
        ini
    }
}

fn start(pooling: &Pooling) -> PgBouncer {
    let backend = match server() {
        Server::Local(cluster) => format!(
            "host={} port={} user=postgres",
            cluster.socket_dir.display(),
            cluster.port
        ),
        Server::External(url) => {
            let config: postgres::Config = url.parse().expect("BLOGCTL_TEST_DATABASE_URL");
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(h)) => h.clone(),
                Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
                None => "127.0.0.1".into(),
            };
            let mut s = format!(
                "host={host} port={} user={}",
                config.get_ports().first().copied().unwrap_or(5432),
                config.get_user().unwrap_or("postgres")
            );
            if let Some(pw) = config.get_password() {
                s.push_str(&format!(" password={}", String::from_utf8_lossy(pw)));
            }
            s
        }
    };
    let dir = tempfile::Builder::new()
        .prefix("blogctl-pgbouncer-")
        .tempdir()
        .unwrap()
        .keep();
    give_to_server_user(&dir);
    // Stop it even if this process is killed: a detached watchdog, which
    // kills the pgbouncer whose pid is in the folder.
    let script = format!(
        "while [ -d /proc/{me} ]; do sleep 0.5; done; \
         kill $(cat '{dir}/pgbouncer.pid.child' 2>/dev/null) 2>/dev/null; rm -rf '{dir}'",
        me = std::process::id(),
        dir = dir.display()
    );
    #[allow(clippy::zombie_processes)] // it outlives this process by design
    Command::new("setsid")
        .args(["sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the pgbouncer watchdog");
    // A port taken meanwhile by something else: again on another one.
    for _ in 0..5 {
        let port = free_port();
        match try_start(&dir, &backend, pooling, port) {
            Ok(()) => return PgBouncer { port },
            Err(log) if log.contains("Address already in use") => continue,
            Err(log) => panic!("pgbouncer did not start:\n{log}"),
        }
    }
    panic!(
        "pgbouncer found its port taken five times; see {}",
        dir.display()
    );
}

/// Start a pgbouncer on `port`, as our child, and wait until it accepts
/// connections; when it ends instead, what it logged.
fn try_start(dir: &Path, backend: &str, pooling: &Pooling, port: u16) -> Result<(), String> {
    let log = dir.join(format!("pgbouncer-{port}.log"));
    let ini = format!(
        "[databases]\n* = {backend}\n\n[pgbouncer]\n\
         listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n\
         auth_type = any\n{pooling}max_client_conn = 500\n\
         ignore_startup_parameters = extra_float_digits,options\n\
         logfile = {log}\n",
        pooling = pooling.ini(),
        log = log.display()
    );
    let ini_path = dir.join("pgbouncer.ini");
    std::fs::write(&ini_path, ini).unwrap();
    give_to_server_user(dir);
    let mut cmd = Command::new(pgbouncer_binary());
    if unsafe { libc::geteuid() } == 0 {
        // pgbouncer refuses to run as root; -u drops to the server's user
        // while staying our child, so that we can stop it.
        cmd.args(["-u", "postgres"]);
    }
    let mut child = cmd
        .arg(&ini_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start pgbouncer");
    std::fs::write(dir.join("pgbouncer.pid.child"), child.id().to_string()).unwrap();
    let mut ended = None;
    wait_until(
        &format!("pgbouncer to accept connections on port {port}"),
        || {
            ended = child.try_wait().unwrap();
            ended.is_some() || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        },
    );
    if let Some(status) = ended {
        let logged = std::fs::read_to_string(&log).unwrap_or_default();
        return Err(format!("pgbouncer exited ({status}):\n{logged}"));
    }
    let mut children = CHILDREN.lock().unwrap();
    if children.is_empty() {
        unsafe {
            libc::atexit(kill_at_exit);
        }
    }
    children.push(child);
    Ok(())
}

impl PgBouncer {
    /// URL of database `db` through PgBouncer.
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }
}
