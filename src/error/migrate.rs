//! The failures of `blogctl migrate` (and of `setup`'s migration step):
//! part of the catalogue (`Error::Migrate`), kept together because they
//! share one subject, the migrations, their two histories and their lock.
//! All exit 1: the database is not as expected, a migration failed, or
//! another session is in the way.

use super::PgError;
use super::wording::{applied_in_run, database_at, divergence, lock_hint};

/// blogctl's advice when a concurrent index build met its lock timeout.
fn index_hint(source: Option<&PgError>, lock_timeout: u64) -> String {
    if source.and_then(PgError::sqlstate) != Some("55P03") {
        return String::new();
    }
    format!(
        " (a concurrent index build waits for every transaction that writes to articles, or \
         that is older than the build anywhere in the database; one of them lasted more than \
         {lock_timeout} s (--lock-timeout), a long-running transaction perhaps: run again when \
         it has ended, or raise --lock-timeout)"
    )
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("the database is not up to date: {}", behind.join(", "))]
    NotUpToDate { behind: Vec<String> },

    #[error(
        "V{version} {name} is not applied but later versions are (the database is at \
         V{current}); refusing to apply migrations out of order; nothing was changed"
    )]
    OutOfOrder {
        version: i32,
        name: String,
        current: i32,
    },

    #[error(
        "refusing to migrate: refinery_schema_history has rows that refinery cannot read \
         (it needs an RFC 3339 applied_on and a numeric checksum): {}; correct them (UPDATE \
         refinery_schema_history SET ... WHERE version = ...) and run again; nothing was \
         applied",
        rows.join("; ")
    )]
    UnreadableHistory { rows: Vec<String> },

    #[error(
        "refusing to migrate: {}; nothing was applied",
        divergence(missing, changed)
    )]
    Divergent {
        /// Applied, unknown to this binary.
        missing: Vec<String>,
        /// Applied with another name or checksum.
        changed: Vec<String>,
    },

    #[error(
        "the database has articles, and V5 add_author_id gives each of them the admin as \
         author, but there is no admin: set ADMIN_EMAIL to the admin's email (and \
         ADMIN_PASSWORD if that user does not exist yet), in the environment or .env; \
         nothing was changed"
    )]
    NoAdminForArticles,

    #[error(
        "migration V{version} {name} failed; it was rolled back, nothing of V{version} was \
         applied; {}; {}{}",
        applied_in_run(applied), database_at(*at), lock_hint(source, *lock_timeout)
    )]
    MigrationFailed {
        version: i32,
        name: String,
        /// `V1 add_articles_table`, ... applied earlier in the same run.
        applied: Vec<String>,
        /// Where the database stands now.
        at: Option<i32>,
        lock_timeout: u64,
        #[source]
        source: PgError,
    },

    /// V6's concurrent index build (db::migrate::concurrent) failed, or
    /// could not start: V6 is not recorded.
    #[error(
        "migration V{version} {name} failed: {problem}; V{version} was not recorded; {}; {}{}",
        applied_in_run(applied),
        database_at(*at),
        index_hint(source.as_ref(), *lock_timeout)
    )]
    IndexBuildFailed {
        version: i32,
        name: String,
        problem: &'static str,
        applied: Vec<String>,
        at: Option<i32>,
        lock_timeout: u64,
        #[source]
        source: Option<PgError>,
    },

    #[error(
        "the blog API's kysely_migration lists migrations this blogctl does not know: {}; \
         it knows {} (names that sort after the last of them are a newer blog API's, and left \
         to it); nothing was changed",
        unknown.join(", "), known.join(", ")
    )]
    KyselyUnknown {
        unknown: Vec<String>,
        known: Vec<&'static str>,
    },

    #[error(
        "the blog API's kysely_migration has gaps: it lists {}; blogctl adopts only a \
         history that starts with the first and skips none; nothing was changed",
        names.join(", ")
    )]
    KyselyGaps { names: Vec<String> },

    #[error(
        "the blog API's kysely_migration row {name} has the timestamp `{timestamp}`, which is \
         not RFC 3339 ({reason}); nothing was changed"
    )]
    KyselyTimestamp {
        name: String,
        timestamp: String,
        reason: String,
    },

    #[error(
        "the blog API's kysely_migration says the database is at {at}, but the schema does not \
         match: expected {}; nothing was changed",
        expected.join(", ")
    )]
    KyselySchemaMismatch {
        at: &'static str,
        expected: Vec<String>,
    },

    #[error("this blogctl has no migration V{version}")]
    NoSuchMigration { version: i32 },

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

    /// Releasing a key the lock connection should hold found it not held.
    #[error(
        "{lock} was not held by the migration lock's session (pid {pid}) when the run \
         released it: its session may have been ended meanwhile; check with `blogctl migrate \
         status` that every migration of this run was recorded"
    )]
    NotHeld { pid: i32, lock: &'static str },

    /// The lock was released and is still there: never seen, checked all
    /// the same.
    #[error(
        "{lock} is still held by its session (pid {pid}) after the run released it: end that \
         session (SELECT pg_terminate_backend({pid})) before the next run"
    )]
    NotReleased { pid: i32, lock: &'static str },

    /// A row blogctl asked the server for did not come back as it should.
    #[error("{what}: the server's answer could not be read")]
    Unreadable { what: &'static str },

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
