//! `seed` and `setup` ask for the admin's password only when they will use
//! it (the admin is missing, or `--reset-password`); with the admin there
//! they exit 0 without one, on a terminal or not. Every usage error still
//! comes before any change.

use std::process::Stdio;
use std::time::Duration;

use crate::seed::{ADMIN_EMAIL, stored_hash};
use crate::setup::MissingDb;
use crate::util::process::run_on_terminal;
use crate::util::{Blogctl, TestDb, secret, server};

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
