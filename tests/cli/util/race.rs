//! Races made on purpose: a second session holds a row lock (an
//! uncommitted DELETE, INSERT or UPDATE), blogctl starts and blocks on it,
//! then the second session commits or rolls back. The wait is observed in
//! `pg_stat_activity`, never guessed with a sleep.

use std::time::{Duration, Instant};

use super::process::Running;
use super::{Blogctl, TestDb};

/// Start `run` in the background (stdin closed, output piped).
pub fn start(run: &Blogctl) -> Running {
    use std::process::Stdio;
    run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped())
}

/// Block until a blogctl session on `db` waits for a lock; panics after
/// 30 s (or when `running` ended without waiting).
#[track_caller]
pub fn wait_until_blocked(db: &TestDb, running: &mut Running) {
    let mut client = db.client();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let waiting: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity \
                 WHERE datname = current_database() AND application_name = 'blogctl' \
                   AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .get(0);
        if waiting > 0 {
            return;
        }
        if let Some(status) = running.try_wait() {
            panic!("blogctl ended ({status}) without waiting for the lock");
        }
        assert!(
            Instant::now() < deadline,
            "blogctl did not wait for the lock within 30 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
