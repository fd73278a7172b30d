//! The blog API's migration history, as blogctl keeps it without the API
//! at hand: `kysely_migration` rows written in the migration's own
//! transaction, backfilled for databases migrated before, a concurrent
//! create of Kysely's tables tolerated, a newer API's migrations shown as
//! `external`, and the refusals that stay. Kysely's lock key is waited for
//! like blogctl's own (`migrate_lock`); the real Kysely migrator runs
//! against blogctl in `interop_kysely`.

use std::process::Stdio;

use crate::migrate::version;
use crate::migrate_adopt::{NAMES, is_iso_timestamp};
use crate::util::{TestDb, secret};

/// Kysely 0.26's advisory lock key (its PostgreSQL adapter's `LOCK_ID`).
pub const KYSELY_LOCK_KEY: i64 = 3_853_314_791_062_309_107;

/// `kysely_migration` as (name, timestamp), in name order; empty without it.
pub fn kysely_rows(db: &TestDb) -> Vec<(String, String)> {
    let mut c = db.client();
    let exists: bool = c
        .query_one("SELECT to_regclass('kysely_migration') IS NOT NULL", &[])
        .unwrap()
        .get(0);
    if !exists {
        return Vec::new();
    }
    c.query(
        "SELECT name, timestamp FROM kysely_migration ORDER BY name",
        &[],
    )
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect()
}

fn names(rows: &[(String, String)]) -> Vec<&str> {
    rows.iter().map(|(n, _)| n.as_str()).collect()
}

/// refinery's applied_on for `version`, as JavaScript's toISOString would
/// print the same instant (milliseconds, UTC).
fn refinery_time_as_iso(db: &TestDb, version: i32) -> String {
    db.client()
        .query_one(
            "SELECT to_char(applied_on::timestamptz AT TIME ZONE 'UTC',
                            'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')
             FROM refinery_schema_history WHERE version = $1",
            &[&version],
        )
        .unwrap()
        .get(0)
}

#[test]
fn migrate_writes_the_blog_apis_history_with_each_migration() {
    let db = TestDb::new("kysely_history");
    db.blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", secret("kysely-history-pw"))
        .run()
        .success();
    let rows = kysely_rows(&db);
    // The API's five names, never blogctl's own V6, V7.
    assert_eq!(names(&rows), NAMES);
    for (version, (_, timestamp)) in (1..).zip(&rows) {
        assert!(is_iso_timestamp(timestamp), "{timestamp}");
        // Stamped with the same instant as refinery's row.
        assert_eq!(*timestamp, refinery_time_as_iso(&db, version));
    }
    // Kysely's lock table and row, as Kysely makes them.
    let lock: Vec<(String, i32)> = db
        .client()
        .query("SELECT id, is_locked FROM kysely_migration_lock", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(lock, vec![("migration_lock".to_string(), 0)]);
}

#[test]
fn a_failed_migration_leaves_no_blog_api_row_for_it() {
    let db = TestDb::new("kysely_failed");
    // V3 will fail: its table is already there.
    db.client()
        .batch_execute("CREATE TABLE addresses (id int)")
        .unwrap();
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(
        out.stderr
            .contains("migration V3 add_addresses_table failed"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), Some(2));
    // V1 and V2's rows were committed with them; V3's went with V3.
    assert_eq!(names(&kysely_rows(&db)), NAMES[..2]);
}

#[test]
fn a_database_migrated_before_gets_the_blog_apis_rows() {
    let db = TestDb::new("kysely_backfill");
    db.blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    // What a blogctl from before this history existed left behind.
    db.client()
        .batch_execute("DROP TABLE kysely_migration, kysely_migration_lock")
        .unwrap();
    let out = db.blogctl().args(["migrate", "status"]).run().success();
    assert!(
        out.stderr
            .contains("kysely_migration lacks V1 to V3, which blogctl applied"),
        "{}",
        out.stderr
    );
    assert!(kysely_rows(&db).is_empty(), "status writes nothing");
    let out = db.blogctl().args(["migrate", "--dry-run"]).run().success();
    assert!(
        out.stderr
            .contains("would record V1 to V3 in the blog API's kysely_migration"),
        "{}",
        out.stderr
    );
    assert!(kysely_rows(&db).is_empty(), "--dry-run writes nothing");
    let out = db
        .blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    assert!(
        out.stderr
            .contains("recorded V1 to V3 in the blog API's kysely_migration"),
        "{}",
        out.stderr
    );
    let rows = kysely_rows(&db);
    assert_eq!(names(&rows), NAMES[..3]);
    for (version, (_, timestamp)) in (1..).zip(&rows) {
        assert_eq!(*timestamp, refinery_time_as_iso(&db, version));
    }
    // Once is enough; the rest comes with the migrations.
    let pw = secret("kysely-backfill-pw");
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    assert!(!out.stderr.contains("recorded"), "{}", out.stderr);
    assert_eq!(names(&kysely_rows(&db)), NAMES);
}

#[test]
fn a_concurrent_create_of_kyselys_table_is_tolerated() {
    let db = TestDb::new("kysely_race");
    // Another process (the API's migrator) is creating kysely_migration and
    // has not committed yet: blogctl's CREATE TABLE IF NOT EXISTS in V1's
    // transaction waits for it, then fails on pg_type's unique index
    // (23505) once it commits.
    let mut other = db.client();
    let mut tx = other.transaction().unwrap();
    tx.batch_execute(
        "create table if not exists \"kysely_migration\" (\"name\" varchar(255) not null primary key, \"timestamp\" varchar(255) not null)",
    )
    .unwrap();
    let child = db.blogctl().args(["migrate", "--target", "3"]).spawn(
        Stdio::null(),
        Stdio::piped(),
        Stdio::piped(),
    );
    db.wait_until(
        "SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                        WHERE query LIKE '%create table if not exists \"kysely_migration\"%'
                          AND wait_event_type = 'Lock' AND datname = current_database())",
    );
    tx.commit().unwrap();
    let out = child.wait_with_output();
    let stderr = out.stderr;
    assert_eq!(out.code, 0, "{stderr}");
    assert_eq!(version(&db), Some(3));
    assert_eq!(names(&kysely_rows(&db)), NAMES[..3]);
}

#[test]
fn a_newer_blog_apis_migrations_are_external_in_every_format() {
    let db = TestDb::migrated("kysely_external");
    db.client()
        .batch_execute(
            "CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL);
             INSERT INTO kysely_migration VALUES
                 ('20230827204025_add_categories_table', '2023-09-01T10:00:00.123Z'),
                 ('20230909022554_article_title_length_constraint', '2023-09-10T10:00:00.456Z')",
        )
        .unwrap();
    let status = |format: &str| {
        db.blogctl()
            .args(["migrate", "status", "--format", format])
            .run()
            .success()
            .stdout
    };
    let table = status("table");
    assert!(
        table.contains(
            "\n         | 20230827204025_add_categories_table            | external | 2023-09-01 10:00:00.123\n"
        ),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(&status("json")).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 9);
    assert_eq!(
        rows[7],
        serde_json::json!({"version": null, "name": "20230827204025_add_categories_table",
                           "state": "external", "appliedAt": "2023-09-01T10:00:00.123Z"})
    );
    assert_eq!(
        rows[8]["name"],
        "20230909022554_article_title_length_constraint"
    );
    let csv = status("csv");
    assert!(
        csv.ends_with(
            ",20230827204025_add_categories_table,external,2023-09-01T10:00:00.123Z\n\
             ,20230909022554_article_title_length_constraint,external,2023-09-10T10:00:00.456Z\n"
        ),
        "{csv}"
    );
    // blogctl's own are all applied: the check passes, migrate goes on.
    db.blogctl()
        .args(["migrate", "status", "--check"])
        .run()
        .success();
    let out = db.blogctl().arg("migrate").run().success();
    assert!(
        out.stderr.contains(
            "the blog API has applied newer migrations that this blogctl leaves to it: \
             20230827204025_add_categories_table, 20230909022554_article_title_length_constraint"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("nothing to apply"), "{}", out.stderr);
    assert_eq!(
        kysely_rows(&db).len(),
        7,
        "nothing written to the API's history"
    );
}

#[test]
fn names_out_of_order_and_gaps_still_refuse() {
    let db = TestDb::migrated("kysely_gaps");
    // A newer API's migration, but not the API's own V4 and V5 before it.
    db.client()
        .batch_execute(
            "DELETE FROM kysely_migration WHERE name > '20230813192709';
             INSERT INTO kysely_migration VALUES
                 ('20230827204025_add_categories_table', '2023-09-01T10:00:00.123Z')",
        )
        .unwrap();
    let before = crate::migrate::snapshot(&db);
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(
        out.stderr
            .contains("the blog API's kysely_migration has gaps"),
        "{}",
        out.stderr
    );
    assert_eq!(crate::migrate::snapshot(&db), before);
    let out = db.blogctl().args(["migrate", "status"]).run().success();
    assert!(out.stderr.contains("will refuse"), "{}", out.stderr);
}
