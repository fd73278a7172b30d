//! Connection and configuration: precedence, libpq variables, the password
//! file, --wait, timeouts, authentication failures, several hosts, closed
//! stdout. TLS has its own module.

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::util::cluster::{Cluster, ClusterOptions};
use crate::util::ports::RefusedPort;
use crate::util::{Blogctl, TestDb, client, own_cluster, secret};

/// Whether `blogctl migrate` ran on this database.
fn was_migrated(db: &TestDb) -> bool {
    db.client()
        .query_one(
            "SELECT to_regclass('refinery_schema_history') IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0)
}

#[test]
fn database_url_flag_beats_environment_beats_env_file() {
    let (flag, env, file) = (
        TestDb::new("prec_flag"),
        TestDb::new("prec_env"),
        TestDb::new("prec_file"),
    );
    let mut run = Blogctl::new();
    std::fs::write(
        run.home().join(".env"),
        format!("DATABASE_URL={}\n", file.url),
    )
    .unwrap();
    run.env("DATABASE_URL", &env.url)
        .args(["migrate", "--database-url", &flag.url])
        .run()
        .success();
    assert!(was_migrated(&flag) && !was_migrated(&env) && !was_migrated(&file));

    let (env, file) = (TestDb::new("prec_env2"), TestDb::new("prec_file2"));
    let mut run = Blogctl::new();
    std::fs::write(
        run.home().join(".env"),
        format!("DATABASE_URL={}\n", file.url),
    )
    .unwrap();
    run.env("DATABASE_URL", &env.url)
        .arg("migrate")
        .run()
        .success();
    assert!(was_migrated(&env) && !was_migrated(&file));

    let file = TestDb::new("prec_file3");
    let mut run = Blogctl::new();
    std::fs::write(
        run.home().join(".env"),
        format!("DATABASE_URL={}\n", file.url),
    )
    .unwrap();
    run.arg("migrate").run().success();
    assert!(was_migrated(&file));
}

#[test]
fn env_file_flag_and_no_env_file() {
    let db = TestDb::new("envfile");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ci.env");
    std::fs::write(&path, format!("# comment\nDATABASE_URL='{}'\n", db.url)).unwrap();
    // Global options work after the subcommand too.
    Blogctl::new()
        .args(["migrate", "--env-file"])
        .arg(&path)
        .run()
        .success();
    assert!(was_migrated(&db));

    let out = Blogctl::new()
        .args(["--env-file", "/nonexistent/.env", "migrate"])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("/nonexistent/.env"), "{}", out.stderr);

    // --no-env-file: the .env in the working folder is not read, so there
    // is no URL and libpq's defaults point at a socket that is not there.
    let other = TestDb::new("noenvfile");
    let mut run = Blogctl::new();
    std::fs::write(
        run.home().join(".env"),
        format!("DATABASE_URL={}\n", other.url),
    )
    .unwrap();
    run.env("PGHOST", "/nonexistent")
        .args(["migrate", "--no-env-file"])
        .run()
        .expect_code(3);
    assert!(!was_migrated(&other));
}

#[test]
fn libpq_variables_alone_connect() {
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, "pgvars");
    Blogctl::new()
        .env("PGHOST", cluster.socket_dir.as_os_str())
        .env("PGPORT", cluster.port.to_string())
        .env("PGUSER", "postgres")
        .env("PGDATABASE", &db.name)
        .arg("migrate")
        .run()
        .success();
    assert!(was_migrated(&db));
}

#[test]
fn key_value_connection_strings_and_several_hosts() {
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, "keyvalue");
    // The first host refuses; libpq (and blogctl) go on to the next one.
    let refused = RefusedPort::new();
    let conn = format!(
        "host=127.0.0.1,127.0.0.1 port={},{} user=postgres dbname='{}' target_session_attrs=read-write",
        refused.port, cluster.port, db.name
    );
    Blogctl::new()
        .args(["migrate", "--database-url", &conn])
        .run()
        .success();
    assert!(was_migrated(&db));
}

const PW_USER: &str = "blogctl_pw";
const PW: &str = "pw-Secret-4711";

/// A role that must log in with a password over TCP (see the test
/// cluster's pg_hba.conf), and a database it owns.
fn password_db(tag: &str) -> (&'static Cluster, TestDb) {
    static ROLE: OnceLock<()> = OnceLock::new();
    let cluster = own_cluster();
    ROLE.get_or_init(|| {
        secret(PW);
        let mut admin = client(&cluster.socket_url("postgres"));
        admin
            .batch_execute(&format!("DROP ROLE IF EXISTS {PW_USER}; CREATE ROLE {PW_USER} LOGIN SUPERUSER PASSWORD '{PW}'"))
            .unwrap();
    });
    (cluster, TestDb::on_cluster(cluster, tag))
}

#[test]
fn password_file_is_used_and_ignored_when_group_readable() {
    let (cluster, db) = password_db("pgpass");
    let url = format!(
        "postgres://{PW_USER}@127.0.0.1:{}/{}",
        cluster.port, db.name
    );

    let mut run = Blogctl::new();
    let pgpass = run.home().join(".pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "# host:port:db:user:password\n127.0.0.1:{}:*:{PW_USER}:{PW}\n",
            cluster.port
        ),
    )
    .unwrap();
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = run
        .env("DATABASE_URL", &url)
        .arg("migrate")
        .run()
        .expect_code(3);
    assert!(
        out.stderr.contains("group or world access"),
        "{}",
        out.stderr
    );
    assert!(!was_migrated(&db));

    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    run.run().success();
    assert!(was_migrated(&db));

    // PGPASSFILE points elsewhere.
    let db2 = TestDb::on_cluster(cluster, "pgpassfile");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("passfile");
    std::fs::write(&file, format!("*:*:{}:{PW_USER}:{PW}\n", db2.name)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    Blogctl::new()
        .env("PGPASSFILE", &file)
        .env(
            "DATABASE_URL",
            format!(
                "postgres://{PW_USER}@127.0.0.1:{}/{}",
                cluster.port, db2.name
            ),
        )
        .arg("migrate")
        .run()
        .success();
    assert!(was_migrated(&db2));
}

#[test]
fn wrong_password_exits_3_and_is_never_printed() {
    let (cluster, db) = password_db("wrongpw");
    let wrong = secret("not-The-Password-9");
    for url in [
        format!(
            "postgres://{PW_USER}:{wrong}@127.0.0.1:{}/{}",
            cluster.port, db.name
        ),
        format!(
            "host=127.0.0.1 port={} user={PW_USER} password={wrong} dbname={}",
            cluster.port, db.name
        ),
    ] {
        let out = Blogctl::new()
            .env("DATABASE_URL", &url)
            .args(["migrate"])
            .run()
            .expect_code(3);
        assert!(
            out.stderr.contains("password authentication failed"),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr
                .starts_with("blogctl: error: cannot connect to 127.0.0.1:"),
            "{}",
            out.stderr
        );
    }
    // The right one, from PGPASSWORD, works.
    Blogctl::new()
        .env("PGPASSWORD", PW)
        .env(
            "DATABASE_URL",
            format!(
                "postgres://{PW_USER}@127.0.0.1:{}/{}",
                cluster.port, db.name
            ),
        )
        .arg("migrate")
        .run()
        .success();
    assert!(was_migrated(&db));
}

#[test]
fn a_malformed_url_is_a_usage_error_that_names_the_position_not_the_text() {
    let pw = secret("Masked-Secret-77");
    let out = Blogctl::new()
        .env("DATABASE_URL", format!("postgres://u:{pw}@h:notaport/db"))
        .arg("migrate")
        .run()
        .expect_code(2);
    assert_eq!(
        out.stderr,
        "blogctl: error: invalid port at position 33 of the connection string (DATABASE_URL): \
         not a port number (1 to 65535)\n"
    );
}

#[test]
fn a_server_that_never_answers_exits_3_within_the_connect_timeout() {
    // Accepts TCP connections and never says a word.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let start = Instant::now();
    let out = Blogctl::new()
        .args(["migrate", "--connect-timeout", "2", "--database-url"])
        .arg(format!(
            "postgres://postgres@127.0.0.1:{port}/db?sslmode=disable"
        ))
        .run_within(Duration::from_secs(60))
        .expect_code(3);
    assert!(
        out.stderr.contains("no answer within 2 s"),
        "{}",
        out.stderr
    );
    // It waited the timeout out (how much longer is the machine's business;
    // a run that never ends fails run_within).
    assert!(
        start.elapsed() >= Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    drop(listener);

    // Nothing listening: refused at once, exit 3.
    let refused = RefusedPort::new();
    let out = Blogctl::new()
        .args(["migrate", "--database-url"])
        .arg(format!("postgres://postgres@127.0.0.1:{}/db", refused.port))
        .run()
        .expect_code(3);
    assert!(out.stderr.contains("Connection refused"), "{}", out.stderr);
}

#[test]
fn wait_retries_until_the_server_starts() {
    let cluster = Cluster::new(ClusterOptions {
        defer_start: true,
        ..Default::default()
    });
    let url = cluster.tcp_url("postgres", "postgres");

    // Without --wait a stopped server is exit 3.
    Blogctl::new()
        .args(["migrate", "--database-url", &url])
        .run()
        .expect_code(3);

    // The server starts once blogctl says it waits for it (--wait is only
    // an upper bound on the wait).
    let mut waiting = Blogctl::new()
        .args(["--wait", "120", "migrate", "--database-url", &url])
        .spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
    waiting.wait_for_output("waiting for the server");
    cluster.start();
    let out = waiting.wait_with_output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let n: i64 = client(&url)
        .query_one("SELECT count(*) FROM refinery_schema_history", &[])
        .unwrap()
        .get(0);
    assert!(n > 0);
    cluster.stop();
}

#[test]
fn a_closed_stdout_is_success() {
    // stdout is a pipe whose reading end is already closed: the first write
    // fails with EPIPE (Rust ignores SIGPIPE), which must still be exit 0.
    let mut fds = [0; 2];
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    unsafe { libc::close(fds[0]) };
    let write_end = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fds[1]) };
    let out = Blogctl::new()
        .args(["completions", "bash"])
        .spawn(
            std::process::Stdio::null(),
            write_end.into(),
            std::process::Stdio::piped(),
        )
        .wait_with_output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn application_name_defaults_to_blogctl() {
    let db = TestDb::new("appname");
    // An uncommitted CREATE TABLE of refinery's history table makes
    // `migrate` wait on it: long enough to look at blogctl's session.
    let mut blocker = db.client();
    let mut tx = blocker.transaction().unwrap();
    tx.batch_execute("CREATE TABLE refinery_schema_history (version int)")
        .unwrap();
    let mut child =
        db.blogctl()
            .args(["migrate"])
            .spawn(Stdio::null(), Stdio::null(), Stdio::null());
    db.wait_until(
        "SELECT count(*) > 0 FROM pg_stat_activity \
         WHERE datname = current_database() AND application_name = 'blogctl'",
    );
    tx.rollback().unwrap();
    child.wait();
}

#[test]
fn a_unix_socket_ignores_sslmode_as_libpq_does() {
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, "socket_ssl");
    let url = format!("{}&sslmode=require", cluster.socket_url(&db.name));
    Blogctl::new()
        .args(["migrate", "--database-url", &url])
        .run()
        .success();
    assert!(was_migrated(&db));
}
