//! V6's index is built with CREATE INDEX CONCURRENTLY (issue 14, the V6
//! risk): writes to `articles` go on during the build; a build that fails
//! leaves an INVALID index and no V6 in the history, and the next run
//! drops it and builds it again.

use std::process::Stdio;

use crate::migrate::{at_v3_with_articles, version};
use crate::util::{TestDb, secret};

/// A database at V5 with `n` articles (authored by the admin).
fn at_v5(tag: &str, n: i64) -> TestDb {
    let db = at_v3_with_articles(tag, n);
    db.blogctl()
        .args(["migrate", "--target", "5"])
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", secret("concurrent-admin-pw"))
        .run()
        .success();
    db
}

/// `indisvalid` of V6's index, `None` when there is none.
fn index_valid(db: &TestDb) -> Option<bool> {
    db.client()
        .query_opt(
            "SELECT i.indisvalid FROM pg_index i
             WHERE i.indexrelid = to_regclass('articles_author_id_idx')",
            &[],
        )
        .unwrap()
        .map(|r| r.get(0))
}

#[test]
fn an_invalid_index_left_by_a_failed_build_is_dropped_and_built_again() {
    let db = at_v5("conc_invalid", 50);
    // A concurrent build that fails half way leaves its index INVALID: a
    // unique one on the (all equal) author ids does.
    let failed = db.client().batch_execute(
        "CREATE UNIQUE INDEX CONCURRENTLY articles_author_id_idx ON articles (author_id)",
    );
    assert!(failed.is_err());
    assert_eq!(index_valid(&db), Some(false));
    let out = db.blogctl().arg("migrate").run().success();
    assert!(
        out.stderr.contains(
            "dropped the invalid index articles_author_id_idx left by an earlier build that did \
             not finish, and built it again"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("applied V6 add_articles_author_id_index")
    );
    assert_eq!(version(&db), Some(7));
    assert_eq!(index_valid(&db), Some(true));
    let unique: bool = db
        .client()
        .query_one(
            "SELECT indisunique FROM pg_index WHERE indexrelid = 'articles_author_id_idx'::regclass",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(!unique, "V6's own index, not the leftover");
}

#[test]
fn a_build_stopped_by_the_lock_timeout_is_not_recorded_and_the_next_run_finishes() {
    let db = at_v5("conc_timeout", 50);
    // A transaction with an old snapshot: the build waits for it.
    let mut blocker = db.client();
    let mut tx = blocker
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .start()
        .unwrap();
    tx.query("SELECT count(*) FROM users", &[]).unwrap();
    let out = db
        .blogctl()
        .args(["migrate", "--lock-timeout", "1"])
        .run()
        .expect_code(1);
    let err = &out.stderr;
    assert!(
        err.contains(
            "migration V6 add_articles_author_id_index failed: building its index without \
             blocking writes (CREATE INDEX CONCURRENTLY) failed"
        ),
        "{err}"
    );
    assert!(err.contains("V6 was not recorded"), "{err}");
    assert!(err.contains("the database is at V5"), "{err}");
    assert!(err.contains("SQLSTATE 55P03"), "{err}");
    assert!(err.contains("raise --lock-timeout"), "{err}");
    assert_eq!(version(&db), Some(5));
    assert_eq!(index_valid(&db), Some(false), "left invalid");
    tx.rollback().unwrap();
    let out = db.blogctl().arg("migrate").run().success();
    assert!(
        out.stderr.contains("dropped the invalid index"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), Some(7));
    assert_eq!(index_valid(&db), Some(true));
}

#[test]
fn writes_to_articles_go_on_while_the_index_is_built() {
    let db = at_v5("conc_writes", 50);
    // An open writer: a concurrent build waits for it (a plain CREATE
    // INDEX would wait too, holding up every write queued behind it).
    let mut writer = db.client();
    let mut tx = writer.transaction().unwrap();
    tx.execute(
        "INSERT INTO articles (title, article_content, author_id) VALUES ('open', 'x', 1)",
        &[],
    )
    .unwrap();
    let child = db
        .blogctl()
        .args(["migrate", "--lock-timeout", "120"])
        .spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
    db.wait_until(
        "SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                        WHERE query LIKE '%INDEX%articles_author_id_idx%'
                          AND wait_event_type = 'Lock' AND datname = current_database())",
    );
    // What the build holds or waits for on articles: only SHARE UPDATE
    // EXCLUSIVE, which does not conflict with the ROW EXCLUSIVE of writes.
    let modes: Vec<(String, bool)> = db
        .client()
        .query(
            "SELECT l.mode, l.granted FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.relation = 'articles'::regclass
               AND a.query LIKE '%INDEX%articles_author_id_idx%'
             ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(modes, [("ShareUpdateExclusiveLock".to_string(), true)]);
    // Another session writes meanwhile, within a short lock_timeout.
    let inserted = db.client().batch_execute(
        "SET lock_timeout = '5s';
         INSERT INTO articles (title, article_content, author_id) VALUES ('during', 'x', 1);
         UPDATE articles SET title = 'during, changed' WHERE title = 'during';
         DELETE FROM articles WHERE title = 'during, changed';",
    );
    assert!(inserted.is_ok(), "a write was blocked: {inserted:?}");
    tx.commit().unwrap();
    let out = child.wait_with_output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(version(&db), Some(7));
    assert_eq!(index_valid(&db), Some(true));
}
