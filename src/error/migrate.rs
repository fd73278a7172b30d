//! The failures of `blogctl migrate` (and of `setup`'s migration step):
//! part of the catalogue (`Error::Migrate`), kept together because they
//! share one subject, the migrations and their lock. All exit 1: the
//! database is not as expected, or another session is in the way.

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// The connection does not keep one server session from statement to
    /// statement (a pooler in transaction or statement mode): a session
    /// lock or setting would land on whichever server served it and stay
    /// there.
    #[error(
        "refusing to migrate through a connection that does not keep one server session \
         (a pooler such as PgBouncer in transaction or statement pooling mode): {evidence}; \
         the migration lock and its settings would not hold there; connect directly to \
         PostgreSQL, or through a session-pooled URL (PgBouncer: pool_mode = session); nothing \
         was changed"
    )]
    NotOneSession {
        /// What showed it ("two statements on one connection ran in the
        /// server sessions of pids 123 and 456").
        evidence: String,
    },

    /// A migration lock stayed held by someone else for longer than
    /// `--lock-wait`.
    #[error(
        "gave up waiting for {lock} on this database after {waited} s (--lock-wait): it is held \
         by {holders}; nothing was changed; run again once it is released, raise --lock-wait, \
         or, if that session is stuck, end it (SELECT pg_terminate_backend({}))",
        pid.map_or("<pid>".to_string(), |p| p.to_string())
    )]
    LockWaitTimeout {
        /// "blogctl's migration lock", "the blog API's migration lock (Kysely's)".
        lock: &'static str,
        waited: u64,
        /// Who holds it, as [`crate::db::migrate::Holder`] describes them.
        holders: String,
        /// The first holder's pid, when there is one.
        pid: Option<i32>,
    },

    /// The session holding the migration lock is gone (its connection was
    /// closed, or a DBA ended it): the run stops before its next
    /// migration, which was not applied.
    #[error(
        "the migration lock is no longer held (its session, pid {pid}, ended): stopped before \
         {before}, which was not written; run `blogctl migrate` again"
    )]
    LockLost {
        pid: i32,
        /// "V4 insert_admin", "bringing the two histories in step".
        before: String,
    },

    /// The lock connection's transaction ended and the lock is still
    /// there: never seen, checked all the same.
    #[error(
        "{lock} is still held by its session (pid {pid}) after the run released it: end that \
         session (SELECT pg_terminate_backend({pid})) before the next run"
    )]
    NotReleased { pid: i32, lock: &'static str },

    /// The lock connection reached another server than the migration's
    /// own (a host list whose hosts changed places in between).
    #[error(
        "the migration lock's connection reached another server than the migration's \
         (pid {lock_pid} there, started at {lock_started}; the migration's started at \
         {started}): run again, or name one server in the URL; nothing was changed"
    )]
    OtherServer {
        lock_pid: i32,
        lock_started: String,
        started: String,
    },
}
