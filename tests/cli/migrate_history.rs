//! Issue 14, 3: history rows that refinery's reader cannot read. refinery
//! parses `applied_on` with the `time` crate and unwraps, so such a row
//! panics any refinery-based tool; blogctl used to check with chrono, which
//! takes a leap second anywhere, and went on (once, inside refinery, after
//! creating the admin). Every such history is refused with exit 1 before
//! anything is written; a hand-made table with NULLs is refused too,
//! never a panic.

use crate::migrate::{at_v3_with_articles, snapshot, version};
use crate::migrate_adopt::{NAMES, blog_api_database};
use crate::util::{TestDb, secret};

fn kysely_rows(db: &TestDb) -> String {
    db.client()
        .query_one(
            "SELECT coalesce(string_agg(name || ' ' || timestamp, '|' ORDER BY name), '')
             FROM kysely_migration",
            &[],
        )
        .unwrap()
        .get(0)
}

/// Tables and columns, and the users: what a refused run must not change
/// (on a database without blogctl's history, where `snapshot` cannot run).
fn schema(db: &TestDb) -> String {
    db.client()
        .query_one(
            "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name)
                    || ' users: ' || (SELECT count(*) FROM users)
             FROM information_schema.columns WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0)
}

fn migrate_with_admin(db: &TestDb) -> crate::util::Blogctl {
    let mut run = db.blogctl();
    run.arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", secret("history-admin-pw"));
    run
}

#[test]
fn a_leap_second_refinery_cannot_read_is_refused_before_anything_is_written() {
    let db = at_v3_with_articles("hist_leap", 3);
    db.client()
        .execute(
            "UPDATE refinery_schema_history SET applied_on = '2023-08-06T23:59:60Z'
             WHERE version = 2",
            &[],
        )
        .unwrap();
    let before = (snapshot(&db), kysely_rows(&db));
    let out = migrate_with_admin(&db).run().expect_code(1);
    let err = &out.stderr;
    assert!(
        err.contains("V2 add_users_table: applied_on `2023-08-06T23:59:60Z` has a leap second"),
        "{err}"
    );
    assert!(err.contains("nothing was applied"), "{err}");
    assert!(!err.contains("created the admin"), "{err}");
    assert_eq!((snapshot(&db), kysely_rows(&db)), before, "nothing changed");

    // `migrate status` shows the history and says what migrate will do.
    let out = db.blogctl().args(["migrate", "status"]).run().success();
    assert!(out.stdout.contains("2023-08-06 23:59:60"), "{}", out.stdout);
    assert!(
        out.stderr.contains("`blogctl migrate` will refuse"),
        "{}",
        out.stderr
    );

    // Corrected, the run goes on.
    db.client()
        .execute(
            "UPDATE refinery_schema_history SET applied_on = '2023-08-06T23:59:59Z'
             WHERE version = 2",
            &[],
        )
        .unwrap();
    migrate_with_admin(&db).run().success();
    assert_eq!(version(&db), Some(7));
}

#[test]
fn a_leap_second_where_there_is_one_is_read_as_refinery_reads_it() {
    let db = at_v3_with_articles("hist_leap_ok", 1);
    db.client()
        .execute(
            "UPDATE refinery_schema_history SET applied_on = '2016-12-31T23:59:60Z'
             WHERE version = 1",
            &[],
        )
        .unwrap();
    migrate_with_admin(&db).run().success();
    assert_eq!(version(&db), Some(7));
}

#[test]
fn a_blog_api_timestamp_with_a_leap_second_is_not_adopted() {
    let db = blog_api_database("hist_kysely_leap", 3);
    db.client()
        .execute(
            "UPDATE kysely_migration SET timestamp = '2023-08-13T23:59:60.000Z' WHERE name = $1",
            &[&NAMES[1]],
        )
        .unwrap();
    let before = (schema(&db), kysely_rows(&db));
    let out = migrate_with_admin(&db).run().expect_code(1);
    let err = &out.stderr;
    assert!(err.contains(NAMES[1]), "{err}");
    assert!(err.contains("2023-08-13T23:59:60.000Z"), "{err}");
    assert!(err.contains("refinery"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(version(&db), None, "no refinery history written");
    assert_eq!((schema(&db), kysely_rows(&db)), before, "nothing changed");
}

#[test]
fn hand_made_history_tables_with_nulls_are_refused_not_a_panic() {
    // refinery_schema_history made by hand, without the primary key.
    let db = TestDb::new("hist_null_version");
    db.client()
        .batch_execute(
            "CREATE TABLE refinery_schema_history (version int4, name varchar(255),
                                                   applied_on varchar(255), checksum varchar(255));
             INSERT INTO refinery_schema_history VALUES (NULL, 'x', NULL, NULL)",
        )
        .unwrap();
    for args in [&["migrate"][..], &["migrate", "status"]] {
        let out = db.blogctl().args(args).run().expect_code(1);
        assert!(
            out.stderr
                .contains("cannot read a row of refinery_schema_history"),
            "{args:?}: {}",
            out.stderr
        );
    }

    // kysely_migration made by hand, with a NULL timestamp.
    let db = TestDb::new("hist_null_kysely");
    db.client()
        .batch_execute(&format!(
            "CREATE TABLE kysely_migration (name varchar(255) PRIMARY KEY, timestamp varchar(255));
             INSERT INTO kysely_migration VALUES ('{}', NULL)",
            NAMES[0]
        ))
        .unwrap();
    db.client()
        .batch_execute("CREATE TABLE articles (id serial PRIMARY KEY, title text NOT NULL, article_content text NOT NULL)")
        .unwrap();
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(out.stderr.contains("timestamp ``"), "{}", out.stderr);
    assert_eq!(version(&db), None);
}
