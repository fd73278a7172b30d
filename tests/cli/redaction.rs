//! Issue 14, 2d: a database error that quotes a row (`Failing row contains
//! (…, $2b$10$…)` under a CHECK constraint a DBA added) prints without the
//! password hash in it. The harness fails any run whose output holds a
//! hash; these tests make PostgreSQL put one in its error.

use crate::seed::ADMIN_EMAIL;
use crate::util::{TestDb, secret};

/// A migrated database with the admin, and a CHECK constraint a DBA might
/// add: PostgreSQL quotes the whole failing row when it refuses one.
fn with_check(tag: &str, check: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.blogctl()
        .arg("seed")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", secret("redaction-admin-pw"))
        .run()
        .success();
    db.client()
        .batch_execute(&format!(
            "ALTER TABLE users ADD CONSTRAINT users_dba_check CHECK ({check})"
        ))
        .unwrap();
    db
}

fn stored_hashes(db: &TestDb) -> Vec<String> {
    db.client()
        .query("SELECT password FROM users ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[track_caller]
fn assert_redacted(stderr: &str) {
    assert!(stderr.contains("users_dba_check"), "{stderr}");
    assert!(stderr.contains("SQLSTATE 23514"), "{stderr}");
    assert!(stderr.contains("Failing row contains ("), "{stderr}");
    assert!(stderr.contains("[password hash]"), "{stderr}");
}

#[test]
fn users_create_refused_by_a_check_prints_the_row_without_the_hash() {
    let db = with_check("redact_create", "name <> 'root'");
    for scheme in ["bcrypt", "argon2id"] {
        let out = db
            .blogctl()
            .args(["--password-hash", scheme, "users", "create"])
            .args(["--email", "root@example.com", "--name", "root"])
            .arg("--password-stdin")
            .stdin(format!("{}\n", secret("redaction-create-pw")))
            .run()
            .expect_code(1);
        assert_redacted(&out.stderr);
        // The rest of the row is still there to say which one it was.
        assert!(out.stderr.contains("root@example.com"), "{}", out.stderr);
    }
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 1, "nothing created");
}

#[test]
fn set_password_refused_by_a_check_prints_the_row_without_the_hash() {
    // A DBA who wants bcrypt only: blogctl asked for argon2id.
    let db = with_check("redact_set_pw", "password NOT LIKE '$argon2%'");
    let before = stored_hashes(&db);
    let out = db
        .blogctl()
        .args(["--password-hash", "argon2id", "users", "set-password"])
        .args([ADMIN_EMAIL, "--password-stdin"])
        .stdin(format!("{}\n", secret("redaction-set-pw")))
        .run()
        .expect_code(1);
    assert_redacted(&out.stderr);
    assert_eq!(stored_hashes(&db), before, "nothing changed");
}

#[test]
fn seed_reset_password_refused_by_a_check_prints_the_row_without_the_hash() {
    let db = with_check("redact_reset", "password NOT LIKE '$argon2%'");
    let before = stored_hashes(&db);
    let out = db
        .blogctl()
        .args(["--password-hash", "argon2id", "seed", "--reset-password"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", secret("redaction-reset-pw"))
        .run()
        .expect_code(1);
    assert_redacted(&out.stderr);
    assert_eq!(stored_hashes(&db), before, "nothing changed");
}
