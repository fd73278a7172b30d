//! `blogctl users create|list|show|delete`: atomic user + address,
//! duplicate emails, hostile strings byte for byte, the three formats,
//! confirmation and article reassignment, PgBouncer.

use serde_json::{Value, json};

use crate::seed::{ADMIN_EMAIL, stored_hash, verifies};
use crate::util::process::run_on_terminal;
use crate::util::{Blogctl, TestDb, pgbouncer::pgbouncer, secret};

fn count(db: &TestDb, table: &str) -> i64 {
    db.client()
        .query_one(&format!("SELECT count(*) FROM {table}"), &[])
        .unwrap()
        .get(0)
}

/// `blogctl users create` with the password on stdin.
fn create(db: &TestDb, email: &str, name: &str, password: &str) -> Blogctl {
    let mut run = db.blogctl();
    run.args([
        "users",
        "create",
        "--password-stdin",
        "--email",
        email,
        "--name",
        name,
    ])
    .stdin(format!("{password}\n"));
    run
}

/// A migrated database with the admin (id 1) and the demo data (ids 2-5).
fn demo_db(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.blogctl()
        .args(["seed", "--demo"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", secret("users-demo-admin-pw"))
        .run()
        .success();
    db
}

fn json_of(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[test]
fn create_makes_the_user_and_the_address_and_prints_them() {
    let db = TestDb::migrated("users_create");
    let password = secret("users-create-pw");
    let out = create(&db, "ann@example.com", "Ann", &password)
        .args([
            "--street",
            "1 Main St",
            "--city",
            "Oslo",
            "--country",
            "Norway",
        ])
        .args(["--format", "json"])
        .run()
        .success();
    assert!(out.stderr.contains("created user 1"), "{}", out.stderr);
    assert_eq!(
        json_of(&out.stdout),
        json!({"id": 1, "email": "ann@example.com", "name": "Ann",
               "address": {"id": 1, "street": "1 Main St", "city": "Oslo", "country": "Norway"}})
    );
    let hash = stored_hash(&db, "ann@example.com");
    assert!(hash.starts_with(crate::seed::BCRYPT_PREFIX), "{hash}");
    assert!(verifies(&password, &hash));
    // A partial address is an address; the missing fields are null.
    let out = create(&db, "bob@example.com", "Bob", &password)
        .args(["--city", "Bergen", "--street", "", "--format", "json"])
        .run()
        .success();
    assert_eq!(
        json_of(&out.stdout)["address"],
        json!({"id": 2, "street": null, "city": "Bergen", "country": null})
    );
}

#[test]
fn an_address_with_every_field_empty_is_no_address() {
    let db = TestDb::migrated("users_no_address");
    let password = secret("users-no-address-pw");
    let out = create(&db, "ann@example.com", "Ann", &password)
        .args([
            "--street",
            "",
            "--city",
            "",
            "--country",
            "",
            "--format",
            "json",
        ])
        .run()
        .success();
    assert_eq!(json_of(&out.stdout)["address"], Value::Null);
    create(&db, "bob@example.com", "Bob", &password)
        .run()
        .success();
    assert_eq!(count(&db, "addresses"), 0);
    assert_eq!(count(&db, "users"), 2);
}

#[test]
fn a_duplicate_email_exits_1_naming_it_and_leaves_no_orphan_address() {
    let db = TestDb::migrated("users_duplicate");
    let password = secret("users-duplicate-pw");
    create(&db, "dup@example.com", "First", &password)
        .args(["--city", "Paris"])
        .run()
        .success();
    let out = create(&db, "dup@example.com", "Second", &password)
        .args(["--street", "2 Rue", "--city", "Lyon", "--country", "France"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr
            .contains("a user with email dup@example.com already exists"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    assert_eq!(count(&db, "users"), 1);
    assert_eq!(count(&db, "addresses"), 1, "an orphan address was left");
}

#[test]
fn hostile_strings_round_trip_byte_for_byte() {
    let db = TestDb::migrated("users_hostile");
    let email = "o'brien;\"x\"\\y😀@exa'mple.com";
    let name = "'; DROP TABLE users; -- \"quoted\" \\back\\slash; 😀 Zoë";
    let street = "'; DROP TABLE users; --";
    let city = "C:\\path\\to; \"city\" 'x'";
    let country = "🇳🇴 Norge; --";
    let out = create(&db, email, name, &secret("users-hostile-pw"))
        .args(["--street", street, "--city", city, "--country", country])
        .run()
        .success();
    assert!(out.stdout.contains("DROP TABLE"), "{}", out.stdout);
    let expected = json!({"id": 1, "email": email, "name": name,
        "address": {"id": 1, "street": street, "city": city, "country": country}});
    for key in ["1", email] {
        let out = db
            .blogctl()
            .args(["users", "show", key, "--format", "json"])
            .run()
            .success();
        assert_eq!(json_of(&out.stdout), expected);
    }
    let out = db
        .blogctl()
        .args(["users", "list", "--format", "csv"])
        .run()
        .success();
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        row.iter().collect::<Vec<_>>(),
        ["1", email, name, "1", street, city, country]
    );
    let stored: (String, String) = {
        let row = db
            .client()
            .query_one("SELECT email, name FROM users", &[])
            .unwrap();
        (row.get(0), row.get(1))
    };
    assert_eq!(stored, (email.to_string(), name.to_string()));
    assert_eq!(count(&db, "users"), 1, "the users table is still there");
}

#[test]
fn invalid_input_exits_2_and_writes_nothing() {
    let db = TestDb::migrated("users_invalid");
    let password = secret("users-invalid-pw");
    let out = create(&db, "not-an-email", "Ann", &password)
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("not an email address"),
        "{}",
        out.stderr
    );
    let out = create(&db, "ann@example.com", " ", &password)
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("name is empty"), "{}", out.stderr);
    let out = create(&db, "ann@example.com", "Ann", "short")
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("at least 8 characters"),
        "{}",
        out.stderr
    );
    // A NUL byte can only arrive through standard input.
    let out = db
        .blogctl()
        .args([
            "users",
            "create",
            "--password-stdin",
            "--email",
            "ann@example.com",
        ])
        .args(["--name", "Ann"])
        .stdin(&b"long\0enough-password\n"[..])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("NUL"), "{}", out.stderr);
    // No --password-stdin and no terminal: refused at once.
    let out = db
        .blogctl()
        .args([
            "users",
            "create",
            "--email",
            "ann@example.com",
            "--name",
            "Ann",
        ])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("--password-stdin"), "{}", out.stderr);
    assert!(out.stderr.contains("terminal"), "{}", out.stderr);
    assert_eq!(count(&db, "users"), 0);
    assert_eq!(count(&db, "addresses"), 0);
}

#[test]
fn list_snapshots_of_the_demo_data() {
    let db = demo_db("users_list_snap");
    for format in ["table", "json", "csv"] {
        let out = db
            .blogctl()
            .args(["users", "list", "--format", format])
            .run()
            .success();
        assert_eq!(out.stderr, "");
        insta::assert_snapshot!(format!("users_list_{format}"), out.stdout);
    }
}

#[test]
fn show_by_id_or_email_in_each_format() {
    let db = demo_db("users_show");
    let by_email = db
        .blogctl()
        .args(["users", "show", "linus@example.com", "--format", "json"])
        .run()
        .success();
    assert_eq!(
        json_of(&by_email.stdout),
        json!({"id": 4, "email": "linus@example.com", "name": "Linus Torvalds", "address": null})
    );
    let by_id = db.blogctl().args(["users", "show", "2"]).run().success();
    insta::assert_snapshot!("users_show_table", by_id.stdout);
    let csv = db
        .blogctl()
        .args(["users", "show", "3", "--format", "csv"])
        .run()
        .success();
    insta::assert_snapshot!("users_show_csv", csv.stdout);
    let out = db
        .blogctl()
        .args(["users", "show", "99"])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("no user 99"), "{}", out.stderr);
    let out = db
        .blogctl()
        .args(["users", "show", "nobody@example.com"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("no user nobody@example.com"),
        "{}",
        out.stderr
    );
    db.blogctl()
        .args(["users", "show", "0"])
        .run()
        .expect_code(2);
}

#[test]
fn list_on_an_empty_database_prints_an_empty_array() {
    let db = TestDb::migrated("users_list_empty");
    let out = db
        .blogctl()
        .args(["users", "list", "--format", "json"])
        .run()
        .success();
    assert_eq!(json_of(&out.stdout), json!([]));
}

#[test]
fn delete_removes_the_user_and_their_address() {
    let db = TestDb::migrated("users_delete");
    create(&db, "ann@example.com", "Ann", &secret("users-delete-pw"))
        .args(["--city", "Oslo"])
        .run()
        .success();
    let out = db
        .blogctl()
        .args(["users", "delete", "ann@example.com", "--yes"])
        .run()
        .success();
    assert!(
        out.stderr.contains("deleted user 1 and their address"),
        "{}",
        out.stderr
    );
    assert_eq!(count(&db, "users"), 0);
    assert_eq!(count(&db, "addresses"), 0);
    let out = db
        .blogctl()
        .args(["users", "delete", "1", "-y"])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("no user 1"), "{}", out.stderr);
}

/// Like `articles delete` (and psql's DELETE ... RETURNING): the deleted
/// user in the chosen format on stdout, the summary on stderr; -q leaves
/// only the record.
#[test]
fn delete_prints_the_deleted_user_in_every_format() {
    let db = demo_db("users_delete_prints");
    let delete = |user: &str, extra: &[&str]| {
        db.blogctl()
            .args(["users", "delete", user, "--yes"])
            .args(extra)
            .run()
            .success()
    };
    let out = delete(
        "ada@example.com",
        &["--format", "json", "--reassign-articles-to", "1"],
    );
    assert_eq!(
        json_of(&out.stdout),
        json!({"id": 2, "email": "ada@example.com", "name": "Ada Lovelace",
               "address": {"id": 1, "street": "12 St James's Square", "city": "London",
                           "country": "United Kingdom"}})
    );
    assert_eq!(
        out.stderr,
        "deleted user 2 and their address; moved 1 articles to user 1\n"
    );
    let out = delete(
        "linus@example.com",
        &["--format", "csv", "--reassign-articles-to", "1"],
    );
    assert_eq!(
        out.stdout,
        "id,email,name,address_id,street,city,country\n4,linus@example.com,Linus Torvalds,,,,\n"
    );
    let out = delete("3", &["--reassign-articles-to", "1"]);
    assert!(
        out.stdout
            .starts_with("id      | 3\nemail   | grace@example.com\n"),
        "{}",
        out.stdout
    );
    assert!(out.stderr.starts_with("deleted user 3 and their address"));
    let out = delete(
        "5",
        &["-q", "--reassign-articles-to", "1", "--format", "json"],
    );
    assert_eq!(out.stderr, "");
    assert_eq!(json_of(&out.stdout)["email"], "margaret@example.com");
}

#[test]
fn delete_without_a_terminal_needs_yes() {
    let db = demo_db("users_delete_no_yes");
    let out = db
        .blogctl()
        .args(["users", "delete", "4"])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert_eq!(count(&db, "users"), 5);
}

#[test]
fn delete_refuses_an_author_and_reassigns_in_one_transaction() {
    let db = demo_db("users_delete_author");
    // Grace (id 3) wrote two demo articles and has an address.
    let out = db
        .blogctl()
        .args(["users", "delete", "grace@example.com", "--yes"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("still authors 2 articles"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--reassign-articles-to"),
        "{}",
        out.stderr
    );
    assert_eq!(count(&db, "users"), 5);
    // An heir who does not exist: nothing moves, nothing is deleted.
    let out = db
        .blogctl()
        .args([
            "users",
            "delete",
            "3",
            "--yes",
            "--reassign-articles-to",
            "42",
        ])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("no user 42"), "{}", out.stderr);
    // The user themself as heir.
    db.blogctl()
        .args([
            "users",
            "delete",
            "3",
            "--yes",
            "--reassign-articles-to",
            "grace@example.com",
        ])
        .run()
        .expect_code(2);
    db.blogctl()
        .args([
            "users",
            "delete",
            "3",
            "--yes",
            "--reassign-articles-to",
            "3",
        ])
        .run()
        .expect_code(2);
    let grace_articles: i64 = db
        .client()
        .query_one("SELECT count(*) FROM articles WHERE author_id = 3", &[])
        .unwrap()
        .get(0);
    assert_eq!(grace_articles, 2);
    let out = db
        .blogctl()
        .args([
            "users",
            "delete",
            "3",
            "--yes",
            "--reassign-articles-to",
            "ada@example.com",
        ])
        .run()
        .success();
    assert!(
        out.stderr.contains("moved 2 articles to user 2"),
        "{}",
        out.stderr
    );
    let ada_articles: i64 = db
        .client()
        .query_one("SELECT count(*) FROM articles WHERE author_id = 2", &[])
        .unwrap()
        .get(0);
    assert_eq!(ada_articles, 3);
    assert_eq!(count(&db, "articles"), 6);
    assert_eq!(count(&db, "users"), 4);
    assert_eq!(count(&db, "addresses"), 2, "Grace's address went with her");
}

#[test]
fn users_commands_work_through_pgbouncer_transaction_pooling() {
    let db = demo_db("users_pgbouncer");
    let url = pgbouncer().url(&db.name);
    let password = secret("users-pgbouncer-pw");
    // Several processes at once share PgBouncer's few server connections.
    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut run = create(&db, &format!("pool{i}@example.com"), "Pool", &password);
            run.env("DATABASE_URL", &url).args(["--city", "Pooltown"]);
            std::thread::spawn(move || run.run())
        })
        .collect();
    let lists: Vec<_> = (0..4)
        .map(|_| {
            let mut run = db.blogctl();
            run.env("DATABASE_URL", &url)
                .args(["users", "list", "--format", "json"]);
            std::thread::spawn(move || run.run())
        })
        .collect();
    for child in children.into_iter().chain(lists) {
        child.join().unwrap().success();
    }
    let out = create(&db, "pool0@example.com", "Again", &password)
        .env("DATABASE_URL", &url)
        .args(["--city", "Orphan"])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert_eq!(count(&db, "addresses"), 3 + 8);
    let out = db
        .blogctl()
        .env("DATABASE_URL", &url)
        .args(["users", "show", "pool3@example.com", "--format", "json"])
        .run()
        .success();
    assert_eq!(json_of(&out.stdout)["address"]["city"], "Pooltown");
    db.blogctl()
        .env("DATABASE_URL", &url)
        .args([
            "users",
            "delete",
            "5",
            "--yes",
            "--reassign-articles-to",
            "1",
        ])
        .run()
        .success();
    db.blogctl()
        .env("DATABASE_URL", &url)
        .args(["users", "delete", "pool3@example.com", "--yes"])
        .run()
        .success();
    assert_eq!(count(&db, "users"), 5 + 8 - 2);
    assert_eq!(count(&db, "addresses"), 3 + 8 - 2);
}

#[test]
fn delete_asks_on_a_terminal() {
    let db = demo_db("users_delete_confirm");
    let mut run = db.blogctl();
    run.args([
        "users",
        "delete",
        "margaret@example.com",
        "--reassign-articles-to",
        "1",
    ]);
    let (code, screen) = run_on_terminal(&run, "n\n");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("Delete user 5 margaret@example.com (Margaret Hamilton) and their address"),
        "{screen}"
    );
    assert!(
        screen.contains("giving their 2 articles to the user 1"),
        "{screen}"
    );
    // A choice, not an error: said without the `error:` prefix (exit 1).
    assert!(screen.contains("nothing was deleted"), "{screen}");
    assert!(!screen.contains("error"), "{screen}");
    assert_eq!(count(&db, "users"), 5);
    let (code, screen) = run_on_terminal(&run, "y\n");
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("deleted user 5"), "{screen}");
    assert_eq!(count(&db, "users"), 4);
    assert_eq!(count(&db, "addresses"), 2);
}

#[test]
fn create_asks_for_the_password_on_a_terminal() {
    let db = TestDb::migrated("users_create_prompt");
    let mut run = db.blogctl();
    run.args([
        "users",
        "create",
        "--email",
        "tty@example.com",
        "--name",
        "Tty",
    ]);
    let (code, screen) = run_on_terminal(&run, "tty-password-1\ntty-password-1\n");
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Password for the user tty@example.com"),
        "{screen}"
    );
    assert!(verifies(
        "tty-password-1",
        &stored_hash(&db, "tty@example.com")
    ));
}
