//! Issue 14, 6 and 7: the migration lock cannot be left behind, and a run
//! does not wait for it without bound or without saying who holds it.
//! - `--lock-wait` bounds the wait; the waiting message and the give-up
//!   error name the holder (pid, application, user, where from, since when).
//! - Through PgBouncer in transaction pooling, `migrate` and `setup` refuse
//!   before taking anything, and leave no lock; a direct run goes on at once.
//! - Through PgBouncer in session pooling without a reset query, `migrate`
//!   leaves no lock and no setting on the server sessions it used.
//! - The lock is held by a transaction of its own connection; when that
//!   session ends mid-run, the next migration is not applied.

use std::process::Stdio;

use crate::migrate::{at_v3_with_articles, version};
use crate::migrate_kysely::KYSELY_LOCK_KEY;
use crate::migrate_lock::LOCK_KEY;
use crate::util::pgbouncer::{pgbouncer, pgbouncer_session, pgbouncer_session_unreset};
use crate::util::{Blogctl, TestDb, client, secret};

/// Advisory locks on `db`'s database held or awaited by anyone but `except`.
fn advisory_locks(db: &TestDb, except: i32) -> i64 {
    db.client()
        .query_one(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid <> $1
               AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            &[&except],
        )
        .unwrap()
        .get(0)
}

fn tables(db: &TestDb) -> i64 {
    db.client()
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0)
}

fn with_admin(mut run: Blogctl) -> Blogctl {
    run.env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", secret("lock-wait-admin-pw"));
    run
}

#[test]
fn a_held_migration_lock_is_waited_for_within_lock_wait_naming_its_holder() {
    let db = TestDb::new("lock_wait_gives_up");
    // A stuck session holds blogctl's key (a session lock, as an older
    // blogctl took it).
    let mut holder = db.client();
    holder
        .batch_execute("SET application_name = 'stuck-deploy-job'")
        .unwrap();
    let pid: i32 = holder
        .query_one("SELECT pg_backend_pid()", &[])
        .unwrap()
        .get(0);
    holder
        .execute("SELECT pg_advisory_lock($1)", &[&LOCK_KEY])
        .unwrap();
    for command in ["migrate", "setup"] {
        let out = with_admin(db.blogctl())
            .args([command, "--lock-wait", "1"])
            .run()
            .expect_code(1);
        let err = &out.stderr;
        let who = format!(
            "pid {pid} (application stuck-deploy-job, user postgres, from a Unix socket, idle, \
             connected since "
        );
        assert!(
            err.contains(&format!(
                "another `blogctl migrate` holds the migration lock on this database; waiting \
                 for it, at most 1 s (--lock-wait); held by {who}"
            )),
            "{command}: {err}"
        );
        assert!(
            err.contains(&format!(
                "blogctl: error: gave up waiting for blogctl's migration lock on this database \
                 after 1 s (--lock-wait): it is held by {who}"
            )),
            "{command}: {err}"
        );
        assert!(err.contains("nothing was changed"), "{err}");
        assert_eq!(tables(&db), 0, "{command} changed nothing");
        assert_eq!(advisory_locks(&db, pid), 0, "{command} left no lock");
    }

    // The blog API's key, held by a transaction (as Kysely holds it).
    holder
        .execute("SELECT pg_advisory_unlock($1)", &[&LOCK_KEY])
        .unwrap();
    let mut tx = holder.transaction().unwrap();
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&KYSELY_LOCK_KEY])
        .unwrap();
    let out = db
        .blogctl()
        .args(["migrate", "--lock-wait", "1"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains(&format!(
            "gave up waiting for the blog API's migration lock (Kysely's) on this database after \
             1 s (--lock-wait): it is held by pid {pid} (application stuck-deploy-job, user \
             postgres, from a Unix socket, idle in transaction, in a transaction since "
        )),
        "{}",
        out.stderr
    );
    assert_eq!(tables(&db), 0);
    assert_eq!(
        advisory_locks(&db, pid),
        0,
        "blogctl's own key released too"
    );
    tx.rollback().unwrap();
    // Released, the next run goes on at once.
    db.blogctl()
        .args(["migrate", "--lock-wait", "1"])
        .run()
        .success();
    assert_eq!(version(&db), Some(7));
}

#[test]
fn through_pgbouncer_transaction_pooling_migrate_and_setup_refuse_and_leave_nothing() {
    let db = TestDb::new("lock_pgbouncer");
    let pooled = pgbouncer().url(&db.name);
    for command in ["migrate", "setup"] {
        let out = with_admin(Blogctl::new())
            .env("DATABASE_URL", &pooled)
            .arg(command)
            .run_within(std::time::Duration::from_secs(120))
            .expect_code(1);
        let err = &out.stderr;
        assert!(
            err.contains(
                "refusing to migrate through a connection that does not keep one server session"
            ),
            "{command}: {err}"
        );
        assert!(err.contains("pool_mode = session"), "{err}");
        assert!(err.contains("nothing was changed"), "{err}");
        assert_eq!(tables(&db), 0, "{command} changed nothing");
        assert_eq!(advisory_locks(&db, 0), 0, "{command} left no lock");
    }
    // A direct run right after does not wait for anything left behind.
    with_admin(db.blogctl())
        .args(["migrate", "--lock-wait", "5"])
        .run()
        .success();
    assert_eq!(version(&db), Some(7));
}

#[test]
fn through_pgbouncer_session_pooling_setup_and_migrate_work() {
    let db = TestDb::new("lock_pgbouncer_session");
    let pooled = pgbouncer_session().url(&db.name);
    with_admin(Blogctl::new())
        .env("DATABASE_URL", &pooled)
        .args(["setup", "--demo"])
        .run()
        .success();
    assert_eq!(version(&db), Some(7));
    let out = Blogctl::new()
        .env("DATABASE_URL", &pooled)
        .arg("migrate")
        .run()
        .success();
    assert!(out.stderr.contains("nothing to apply"), "{}", out.stderr);
    assert_eq!(advisory_locks(&db, 0), 0, "no lock left");
}

#[test]
fn through_pgbouncer_session_pooling_migrate_leaves_no_lock_and_no_setting_behind() {
    let db = TestDb::new("lock_pgbouncer_unreset");
    // Two server sessions, handed on as blogctl leaves them (no DISCARD ALL):
    // migrate's lock connection and its migration connection.
    let pooled = pgbouncer_session_unreset().url(&db.name);
    let default: String = db
        .client()
        .query_one("SHOW lock_timeout", &[])
        .unwrap()
        .get(0);
    Blogctl::new()
        .env("DATABASE_URL", &pooled)
        .arg("migrate")
        .run()
        .success();
    assert_eq!(version(&db), Some(7));
    let migrated: std::time::SystemTime = db
        .client()
        .query_one("SELECT clock_timestamp()", &[])
        .unwrap()
        .get(0);
    // Two clients at once hold both server sessions.
    let mut sessions = [client(&pooled), client(&pooled)];
    let mut pids = Vec::new();
    for session in &mut sessions {
        let row = session
            .query_one(
                "SELECT pid, backend_start, current_setting('lock_timeout'),
                        (SELECT count(*) FROM pg_locks
                         WHERE locktype = 'advisory'
                           AND database = (SELECT oid FROM pg_database
                                           WHERE datname = current_database())),
                        (SELECT coalesce(string_agg(name || '=' || setting, ', '), '')
                         FROM pg_settings WHERE source = 'session'
                           AND name NOT IN ('application_name', 'client_encoding', 'DateStyle',
                                            'IntervalStyle', 'standard_conforming_strings',
                                            'TimeZone'))
                 FROM pg_stat_activity WHERE pid = pg_backend_pid()",
                &[],
            )
            .unwrap();
        let (pid, started): (i32, std::time::SystemTime) = (row.get(0), row.get(1));
        // The sessions migrate used: nobody else came through the pool.
        assert!(started < migrated, "pid {pid} started after migrate");
        assert_eq!(
            row.get::<_, String>(2),
            default,
            "lock_timeout on pid {pid}"
        );
        assert_eq!(
            row.get::<_, i64>(3),
            0,
            "advisory locks seen from pid {pid}"
        );
        assert_eq!(row.get::<_, String>(4), "", "settings left on pid {pid}");
        pids.push(pid);
    }
    assert_ne!(pids[0], pids[1], "two server sessions");
    drop(sessions);
    let out = Blogctl::new()
        .env("DATABASE_URL", &pooled)
        .args(["migrate", "--lock-wait", "5"])
        .run()
        .success();
    assert!(out.stderr.contains("nothing to apply"), "{}", out.stderr);
}

#[test]
fn a_lock_session_ended_mid_run_stops_before_the_next_migration() {
    let db = at_v3_with_articles("lock_lost", 10);
    // An open transaction on articles holds V5 in place.
    let mut blocker = db.client();
    let mut tx = blocker.transaction().unwrap();
    tx.query("SELECT count(*) FROM articles", &[]).unwrap();
    let child = with_admin(db.blogctl())
        .args(["migrate", "--lock-timeout", "0"])
        .spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
    db.wait_until(
        "SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                        WHERE query LIKE '%ADD COLUMN author_id%' AND wait_event_type = 'Lock'
                          AND datname = current_database())",
    );
    // A DBA ends the session that holds the migration lock.
    let ended: bool = db
        .client()
        .query_one(
            "SELECT pg_terminate_backend(pid) FROM pg_locks
             WHERE locktype = 'advisory' AND granted AND objid::int8 = $1
               AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            &[&(LOCK_KEY & 0xffff_ffff)],
        )
        .unwrap()
        .get(0);
    assert!(ended);
    tx.rollback().unwrap();
    let out = child.wait_with_output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("applied V5 add_author_id"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("the migration lock is no longer held (its session, pid ")
            && out
                .stderr
                .contains("stopped before V6 add_articles_author_id_index, which was not written"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), Some(5));
    with_admin(db.blogctl()).arg("migrate").run().success();
    assert_eq!(version(&db), Some(7));
}
