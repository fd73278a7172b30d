//! blogctl beside the blog API's own migrator: the real Kysely 0.26
//! `Migrator.migrateToLatest()` on `pg` (tests/node/migrate.js), with
//! stand-in migrations named and written as the API's (tests/node/
//! api-migrations), run against databases blogctl made, in each order (at
//! the same moment: `interop_kysely_lock`).

use crate::interop_bcrypt;
use crate::migrate::version;
use crate::migrate_adopt::NAMES;
use crate::migrate_kysely::kysely_rows;
use crate::seed::{ADMIN_EMAIL, stored_hash};
use crate::util::node::{bcrypt_compare, kysely_migrate, run};
use crate::util::{TestDb, secret};

/// The API's versions, by their last migration.
const PART_120: &str = "20230813192709_add_addresses_table";
pub const PART_121: &str = "20230817230950_add_author_id";
const PART_122: &str = "20230827204025_add_categories_table";
/// Part 127: categories, a title constraint, an index, and `paragraphs`
/// in place of `articles.article_content`.
const PARAGRAPHS: &str = "20230928231458_add_paragraphs_column";

/// Run the API's migrator (its version `until`) to completion; returns its
/// exit code and the migrations it executed.
pub fn api_migrate(db: &TestDb, until: &str, password: &str) -> (i32, Vec<String>, String) {
    let (code, stdout, stderr) = run(kysely_migrate(&db.url, until, (ADMIN_EMAIL, password)));
    let executed = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("migration \""))
        .filter_map(|l| l.strip_suffix("\" was executed successfully"))
        .map(str::to_string)
        .collect();
    (code, executed, format!("{stdout}{stderr}"))
}

pub fn count(db: &TestDb, sql: &str) -> i64 {
    db.client().query_one(sql, &[]).unwrap().get(0)
}

/// The definition of Kysely's two tables and the lock row, as the catalog
/// describes them.
fn kysely_tables(db: &TestDb) -> Vec<String> {
    let mut c = db.client();
    let mut out: Vec<String> = c
        .query(
            "SELECT table_name || '.' || column_name || ' ' || data_type || '(' ||
                    coalesce(character_maximum_length::text, '') || ') ' || is_nullable ||
                    ' default ' || coalesce(column_default, 'none')
             FROM information_schema.columns
             WHERE table_name IN ('kysely_migration', 'kysely_migration_lock')
             ORDER BY table_name, ordinal_position",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    out.extend(
        c.query(
            "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
             FROM pg_constraint
             WHERE conrelid IN ('kysely_migration'::regclass, 'kysely_migration_lock'::regclass)
             ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0)),
    );
    out.extend(
        c.query(
            "SELECT id || ' ' || is_locked FROM kysely_migration_lock",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0)),
    );
    out
}

#[test]
fn the_api_migrator_on_a_blogctl_database_runs_nothing() {
    let db = TestDb::new("api_after_setup");
    let password = secret("api-after-setup-pw");
    db.blogctl()
        .args(["setup", "--demo"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &password)
        .run()
        .success();
    let (code, executed, output) = api_migrate(&db, PART_121, &password);
    assert_eq!(code, 0, "{output}");
    assert!(executed.is_empty(), "{output}");
    // One admin (insert_admin did not run again), the demo users, no
    // second history.
    assert_eq!(count(&db, "SELECT count(*) FROM users"), 5);
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 6);
    let rows = kysely_rows(&db);
    assert_eq!(
        rows.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        NAMES
    );
    // The API logs the admin in.
    assert!(bcrypt_compare(&password, &stored_hash(&db, ADMIN_EMAIL)));

    // blogctl made Kysely's tables exactly as Kysely makes them.
    let by_kysely = TestDb::new("api_tables_by_kysely");
    let (code, executed, output) = api_migrate(&by_kysely, PART_120, &password);
    assert_eq!(code, 0, "{output}");
    assert_eq!(executed.len(), 3);
    assert_eq!(kysely_tables(&db), kysely_tables(&by_kysely));
    assert_eq!(kysely_tables(&db).len(), 7);
}

#[test]
fn part_120_then_blogctl_then_part_121() {
    let db = TestDb::new("api_120_blogctl_121");
    let password = secret("api-120-pw");
    let (code, executed, output) = api_migrate(&db, PART_120, &password);
    assert_eq!((code, executed.len()), (0, 3), "{output}");
    db.client()
        .batch_execute(
            "INSERT INTO articles (title, article_content) VALUES ('a', 'x'), ('b', 'y')",
        )
        .unwrap();
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &password)
        .run()
        .success();
    assert!(
        out.stderr
            .contains("adopted the blog API's migrations V1 to V3 from kysely_migration"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("created the admin"), "{}", out.stderr);
    assert_eq!(version(&db), Some(7));
    // Before blogctl wrote the API's history, this failed on insert_admin
    // with a duplicate users_email_key.
    let (code, executed, output) = api_migrate(&db, PART_121, &password);
    assert_eq!(code, 0, "{output}");
    assert!(executed.is_empty(), "{output}");
    assert_eq!(count(&db, "SELECT count(*) FROM users"), 1);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM articles a JOIN users u ON u.id = a.author_id
             WHERE u.email = 'admin@example.com'"
        ),
        2
    );
    assert!(bcrypt_compare(&password, &stored_hash(&db, ADMIN_EMAIL)));
}

#[test]
fn reset_password_on_a_database_the_api_made() {
    let db = TestDb::new("api_121_reset_password");
    let old = secret("api-made-admin-pw");
    let (code, executed, output) = api_migrate(&db, PART_121, &old);
    assert_eq!((code, executed.len()), (0, 5), "{output}");
    // The API's insert_admin hashed with npm bcrypt; blogctl adopts the
    // history and sees the admin's password is the stored one.
    let out = interop_bcrypt::seed(&db, &old).run().success();
    assert!(
        out.stderr.contains("its stored password is the one given"),
        "{}",
        out.stderr
    );
    // Before blogctl wrote bcrypt, neither password let the admin in after
    // this.
    let new = secret("api-made-admin-new-pw");
    interop_bcrypt::seed(&db, &new)
        .arg("--reset-password")
        .run()
        .success();
    assert!(bcrypt_compare(&new, &stored_hash(&db, ADMIN_EMAIL)));
    assert!(!bcrypt_compare(&old, &stored_hash(&db, ADMIN_EMAIL)));
    assert_eq!(count(&db, "SELECT count(*) FROM users"), 1);
}

#[test]
fn blogctl_at_v3_then_part_121_then_blogctl() {
    let db = TestDb::new("api_blogctl3_121_blogctl");
    let password = secret("api-v3-pw");
    db.blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    // The API runs only what blogctl has not: its admin and author_id.
    let (code, executed, output) = api_migrate(&db, PART_121, &password);
    assert_eq!(code, 0, "{output}");
    assert_eq!(executed, NAMES[3..], "{output}");
    // blogctl adopts them and applies its own.
    let out = db.blogctl().arg("migrate").run().success();
    assert!(
        out.stderr
            .contains("adopted the blog API's migrations V4 to V5 from kysely_migration"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("applied V").count(), 2, "{}", out.stderr);
    assert_eq!(version(&db), Some(7));
    // The admin the API made is bcrypt, and blogctl reads it as such.
    let out = interop_bcrypt::seed(&db, &password).run().success();
    assert!(
        out.stderr.contains("its stored password is the one given"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    let (code, executed, output) = api_migrate(&db, PART_121, &password);
    assert_eq!((code, executed.len()), (0, 0), "{output}");
}

#[test]
fn part_122_adds_its_categories_and_blogctl_reports_them() {
    let db = TestDb::new("api_122");
    let password = secret("api-122-pw");
    db.blogctl()
        .arg("setup")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &password)
        .run()
        .success();
    let (code, executed, output) = api_migrate(&db, PART_122, &password);
    assert_eq!(code, 0, "{output}");
    assert_eq!(executed, vec![PART_122.to_string()], "{output}");
    assert_eq!(count(&db, "SELECT count(*) FROM categories_articles"), 0);
    let timestamp = kysely_rows(&db)
        .into_iter()
        .find(|(n, _)| n == PART_122)
        .unwrap()
        .1;
    let json = db
        .blogctl()
        .args(["migrate", "status", "--format", "json"])
        .run()
        .success()
        .stdout;
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        rows[7],
        serde_json::json!({"version": null, "name": PART_122, "state": "external",
                           "appliedAt": timestamp})
    );
    let table = db
        .blogctl()
        .args(["migrate", "status"])
        .run()
        .success()
        .stdout;
    // The table shows it in UTC to the millisecond, as every timestamp
    // (toISOString's `…T03:34:51.172Z` is `… 03:34:51.172`).
    let shown = timestamp.replace('T', " ");
    let shown = shown.trim_end_matches('Z');
    assert!(
        table.contains(&format!("| {PART_122} | external | {shown}")),
        "{table}"
    );
    db.blogctl()
        .args(["migrate", "status", "--check"])
        .run()
        .success();
    let out = db.blogctl().arg("migrate").run().success();
    assert!(out.stderr.contains("nothing to apply"), "{}", out.stderr);
    assert!(out.stderr.contains(PART_122), "{}", out.stderr);
    // And the API again: nothing left for it either.
    let (code, executed, output) = api_migrate(&db, PART_122, &password);
    assert_eq!((code, executed.len()), (0, 0), "{output}");
}

#[test]
fn a_column_the_api_replaced_is_named_not_a_bare_sql_error() {
    let db = TestDb::new("api_paragraphs");
    let password = secret("api-paragraphs-pw");
    db.blogctl()
        .args(["setup", "--demo"])
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &password)
        .run()
        .success();
    let (code, executed, output) = api_migrate(&db, PARAGRAPHS, &password);
    assert_eq!(code, 0, "{output}");
    assert_eq!(executed.len(), 4, "{output}");
    for args in [
        vec!["articles", "show", "1"],
        vec!["articles", "list", "--format", "json"],
        vec![
            "articles",
            "create",
            "--title",
            "t",
            "--author",
            "1",
            "--content",
            "c",
        ],
        vec!["seed", "--demo"],
        vec!["articles", "update", "1", "--title", "t"],
        // In a transaction: the failed DELETE aborted it, and the schema
        // was then read in it (a bare 25P02 "current transaction is
        // aborted").
        vec!["articles", "delete", "6", "--yes"],
        vec!["articles", "delete", "1", "99", "--yes", "--format", "json"],
    ] {
        let out = db
            .blogctl()
            .args(&args)
            .env("ADMIN_EMAIL", ADMIN_EMAIL)
            .env("ADMIN_PASSWORD", &password)
            .run()
            .expect_code(1);
        for needle in [
            "the database has no column articles.article_content",
            "the blog API's migration 20230928231458_add_paragraphs_column replaced \
             articles.article_content by paragraphs",
            "the newest blog API migration applied is 20230928231458_add_paragraphs_column",
        ] {
            assert!(out.stderr.contains(needle), "{args:?}: {}", out.stderr);
        }
        assert!(!out.stderr.contains("42703"), "{}", out.stderr);
    }
    assert_eq!(
        count(&db, "SELECT count(*) FROM articles"),
        6,
        "nothing written"
    );
    // What does not touch the column still works.
    db.blogctl().args(["users", "list"]).run().success();
    db.blogctl()
        .args(["articles", "list", "--author", "ada@example.com"])
        .run()
        .success();
    db.blogctl().arg("migrate").run().success();
    db.blogctl()
        .args(["migrate", "status", "--check"])
        .run()
        .success();
}

#[test]
fn blogctl_takes_over_a_database_the_newer_api_made() {
    let db = TestDb::new("api_127_then_blogctl");
    let password = secret("api-127-pw");
    let (code, executed, output) = api_migrate(&db, PARAGRAPHS, &password);
    assert_eq!((code, executed.len()), (0, 9), "{output}");
    let out = db.blogctl().arg("migrate").run().success();
    assert!(
        out.stderr
            .contains("adopted the blog API's migrations V1 to V5 from kysely_migration"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), Some(7));
    let (code, executed, output) = api_migrate(&db, PARAGRAPHS, &password);
    assert_eq!((code, executed.len()), (0, 0), "{output}");
}
