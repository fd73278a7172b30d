//! Hashes the blog API verifies, checked against an implementation blogctl
//! does not contain: npm `bcrypt` (the package the API hashes and compares
//! with). Every hash blogctl writes passes `bcrypt.compare`; a hash npm
//! bcrypt wrote passes blogctl's own check (`seed` verifies the given
//! password against an existing admin); bcrypt's 72-byte limit is refused,
//! never truncated.

use crate::seed::{ADMIN_EMAIL, BCRYPT_PREFIX, stored_hash};
use crate::util::node::{bcrypt_compare, bcrypt_hash};
use crate::util::{Blogctl, TestDb, secret};

/// `seed` with the admin's email and `password` from the environment.
pub fn seed(db: &TestDb, password: &str) -> Blogctl {
    let mut run = db.blogctl();
    run.arg("seed")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", password);
    run
}

/// What the blog API's log-in does with `password` for the user `email`.
fn api_accepts(db: &TestDb, email: &str, password: &str) -> bool {
    bcrypt_compare(password, &stored_hash(db, email))
}

#[test]
fn npm_bcrypt_verifies_every_hash_blogctl_writes() {
    let db = TestDb::new("bcrypt_npm_verifies");
    let admin_pw = secret("npm-admin-pw");
    // The V4 admin step (migrate), then the demo data (seed --demo).
    db.blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &admin_pw)
        .run()
        .success();
    seed(&db, &admin_pw).arg("--demo").run().success();
    assert!(api_accepts(&db, ADMIN_EMAIL, &admin_pw));
    assert!(!api_accepts(&db, ADMIN_EMAIL, "npm-admin-pW"));
    assert!(api_accepts(&db, "ada@example.com", "demo-password"));
    assert!(!api_accepts(&db, "ada@example.com", "demo-passwore"));

    // users create, with a password of every kind of character.
    let user_pw = secret(" uni\tcode 'é\"😀\\ ");
    db.blogctl()
        .args(["users", "create", "--email", "u@example.com", "--name", "U"])
        .arg("--password-stdin")
        .stdin(format!("{user_pw}\n"))
        .run()
        .success();
    assert!(api_accepts(&db, "u@example.com", &user_pw));
    assert!(!api_accepts(&db, "u@example.com", user_pw.trim()));

    // --reset-password: the old password stops working, the new one works.
    let new_pw = secret("npm-reset-pw");
    seed(&db, &new_pw).arg("--reset-password").run().success();
    assert!(stored_hash(&db, ADMIN_EMAIL).starts_with(BCRYPT_PREFIX));
    assert!(api_accepts(&db, ADMIN_EMAIL, &new_pw));
    assert!(!api_accepts(&db, ADMIN_EMAIL, &admin_pw));

    // setup on a fresh database (its admin comes from the V4 step).
    let fresh = TestDb::new("bcrypt_npm_setup");
    fresh
        .blogctl()
        .args(["setup", "--demo"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &admin_pw)
        .run()
        .success();
    assert!(api_accepts(&fresh, ADMIN_EMAIL, &admin_pw));
    assert!(api_accepts(&fresh, "grace@example.com", "demo-password"));
}

#[test]
fn blogctl_verifies_what_npm_bcrypt_writes() {
    let db = TestDb::migrated("bcrypt_blogctl_verifies");
    let password = secret("made-by-npm-pw");
    seed(&db, &password).run().success();
    // The admin's hash as the blog API writes it (sign-up, insert_admin).
    let npm_hash = bcrypt_hash(&password);
    assert!(npm_hash.starts_with(BCRYPT_PREFIX), "{npm_hash}");
    // The same hash under the other names of the algorithm.
    for stored in [
        npm_hash.clone(),
        npm_hash.replacen("$2b$", "$2a$", 1),
        npm_hash.replacen("$2b$", "$2y$", 1),
    ] {
        db.client()
            .execute(
                "UPDATE users SET password = $1 WHERE email = $2",
                &[&stored, &ADMIN_EMAIL],
            )
            .unwrap();
        let out = seed(&db, &password).run().success();
        assert!(
            out.stderr.contains("its stored password is the one given"),
            "{stored}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("warning"), "{}", out.stderr);
        let out = seed(&db, &secret("made-by-npm-pW")).run().success();
        assert!(
            out.stderr
                .contains("its stored password is not the one given"),
            "{}",
            out.stderr
        );
        assert_eq!(stored_hash(&db, ADMIN_EMAIL), stored, "left as it is");
    }
}

#[test]
fn bcrypt_passwords_longer_than_72_bytes_are_refused_not_truncated() {
    let db = TestDb::migrated("bcrypt_72_bytes");
    // 72 bytes in 36 characters: accepted, and the 72nd byte counts.
    let exactly = secret(&"é".repeat(36));
    assert_eq!(exactly.len(), 72);
    seed(&db, &exactly).run().success();
    assert!(api_accepts(&db, ADMIN_EMAIL, &exactly));
    let last_byte_differs = format!("{}è", "é".repeat(35)); // c3 a9 -> c3 a8
    assert_eq!(last_byte_differs.len(), 72);
    assert!(!api_accepts(&db, ADMIN_EMAIL, &last_byte_differs));
    // Why longer ones are refused: the API's bcrypt ignores byte 73 on.
    assert!(api_accepts(
        &db,
        ADMIN_EMAIL,
        &format!("{exactly}anything at all")
    ));

    // 73 bytes: refused with exit 2, everywhere a password is set.
    let longer = secret(&format!("{exactly}x"));
    let before = stored_hash(&db, ADMIN_EMAIL);
    let out = seed(&db, &longer)
        .arg("--reset-password")
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("the password is 73 bytes long"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("first 72"), "{}", out.stderr);
    assert_eq!(stored_hash(&db, ADMIN_EMAIL), before);
    let out = db
        .blogctl()
        .args([
            "users",
            "create",
            "--email",
            "long@example.com",
            "--name",
            "L",
        ])
        .arg("--password-stdin")
        .stdin(format!("{longer}\n"))
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("73 bytes"), "{}", out.stderr);
    let fresh = TestDb::new("bcrypt_72_setup");
    let out = fresh
        .blogctl()
        .arg("setup")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &longer)
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("73 bytes"), "{}", out.stderr);
    let tables: i64 = fresh
        .client()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0, "setup refused before migrating");
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 1);

    // argon2id reads every byte: the same password is fine there.
    db.blogctl()
        .args([
            "users",
            "create",
            "--email",
            "long@example.com",
            "--name",
            "L",
        ])
        .args(["--password-stdin", "--password-hash", "argon2id"])
        .stdin(format!("{longer}\n"))
        .run()
        .success();
}
