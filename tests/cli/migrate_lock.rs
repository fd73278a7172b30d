//! Concurrency and locks: simultaneous runs, waiting for either migration
//! lock (blogctl's, the blog API's), the lock timeout against a long
//! transaction, and SIGKILL in V5.

use std::process::Stdio;
use std::time::Duration;

use crate::migrate::{at_v3_with_articles, version};
use crate::migrate_kysely::KYSELY_LOCK_KEY;
use crate::util::process::spawn_on_terminal;
use crate::util::{TestDb, secret};

/// The advisory lock key blogctl uses ("blogctl" in ASCII).
pub const LOCK_KEY: i64 = 0x0062_6c6f_6763_746c;

/// True once a blogctl run on this database has found a migration lock
/// taken and is waiting for it: it looked up who holds it (which it does
/// only then). blogctl polls for the lock rather than queueing in
/// `pg_locks`.
pub const BLOGCTL_WAITS: &str = "SELECT EXISTS (SELECT 1 FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'blogctl'
       AND query LIKE '%FROM pg_locks l LEFT JOIN pg_stat_activity a%')";

/// A V5 `ALTER TABLE ... ADD COLUMN author_id` waiting for a table lock.
const V5_BLOCKED: &str = "SELECT EXISTS (SELECT 1 FROM pg_stat_activity
     WHERE query LIKE '%ADD COLUMN author_id%' AND wait_event_type = 'Lock'
       AND datname = current_database())";

#[test]
fn migrate_eight_concurrent_runs_apply_each_version_once() {
    let db = TestDb::new("lock_concurrent");
    let pw = secret("concurrent-pass-1");
    let children: Vec<_> = (0..8)
        .map(|_| {
            db.blogctl()
                .arg("migrate")
                .env("ADMIN_EMAIL", "admin@example.com")
                .env("ADMIN_PASSWORD", &pw)
                .spawn(Stdio::null(), Stdio::piped(), Stdio::piped())
        })
        .collect();
    let mut applied_lines = 0;
    for child in children {
        let out = child.wait_with_output();
        assert_eq!(out.code, 0, "{}", out.stderr);
        applied_lines += out.stderr.matches("applied V").count();
    }
    assert_eq!(
        applied_lines, 7,
        "each migration applied by exactly one run"
    );
    let mut c = db.client();
    let rows = c
        .query(
            "SELECT version, count(*) FROM refinery_schema_history GROUP BY version ORDER BY version",
            &[],
        )
        .unwrap();
    let versions: Vec<(i32, i64)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    assert_eq!(versions, (1..=7).map(|v| (v, 1)).collect::<Vec<_>>());
    let users: i64 = c
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 1);
}

#[test]
fn migrate_waits_for_either_migration_lock_and_says_whose() {
    for (key, says) in [
        (
            LOCK_KEY,
            "another `blogctl migrate` holds the migration lock on this database; waiting",
        ),
        (
            KYSELY_LOCK_KEY,
            "the blog API's migrator (Kysely) holds its migration lock",
        ),
    ] {
        let db = TestDb::new("lock_wait");
        let mut holder = db.client();
        holder
            .execute("SELECT pg_advisory_lock($1)", &[&key])
            .unwrap();
        let child =
            db.blogctl()
                .arg("migrate")
                .spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
        db.wait_until(BLOGCTL_WAITS);
        assert_eq!(version(&db), None, "nothing done while waiting ({key})");
        holder
            .execute("SELECT pg_advisory_unlock($1)", &[&key])
            .unwrap();
        let out = child.wait_with_output();
        let stderr = &out.stderr;
        assert_eq!(out.code, 0, "{stderr}");
        assert!(stderr.contains(says), "{key}: {stderr}");
        assert_eq!(version(&db), Some(7));
    }
}

#[test]
fn migrate_blocked_by_an_open_transaction_fails_within_the_lock_timeout() {
    let db = at_v3_with_articles("lock_timeout", 10);
    let pw = secret("timeout-pass-1");
    db.blogctl()
        .args(["migrate", "--target", "4"])
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    let mut blocker = db.client();
    let mut tx = blocker.transaction().unwrap();
    tx.query("SELECT count(*) FROM articles", &[]).unwrap();
    // The run must give up rather than queue for ever.
    let out = db
        .blogctl()
        .args(["migrate", "--lock-timeout", "1"])
        .env("ADMIN_EMAIL", "admin@example.com")
        .run_within(Duration::from_secs(120))
        .expect_code(1);
    let err = &out.stderr;
    assert!(err.contains("migration V5 add_author_id failed"), "{err}");
    assert!(err.contains("lock timeout"), "{err}");
    assert!(err.contains("SQLSTATE 55P03"), "{err}");
    assert!(err.contains("--lock-timeout"), "{err}");
    assert!(err.contains("the database is at V4"), "{err}");
    tx.rollback().unwrap();
    assert_eq!(version(&db), Some(4));
}

#[test]
fn migrate_killed_during_v5_leaves_v4_and_a_rerun_finishes() {
    let db = at_v3_with_articles("lock_sigkill", 200_000);
    let pw = secret("sigkill-pass-1");
    // An open transaction on articles holds V5's ALTER TABLE in place
    // (--lock-timeout 0 waits for ever) so that the kill lands inside V5.
    let mut blocker = db.client();
    let mut tx = blocker.transaction().unwrap();
    tx.query("SELECT count(*) FROM articles", &[]).unwrap();
    let mut child = db
        .blogctl()
        .args(["migrate", "--lock-timeout", "0"])
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .spawn(Stdio::null(), Stdio::null(), Stdio::null());
    db.wait_until(V5_BLOCKED);
    unsafe {
        libc::kill(child.id() as i32, libc::SIGKILL);
    }
    child.wait();
    tx.rollback().unwrap();
    // The orphaned backend finishes its statement, finds its client gone
    // and rolls back.
    db.wait_until(
        "SELECT NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE query LIKE '%ADD COLUMN author_id%'
                            AND pid <> pg_backend_pid() AND datname = current_database())",
    );
    assert_eq!(version(&db), Some(4));
    let has_column: bool = db
        .client()
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM information_schema.columns
                            WHERE table_name = 'articles' AND column_name = 'author_id')",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(!has_column);
    db.blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .run()
        .success();
    assert_eq!(version(&db), Some(7));
    let orphans: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM articles a LEFT JOIN users u ON u.id = a.author_id
             WHERE u.email IS DISTINCT FROM 'admin@example.com'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(orphans, 0);
}

#[test]
fn migrate_shows_a_spinner_on_a_terminal_for_a_long_migration() {
    let db = at_v3_with_articles("lock_spinner", 10);
    let pw = secret("spinner-pass-1");
    db.blogctl()
        .args(["migrate", "--target", "4"])
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    let mut blocker = db.client();
    let mut tx = blocker.transaction().unwrap();
    tx.query("SELECT count(*) FROM articles", &[]).unwrap();
    // A terminal on stdout and stderr.
    let mut run = db.blogctl();
    run.args(["migrate", "--lock-timeout", "0"])
        .env("ADMIN_EMAIL", "admin@example.com");
    let mut child = spawn_on_terminal(&run);
    // V5 waits for the table; once the spinner shows, let it go.
    db.wait_until(V5_BLOCKED);
    child.wait_for_output("applying V5 add_author_id (");
    tx.rollback().unwrap();
    let out = child.wait_with_output();
    let text = out.stdout;
    assert_eq!(out.code, 0, "{text}");
    assert!(text.contains("applying V5 add_author_id ("), "{text}");
    // The spinner's line is cleared before the run's own lines.
    assert!(text.contains("\r\x1b[2K"), "{text}");
    assert!(text.contains("\napplied V5 add_author_id ("), "{text}");
    assert_eq!(version(&db), Some(7));

    // Not on a terminal (CI logs): no spinner, one line per migration.
    let db = at_v3_with_articles("lock_no_spinner", 1);
    let out = db
        .blogctl()
        .args(["migrate", "--target", "4"])
        .run()
        .success();
    assert!(!out.stderr.contains("applying"), "{}", out.stderr);
    assert!(!out.stderr.contains('\r'), "{}", out.stderr);
}
