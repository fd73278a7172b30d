//! Where the connection settings come from (--database-url, DATABASE_URL,
//! the blog API's POSTGRES_* variables, libpq's PG* variables), and the
//! .env file: errors by line without its text, NUL bytes, empty values,
//! and commands that do not need it.

use std::sync::OnceLock;

use crate::util::cluster::Cluster;
use crate::util::{Blogctl, TestDb, client, own_cluster, secret};

const API_USER: &str = "blog_api";
const API_PW: &str = "Api-Pw-S3cret-991";

/// A role that logs in with a password over TCP, as the blog API's does.
fn api_db(tag: &str) -> (&'static Cluster, TestDb) {
    static ROLE: OnceLock<()> = OnceLock::new();
    let cluster = own_cluster();
    ROLE.get_or_init(|| {
        secret(API_PW);
        client(&cluster.socket_url("postgres"))
            .batch_execute(&format!(
                "DROP ROLE IF EXISTS {API_USER}; \
                 CREATE ROLE {API_USER} LOGIN SUPERUSER PASSWORD '{API_PW}'"
            ))
            .unwrap();
    });
    (cluster, TestDb::on_cluster(cluster, tag))
}

fn was_migrated(db: &TestDb) -> bool {
    db.client()
        .query_one(
            "SELECT to_regclass('refinery_schema_history') IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0)
}

fn api_vars(cluster: &Cluster, db: &TestDb) -> Vec<(&'static str, String)> {
    vec![
        ("POSTGRES_HOST", "127.0.0.1".into()),
        ("POSTGRES_PORT", cluster.port.to_string()),
        ("POSTGRES_USER", API_USER.into()),
        ("POSTGRES_PASSWORD", API_PW.into()),
        ("POSTGRES_DB", db.name.clone()),
    ]
}

#[test]
fn the_blog_apis_postgres_variables_say_where_to_connect() {
    // From the environment.
    let (cluster, db) = api_db("api_env");
    let mut run = Blogctl::new();
    for (k, v) in api_vars(cluster, &db) {
        run.env(k, v);
    }
    // libpq's variables do not override them.
    run.env("PGHOST", "/nonexistent").env("PGDATABASE", "wrong");
    let out = run.args(["-v", "migrate"]).run().success();
    assert!(was_migrated(&db));
    assert!(
        out.stderr.contains(&format!(
            "connecting to 127.0.0.1:{}/{} as {API_USER} (settings from the blog API's \
             POSTGRES_* variables;",
            cluster.port, db.name
        )),
        "{}",
        out.stderr
    );

    // From the blog API's .env, as it sits beside the API.
    let (cluster, db) = api_db("api_dotenv");
    let mut run = Blogctl::new();
    let env: String = api_vars(cluster, &db)
        .into_iter()
        .map(|(k, v)| format!("{k}={v}\n"))
        .collect();
    std::fs::write(
        run.home().join(".env"),
        format!("JWT_SECRET=x\nJWT_EXPIRATION_TIME=3600\n{env}"),
    )
    .unwrap();
    run.arg("migrate").run().success();
    assert!(was_migrated(&db));
}

#[test]
fn libpq_variables_fill_what_the_postgres_variables_leave_out() {
    let (cluster, db) = api_db("api_partial");
    Blogctl::new()
        .env("POSTGRES_HOST", "127.0.0.1")
        .env("POSTGRES_USER", API_USER)
        .env("PGPORT", cluster.port.to_string())
        .env("PGDATABASE", &db.name)
        .env("PGPASSWORD", API_PW)
        .arg("migrate")
        .run()
        .success();
    assert!(was_migrated(&db));
}

#[test]
fn database_url_and_the_flag_win_over_the_postgres_variables() {
    let (cluster, db) = api_db("url_wins");
    let (_, other) = api_db("url_loses");
    let mut run = Blogctl::new();
    for (k, v) in api_vars(cluster, &other) {
        run.env(k, v);
    }
    let out = run
        .env("DATABASE_URL", &db.url)
        .args(["-v", "migrate"])
        .run()
        .success();
    assert!(
        out.stderr.contains("(settings from DATABASE_URL;"),
        "{}",
        out.stderr
    );
    assert!(was_migrated(&db) && !was_migrated(&other));

    let flag = TestDb::on_cluster(cluster, "flag_wins");
    let out = run.args(["--database-url", &flag.url]).run().success();
    assert!(
        out.stderr.contains("(settings from --database-url;"),
        "{}",
        out.stderr
    );
    assert!(was_migrated(&flag) && !was_migrated(&other));

    let out = Blogctl::new()
        .env("PGHOST", cluster.socket_dir.as_os_str())
        .env("PGPORT", cluster.port.to_string())
        .env("PGUSER", "postgres")
        .env("PGDATABASE", &other.name)
        .args(["-v", "migrate", "status"])
        .run()
        .success();
    assert!(
        out.stderr
            .contains("(settings from libpq's PG* variables and defaults;"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_empty_database_url_is_refused_not_a_fallback() {
    let db = TestDb::new("empty_url");
    for set in ["env", "dotenv"] {
        let mut run = Blogctl::new();
        // Where the fallback would have gone.
        run.env("PGHOST", "/nonexistent")
            .env("POSTGRES_DB", &db.name);
        if set == "env" {
            run.env("DATABASE_URL", "");
        } else {
            std::fs::write(run.home().join(".env"), "DATABASE_URL=\n").unwrap();
        }
        let out = run.arg("setup").run().expect_code(2);
        assert!(
            out.stderr.contains("DATABASE_URL is set but empty"),
            "{set}: {}",
            out.stderr
        );
    }
    let out = Blogctl::new()
        .args(["migrate", "--database-url", ""])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("--database-url is empty"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_password_on_the_command_line_is_warned_about_without_printing_it() {
    let (cluster, db) = api_db("pw_flag");
    let url = format!(
        "postgres://{API_USER}:{API_PW}@127.0.0.1:{}/{}",
        cluster.port, db.name
    );
    let out = Blogctl::new()
        .args(["migrate", "--database-url", &url])
        .run()
        .success();
    assert!(
        out.stderr.starts_with(
            "blogctl: warning: --database-url holds a password, which every local user can \
             read in the process list: pass it in DATABASE_URL, PGPASSWORD or ~/.pgpass instead\n"
        ),
        "{}",
        out.stderr
    );
    // A key=value string's password, likewise.
    let conn = format!(
        "host=127.0.0.1 port={} user={API_USER} password={API_PW} dbname={}",
        cluster.port, db.name
    );
    let out = Blogctl::new()
        .args(["migrate", "status", "--database-url", &conn])
        .run()
        .success();
    assert!(
        out.stderr.starts_with(
            "blogctl: warning: --database-url holds a password, which every local user can \
             read in the process list"
        ),
        "{}",
        out.stderr
    );
    // Not from the environment.
    let out = Blogctl::new()
        .env("DATABASE_URL", &url)
        .args(["migrate", "status"])
        .run()
        .success();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn an_empty_admin_password_counts_as_unset() {
    // seed and setup on a database without the admin; migrate's V4 step
    // on articles without one: the same refusal as with no password.
    let seed = TestDb::migrated("empty_admin_pw");
    let setup = TestDb::migrated("empty_admin_pw_setup");
    let migrate = crate::migrate::at_v3_with_articles("empty_admin_pw_migrate", 3);
    for (db, command, code) in [
        (&seed, "seed", 2),
        (&setup, "setup", 2),
        (&migrate, "migrate", 1),
    ] {
        let run = |password: Option<&str>| {
            let mut run = db.blogctl();
            run.env("ADMIN_EMAIL", "admin@example.com").arg(command);
            if let Some(password) = password {
                run.env("ADMIN_PASSWORD", password);
            }
            run.run().expect_code(code)
        };
        let empty = run(Some(""));
        assert!(
            empty.stderr.contains(if command == "migrate" {
                "ADMIN_PASSWORD"
            } else {
                "no password for the admin admin@example.com"
            }),
            "{command}: {}",
            empty.stderr
        );
        assert_eq!(empty.stderr, run(None).stderr, "{command}");
    }
    let users: i64 = setup
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 0);
}

#[test]
fn env_file_errors_name_the_file_and_line_never_the_text() {
    let marker = secret("EnvS3cretMarker42");
    for (contents, at) in [
        // An unterminated quote: dotenvy quoted the rest of the file.
        (
            format!("A=1\nADMIN_PASSWORD=\"{marker}\nPOSTGRES_PASSWORD={marker}\n").into_bytes(),
            "line 2 (ADMIN_PASSWORD)",
        ),
        // No key: where the line stops being KEY=value.
        (
            format!("A=1\nB=2\n{marker} oops\n").into_bytes(),
            "line 3, column 19",
        ),
        // A NUL byte: std::env::set_var panicked (exit 101).
        (
            format!("A=1\nADMIN_PASSWORD={marker}\0x\n").into_bytes(),
            "line 2 (ADMIN_PASSWORD)",
        ),
        // CR-only line endings: one long line.
        (
            format!("A=1\rPGPORT={marker}\rB=2\r").into_bytes(),
            "line 1, column 4",
        ),
        // The last line ends in a space and no newline.
        (format!("A=1\nB='{marker} ").into_bytes(), "line 2 (B)"),
        // A byte that is not UTF-8, in a value.
        (
            [
                format!("A=1\n export PGPASSWORD={marker}").as_bytes(),
                b"\xff\n",
            ]
            .concat(),
            "line 2, column 37 (PGPASSWORD)",
        ),
    ] {
        let mut run = Blogctl::new();
        std::fs::write(run.home().join(".env"), &contents).unwrap();
        let out = run.args(["migrate", "status"]).run().expect_code(2);
        assert!(
            out.stderr
                .starts_with(&format!("blogctl: error: env file .env, {at}: ")),
            "{}: {}",
            String::from_utf8_lossy(&contents),
            out.stderr
        );
        // --help, --version and completions do not need the file.
        run.arg("--help").run().success();
        Blogctl::new()
            .current_dir(run.home())
            .arg("--version")
            .run()
            .success();
        Blogctl::new()
            .current_dir(run.home())
            .args(["completions", "bash"])
            .run()
            .success();
    }
}

#[test]
fn huge_wait_and_timeout_values_are_usage_errors_not_panics() {
    for args in [
        &["--wait", "18446744073709551615"][..],
        &["--wait", "86401"],
        &["--connect-timeout", "18446744073709551615"],
    ] {
        let out = Blogctl::new()
            .env("DATABASE_URL", "postgres://postgres@127.0.0.1:1/db")
            .args(args)
            .args(["migrate", "status"])
            .run()
            .expect_code(2);
        assert!(out.stderr.contains("not in"), "{args:?}: {}", out.stderr);
    }
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            "postgres://postgres@127.0.0.1:1/db?connect_timeout=18446744073709551615",
        )
        .args(["migrate", "status"])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("connect_timeout"), "{}", out.stderr);
}
