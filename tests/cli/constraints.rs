//! Constraints blogctl did not create (a DBA's, a newer blog API's): only
//! the unique violation on `users.email` means "a user with this email
//! exists"; any other is the database's own error, naming its constraint.

use crate::articles_update::demo;
use crate::util::secret;

#[test]
fn only_the_email_constraint_means_the_email_is_taken() {
    let db = demo("unique_name_constraint");
    db.client()
        .batch_execute("ALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE (name)")
        .unwrap();
    let users = || -> i64 {
        db.client()
            .query_one("SELECT count(*) FROM users", &[])
            .unwrap()
            .get(0)
    };
    let before = users();
    let out = db
        .blogctl()
        .args(["users", "create", "--email", "new@example.com"])
        .args(["--name", "Ada Lovelace", "--password-stdin"])
        .stdin(format!("{}\n", secret("unique-name-pw")))
        .run()
        .expect_code(1);
    assert!(
        out.stderr.starts_with(
            "blogctl: error: cannot create the user new@example.com: duplicate key value \
             violates unique constraint \"users_name_key\" (SQLSTATE 23505)"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("already exists: choose another email"));
    assert_eq!(users(), before);

    // users update: the name clashes, the email is not even changed.
    let out = db
        .blogctl()
        .args([
            "users",
            "update",
            "grace@example.com",
            "--name",
            "Ada Lovelace",
        ])
        .run()
        .expect_code(1);
    assert!(
        out.stderr
            .contains("violates unique constraint \"users_name_key\""),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("a user with email"), "{}", out.stderr);

    // The email's own constraint still says what to do.
    let out = db
        .blogctl()
        .args(["users", "update", "grace@example.com"])
        .args(["--email", "ada@example.com"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr.starts_with(
            "blogctl: error: a user with email ada@example.com already exists: choose another \
             email"
        ),
        "{}",
        out.stderr
    );
    // Also under another name (a unique index a DBA made on the column).
    db.client()
        .batch_execute(
            "ALTER TABLE users DROP CONSTRAINT users_email_key;
             CREATE UNIQUE INDEX users_email_unique ON users (email)",
        )
        .unwrap();
    let out = db
        .blogctl()
        .args(["users", "create", "--email", "ada@example.com"])
        .args(["--name", "Another Ada", "--password-stdin"])
        .stdin(format!("{}\n", secret("unique-name-pw")))
        .run()
        .expect_code(1);
    assert!(
        out.stderr
            .starts_with("blogctl: error: a user with email ada@example.com already exists"),
        "{}",
        out.stderr
    );
    assert_eq!(users(), before);
}
