//! Races made on purpose: a second session holds a row lock (an
//! uncommitted DELETE, INSERT or UPDATE), blogctl starts and blocks on it,
//! then the second session commits or rolls back. The wait is observed in
//! `pg_stat_activity`, never guessed with a sleep.

use super::process::Running;
use super::{Blogctl, TestDb, wait_until};

/// Start `run` in the background (stdin closed, output piped).
pub fn start(run: &Blogctl) -> Running {
    use std::process::Stdio;
    run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped())
}

/// Block until a blogctl session on `db` waits for a lock; fails when
/// `running` ends without waiting (or after [`super::PATIENCE`]).
#[track_caller]
pub fn wait_until_blocked(db: &TestDb, running: &mut Running) {
    let mut client = db.client();
    wait_until("blogctl to wait for a lock", || {
        if let Some(status) = running.try_wait() {
            panic!("blogctl ended ({status}) without waiting for the lock");
        }
        client
            .query_one(
                "SELECT count(*) > 0 FROM pg_stat_activity \
                 WHERE datname = current_database() AND application_name = 'blogctl' \
                   AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .get(0)
    });
}
