//! What a README block runs against, set up as the README describes it:
//!
//! - `none`: no server at all (the commands need none);
//! - `server`: the README's server, no database (`127.0.0.1:5432`);
//! - `new`: a database `blog` that does not exist yet;
//! - `empty`, `v3`, `migrated`, `demo`: the database `blog`, empty, at V3,
//!   at the latest version without an admin, or after
//!   `blogctl setup --demo`; `DATABASE_URL` names it, as exported before;
//! - `pair`: a primary on 127.0.0.1:55432 and its streaming standby on
//!   127.0.0.1:55433, with `blog` after `setup --demo`;
//! - `local`: an empty folder for `blogctl local` (`BLOGCTL_LOCAL_DIR`,
//!   shown as `/home/you/.local/share/blogctl/local`);
//! - `continue`: the session of the block before.
//!
//! Options (`key: value` lines of the annotation): `sql:` runs a statement
//! on `blog` first, `sql-postgres:` on the server's `postgres` database,
//! `new-db: NAME` names another database that does not exist yet, `env:
//! K=V` sets a variable (`{empty}`: an empty folder, `{bin}`: blogctl's
//! folder, `$NAME`: the session's variable), `port: N` maps port N in
//! commands to a free one, `hold: SQL` runs SQL in another session that
//! holds what it took while the block's commands run, and `release-when:
//! TEXT` after it ends that session once a command has printed TEXT.
//! Ports and names are this run's; what the commands print is shown with
//! the README's (see [`Session::shown`]).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::run::{Hold, Session, bin_dir};
use crate::util::cluster::{Cluster, ClusterOptions, is_root};
use crate::util::local::LocalDir;
use crate::util::ports::free_port;
use crate::util::{Blogctl, client};

/// The README's server: trust on TCP for every role, as a developer's
/// local server often is (so a missing role is named as missing).
fn server() -> &'static Cluster {
    static SERVER: OnceLock<Cluster> = OnceLock::new();
    SERVER.get_or_init(|| {
        Cluster::new(ClusterOptions {
            hba: Some(
                "local all all trust\nhost all all 127.0.0.1/32 trust\n\
                 local replication all trust\n"
                    .into(),
            ),
            ..ClusterOptions::default()
        })
    })
}

/// A database name of this run's for the README's `name`.
fn unique(name: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    format!(
        "rdm_{name}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    )
}

/// A session for `scenario`.
pub fn start(scenario: &str) -> Session {
    let mut session = Session::new();
    match scenario {
        "none" => {}
        "server" => on_server(&mut session),
        "new" => {
            on_server(&mut session);
            new_db(&mut session, "blog");
        }
        "empty" | "v3" | "migrated" | "demo" => {
            on_server(&mut session);
            let db = new_db(&mut session, "blog");
            client(&server().socket_url("postgres"))
                .batch_execute(&format!("CREATE DATABASE \"{db}\""))
                .unwrap();
            let url = server().tcp_url("postgres", &db);
            session.env.insert("DATABASE_URL".into(), url.clone());
            let setup: &[&str] = match scenario {
                "v3" => &["migrate", "--target", "3"],
                "migrated" => &["migrate"],
                "demo" => &["setup", "--demo"],
                _ => &[],
            };
            if !setup.is_empty() {
                let mut run = Blogctl::new();
                run.env("DATABASE_URL", &url).args(setup);
                // Only `setup` makes the admin (V4 without ADMIN_EMAIL makes none).
                if scenario == "demo" {
                    run.env("ADMIN_EMAIL", "admin@example.com")
                        .env("ADMIN_PASSWORD", &session.env["ADMIN_PW"]);
                }
                run.run().success();
            }
        }
        "pair" => pair(&mut session),
        "local" => {
            let local = LocalDir::new();
            let dir = local.dir.display().to_string();
            session.env.insert("BLOGCTL_LOCAL_DIR".into(), dir.clone());
            session
                .shown
                .push((dir, "/home/you/.local/share/blogctl/local".into()));
            if is_root() {
                // As a reader would: a user that is not root (here the one
                // the server would run as).
                crate::util::cluster::give_to_server_user(session.dir.path());
                session.run_as = Some("postgres".into());
                session.env.insert("USER".into(), "postgres".into());
            } else {
                let user = session.env["USER"].clone();
                session
                    .shown
                    .push((format!("owner   | {user}"), "owner   | postgres".into()));
            }
            session.keep.push(Box::new(local));
        }
        other => panic!("unknown README scenario `{other}` (see tests/cli/readme/scenario.rs)"),
    }
    session
}

fn on_server(session: &mut Session) {
    let port = server().port;
    session.ports.push((5432, port));
    session
        .shown
        .push((format!("127.0.0.1:{port}"), "127.0.0.1:5432".into()));
}

/// Map the README's database `name` to a new name of this run's.
fn new_db(session: &mut Session, name: &str) -> String {
    let db = unique(name);
    session.databases.push((name.into(), db.clone()));
    session.shown.push((db.clone(), name.into()));
    db
}

/// A primary and its standby, the demo data in `blog`.
fn pair(session: &mut Session) {
    let primary = Cluster::new(ClusterOptions::default());
    client(&primary.socket_url("postgres"))
        .batch_execute("CREATE DATABASE blog")
        .unwrap();
    Blogctl::new()
        .env("DATABASE_URL", primary.socket_url("blog"))
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &session.env["ADMIN_PW"])
        .args(["setup", "--demo"])
        .run()
        .success();
    let standby = primary.standby();
    client(&primary.socket_url("blog"))
        .batch_execute("CREATE TABLE replayed (); DROP TABLE replayed")
        .unwrap();
    primary.wait_for_replay(&standby);
    for (readme, cluster) in [(55432, &primary), (55433, &standby)] {
        session.ports.push((readme, cluster.port));
        session.shown.push((
            format!("127.0.0.1:{}", cluster.port),
            format!("127.0.0.1:{readme}"),
        ));
    }
    session.keep.push(Box::new(primary));
    session.keep.push(Box::new(standby));
}

/// Apply a block's options to its session, before its commands run.
pub fn apply(session: &mut Session, options: &[(String, String)]) {
    for (key, value) in options {
        match key.as_str() {
            "sql" => client(&database_url(session)).batch_execute(value).unwrap(),
            "sql-postgres" => client(&server().socket_url("postgres"))
                .batch_execute(value)
                .unwrap(),
            "new-db" => {
                new_db(session, value);
            }
            "env" => {
                let (name, value) = value.split_once('=').expect("env: NAME=value");
                let value = if value.contains("{empty}") {
                    let empty = tempfile::tempdir().unwrap();
                    let path = empty.path().display().to_string();
                    session.keep.push(Box::new(empty));
                    if name == "BLOGCTL_PG_VERSIONS_DIR" {
                        // It stands for Debian's folder of server versions.
                        session
                            .shown
                            .push((path.clone(), "/usr/lib/postgresql".into()));
                    }
                    value.replace("{empty}", &path)
                } else {
                    value.to_string()
                };
                let value = value.replace("{bin}", &bin_dir().display().to_string());
                // `$NAME`: the session's variable (the test's passwords).
                let value = match value.strip_prefix('$') {
                    Some(var) => session.env[var].clone(),
                    None => value,
                };
                session.env.insert(name.into(), value);
            }
            "port" => {
                let readme: u16 = value.parse().expect("port: N");
                let port = free_port();
                session.ports.push((readme, port));
                session.shown.push((port.to_string(), readme.to_string()));
            }
            "run" => {
                let out = std::process::Command::new("/bin/bash")
                    .args(["-c", value])
                    .env_clear()
                    .envs(&session.env)
                    .current_dir(session.dir.path())
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "run: {value} failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            "terminal" => {
                let cols = value.parse().expect("terminal: COLUMNS");
                session.terminal = Some((cols, String::new()));
            }
            "input" => {
                let typed = format!("{value}\n");
                session.terminal.as_mut().expect("input: after terminal:").1 = typed;
            }
            "hold" => hold(session, value),
            "release-when" => {
                let hold = session.holds.last_mut().expect("release-when: after hold:");
                hold.release_when = Some(value.clone());
            }
            other => panic!("unknown README test option `{other}`"),
        }
    }
}

/// The superuser URL of the session's `blog` database.
fn database_url(session: &Session) -> String {
    if let Some((_, db)) = session.databases.iter().find(|(r, _)| r == "blog") {
        return server().socket_url(db);
    }
    panic!("`sql:` needs a scenario with a database");
}

/// Run `sql` in a session of its own, which holds what it took (a lock)
/// until the block's commands have run, or until one has printed the
/// text of a `release-when:` after it: ordered by what blogctl shows,
/// never by how long it takes to get there.
fn hold(session: &mut Session, sql: &str) {
    // Over TCP, as another client would be (blogctl names where it is from).
    let db = &session
        .databases
        .iter()
        .find(|(r, _)| r == "blog")
        .unwrap()
        .1;
    let mut holder = client(&server().tcp_url("postgres", db));
    holder.batch_execute(sql).unwrap();
    session.holds.push(Hold {
        _session: holder,
        release_when: None,
    });
}
