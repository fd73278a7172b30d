//! `--password-hash bcrypt|argon2id` (env `BLOGCTL_PASSWORD_HASH`): the
//! scheme of every hash blogctl writes (seed, --reset-password, setup and
//! its demo data, the V4 admin step, users create), the 72-byte limit of
//! bcrypt, and `seed`'s warning for an admin stored in the other scheme.
//! The blog API's own bcrypt checks the hashes in `interop_bcrypt`.

use crate::seed::{ADMIN_EMAIL, BCRYPT_PREFIX, OWASP_PREFIX, stored_hash, verifies};
use crate::util::{Blogctl, TestDb, secret};

/// Every stored password hash, by email.
fn hashes(db: &TestDb) -> Vec<(String, String)> {
    db.client()
        .query("SELECT email, password FROM users ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

fn seed(db: &TestDb, password: &str) -> Blogctl {
    let mut run = db.blogctl();
    run.arg("seed")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", password);
    run
}

fn users_create(db: &TestDb, email: &str, password: &str) -> Blogctl {
    let mut run = db.blogctl();
    run.args(["users", "create", "--password-stdin", "--name", "U"])
        .args(["--email", email])
        .stdin(format!("{password}\n"));
    run
}

#[test]
fn every_hash_is_bcrypt_cost_10_by_default() {
    let db = TestDb::new("hash_default");
    let admin_pw = secret("default-admin-pw");
    // V4's admin step, the demo data, users create.
    db.blogctl()
        .args(["setup", "--demo"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &admin_pw)
        .run()
        .success();
    let user_pw = secret("default-user-pw");
    users_create(&db, "new@example.com", &user_pw)
        .run()
        .success();
    let all = hashes(&db);
    assert_eq!(all.len(), 6);
    for (email, hash) in &all {
        assert!(hash.starts_with(BCRYPT_PREFIX), "{email}: {hash}");
        assert_eq!(hash.len(), 60, "{email}");
        let password = match email.as_str() {
            ADMIN_EMAIL => admin_pw.as_str(),
            "new@example.com" => user_pw.as_str(),
            _ => "demo-password",
        };
        assert!(verifies(password, hash), "{email}");
    }
    // The demo users share one hash, made at load time (a fresh salt).
    let demo: Vec<&String> = all
        .iter()
        .filter(|(e, _)| e != ADMIN_EMAIL && e != "new@example.com")
        .map(|(_, h)| h)
        .collect();
    assert!(demo.windows(2).all(|w| w[0] == w[1]));
    assert!(
        !include_str!("../../seeds/demo.sql").contains(demo[0].as_str()),
        "the demo hash is made when loading, not read from the file"
    );
}

#[test]
fn argon2id_on_request_by_flag_or_environment() {
    let db = TestDb::new("hash_argon2id");
    let admin_pw = secret("argon-admin-pw");
    db.blogctl()
        .args(["--password-hash", "argon2id", "migrate"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &admin_pw)
        .run()
        .success();
    db.blogctl()
        .args(["seed", "--demo", "--password-hash=argon2id"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &admin_pw)
        .run()
        .success();
    let user_pw = secret("argon-user-pw");
    users_create(&db, "new@example.com", &user_pw)
        .env("BLOGCTL_PASSWORD_HASH", "argon2id")
        .run()
        .success();
    for (email, hash) in hashes(&db) {
        assert!(hash.starts_with(OWASP_PREFIX), "{email}: {hash}");
    }
    assert!(verifies(&admin_pw, &stored_hash(&db, ADMIN_EMAIL)));
    assert!(verifies(&user_pw, &stored_hash(&db, "new@example.com")));
    assert!(verifies(
        "demo-password",
        &stored_hash(&db, "ada@example.com")
    ));
    // The flag wins over the environment.
    let reset_pw = secret("argon-reset-pw");
    seed(&db, &reset_pw)
        .args(["--reset-password", "--password-hash", "bcrypt"])
        .env("BLOGCTL_PASSWORD_HASH", "argon2id")
        .run()
        .success();
    assert!(stored_hash(&db, ADMIN_EMAIL).starts_with(BCRYPT_PREFIX));
}

#[test]
fn an_unknown_scheme_is_a_usage_error() {
    let db = TestDb::migrated("hash_unknown");
    for run in [
        seed(&db, "long-enough-pw").args(["--password-hash", "md5"]),
        seed(&db, "long-enough-pw").env("BLOGCTL_PASSWORD_HASH", "scrypt"),
    ] {
        let out = run.run().expect_code(2);
        assert!(out.stderr.contains("bcrypt, argon2id"), "{}", out.stderr);
    }
    assert!(hashes(&db).is_empty());
}

#[test]
fn seed_warns_about_an_admin_stored_in_the_other_scheme() {
    let db = TestDb::migrated("hash_other_scheme");
    let password = secret("other-scheme-pw");
    seed(&db, &password)
        .env("BLOGCTL_PASSWORD_HASH", "argon2id")
        .run()
        .success();
    // bcrypt is what blogctl now writes: the argon2id admin gets a warning
    // naming the way out, and is left as it is.
    let before = stored_hash(&db, ADMIN_EMAIL);
    let out = seed(&db, &password).run().success();
    assert!(
        out.stderr.contains(
            "blogctl: warning: the admin admin@example.com (id 1) has its password stored as \
             an argon2id hash, not bcrypt"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("blogctl seed --reset-password"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("its stored password is the one given"),
        "{}",
        out.stderr
    );
    assert_eq!(stored_hash(&db, ADMIN_EMAIL), before);
    // setup seeds too, and says the same.
    let out = db
        .blogctl()
        .arg("setup")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &password)
        .run()
        .success();
    assert!(out.stderr.contains("--reset-password"), "{}", out.stderr);
    // --reset-password moves it to bcrypt; then no warning.
    seed(&db, &password).arg("--reset-password").run().success();
    assert!(stored_hash(&db, ADMIN_EMAIL).starts_with(BCRYPT_PREFIX));
    let out = seed(&db, &password).run().success();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    // And the other way round.
    let out = seed(&db, &password)
        .args(["--password-hash", "argon2id"])
        .run()
        .success();
    assert!(
        out.stderr.contains("stored as a bcrypt hash, not argon2id"),
        "{}",
        out.stderr
    );
    // A different password: said, not changed.
    let out = seed(&db, &secret("not-the-admin-pw")).run().success();
    assert!(
        out.stderr
            .contains("its stored password is not the one given"),
        "{}",
        out.stderr
    );
}

#[test]
fn seed_warns_about_a_hash_blogctl_cannot_read_without_printing_it() {
    let db = TestDb::migrated("hash_unreadable");
    let password = secret("unreadable-pw");
    seed(&db, &password).run().success();
    for (stored, says) in [
        // A plain password someone wrote by hand: never echoed.
        ("plain-text-in-the-column", "neither bcrypt nor argon2id"),
        (
            "$pbkdf2-sha256$29000$N2ZMSSkFYCxFKGXsPcf4vw$abc",
            "`$pbkdf2-sha256$` hash",
        ),
    ] {
        db.client()
            .execute(
                "UPDATE users SET password = $1 WHERE email = $2",
                &[&stored, &ADMIN_EMAIL],
            )
            .unwrap();
        let out = seed(&db, &password).run().success();
        assert!(out.stderr.contains(says), "{}", out.stderr);
        assert!(out.stderr.contains("--reset-password"), "{}", out.stderr);
        assert!(!out.stderr.contains("plain-text"), "{}", out.stderr);
        assert!(!out.stderr.contains("N2ZMSSkF"), "{}", out.stderr);
    }
}

#[test]
fn the_no_secrets_check_sees_every_scheme() {
    use crate::util::contains_hash;
    for hash in [
        "$2b$10$NqjKli5RiM/YsEHnF8124O./pjKM9WtG0DUVWAtElc8uNljMszuKu",
        "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
        "x $2y$12$abc",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
    ] {
        assert!(contains_hash(hash), "{hash}");
    }
    // Naming a scheme is not printing a hash.
    assert!(!contains_hash("bcrypt ($2b$, cost 10)"));
}
