//! Adoption of databases the blog API's own migrator (Kysely) created: the
//! states after its 3rd, 4th and 5th migration, built here with the blog
//! API's equivalent SQL and its `kysely_migration` table.

use crate::migrate::version;
use crate::util::{TestDb, secret};

pub const NAMES: [&str; 5] = [
    "20230806213313_add_articles_table",
    "20230813165809_add_users_table",
    "20230813192709_add_addresses_table",
    "20230817223154_insert_admin",
    "20230817230950_add_author_id",
];

const API_ADMIN_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$YXBpc2FsdHNhbHQ$YXBpaGFzaGFwaWhhc2g";

/// The blog API's migrations, as it runs them.
fn blog_api_step(step: usize) -> String {
    match step {
        1 => "CREATE TABLE articles (id serial PRIMARY KEY, title text NOT NULL, article_content text NOT NULL)".into(),
        2 => "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL, password text NOT NULL)".into(),
        3 => "CREATE TABLE addresses (id serial PRIMARY KEY, street text, city text, country text);
              ALTER TABLE users ADD COLUMN address_id integer UNIQUE REFERENCES addresses (id)".into(),
        4 => format!("INSERT INTO users (email, name, password) VALUES ('api-admin@example.com', 'Admin', '{API_ADMIN_HASH}')"),
        // The four steps: nullable column, UPDATE every row, SET NOT NULL.
        5 => "ALTER TABLE articles ADD COLUMN author_id integer REFERENCES users (id);
              UPDATE articles SET author_id = (SELECT id FROM users WHERE email = 'api-admin@example.com');
              ALTER TABLE articles ALTER COLUMN author_id SET NOT NULL".into(),
        _ => unreachable!(),
    }
}

/// `2023-08-06T21:33:13.512Z`, as JavaScript's `Date.toISOString()` writes.
pub fn is_iso_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 24
        && text.ends_with('Z')
        && b[10] == b'T'
        && b[19] == b'.'
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'.',
            23 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

fn timestamp_of(step: usize) -> String {
    format!("2023-08-2{step}T10:00:00.12{step}Z")
}

/// A database as the blog API leaves it after `steps` migrations, with
/// three articles written after its first.
pub fn blog_api_database(tag: &str, steps: usize) -> TestDb {
    let db = TestDb::new(tag);
    let mut c = db.client();
    c.batch_execute(
        "CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL);
         CREATE TABLE kysely_migration_lock (id varchar(255) NOT NULL PRIMARY KEY, is_locked integer NOT NULL DEFAULT 0);
         INSERT INTO kysely_migration_lock VALUES ('migration_lock', 0);",
    )
    .unwrap();
    for step in 1..=steps {
        c.batch_execute(&blog_api_step(step)).unwrap();
        c.execute(
            "INSERT INTO kysely_migration (name, timestamp) VALUES ($1, $2)",
            &[&NAMES[step - 1], &timestamp_of(step)],
        )
        .unwrap();
        if step == 1 {
            c.batch_execute(
                "INSERT INTO articles (title, article_content) VALUES ('a', 'x'), ('b', 'y'), ('c', 'z')",
            )
            .unwrap();
        }
    }
    db
}

/// History rows (version, name, applied_on) for the adopted versions.
fn history(db: &TestDb) -> Vec<(i32, String, String)> {
    db.client()
        .query(
            "SELECT version, name, applied_on FROM refinery_schema_history ORDER BY version",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect()
}

fn authors(db: &TestDb) -> Vec<String> {
    db.client()
        .query(
            "SELECT u.email FROM articles a JOIN users u ON u.id = a.author_id ORDER BY a.id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

fn assert_adopted(db: &TestDb, steps: usize) {
    let rows = history(db);
    assert_eq!(rows.len(), 7);
    for (i, (version, _, applied_on)) in rows.iter().enumerate().take(steps) {
        assert_eq!(*version, i as i32 + 1);
        // Kept from kysely_migration, in refinery's RFC 3339 form.
        assert_eq!(
            *applied_on,
            format!("2023-08-2{0}T10:00:00.12{0}+00:00", i + 1)
        );
    }
    // The blog API's rows stay as they were, and the ones blogctl applied
    // after them (V4, V5) are there too, so the API's migrator runs
    // nothing again; blogctl's own V6, V7 never go there.
    let rows: Vec<(String, String)> = db
        .client()
        .query(
            "SELECT name, timestamp FROM kysely_migration ORDER BY name",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        rows.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        NAMES
    );
    for (i, (_, timestamp)) in rows.iter().enumerate() {
        if i < steps {
            assert_eq!(*timestamp, timestamp_of(i + 1));
        } else {
            assert!(is_iso_timestamp(timestamp), "{timestamp}");
        }
    }
    // refinery can read what was written, and everything is applied.
    db.blogctl()
        .args(["migrate", "status", "--check"])
        .run()
        .success();
    let again = db.blogctl().arg("migrate").run().success();
    assert!(
        again.stderr.contains("nothing to apply"),
        "{}",
        again.stderr
    );
}

#[test]
fn migrate_adopts_blog_api_after_its_third_migration() {
    let db = blog_api_database("adopt_3", 3);
    // Without an admin it refuses and writes nothing, not even history.
    let before = snapshot_without_history(&db);
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(out.stderr.contains("ADMIN_EMAIL"), "{}", out.stderr);
    assert_eq!(version(&db), None);
    assert_eq!(snapshot_without_history(&db), before);

    let status = db.blogctl().args(["migrate", "status"]).run().success();
    assert!(
        status
            .stderr
            .contains("will adopt the blog API's migrations V1 to V3"),
        "{}",
        status.stderr
    );

    let pw = secret("adopt-pass-3");
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    assert!(
        out.stderr
            .contains("adopted the blog API's migrations V1 to V3"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("applied V").count(), 4, "{}", out.stderr);
    assert_eq!(authors(&db), vec!["admin@example.com"; 3]);
    assert_adopted(&db, 3);
}

#[test]
fn migrate_adopts_blog_api_after_its_fourth_migration() {
    let db = blog_api_database("adopt_4", 4);
    // The blog API's admin exists: its email is enough, its password stays.
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "api-admin@example.com")
        .run()
        .success();
    assert!(
        out.stderr
            .contains("adopted the blog API's migrations V1 to V4"),
        "{}",
        out.stderr
    );
    assert_eq!(authors(&db), vec!["api-admin@example.com"; 3]);
    let hash: String = db
        .client()
        .query_one(
            "SELECT password FROM users WHERE email = 'api-admin@example.com'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(hash, API_ADMIN_HASH);
    assert_adopted(&db, 4);
}

#[test]
fn migrate_adopts_blog_api_after_its_fifth_migration() {
    let db = blog_api_database("adopt_5", 5);
    let out = db.blogctl().arg("migrate").run().success();
    assert!(
        out.stderr
            .contains("adopted the blog API's migrations V1 to V5"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("applied V").count(), 2, "{}", out.stderr);
    assert_eq!(authors(&db), vec!["api-admin@example.com"; 3]);
    let index: bool = db
        .client()
        .query_one(
            "SELECT to_regclass('articles_author_id_idx') IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(index);
    assert_adopted(&db, 5);
}

#[test]
fn migrate_dry_run_on_a_blog_api_database_writes_nothing() {
    let db = blog_api_database("adopt_dry", 5);
    let out = db.blogctl().args(["migrate", "--dry-run"]).run().success();
    assert!(out.stderr.contains("would adopt"), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "V6 add_articles_author_id_index\nV7 validate_articles_author_id_fkey\n"
    );
    assert_eq!(version(&db), None);
}

#[test]
fn migrate_refuses_unknown_blog_api_migrations_before_its_last_known_one() {
    let db = blog_api_database("adopt_unknown", 5);
    // Names that sort among the five blogctl knows are not a newer API's.
    db.client()
        .batch_execute(
            "INSERT INTO kysely_migration VALUES ('20230810000000_add_tags', '2023-08-10T00:00:00.000Z'),
                                                 ('20230817230949_add_likes', '2023-08-17T00:00:00.000Z')",
        )
        .unwrap();
    let before = snapshot_without_history(&db);
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(
        out.stderr
            .contains("20230810000000_add_tags, 20230817230949_add_likes"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), None);
    assert_eq!(snapshot_without_history(&db), before);
}

#[test]
fn migrate_refuses_a_blog_api_database_whose_schema_does_not_match() {
    let db = blog_api_database("adopt_mismatch", 3);
    db.client()
        .batch_execute("ALTER TABLE users DROP COLUMN address_id; DROP TABLE addresses")
        .unwrap();
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "api-admin@example.com")
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("schema does not match"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("addresses(id, street, city, country)"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), None);
}

/// Everything a refused adoption must leave as it was (there is no
/// history table to compare).
fn snapshot_without_history(db: &TestDb) -> String {
    let mut c = db.client();
    let mut out = String::new();
    for q in [
        "SELECT string_agg(name || ' ' || timestamp, '|' ORDER BY name) FROM kysely_migration",
        "SELECT string_agg(id || ' ' || title || ' ' || article_content, '|' ORDER BY id) FROM articles",
        "SELECT string_agg(id || ' ' || email || ' ' || password, '|' ORDER BY id) FROM users",
        "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name)
         FROM information_schema.columns WHERE table_schema = 'public'",
    ] {
        let v: Option<String> = c.query_one(q, &[]).unwrap().get(0);
        out.push_str(&v.unwrap_or_default());
        out.push('\n');
    }
    out
}
