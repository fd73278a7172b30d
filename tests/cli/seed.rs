//! `blogctl seed`: password sources, bcrypt at the blog API's cost (or
//! argon2id at OWASP's parameters on request), validation, idempotence,
//! --reset-password, --demo, PgBouncer.

use std::process::Stdio;
use std::time::Duration;

use argon2::PasswordHash;
use argon2::password_hash::PasswordVerifier;

use crate::util::process::run_on_terminal;
use crate::util::{Blogctl, TestDb, pgbouncer::pgbouncer, secret};

pub const ADMIN_EMAIL: &str = "admin@example.com";

/// `blogctl seed` on `db` with the admin variables set.
fn seed(db: &TestDb, password: &str) -> Blogctl {
    let mut run = db.blogctl();
    run.arg("seed")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", password);
    run
}

/// The stored hash of the user with this email.
pub fn stored_hash(db: &TestDb, email: &str) -> String {
    db.client()
        .query_one("SELECT password FROM users WHERE email = $1", &[&email])
        .unwrap()
        .get(0)
}

/// Whether `password` matches the stored hash: bcrypt by the bcrypt
/// crate, argon2id by the argon2 crate's verifier. (The blog API's own
/// bcrypt checks blogctl's hashes in `interop_bcrypt`.)
pub fn verifies(password: &str, stored: &str) -> bool {
    if stored.starts_with("$2") {
        return bcrypt::verify(password, stored).expect("a bcrypt hash");
    }
    let parsed = PasswordHash::new(stored).expect("a PHC string");
    argon2::Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

fn count(db: &TestDb, table: &str) -> i64 {
    db.client()
        .query_one(&format!("SELECT count(*) FROM {table}"), &[])
        .unwrap()
        .get(0)
}

pub const OWASP_PREFIX: &str = "$argon2id$v=19$m=19456,t=2,p=1$";
/// What the blog API's `bcrypt.hash(password, 10)` writes.
pub const BCRYPT_PREFIX: &str = "$2b$10$";

#[test]
fn seed_creates_the_admin_with_a_bcrypt_cost_10_hash() {
    let db = TestDb::migrated("seed_creates");
    let password = secret("seed-creates-pw");
    let out = seed(&db, &password)
        .env("ADMIN_NAME", "Root Admin")
        .run()
        .success();
    assert!(
        out.stderr.contains("created the admin admin@example.com"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    let hash = stored_hash(&db, ADMIN_EMAIL);
    assert!(hash.starts_with(BCRYPT_PREFIX), "{hash}");
    assert_eq!(hash.len(), 60);
    assert!(verifies(&password, &hash));
    assert!(!verifies("seed-creates-pW", &hash));
    let name: String = db
        .client()
        .query_one("SELECT name FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(name, "Root Admin");
}

#[test]
fn seeding_twice_leaves_one_admin_untouched() {
    let db = TestDb::migrated("seed_twice");
    let password = secret("seed-twice-pw");
    seed(&db, &password).run().success();
    let first = stored_hash(&db, ADMIN_EMAIL);
    let out = seed(&db, &secret("seed-twice-other-pw")).run().success();
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert!(out.stderr.contains("--reset-password"), "{}", out.stderr);
    assert_eq!(count(&db, "users"), 1);
    assert_eq!(
        stored_hash(&db, ADMIN_EMAIL),
        first,
        "the admin was changed"
    );
    let name: String = db
        .client()
        .query_one("SELECT name FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(name, "Admin", "ADMIN_NAME defaults to Admin");
}

#[test]
fn reset_password_sets_the_new_password() {
    let db = TestDb::migrated("seed_reset");
    seed(&db, &secret("seed-reset-old")).run().success();
    let new = secret("seed-reset-new");
    let out = seed(&db, &new).arg("--reset-password").run().success();
    assert!(out.stderr.contains("set a new password"), "{}", out.stderr);
    let hash = stored_hash(&db, ADMIN_EMAIL);
    assert!(hash.starts_with(BCRYPT_PREFIX), "{hash}");
    assert!(verifies(&new, &hash));
    assert!(!verifies("seed-reset-old", &hash));
    assert_eq!(count(&db, "users"), 1);
}

#[test]
fn password_stdin_strips_one_newline_and_keeps_the_rest() {
    let db = TestDb::migrated("seed_stdin");
    let password = secret(" pa\tss 'w\"o;rd\\ 😀 ");
    db.blogctl()
        .args(["seed", "--password-stdin"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .stdin(format!("{password}\r\nsecond line\n"))
        .run()
        .success();
    let hash = stored_hash(&db, ADMIN_EMAIL);
    assert!(verifies(&password, &hash));
}

#[test]
fn admin_password_wins_over_password_stdin() {
    let db = TestDb::migrated("seed_env_wins");
    let env_pw = secret("seed-env-wins-pw");
    let out = seed(&db, &env_pw)
        .arg("--password-stdin")
        .stdin("seed-stdin-loses\n")
        .run()
        .success();
    assert!(
        out.stderr.contains("ADMIN_PASSWORD is set"),
        "{}",
        out.stderr
    );
    assert!(verifies(&env_pw, &stored_hash(&db, ADMIN_EMAIL)));
}

#[test]
fn the_admin_variables_come_from_a_dotenv_file() {
    let db = TestDb::migrated("seed_dotenv");
    let dir = tempfile::tempdir().unwrap();
    let password = secret("seed-dotenv-pw");
    std::fs::write(
        dir.path().join(".env"),
        format!("ADMIN_EMAIL=dot@example.com\nADMIN_PASSWORD={password}\nADMIN_NAME=\"Dot Env\"\n"),
    )
    .unwrap();
    db.blogctl()
        .arg("seed")
        .current_dir(dir.path())
        .run()
        .success();
    assert!(verifies(&password, &stored_hash(&db, "dot@example.com")));
    let name: String = db
        .client()
        .query_one("SELECT name FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(name, "Dot Env");
}

#[test]
fn no_password_source_and_stdin_from_dev_null_exits_2_at_once() {
    let db = TestDb::migrated("seed_no_password");
    // stdin is /dev/null and there is no terminal.
    let mut run = db.blogctl();
    run.arg("seed").env("ADMIN_EMAIL", ADMIN_EMAIL);
    let out = run.run_within(Duration::from_secs(60)).expect_code(2);
    for way in ["ADMIN_PASSWORD", "--password-stdin", "terminal"] {
        assert!(out.stderr.contains(way), "{way} not named:\n{}", out.stderr);
    }
    assert!(out.stderr.starts_with("blogctl: error: "), "{}", out.stderr);
    assert_eq!(count(&db, "users"), 0);
}

#[test]
fn no_password_source_never_waits_on_an_open_stdin() {
    // A CI step whose stdin is a pipe nobody writes to or closes: blogctl
    // must not read it (no --password-stdin) nor wait for it.
    let db = TestDb::migrated("seed_open_stdin");
    let mut run = db.blogctl();
    run.arg("seed").env("ADMIN_EMAIL", ADMIN_EMAIL);
    let mut child = run.spawn(Stdio::piped(), Stdio::piped(), Stdio::piped());
    let _held_open = child.hold_stdin();
    // A run that waits on the pipe is killed and fails the test.
    let out = child.wait_with_output_within(Duration::from_secs(60));
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn invalid_admin_input_exits_2_and_writes_nothing() {
    let db = TestDb::migrated("seed_invalid");
    let cases: [(&str, &str, Option<&str>, &str); 4] = [
        (
            "not-an-email",
            "long-enough-pw",
            None,
            "not an email address",
        ),
        (
            "admin@example",
            "long-enough-pw",
            None,
            "not an email address",
        ),
        (
            ADMIN_EMAIL,
            "long-enough-pw",
            Some("   "),
            "ADMIN_NAME is empty",
        ),
        (ADMIN_EMAIL, "7-chars", None, "at least 8 characters"),
    ];
    for (email, password, name, message) in cases {
        let mut run = db.blogctl();
        run.arg("seed")
            .env("ADMIN_EMAIL", email)
            .env("ADMIN_PASSWORD", password);
        if let Some(name) = name {
            run.env("ADMIN_NAME", name);
        }
        let out = run.run().expect_code(2);
        assert!(out.stderr.contains(message), "{message}:\n{}", out.stderr);
    }
    let out = db
        .blogctl()
        .arg("seed")
        .env("ADMIN_PASSWORD", "long-enough-pw")
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("ADMIN_EMAIL is not set"),
        "{}",
        out.stderr
    );
    assert_eq!(count(&db, "users"), 0);
}

#[test]
fn a_nul_byte_in_the_password_is_refused_with_exit_2() {
    let db = TestDb::migrated("seed_nul");
    let out = db
        .blogctl()
        .args(["seed", "--password-stdin"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .stdin(&b"nul\0inside-the-password\n"[..])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("NUL"), "{}", out.stderr);
    let out = db
        .blogctl()
        .args(["seed", "--password-stdin"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .stdin("")
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("no password"), "{}", out.stderr);
    assert_eq!(count(&db, "users"), 0);
}

#[test]
fn demo_data_loads_once() {
    let db = TestDb::migrated("seed_demo");
    let password = secret("seed-demo-pw");
    let out = seed(&db, &password).arg("--demo").run().success();
    assert!(
        out.stderr
            .contains("loaded the demo data: 4 users and 6 articles added"),
        "{}",
        out.stderr
    );
    let out = seed(&db, &password).arg("--demo").run().success();
    assert!(out.stderr.contains("already loaded"), "{}", out.stderr);
    assert_eq!(count(&db, "users"), 5);
    assert_eq!(count(&db, "addresses"), 3);
    assert_eq!(count(&db, "articles"), 6);
    let authors: i64 = db
        .client()
        .query_one("SELECT count(DISTINCT author_id) FROM articles", &[])
        .unwrap()
        .get(0);
    assert!(authors >= 3, "articles by several authors");
}

#[test]
fn seed_on_an_unmigrated_database_says_to_migrate() {
    let db = TestDb::new("seed_unmigrated");
    let out = seed(&db, &secret("seed-unmigrated-pw"))
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("blogctl migrate"), "{}", out.stderr);
}

#[test]
fn seed_works_through_pgbouncer_transaction_pooling() {
    let db = TestDb::migrated("seed_pgbouncer");
    let url = pgbouncer().url(&db.name);
    let password = secret("seed-pgbouncer-pw");
    for _ in 0..2 {
        seed(&db, &password)
            .env("DATABASE_URL", &url)
            .arg("--demo")
            .run()
            .success();
    }
    seed(&db, &password)
        .env("DATABASE_URL", &url)
        .arg("--reset-password")
        .run()
        .success();
    assert_eq!(count(&db, "users"), 5);
    assert!(verifies(&password, &stored_hash(&db, ADMIN_EMAIL)));
}

#[test]
fn on_a_terminal_the_password_is_asked_twice() {
    let db = TestDb::migrated("seed_prompt");
    let mut run = db.blogctl();
    run.arg("seed").env("ADMIN_EMAIL", ADMIN_EMAIL);
    let (code, screen) = run_on_terminal(&run, "typed-password-1\ntyped-password-2\n");
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("the two passwords differ"), "{screen}");
    assert_eq!(count(&db, "users"), 0);
    let (code, screen) = run_on_terminal(&run, "typed-password-1\ntyped-password-1\n");
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Password for the admin admin@example.com"),
        "{screen}"
    );
    assert!(screen.contains("Repeat the password"), "{screen}");
    assert!(verifies("typed-password-1", &stored_hash(&db, ADMIN_EMAIL)));
}

#[test]
fn demo_on_a_partly_migrated_database_says_to_migrate_and_writes_nothing() {
    let db = TestDb::new("seed_demo_partial");
    let mut client = db.client();
    for sql in [
        include_str!("../../migrations/V1__add_articles_table.sql"),
        include_str!("../../migrations/V2__add_users_table.sql"),
        include_str!("../../migrations/V3__add_addresses_table.sql"),
    ] {
        client.batch_execute(sql).unwrap();
    }
    let out = seed(&db, &secret("seed-demo-partial-pw"))
        .arg("--demo")
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("needs every migration applied"),
        "{}",
        out.stderr
    );
    assert_eq!(count(&db, "users"), 0, "the admin was not rolled back");
    assert_eq!(count(&db, "addresses"), 0);
}
