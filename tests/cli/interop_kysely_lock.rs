//! blogctl and the blog API's migrator (the real Kysely 0.26) started at
//! the same moment, in both orders: Kysely's advisory lock key serialises
//! them, Kysely's tables created by both at once are tolerated, and the
//! schema is applied once.

use std::process::{Child, Stdio};

use crate::util::process::Running;

use crate::interop_kysely::{PART_121, api_migrate, count};
use crate::migrate::version;
use crate::migrate_kysely::{KYSELY_LOCK_KEY, kysely_rows};
use crate::seed::ADMIN_EMAIL;
use crate::util::node::kysely_migrate;
use crate::util::{TestDb, secret};

/// Start `blogctl migrate` with the admin variables.
fn spawn_blogctl(db: &TestDb, password: &str) -> Migrator {
    Migrator::Blogctl(
        db.blogctl()
            .arg("migrate")
            .env("ADMIN_EMAIL", ADMIN_EMAIL)
            .env("ADMIN_PASSWORD", password)
            .spawn(Stdio::null(), Stdio::piped(), Stdio::piped()),
    )
}

/// One of the two migrators, running.
enum Migrator {
    Blogctl(Running),
    Api(Child),
}

impl Migrator {
    /// Wait for it: its exit code and everything it printed.
    fn finish(self) -> (i32, String) {
        match self {
            Migrator::Blogctl(running) => {
                let out = running.wait_with_output();
                (out.code, format!("{}{}", out.stdout, out.stderr))
            }
            Migrator::Api(child) => {
                let out = child.wait_with_output().unwrap();
                let text = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                (out.status.code().unwrap_or(-1), text)
            }
        }
    }
}

fn spawn_api(db: &TestDb, password: &str) -> Migrator {
    Migrator::Api(
        kysely_migrate(&db.url, PART_121, (ADMIN_EMAIL, password))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    )
}

/// Both exited 0 and the schema is there once: one admin, each history row
/// once, and the API's migrator finds nothing left to do.
fn assert_applied_once(db: &TestDb, children: Vec<Migrator>, password: &str) {
    for child in children {
        let (code, text) = child.finish();
        assert_eq!(code, 0, "{text}");
    }
    assert_eq!(version(db), Some(7));
    assert_eq!(
        count(
            db,
            "SELECT count(DISTINCT version) FROM refinery_schema_history"
        ),
        7
    );
    assert_eq!(count(db, "SELECT count(*) FROM refinery_schema_history"), 7);
    assert_eq!(kysely_rows(db).len(), 5);
    assert_eq!(count(db, "SELECT count(*) FROM users"), 1);
    let (code, executed, output) = api_migrate(db, PART_121, password);
    assert_eq!((code, executed.len()), (0, 0), "{output}");
}

/// How many sessions wait for Kysely's lock key: the API's migrator queues
/// in `pg_locks`; blogctl polls for it (its lock connection's last
/// statement is the try).
const WAITING: &str = "SELECT (SELECT count(*) FROM pg_locks
         WHERE locktype = 'advisory' AND NOT granted
           AND ((classid::bigint << 32) | objid::bigint) = 3853314791062309107
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))
     + (SELECT count(*) FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = 'blogctl'
           AND query = 'SELECT pg_try_advisory_lock(3853314791062309107)') >= {n}";

#[test]
fn blogctl_and_the_api_migrator_started_together_in_either_order() {
    for blogctl_first in [true, false] {
        let db = TestDb::new(if blogctl_first {
            "together_blogctl_first"
        } else {
            "together_api_first"
        });
        let password = secret("together-pw");
        // Queue both behind a lock this test holds, started in a known order,
        // then let them go at once (the API's migrator, queued in pg_locks,
        // is granted the lock first; blogctl, which polls, waits for it).
        let mut holder = db.client();
        holder
            .execute("SELECT pg_advisory_lock($1)", &[&KYSELY_LOCK_KEY])
            .unwrap();
        let mut children = Vec::new();
        for (i, blogctl) in [blogctl_first, !blogctl_first].into_iter().enumerate() {
            children.push(match blogctl {
                true => spawn_blogctl(&db, &password),
                false => spawn_api(&db, &password),
            });
            db.wait_until(&WAITING.replace("{n}", &(i + 1).to_string()));
        }
        holder
            .execute("SELECT pg_advisory_unlock($1)", &[&KYSELY_LOCK_KEY])
            .unwrap();
        assert_applied_once(&db, children, &password);
    }
}

#[test]
fn blogctl_and_the_api_migrator_racing_from_an_empty_database() {
    // No lock held: both create their tables and history at the same
    // moment (Kysely creates its tables before its lock).
    for round in 0..4 {
        let db = TestDb::new(&format!("race_{round}"));
        let password = secret("racing-pw-1");
        let children = if round % 2 == 0 {
            vec![spawn_blogctl(&db, &password), spawn_api(&db, &password)]
        } else {
            vec![spawn_api(&db, &password), spawn_blogctl(&db, &password)]
        };
        assert_applied_once(&db, children, &password);
    }
}
