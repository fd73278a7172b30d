//! `users update`: email, name and address in one transaction, the user
//! printed in every format, addresses created, changed, emptied and
//! removed without orphans, refusals that change nothing (a taken email,
//! also one taken meanwhile), hostile strings, PgBouncer.

use serde_json::{Value, json};

use crate::util::race::{start, wait_until_blocked};
use crate::util::{Blogctl, Output, TestDb, pgbouncer::pgbouncer};

/// A migrated database with the demo data: users 1 ada (address 1),
/// 2 grace (address 2), 3 linus (none), 4 margaret (address 3).
fn demo(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.client()
        .batch_execute(include_str!("../../seeds/demo.sql"))
        .unwrap();
    db
}

fn update(db: &TestDb, args: &[&str]) -> Output {
    db.blogctl().args(["users", "update"]).args(args).run()
}

fn json(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", out.stdout))
}

/// Every user with their address, and every address row: what "nothing
/// changed" compares (orphan addresses included).
fn state(db: &TestDb) -> (Vec<String>, Vec<String>) {
    let mut client = db.client();
    let users = client
        .query(
            "SELECT format('%s|%s|%s|%s', id, email, name, address_id) \
             FROM users ORDER BY id",
            &[],
        )
        .unwrap();
    let addresses = client
        .query(
            "SELECT format('%s|%s|%s|%s', id, street, city, country) FROM addresses ORDER BY id",
            &[],
        )
        .unwrap();
    (
        users.iter().map(|r| r.get(0)).collect(),
        addresses.iter().map(|r| r.get(0)).collect(),
    )
}

fn address_count(db: &TestDb) -> i64 {
    db.client()
        .query_one("SELECT count(*) FROM addresses", &[])
        .unwrap()
        .get(0)
}

#[test]
fn update_prints_the_user_in_every_format() {
    let db = demo("users_update_formats");
    let out = update(&db, &["2", "--name", "Grace B. Hopper"]).success();
    insta::assert_snapshot!("users_update_name_table", out.stdout);
    assert_eq!(out.stderr, "updated user 2\n");
    let out = update(
        &db,
        &[
            "grace@example.com",
            "--email",
            "grace.hopper@example.com",
            "--format",
            "json",
        ],
    )
    .success();
    insta::assert_snapshot!("users_update_email_json", out.stdout);
    let out = update(
        &db,
        &[
            "grace.hopper@example.com",
            "--city",
            "New York",
            "--format",
            "csv",
        ],
    )
    .success();
    insta::assert_snapshot!("users_update_city_csv", out.stdout);
    let shown = json(
        &db.blogctl()
            .args(["users", "show", "2", "--format", "json"])
            .run()
            .success(),
    );
    assert_eq!(
        shown,
        json!({"id": 2, "email": "grace.hopper@example.com", "name": "Grace B. Hopper",
            "address": {"id": 2, "street": "1 Navy Way, Apt \"B\"", "city": "New York",
                "country": "USA"}})
    );
}

#[test]
fn address_fields_create_change_clear_and_remove_the_address() {
    let db = demo("users_update_address");
    assert_eq!(address_count(&db), 3);
    // Linus has none: a field creates one.
    let out = update(&db, &["3", "--city", "Portland", "--format", "json"]).success();
    assert_eq!(out.stderr, "updated user 3 and gave them an address\n");
    let address = &json(&out)["address"];
    assert_eq!(address["city"], "Portland");
    assert_eq!(
        (address["street"].clone(), address["country"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(address_count(&db), 4);
    // Given empty clears a field; the others stay.
    let out = update(
        &db,
        &["1", "--street", "", "--country", "UK", "--format", "json"],
    )
    .success();
    assert_eq!(
        json(&out)["address"],
        json!({"id": 1, "street": null, "city": "London", "country": "UK"})
    );
    // Every field emptied: no address, and no row left behind.
    let out = update(
        &db,
        &["1", "--city", "", "--country", "", "--format", "json"],
    )
    .success();
    assert_eq!(json(&out)["address"], Value::Null);
    assert_eq!(
        out.stderr,
        "updated user 1 and removed their address (every field of it empty)\n"
    );
    assert_eq!(address_count(&db), 3);
    // --no-address removes it with its row, as `users delete` does.
    let out = update(
        &db,
        &["margaret@example.com", "--no-address", "--format", "json"],
    )
    .success();
    assert_eq!(json(&out)["address"], Value::Null);
    assert_eq!(out.stderr, "updated user 4 and removed their address\n");
    assert_eq!(address_count(&db), 2);
    // Nothing to remove, nothing to create: still fine, nothing added.
    update(&db, &["4", "--no-address"]).success();
    update(&db, &["4", "--street", ""]).success();
    assert_eq!(address_count(&db), 2);
    let orphans: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM addresses a WHERE NOT EXISTS \
             (SELECT 1 FROM users u WHERE u.address_id = a.id)",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(orphans, 0);
}

#[test]
fn refusals_change_nothing() {
    let db = demo("users_update_refusals");
    let before = state(&db);
    let long_email = format!("{}@example.com", "a".repeat(5000));
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["2"],
            2,
            "the following required arguments were not provided",
        ),
        (
            &["2", "--no-address", "--city", "X"],
            2,
            "cannot be used with",
        ),
        (
            &["2", "--email", "not-an-email"],
            2,
            "`not-an-email` is not an email address (--email)",
        ),
        (
            &["2", "--email", &long_email],
            2,
            "the email address (--email) is 5012 characters long; at most 254",
        ),
        (&["2", "--name", "  "], 2, "the name is empty"),
        (&["0", "--name", "X"], 2, "is not a user id"),
        (&["99", "--name", "X"], 1, "no user 99"),
        (
            &["nobody@example.com", "--name", "X"],
            1,
            "no user nobody@example.com",
        ),
        // Taken: nothing else of the same call is applied either.
        (
            &[
                "2",
                "--email",
                "ada@example.com",
                "--name",
                "Changed",
                "--city",
                "Changed",
            ],
            1,
            "a user with email ada@example.com already exists",
        ),
    ];
    for (args, code, says) in cases {
        let out = update(&db, args).expect_code(*code);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert!(
            !out.stderr.contains(&"a".repeat(300)),
            "a huge email echoed"
        );
        assert_eq!(out.stdout, "", "{args:?}");
    }
    assert_eq!(state(&db), before);
    // The length is checked before connecting: no server is needed.
    let out = Blogctl::new()
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .args(["users", "update", "2", "--email", &long_email])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("characters long"), "{}", out.stderr);
    // Its own email again is no conflict.
    update(&db, &["2", "--email", "grace@example.com"]).success();
    assert_eq!(state(&db), before);
}

#[test]
fn an_email_taken_meanwhile_changes_nothing() {
    let db = demo("users_update_email_race");
    let before = state(&db);
    let mut other = db.client();
    let mut tx = other.transaction().unwrap();
    tx.execute(
        "INSERT INTO users (email, name, password) VALUES ('taken@example.com', 'Other', 'x')",
        &[],
    )
    .unwrap();
    let mut run = db.blogctl();
    run.args([
        "users",
        "update",
        "3",
        "--name",
        "Changed",
        "--email",
        "taken@example.com",
        "--street",
        "Changed",
    ]);
    // blogctl's unique check waits for the other session's insert.
    let mut running = start(&run);
    wait_until_blocked(&db, &mut running);
    tx.commit().unwrap();
    let out = running.wait_with_output().expect_code(1);
    assert_eq!(
        out.stderr,
        "blogctl: error: a user with email taken@example.com already exists: choose another \
         email, or see that user with `blogctl users show taken@example.com`\n"
    );
    let (users, addresses) = state(&db);
    assert_eq!(users[..4], before.0[..]);
    assert_eq!(addresses, before.1);

    // The same race, lost by the other session: blogctl's change goes in.
    let mut tx = other.transaction().unwrap();
    tx.execute(
        "INSERT INTO users (email, name, password) VALUES ('free@example.com', 'Other', 'x')",
        &[],
    )
    .unwrap();
    let mut run = db.blogctl();
    run.args(["users", "update", "3", "--email", "free@example.com"]);
    let mut running = start(&run);
    wait_until_blocked(&db, &mut running);
    tx.rollback().unwrap();
    running.wait_with_output().success();
}

#[test]
fn hostile_strings_round_trip_byte_for_byte() {
    let db = demo("users_update_hostile");
    let values = [
        "O'Brien \"the\" 3rd",
        "'; DROP TABLE users; --",
        "Zoë \u{1F600} 日本語 \u{1F469}\u{200D}\u{1F4BB}",
        "tab\tCR\rLF\nESC\u{1b}]0;x\u{7} DEL\u{7f} RLO\u{202e}",
        "%_\\ $1 $$",
    ];
    for value in values {
        // As long as a street may be (255 characters, the model's rules).
        let long: String = value.repeat(100).chars().take(255).collect();
        let out = update(
            &db,
            &[
                "3",
                "--name",
                value,
                "--street",
                &long,
                "--city",
                value,
                "--country",
                value,
                "--format",
                "json",
            ],
        )
        .success();
        let user = json(&out);
        assert_eq!(user["name"], value);
        assert_eq!(user["address"]["street"].as_str(), Some(long.as_str()));
        assert_eq!(user["address"]["city"], value);
        let row = db
            .client()
            .query_one(
                "SELECT u.name, a.street, a.city, a.country FROM users u \
                 JOIN addresses a ON a.id = u.address_id WHERE u.id = 3",
                &[],
            )
            .unwrap();
        let stored: (String, String, String, String) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        assert_eq!(
            stored,
            (value.into(), long.clone(), value.into(), value.into())
        );
        // The table shows control characters escaped, never raw.
        let out = db.blogctl().args(["users", "show", "3"]).run().success();
        assert!(!out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{202e}'));
    }
    let out = update(
        &db,
        &[
            "3",
            "--email",
            "o'brien+tag@example.com",
            "--format",
            "json",
        ],
    )
    .success();
    assert_eq!(json(&out)["email"], "o'brien+tag@example.com");
    assert_eq!(address_count(&db), 4);
}

#[test]
fn update_works_through_pgbouncer_transaction_pooling() {
    let db = demo("users_update_pgbouncer");
    db.client()
        .batch_execute(
            "INSERT INTO users (email, name, password) \
             SELECT 'pool' || n || '@example.com', 'Pool ' || n, 'x' FROM generate_series(1, 12) n",
        )
        .unwrap();
    let url = pgbouncer().url(&db.name);
    let mut running = Vec::new();
    for n in 1..=12 {
        let mut run = db.blogctl();
        run.env("DATABASE_URL", &url).args([
            "users".to_string(),
            "update".into(),
            format!("pool{n}@example.com"),
            "--email".into(),
            format!("pooled{n}@example.com"),
            "--city".into(),
            format!("City {n}"),
        ]);
        let child = start(&run);
        running.push((run, child));
    }
    for (_run, child) in running {
        child.wait_with_output().success();
    }
    let moved: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM users u JOIN addresses a ON a.id = u.address_id \
             WHERE u.email LIKE 'pooled%' AND a.city LIKE 'City %'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(moved, 12);
    // A taken email through the pooler: refused, nothing changed.
    let before = state(&db);
    let out = db
        .blogctl()
        .env("DATABASE_URL", &url)
        .args([
            "users",
            "update",
            "pooled1@example.com",
            "--email",
            "pooled2@example.com",
            "--no-address",
        ])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert_eq!(state(&db), before);
}
