//! `users set-password|check-password`: the password from standard input
//! or a prompt (twice to set, once to check), never a flag; the rules and
//! the scheme of `seed`; the blog API's bcrypt accepting what is set and
//! blogctl reading what it wrote; which scheme a stored hash uses; no hash
//! or password in any output; no hang without a terminal; PgBouncer.

use serde_json::json;

use crate::seed::{stored_hash, verifies};
use crate::util::process::{run_on_terminal, spawn_on_terminal};
use crate::util::{Blogctl, Output, TestDb, node, pgbouncer::pgbouncer, secret};

/// A migrated database with the demo data: users 1 ada, 2 grace, 3 linus,
/// 4 margaret, whose stored password is npm bcrypt's hash of
/// `demo-password` (seeds/demo.sql run by hand).
fn demo(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.client()
        .batch_execute(include_str!("../../seeds/demo.sql"))
        .unwrap();
    db
}

const GRACE: &str = "grace@example.com";

fn with_stdin(db: &TestDb, args: &[&str], input: &str) -> Output {
    db.blogctl().args(args).stdin(input.to_string()).run()
}

fn set(db: &TestDb, user: &str, password: &str) -> Output {
    with_stdin(
        db,
        &["users", "set-password", user, "--password-stdin"],
        &format!("{password}\n"),
    )
}

fn check(db: &TestDb, user: &str, password: &str, format: &str) -> Output {
    with_stdin(
        db,
        &[
            "users",
            "check-password",
            user,
            "--password-stdin",
            "--format",
            format,
        ],
        &format!("{password}\n"),
    )
}

/// Somewhere that is not a server: a command that reaches for it fails
/// with exit 3, so exit 2 proves the refusal came first.
const NOWHERE: &str = "postgres://nobody@127.0.0.1:1/none";

#[test]
fn set_password_stores_a_bcrypt_hash_the_blog_api_accepts() {
    let db = demo("set_password_bcrypt");
    let password = secret("grace-new-password-1");
    let out = set(&db, GRACE, &password).success();
    assert_eq!(
        out.stderr,
        "set a new password for user 2 (grace@example.com), as a bcrypt hash\n"
    );
    assert_eq!(out.stdout, "");
    let stored = stored_hash(&db, GRACE);
    assert!(
        stored.starts_with("$2b$10$") && stored.len() == 60,
        "not bcrypt cost 10"
    );
    assert!(
        node::bcrypt_compare(&password, &stored),
        "npm bcrypt refuses it"
    );
    assert!(!node::bcrypt_compare("demo-password", &stored));
    // Nobody else's changed.
    assert!(node::bcrypt_compare(
        "demo-password",
        &stored_hash(&db, "ada@example.com")
    ));

    // --password-hash argon2id (or the variable), by id.
    let password = secret("grace-argon-password-2");
    db.blogctl()
        .args(["users", "set-password", "2", "--password-stdin"])
        .env("BLOGCTL_PASSWORD_HASH", "argon2id")
        .stdin(format!("{password}\n"))
        .run()
        .success();
    let stored = stored_hash(&db, GRACE);
    assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    assert!(verifies(&password, &stored));
}

#[test]
fn set_password_refusals_change_nothing_and_never_hang() {
    let db = demo("set_password_refusals");
    let before = stored_hash(&db, GRACE);
    // Neither a terminal nor --password-stdin: exit 2 at once, before
    // connecting, even with a standard input that never ends.
    for url in [db.url.as_str(), NOWHERE] {
        let mut run = Blogctl::new();
        run.env("DATABASE_URL", url)
            .args(["users", "set-password", GRACE]);
        let mut running = run.spawn(
            std::process::Stdio::piped(),
            std::process::Stdio::piped(),
            std::process::Stdio::piped(),
        );
        let _open_stdin = running.hold_stdin();
        // A run that waits on the pipe is killed and fails the test.
        let out = running
            .wait_with_output_within(std::time::Duration::from_secs(60))
            .expect_code(2);
        assert_eq!(
            out.stderr,
            "blogctl: error: no password for the user grace@example.com: pass --password-stdin \
             with the password on standard input, or run on a terminal to be asked\n"
        );
    }
    let too_long = "é".repeat(36) + "x"; // 73 bytes
    let cases: &[(&str, &str, i32, &str)] = &[
        (
            GRACE,
            "short",
            2,
            "the password is too short: it needs at least 8 characters",
        ),
        (GRACE, &too_long, 2, "the password is 73 bytes long"),
        (GRACE, "", 2, "standard input holds no password"),
        ("99", "long-enough-password", 1, "no user 99"),
        (
            "nobody@example.com",
            "long-enough-password",
            1,
            "no user nobody@example.com",
        ),
    ];
    for (user, password, code, says) in cases {
        let out = set(&db, user, password).expect_code(*code);
        assert!(
            out.stderr.contains(says),
            "{user} {password:?}: {}",
            out.stderr
        );
    }
    // A bad password from stdin is refused before connecting, too.
    let out = Blogctl::new()
        .env("DATABASE_URL", NOWHERE)
        .args(["users", "set-password", GRACE, "--password-stdin"])
        .stdin("short\n")
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("too short"), "{}", out.stderr);
    // Never a flag value or an argument.
    let out = db
        .blogctl()
        .args(["users", "set-password", GRACE, "--password", "x12345678"])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("unexpected argument '--password'"),
        "{}",
        out.stderr
    );
    let out = db
        .blogctl()
        .args(["users", "set-password", GRACE, "x12345678"])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("unexpected argument 'x12345678'"),
        "{}",
        out.stderr
    );
    assert_eq!(stored_hash(&db, GRACE), before);
}

#[test]
fn set_password_asks_twice_on_a_terminal() {
    let db = demo("set_password_prompt");
    let before = stored_hash(&db, GRACE);
    let mut run = db.blogctl();
    run.args(["users", "set-password", GRACE]);
    let (code, screen) = run_on_terminal(&run, "typed-password-1\ntyped-password-2\n");
    assert_eq!(code, 2, "{screen}");
    assert!(
        screen.contains("Password for user 2 (grace@example.com): "),
        "{screen}"
    );
    assert!(screen.contains("Repeat the password: "), "{screen}");
    assert!(
        screen.contains("the two passwords differ; nothing was changed"),
        "{screen}"
    );
    assert_eq!(stored_hash(&db, GRACE), before);
    let (code, screen) = run_on_terminal(&run, "typed-password-1\ntyped-password-1\n");
    assert_eq!(code, 0, "{screen}");
    assert!(verifies("typed-password-1", &stored_hash(&db, GRACE)));
    // An unknown user is said before asking.
    let mut run = db.blogctl();
    run.args(["users", "set-password", "77"]);
    let (code, screen) = run_on_terminal(&run, "typed-password-1\ntyped-password-1\n");
    assert_eq!(code, 1, "{screen}");
    assert!(!screen.contains("Password for"), "{screen}");
}

#[test]
fn check_password_says_match_and_scheme_in_every_format() {
    let db = demo("check_password_formats");
    for format in ["table", "json", "csv"] {
        let out = check(&db, GRACE, "demo-password", format).success();
        insta::assert_snapshot!(format!("check_password_match_{format}"), out.stdout);
        assert_eq!(out.stderr, "", "{format}");
        let out = check(&db, GRACE, "not-the-password", format).expect_code(1);
        insta::assert_snapshot!(format!("check_password_no_match_{format}"), out.stdout);
        assert_eq!(
            out.stderr,
            "blogctl: error: the password does not match the stored bcrypt hash of user 2 \
             (grace@example.com)\n"
        );
    }
    // Checking writes nothing.
    assert!(node::bcrypt_compare(
        "demo-password",
        &stored_hash(&db, GRACE)
    ));
}

#[test]
fn check_password_reads_every_scheme_and_names_the_ones_it_cannot() {
    let db = demo("check_password_schemes");
    let password = secret("stored-as-argon2id-1");
    let argon = db
        .blogctl()
        .args([
            "users",
            "set-password",
            "3",
            "--password-stdin",
            "--password-hash",
            "argon2id",
        ])
        .stdin(format!("{password}\n"))
        .run()
        .success();
    assert!(
        argon.stderr.contains("as an argon2id hash"),
        "{}",
        argon.stderr
    );
    let out = check(&db, "3", &password, "json").success();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out.stdout).unwrap(),
        json!({"id": 3, "email": "linus@example.com", "scheme": "argon2id", "stored": null,
            "matches": true})
    );
    // bcrypt is what blogctl writes by default: a match in another scheme
    // is worth a warning (the blog API cannot log that user in).
    assert_eq!(
        out.stderr,
        "blogctl: warning: user 3 has its password stored as an argon2id hash, not bcrypt \
         (--password-hash bcrypt): the blog API, which verifies bcrypt, cannot log it in; \
         `blogctl users set-password 3` stores a bcrypt hash\n"
    );
    check(&db, "3", "wrong-password", "csv").expect_code(1);

    // A hash the blog API wrote (npm bcrypt), read by blogctl.
    let api_password = secret("written-by-the-api-1");
    let api_hash = node::bcrypt_hash(&api_password);
    let mut client = db.client();
    client
        .execute("UPDATE users SET password = $1 WHERE id = 4", &[&api_hash])
        .unwrap();
    check(&db, "margaret@example.com", &api_password, "table").success();

    // Schemes blogctl cannot read: named by their prefix, never shown,
    // exit 1 with a way out.
    let plain = secret("plain-text-password-in-the-db");
    for (stored, says) in [
        (
            "$2x$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
            "a `$2x$` hash",
        ),
        ("$pbkdf2-sha256$29000$N2Zn$1N9Z", "a `$pbkdf2-sha256$` hash"),
        (plain.as_str(), "not a password hash blogctl can read"),
    ] {
        client
            .execute("UPDATE users SET password = $1 WHERE id = 1", &[&stored])
            .unwrap();
        for format in ["table", "json", "csv"] {
            let out = check(&db, "1", "whatever-it-is", format).expect_code(1);
            assert!(
                out.stderr.starts_with(&format!(
                    "blogctl: error: cannot check the password of user 1 (ada@example.com): \
                     its stored password is {says}"
                )),
                "{}",
                out.stderr
            );
            assert!(out.stderr.contains("blogctl users set-password 1"));
            assert!(!out.stdout.contains("CCCCCCCC") && !out.stderr.contains("CCCCCCCC"));
            assert!(!out.stdout.contains("N9Z"));
            if format == "json" {
                let record: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
                assert_eq!(record["scheme"], "unknown");
                assert_eq!(record["matches"], serde_json::Value::Null);
                assert!(record["stored"].as_str().unwrap().contains(says));
            }
        }
    }
}

#[test]
fn a_plain_stored_password_starting_with_a_dollar_is_never_shown() {
    let db = demo("check_password_plain_dollar");
    let mut client = db.client();
    for stored in [
        secret("$Hunter2-plain"),
        secret("$Plain-S3cret$"),
        secret("$Plain$S3cret-two"),
    ] {
        client
            .execute("UPDATE users SET password = $1 WHERE id = 1", &[&stored])
            .unwrap();
        for format in ["table", "json", "csv"] {
            // The secret check of every run fails on any part of it shown.
            let out = check(&db, "1", "whatever-it-is", format).expect_code(1);
            assert!(
                out.stderr.starts_with(
                    "blogctl: error: cannot check the password of user 1 (ada@example.com): \
                     its stored password is not a password hash blogctl can read"
                ),
                "{}",
                out.stderr
            );
            for part in ["Hunter2", "Plain", "S3cret"] {
                assert!(!out.stdout.contains(part) && !out.stderr.contains(part));
            }
        }
    }
}

#[test]
fn check_password_refusals() {
    let db = demo("check_password_refusals");
    // No terminal, no --password-stdin: exit 2 before connecting.
    let out = Blogctl::new()
        .env("DATABASE_URL", NOWHERE)
        .args(["users", "check-password", GRACE])
        .run()
        .expect_code(2);
    assert_eq!(
        out.stderr,
        "blogctl: error: no password for the user grace@example.com: pass --password-stdin \
         with the password on standard input, or run on a terminal to be asked\n"
    );
    check(&db, GRACE, "", "table").expect_code(2);
    let out = check(&db, "99", "demo-password", "table").expect_code(1);
    assert!(out.stderr.contains("no user 99"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
    // No rule of a new password applies to one being checked.
    check(&db, GRACE, "short", "table").expect_code(1);
}

#[test]
fn check_password_asks_once_on_a_terminal() {
    let db = demo("check_password_prompt");
    let mut run = db.blogctl();
    run.args(["users", "check-password", "2"]);
    let (code, screen) = run_on_terminal(&run, "demo-password\n");
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Password of user 2 (grace@example.com) to check: "),
        "{screen}"
    );
    assert!(!screen.contains("Repeat"), "{screen}");
    let (code, screen) = run_on_terminal(&run, "wrong-password\n");
    assert_eq!(code, 1, "{screen}");
    assert!(screen.contains("does not match"), "{screen}");
}

/// `--password-stdin` with a person typing on a terminal: read as a
/// prompt reads, without echo, and said so; one line.
#[test]
fn password_stdin_on_a_terminal_is_read_without_echo() {
    let db = demo("password_stdin_tty");
    let typed = "typed-on-the-tty-7";
    for (args, code) in [
        (&["users", "set-password", GRACE, "--password-stdin"][..], 0),
        (&["users", "check-password", GRACE, "--password-stdin"], 0),
        (&["users", "check-password", "1", "--password-stdin"], 1),
    ] {
        let mut run = db.blogctl();
        run.args(args);
        let mut running = spawn_on_terminal(&run);
        running.type_hidden(&format!("{typed}\n"));
        let out = running.wait_with_output();
        assert_eq!(out.code, code, "{args:?}: {}", out.stdout);
        assert!(
            out.stdout
                .starts_with("Password (--password-stdin on a terminal: one line, not echoed): "),
            "{args:?}: {}",
            out.stdout
        );
        assert!(
            !out.stdout.contains(typed),
            "{args:?} echoed the password: {}",
            out.stdout
        );
    }
    assert!(verifies(typed, &stored_hash(&db, GRACE)));
}

#[test]
fn passwords_work_through_pgbouncer_transaction_pooling() {
    let db = demo("passwords_pgbouncer");
    let url = pgbouncer().url(&db.name);
    let password = secret("pooled-password-1");
    for user in ["1", "2", "3", "4"] {
        db.blogctl()
            .env("DATABASE_URL", &url)
            .args(["users", "set-password", user, "--password-stdin"])
            .stdin(format!("{password}\n"))
            .run()
            .success();
        db.blogctl()
            .env("DATABASE_URL", &url)
            .args(["users", "check-password", user, "--password-stdin"])
            .stdin(format!("{password}\n"))
            .run()
            .success();
    }
    for email in [
        "ada@example.com",
        GRACE,
        "linus@example.com",
        "margaret@example.com",
    ] {
        assert!(verifies(&password, &stored_hash(&db, email)));
    }
}
