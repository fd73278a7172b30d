//! The test harness: a real PostgreSQL server, a fresh database per test,
//! and a builder that runs the real `blogctl` binary.
//!
//! The server is `BLOGCTL_TEST_DATABASE_URL` (a superuser URL) when set,
//! otherwise a throwaway cluster this process starts (see [`cluster`]).

#![allow(dead_code)] // not every test module uses every helper

pub mod cluster;
pub mod conninfo_fuzz;
pub mod envfile_fuzz;
pub mod local;
pub mod netns;
pub mod node;
pub mod pgbouncer;
pub mod ports;
pub mod process;
pub mod race;
pub mod terminal;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use cluster::{Cluster, ClusterOptions};

/// The server the tests use.
pub enum Server {
    External(String),
    Local(Cluster),
}

impl Server {
    /// Superuser URL of database `db` on this server.
    pub fn url(&self, db: &str) -> String {
        match self {
            Server::External(url) => with_dbname(url, db),
            Server::Local(cluster) => cluster.socket_url(db),
        }
    }
}

/// The shared server, started on first use.
pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| match std::env::var("BLOGCTL_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => Server::External(url),
        _ => Server::Local(Cluster::new(ClusterOptions::default())),
    })
}

/// A cluster of this test process's own, whatever BLOGCTL_TEST_DATABASE_URL
/// says: for tests that need to control authentication (pg_hba, passwords).
pub fn own_cluster() -> &'static Cluster {
    static OWN: OnceLock<Cluster> = OnceLock::new();
    match server() {
        Server::Local(cluster) => cluster,
        Server::External(_) => OWN.get_or_init(|| Cluster::new(ClusterOptions::default())),
    }
}

/// Replace the database name in a `postgres://` URL.
fn with_dbname(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let authority_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    format!("{}/{db}{query}", &base[..authority_end])
}

/// A sync client for setting up and checking state.
pub fn client(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connect to the test server: {e}"))
}

/// How long a test waits for something that must happen (a line printed, a
/// session in `pg_stat_activity`, a lock in `pg_locks`, a run ending)
/// before it fails. A hang guard, never a measured time: far longer than
/// any of these takes on a loaded machine.
pub const PATIENCE: Duration = Duration::from_secs(120);

/// Wait until `done` is true, looking every 20 ms; fail the test, naming
/// `what`, if it is still false after [`PATIENCE`]. Tests order their
/// steps with this (wait for what the other side shows), never with a
/// sleep that guesses how long the other side takes.
#[track_caller]
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !done() {
        assert!(
            Instant::now() < deadline,
            "gave up after {PATIENCE:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A fresh, empty database for one test. Dropped when the test passes, kept
/// (and named on stderr) when it fails.
pub struct TestDb {
    pub name: String,
    pub url: String,
    /// Superuser URL of the server's `postgres` database (to drop this one).
    admin_url: String,
}

impl TestDb {
    /// A new empty database; `tag` makes its name recognisable.
    pub fn new(tag: &str) -> TestDb {
        TestDb::new_named(tag, None)
    }

    fn new_named(tag: &str, template: Option<&str>) -> TestDb {
        let server = server();
        TestDb::create(tag, template, &server.url("postgres"), |db| server.url(db))
    }

    /// A new empty database on a cluster of the test's own (TLS, auth).
    pub fn on_cluster(cluster: &Cluster, tag: &str) -> TestDb {
        TestDb::create(tag, None, &cluster.socket_url("postgres"), |db| {
            cluster.socket_url(db)
        })
    }

    fn create(
        tag: &str,
        template: Option<&str>,
        admin_url: &str,
        url_of: impl Fn(&str) -> String,
    ) -> TestDb {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let tag: String = tag
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(30)
            .collect();
        let name = format!("t_{}_{}_{n}", tag, std::process::id());
        client(admin_url)
            .batch_execute(&format!(
                "CREATE DATABASE \"{name}\" TEMPLATE \"{}\"",
                template.unwrap_or("template0")
            ))
            .unwrap();
        TestDb {
            url: url_of(&name),
            name,
            admin_url: admin_url.to_string(),
        }
    }

    /// A new database with every migration applied (no admin, no rows):
    /// copied from a template that `blogctl migrate` built once per run.
    pub fn migrated(tag: &str) -> TestDb {
        static TEMPLATE: OnceLock<String> = OnceLock::new();
        let template = TEMPLATE.get_or_init(|| {
            let template = TestDb::new("template");
            template.blogctl().arg("migrate").run().success();
            let name = template.name.clone();
            std::mem::forget(template); // kept for the whole run
            name
        });
        TestDb::new_named(tag, Some(template))
    }

    /// A sync superuser client on this database.
    pub fn client(&self) -> postgres::Client {
        client(&self.url)
    }

    /// [`wait_until`] `sql` (a query of one boolean, run on this database)
    /// is true: a session seen in `pg_stat_activity`, a lock in `pg_locks`.
    #[track_caller]
    pub fn wait_until(&self, sql: &str) {
        let mut client = self.client();
        wait_until(sql, || {
            client.query_one(sql, &[]).unwrap().get::<_, bool>(0)
        });
    }

    /// A blogctl run with DATABASE_URL pointing at this database.
    pub fn blogctl(&self) -> Blogctl {
        let mut run = Blogctl::new();
        run.env("DATABASE_URL", &self.url);
        run
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("kept test database {} ({})", self.name, self.url);
            return;
        }
        let _ = client(&server().url("postgres")).batch_execute(&format!(
            "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
            self.name
        ));
    }
}

/// Passwords the tests use; no output of any blogctl run may contain one,
/// nor a password hash (argon2, or bcrypt under any of its prefixes).
static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Register `value` as a secret and return it.
pub fn secret(value: &str) -> String {
    SECRETS.lock().unwrap().push(value.to_string());
    value.to_string()
}

/// Builder for one run of the real binary, in an empty folder with an empty
/// HOME and only the environment the test gives it.
pub struct Blogctl {
    args: Vec<OsString>,
    env: BTreeMap<String, OsString>,
    stdin: Option<Vec<u8>>,
    dir: Option<PathBuf>,
    home: tempfile::TempDir,
    /// Run as this OS user (through runuser; the tests run as root in CI).
    user: Option<String>,
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Panic with both streams unless the exit code is `code`.
    #[track_caller]
    pub fn expect_code(self, code: i32) -> Output {
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn success(self) -> Output {
        self.expect_code(0)
    }
}

impl Default for Blogctl {
    fn default() -> Self {
        Self::new()
    }
}

impl Blogctl {
    pub fn new() -> Blogctl {
        let home = tempfile::Builder::new()
            .prefix("blogctl-home-")
            .tempdir()
            .unwrap();
        let mut env = BTreeMap::new();
        env.insert("PATH".into(), std::env::var_os("PATH").unwrap_or_default());
        env.insert("HOME".into(), home.path().into());
        env.insert("USER".into(), "blogctl-test".into());
        Blogctl {
            args: Vec::new(),
            env,
            stdin: None,
            dir: None,
            home,
            user: None,
        }
    }

    /// Run as the OS user `name` (runuser; needs root). The run's folder
    /// must be one that user can enter: see [`Blogctl::current_dir`].
    pub fn as_os_user(&mut self, name: &str) -> &mut Self {
        self.user = Some(name.to_string());
        self
    }

    pub fn arg(&mut self, arg: impl Into<OsString>) -> &mut Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(&mut self, key: &str, value: impl Into<OsString>) -> &mut Self {
        self.env.insert(key.into(), value.into());
        self
    }

    pub fn env_remove(&mut self, key: &str) -> &mut Self {
        self.env.remove(key);
        self
    }

    /// Bytes on standard input (default: /dev/null).
    pub fn stdin(&mut self, bytes: impl Into<Vec<u8>>) -> &mut Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// Run in this folder (default: an empty temporary one).
    pub fn current_dir(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// The run's HOME folder (for ~/.pgpass).
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Start the run with these standard streams, for a test that manages
    /// the process itself; its output is checked like [`Blogctl::run`]'s.
    pub fn spawn(&self, stdin: Stdio, stdout: Stdio, stderr: Stdio) -> process::Running {
        self.spawn_with(|cmd| {
            cmd.stdin(stdin).stdout(stdout).stderr(stderr);
        })
        .expect("spawn blogctl")
    }

    /// [`Blogctl::spawn`] for a test that sets up the command itself (its
    /// streams, a `pre_exec`); the spawn error is the test's to explain.
    pub fn spawn_with(
        &self,
        configure: impl FnOnce(&mut Command),
    ) -> std::io::Result<process::Running> {
        let mut cmd = self.command();
        configure(&mut cmd);
        let child = cmd.spawn()?;
        Ok(process::Running::new(child, self.args.clone()))
    }

    /// The command, ready to spawn; only the harness spawns it, so that
    /// every run's output is checked.
    fn command(&self) -> Command {
        let mut cmd = match &self.user {
            None => Command::new(env!("CARGO_BIN_EXE_blogctl")),
            Some(user) => {
                let mut cmd = Command::new("runuser");
                cmd.args(["-u", user, "--", env!("CARGO_BIN_EXE_blogctl")]);
                cmd
            }
        };
        cmd.args(&self.args)
            .env_clear()
            .envs(&self.env)
            .current_dir(self.dir.as_deref().unwrap_or(self.home.path()));
        cmd
    }

    /// Run to completion and check that no secret was printed.
    #[track_caller]
    pub fn run(&mut self) -> Output {
        self.run_within(process::RUN_LIMIT)
    }

    /// [`Blogctl::run`], killing the process and failing the test if it
    /// has not ended after `limit` (a hang): how a test says "this must
    /// not hang", never by measuring how long the run took.
    #[track_caller]
    pub fn run_within(&mut self, limit: Duration) -> Output {
        let stdin = self.stdin.take();
        let mut running = self.spawn(
            if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            },
            Stdio::piped(),
            Stdio::piped(),
        );
        if let Some(bytes) = stdin {
            let mut pipe = running.hold_stdin().unwrap();
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            });
        }
        running.wait_with_output_within(limit)
    }
}

/// Whether `text` holds a password hash: an argon2 PHC string (`$argon2`)
/// or a bcrypt hash under any of its prefixes with its cost (`$2b$10$`,
/// `$2a$`, `$2y$`). Naming a scheme (`$2b$` in a help text) is not a hash.
pub fn contains_hash(text: &str) -> bool {
    if text.contains("$argon2") {
        return true;
    }
    ["$2a$", "$2b$", "$2y$"].iter().any(|prefix| {
        text.match_indices(prefix).any(|(at, _)| {
            let cost = text.as_bytes()[at + prefix.len()..].iter().take(3);
            let cost: Vec<&u8> = cost.collect();
            cost.len() == 3
                && cost[0].is_ascii_digit()
                && cost[1].is_ascii_digit()
                && *cost[2] == b'$'
        })
    })
}

/// [`assert_no_secrets`] for output a test got without [`Blogctl`] (the
/// README's examples, run by bash).
#[track_caller]
pub fn check_no_secrets(command: &str, output: &Output) {
    assert_no_secrets(&[OsString::from(command)], output, "");
}

/// No password hash and no registered secret in either stream, except a
/// secret the test typed on a terminal (which the terminal echoes).
#[track_caller]
fn assert_no_secrets(args: &[OsString], output: &Output, typed: &str) {
    let secrets: Vec<String> = SECRETS
        .lock()
        .unwrap()
        .iter()
        .filter(|s| typed.is_empty() || !typed.contains(s.as_str()))
        .cloned()
        .collect();
    for (stream, text) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert!(
            !contains_hash(text),
            "a password hash appeared on {stream} of blogctl {args:?}:\n{text}"
        );
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "a password appeared on {stream} of blogctl {args:?}:\n{text}"
            );
        }
    }
}

/// Replace what changes from run to run (temporary paths) so that output
/// can be snapshotted. Modules add their own rules on top.
pub fn normalize(text: &str) -> String {
    text.replace(&std::env::temp_dir().display().to_string(), "[TMP]")
}
