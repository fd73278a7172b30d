//! `seed` and `setup` ask for the admin's password only when they will use
//! it (the admin is missing, or `--reset-password`); with the admin there
//! they exit 0 without one, on a terminal or not. Every usage error still
//! comes before any change.

use std::process::Stdio;
use std::time::Duration;

use crate::seed::{ADMIN_EMAIL, stored_hash};
use crate::setup::MissingDb;
use crate::util::cluster::Cluster;
use crate::util::process::run_on_terminal;
use crate::util::{Blogctl, TestDb, own_cluster, secret, server};

/// A migrated database whose admin exists (made with ADMIN_PASSWORD).
fn with_admin(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.blogctl()
        .arg("seed")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", secret("seed-needed-pw"))
        .run()
        .success();
    db
}

/// `blogctl seed` with ADMIN_EMAIL and no password anywhere.
fn seed_without_password(db: &TestDb) -> Blogctl {
    let mut run = db.blogctl();
    run.arg("seed").env("ADMIN_EMAIL", ADMIN_EMAIL);
    run
}

#[test]
fn an_existing_admin_needs_no_password_without_a_terminal() {
    let db = with_admin("seed_needed_pipe");
    let hash = stored_hash(&db, ADMIN_EMAIL);
    // stdin from /dev/null.
    let out = seed_without_password(&db).run().success();
    assert_eq!(
        out.stderr,
        "the admin admin@example.com already exists (id 1): left as it is\n"
    );
    // --demo still needs none for the admin.
    let out = seed_without_password(&db).arg("--demo").run().success();
    assert!(
        out.stderr.contains("loaded the demo data"),
        "{}",
        out.stderr
    );
    // A pipe that stays open and silent is not read, nor waited for.
    let mut child =
        seed_without_password(&db).spawn(Stdio::piped(), Stdio::piped(), Stdio::piped());
    let _held_open = child.hold_stdin();
    // A run that waits on the pipe is killed and fails the test.
    let out = child.wait_with_output_within(Duration::from_secs(60));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(stored_hash(&db, ADMIN_EMAIL), hash, "the admin was changed");
}

#[test]
fn an_existing_admin_is_not_asked_for_a_password_on_a_terminal() {
    let db = with_admin("seed_needed_tty");
    let (code, screen) = run_on_terminal(&seed_without_password(&db), "");
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Password"), "{screen}");
    assert!(
        screen.contains("already exists (id 1): left as it is"),
        "{screen}"
    );
    // A missing admin is still asked for (twice), and created.
    db.client().batch_execute("DELETE FROM users").unwrap();
    let (code, screen) = run_on_terminal(
        &seed_without_password(&db),
        "typed-needed-pw\ntyped-needed-pw\n",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Password for the admin"), "{screen}");
    assert!(screen.contains("created the admin"), "{screen}");
}

#[test]
fn a_missing_admin_without_a_password_is_refused_before_any_change() {
    let db = TestDb::migrated("seed_needed_missing");
    let out = seed_without_password(&db)
        .arg("--demo")
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("no password for the admin"),
        "{}",
        out.stderr
    );
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 0, "the demo data was loaded");
}

#[test]
fn reset_password_without_one_is_refused_before_connecting() {
    // Nothing listens on port 1: a usage error must come first (exit 2, not 3).
    let out = Blogctl::new()
        .args(["seed", "--reset-password"])
        .env("DATABASE_URL", "postgres://postgres@127.0.0.1:1/nowhere")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("no password for the admin"),
        "{}",
        out.stderr
    );
}

#[test]
fn setup_again_needs_no_password() {
    let db = with_admin("setup_needed_again");
    let out = db
        .blogctl()
        .args(["setup", "--demo"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .run()
        .success();
    assert!(
        out.stderr.contains("already exists (id 1): left as it is"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.ends_with("setup complete\n"), "{}", out.stderr);
}

#[test]
fn setup_of_a_missing_database_without_a_password_creates_nothing() {
    let missing = MissingDb::new("t_setup_needed", server().url("postgres"));
    let out = Blogctl::new()
        .arg("setup")
        .env("DATABASE_URL", server().url(&missing.name))
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("no password for the admin"),
        "{}",
        out.stderr
    );
    assert!(!missing.exists(), "the database was created");
}

/// Passwords blogctl would refuse as new ones: too short, longer than
/// bcrypt reads, and (on standard input) one holding a NUL byte.
fn unusable_passwords() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("short", secret("short7!").into_bytes()),
        ("long", secret(&"Long-Api-Pw-".repeat(9)).into_bytes()),
        ("nul", b"nul\0inside-the-password".to_vec()),
    ]
}

/// `run` given `password` as ADMIN_PASSWORD, or on standard input with
/// --password-stdin when it holds a NUL byte (no variable can).
fn with_password(run: &mut Blogctl, password: &[u8], stdin_flag: bool) {
    match std::str::from_utf8(password) {
        Ok(text) if !text.contains('\0') => {
            run.env("ADMIN_PASSWORD", text);
        }
        _ => {
            if stdin_flag {
                run.arg("--password-stdin");
            }
            run.stdin([password, b"\n"].concat());
        }
    }
}

#[test]
fn an_unusable_password_beside_an_existing_admin_is_left_unused() {
    let db = with_admin("seed_needed_unusable");
    let hash = stored_hash(&db, ADMIN_EMAIL);
    for (what, password) in unusable_passwords() {
        let mut run = db.blogctl();
        run.arg("seed").env("ADMIN_EMAIL", ADMIN_EMAIL);
        with_password(&mut run, &password, true);
        let out = run.run().success();
        assert_eq!(
            out.stderr,
            "the admin admin@example.com already exists (id 1): left as it is; its stored \
             password is not the one given (--reset-password sets it)\n",
            "{what}"
        );
        if !password.contains(&0) {
            let mut run = db.blogctl();
            run.args(["setup", "--demo"])
                .env("ADMIN_EMAIL", ADMIN_EMAIL);
            with_password(&mut run, &password, false);
            let out = run.run().success();
            assert!(
                !out.stderr.contains("error") && !out.stderr.contains("warning"),
                "{what}: {}",
                out.stderr
            );
            assert!(out.stderr.ends_with("setup complete\n"), "{}", out.stderr);
        }
        // Used to reset: refused, exit 2, nothing changed.
        let mut run = db.blogctl();
        run.args(["seed", "--reset-password"])
            .env("ADMIN_EMAIL", ADMIN_EMAIL);
        with_password(&mut run, &password, true);
        run.run().expect_code(2);
        assert_eq!(stored_hash(&db, ADMIN_EMAIL), hash, "{what}");
    }
    // A password the blog API stored although blogctl would not (short)
    // is recognised as the stored one.
    let api_short = secret("api-7ch");
    let api_hash = bcrypt::hash(&api_short, 4).unwrap();
    db.client()
        .execute("UPDATE users SET password = $1 WHERE id = 1", &[&api_hash])
        .unwrap();
    let out = seed_without_password(&db)
        .env("ADMIN_PASSWORD", &api_short)
        .run()
        .success();
    assert!(
        out.stderr
            .contains("left as it is; its stored password is the one given"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unusable_password_for_a_missing_admin_is_refused_before_any_change() {
    let says = [
        "the password is too short",
        "bcrypt (the blog API's scheme) uses only the first 72",
        "the password holds a NUL byte",
    ];
    for ((what, password), says) in unusable_passwords().into_iter().zip(says) {
        // seed
        let db = TestDb::migrated(&format!("seed_needed_refused_{what}"));
        let mut run = seed_without_password(&db);
        run.arg("--demo");
        with_password(&mut run, &password, true);
        let out = run.run().expect_code(2);
        assert!(out.stderr.contains(says), "{what}: {}", out.stderr);
        let users: i64 = db
            .client()
            .query_one("SELECT count(*) FROM users", &[])
            .unwrap()
            .get(0);
        assert_eq!(users, 0, "{what}");
        if password.contains(&0) {
            continue;
        }
        // setup of a missing database: not created.
        let missing = MissingDb::new(&format!("t_setup_refused_{what}"), server().url("postgres"));
        let mut run = Blogctl::new();
        run.arg("setup")
            .env("DATABASE_URL", server().url(&missing.name))
            .env("ADMIN_EMAIL", ADMIN_EMAIL);
        with_password(&mut run, &password, false);
        let out = run.run().expect_code(2);
        assert!(out.stderr.contains(says), "{what}: {}", out.stderr);
        assert!(!missing.exists(), "{what}: the database was created");
        // migrate of an empty database (V4 would create the admin): nothing
        // applied.
        let db = TestDb::new(&format!("migrate_refused_{what}"));
        let mut run = db.blogctl();
        run.arg("migrate").env("ADMIN_EMAIL", ADMIN_EMAIL);
        with_password(&mut run, &password, false);
        let out = run.run().expect_code(2);
        assert!(out.stderr.contains(says), "{what}: {}", out.stderr);
        assert_eq!(crate::migrate::version(&db), None, "{what}");
    }
}

#[test]
fn migrate_leaves_an_unusable_password_unused_beside_an_existing_admin() {
    for (what, password) in unusable_passwords() {
        if password.contains(&0) {
            continue;
        }
        // At V3 with articles, and the admin made by hand (the blog API's
        // way, with its short password).
        let db = crate::migrate::at_v3_with_articles(&format!("migrate_unusable_{what}"), 2);
        db.client()
            .execute(
                "INSERT INTO users (email, name, password) VALUES ($1, 'Admin', 'x')",
                &[&ADMIN_EMAIL],
            )
            .unwrap();
        let mut run = db.blogctl();
        run.arg("migrate").env("ADMIN_EMAIL", ADMIN_EMAIL);
        with_password(&mut run, &password, false);
        let out = run.run().success();
        assert!(
            out.stderr
                .contains("the admin admin@example.com exists (user 1); its password is untouched"),
            "{what}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("the database is at V7"),
            "{}",
            out.stderr
        );
        assert_eq!(stored_hash(&db, ADMIN_EMAIL), "x");
    }
}

/// The statements the server logged for `db` while `run` ran (the
/// cluster's log, with log_statement = all on that database only).
fn statements_of(cluster: &Cluster, db: &TestDb, run: &mut Blogctl) -> Vec<String> {
    let log = cluster.root.join("server.log");
    db.client()
        .batch_execute(&format!(
            "ALTER DATABASE \"{}\" SET log_statement = 'all'",
            db.name
        ))
        .unwrap();
    let before = std::fs::metadata(&log).unwrap().len() as usize;
    run.run().success();
    let text = std::fs::read(&log).unwrap();
    let mut statements: Vec<String> = Vec::new();
    for line in String::from_utf8_lossy(&text[before..]).lines() {
        if line.contains("LOG:  statement:") || line.contains("LOG:  execute") {
            statements.push(line.to_string());
        } else if let (Some(last), Some(at)) = (statements.last_mut(), line.find("parameters:")) {
            // A bound statement's values, on the line after it.
            last.push(' ');
            last.push_str(&line[at..]);
        }
    }
    statements
}

#[test]
fn seed_and_setup_look_the_admin_up_once() {
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, "admin_looked_up_once");
    let password = secret("looked-up-once-pw");
    db.blogctl().arg("migrate").run().success();
    // The admin missing (created), then there: each run looks it up once.
    for command in [&["seed"][..], &["seed"], &["setup"], &["setup", "--demo"]] {
        let mut run = db.blogctl();
        run.args(command)
            .env("ADMIN_EMAIL", ADMIN_EMAIL)
            .env("ADMIN_PASSWORD", &password);
        let statements = statements_of(cluster, &db, &mut run);
        let count = |what: &str| statements.iter().filter(|l| l.contains(what)).count();
        // db::table_exists on users (the table's name a parameter).
        assert_eq!(
            count("to_regclass(quote_ident($1)) IS NOT NULL parameters: $1 = 'users'"),
            1,
            "{command:?}:\n{}",
            statements.join("\n")
        );
        assert_eq!(
            count("FROM users WHERE email = $1"),
            1,
            "{command:?}:\n{}",
            statements.join("\n")
        );
    }
}
