//! The catalogue of user-facing failures: one variant per failure a user
//! can meet, its message and its exit code (PRODUCT.md, "Exit codes") in
//! one place, and the one function that prints them. PostgreSQL errors are
//! mapped into this catalogue at the `db/` boundary (`db::map_error`) and
//! printed one way ([`PgError`]), password hashes redacted ([`redact`]).
//! The failures of one area live in a file of their own: passwords' in
//! [`PasswordError`], `blogctl migrate`'s in [`MigrateError`], `blogctl
//! local`'s in [`LocalError`]; the exit codes in `exit.rs`.

mod exit;
mod local;
mod migrate;
mod password;
mod postgres;
pub mod redact;
mod report;
mod wording;

use std::path::PathBuf;

pub use local::LocalError;
pub use migrate::MigrateError;
pub use password::PasswordError;
pub use postgres::{ConnectFailure, PgError};
pub use report::{is_broken_pipe, line, report};
pub use wording::articles_named;

use wording::*;

use crate::model::UserRef;

/// Everything blogctl can fail with. Each message says what went wrong in
/// words a user can act on; the source keeps the underlying cause, which
/// [`report`] prints after it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    // ---- Invalid usage or input; nothing was changed (exit 2). ----
    #[error("env file {} does not exist (--env-file)", path.display())]
    EnvFileMissing { path: PathBuf },

    #[error("cannot read env file {}", path.display())]
    EnvFileUnreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A `.env` line that cannot be used; its text is never shown (it may
    /// hold a secret, and dotenvy's own message quotes the rest of the file).
    #[error(
        "env file {}, {at}: {problem} (the line is not shown: it may hold a secret)",
        path.display()
    )]
    EnvFileInvalid {
        path: PathBuf,
        /// The line, and the key it sets or the column.
        at: String,
        problem: &'static str,
    },

    #[error(
        "{}",
        if *flag {
            "--database-url is empty: give a postgres:// URL or a key=value string"
        } else {
            "DATABASE_URL is set but empty (an unset CI secret?): set it to a postgres:// URL \
             or a key=value string, or unset it to use the POSTGRES_* or PG* variables"
        }
    )]
    DatabaseUrlEmpty { flag: bool },

    /// A setting from the environment or the .env file that cannot be used.
    #[error("{0}")]
    BadSetting(String),

    /// A connection string, a libpq variable or a TLS file that cannot be used.
    #[error("{0}")]
    BadConnectionSetting(String),

    #[error("{what} is empty: {fix}")]
    Empty {
        what: &'static str,
        fix: &'static str,
    },

    #[error("{what} holds a NUL byte, which PostgreSQL text cannot store")]
    NulByte { what: &'static str },

    #[error("`{value}` is not an email address (--email)")]
    NotAnEmail { value: String },

    #[error("ADMIN_EMAIL `{value}` is not an email address")]
    AdminEmailInvalid { value: String },

    #[error(
        "ADMIN_EMAIL is not set: set ADMIN_EMAIL (and ADMIN_PASSWORD, optionally ADMIN_NAME) \
         in the environment or in .env"
    )]
    AdminEmailUnset,

    #[error(
        "the admin {email} does not exist yet and no password was given for it: set \
         ADMIN_PASSWORD, or create the admin first with `blogctl seed`"
    )]
    AdminPasswordNeeded { email: String },

    #[error("cannot read the content from {from}")]
    ContentUnreadable {
        from: String,
        #[source]
        source: std::io::Error,
    },

    /// More bytes than [`crate::model::MAX_CONTENT_CHARS`] characters can
    /// take (4 bytes each at most): refused without reading the rest.
    #[error(
        "the content in {from} is longer than {max_bytes} bytes, more than {max} characters \
         can take; at most {max} characters are accepted"
    )]
    ContentTooLong {
        from: String,
        max_bytes: usize,
        max: usize,
    },

    #[error("the content in {from} is not UTF-8 text")]
    ContentNotUtf8 {
        from: String,
        #[source]
        source: std::string::FromUtf8Error,
    },

    /// `what`: "the user 3", "articles 4, 5".
    #[error("refusing to delete {what} without confirmation: pass --yes (no terminal to ask on)")]
    NoConfirmation { what: String },

    #[error("{what} is {chars} characters long; at most {max} are accepted")]
    TooLong {
        what: &'static str,
        chars: usize,
        max: usize,
    },

    #[error("--reassign-articles-to names the user being deleted: name another user")]
    HeirIsTheUser,

    #[error("--target {target}: this blogctl has no such migration (it has V1 to V{latest})")]
    NoSuchTarget { target: u32, latest: i32 },

    // ---- Cannot reach or log in to the database (exit 3). ----
    #[error("cannot connect to {target}")]
    Connect {
        target: String,
        #[source]
        source: ConnectFailure,
    },

    /// Rows were being read when the stream broke (exit 3 when the
    /// connection was lost, 1 when the query failed).
    #[error(
        "the output is incomplete: {}",
        if *lost {
            format!("the connection to {server} was lost after {} written", rows_were(*rows))
        } else {
            format!("{} written before the query failed", rows_were(*rows))
        }
    )]
    OutputCut {
        rows: u64,
        /// Where the connection was (filled in by the command layer).
        server: String,
        lost: bool,
        #[source]
        source: PgError,
    },

    // ---- The operation failed (exit 1). ----
    #[error(
        "{}",
        if *standby {
            format!(
                "the server at {server} is a read-only standby; point blogctl at the primary \
                 (target_session_attrs=read-write)"
            )
        } else {
            format!(
                "the server at {server} allows only read-only transactions \
                 (default_transaction_read_only is on): point blogctl at a server that accepts \
                 writes (target_session_attrs=read-write), or connect as a role that may write"
            )
        }
    )]
    ReadOnlyServer { server: String, standby: bool },

    #[error("article {id} not found: see `blogctl articles list` for the ids")]
    ArticleNotFound { id: i32 },

    /// Some of the articles a command names do not exist (`doing`:
    /// "changed", "deleted").
    #[error(
        "{} not found: nothing was {doing}; see `blogctl articles list` for the ids",
        articles_named(ids)
    )]
    ArticlesNotFound { ids: Vec<i32>, doing: &'static str },

    /// A row the command had found went away before it could change it:
    /// another session deleted it in between.
    #[error("{what} was deleted by another session meanwhile: nothing was {doing}")]
    DeletedMeanwhile {
        /// "article 5", "user 3", "articles 4, 7"
        what: String,
        doing: &'static str,
    },

    /// A DELETE refused by a foreign key: rows of a table blogctl does not
    /// write still refer to the row (a newer blog API's comments, say).
    #[error(
        "{what} is still referenced from table {table} (foreign key {constraint}): change or \
         delete those rows first; nothing was deleted"
    )]
    StillReferenced {
        what: String,
        table: String,
        constraint: String,
    },

    #[error("no {user}: see `blogctl users list`")]
    UserNotFound { user: UserRef },

    #[error(
        "the author, {author}, does not exist: see `blogctl users list`, or create it with \
         `blogctl users create`"
    )]
    UnknownAuthor { author: UserRef },

    #[error("no {heir} to take over the articles (--reassign-articles-to)")]
    UnknownHeir { heir: UserRef },

    #[error(
        "a user with email {email} already exists: choose another email, or see that user with \
         `blogctl users show {email}`"
    )]
    EmailTaken { email: String },

    #[error(
        "user {id} still authors {articles} article{}: pass --reassign-articles-to <ID|EMAIL> \
         to give them to another user first; nothing was deleted",
        if *articles == 1 { "" } else { "s" }
    )]
    StillAuthors { id: i32, articles: i64 },

    /// The user answered no: a choice, not a failure, so [`report`] prints
    /// it without the `error:` prefix (the exit code stays 1).
    #[error("nothing was deleted")]
    NotConfirmed,

    #[error("user {id} vanished while blogctl was writing it")]
    UserVanished { id: i32 },

    #[error("the admin {email} vanished while being created")]
    AdminVanished { email: String },

    /// A query met a missing table (42P01): the schema is not there yet.
    #[error(
        "{context}: the database is not migrated yet: run `blogctl migrate` (or `blogctl setup`)"
    )]
    NotMigrated { context: String },

    #[error("the database has no users table yet: run `blogctl migrate` first, or `blogctl setup`")]
    NoUsersTable,

    #[error("the demo data needs every migration applied: run `blogctl migrate` first")]
    DemoNeedsMigrations,

    #[error(
        "the database {name} does not exist and the role {role} may not create databases: \
         create it as a role that may ({create}), or grant CREATEDB ({grant}), then run \
         `blogctl setup` again"
    )]
    MayNotCreateDatabase {
        name: String,
        role: String,
        /// The SQL that would create it (`CREATE DATABASE "blog" OWNER "app"`).
        create: String,
        /// The SQL that would let the role do it (`ALTER ROLE "app" CREATEDB`).
        grant: String,
        #[source]
        source: PgError,
    },

    /// Neither maintenance database would let blogctl in to create the
    /// database, tried as createdb tries them: `postgres`, then
    /// `template1` (exit code: the second failure's).
    #[error(
        "cannot create the database {name}: neither maintenance database let blogctl in \
         (postgres: {}; then template1)",
        report::with_causes(&postgres.to_string(), std::error::Error::source(&**postgres))
    )]
    NoMaintenanceDatabase {
        name: String,
        postgres: Box<Error>,
        #[source]
        template1: Box<Error>,
    },

    /// Exit 1 when V5 needs the admin for existing articles, 2 otherwise.
    #[error(
        "the admin {email} (ADMIN_EMAIL) does not exist yet and ADMIN_PASSWORD is not set: set \
         ADMIN_PASSWORD to create it; nothing was changed"
    )]
    AdminMissingForMigration { email: String, for_articles: bool },

    /// A newer blog API replaced a column blogctl reads or writes.
    #[error(
        "{doing}: the database has no column {}, which blogctl reads and writes{}; the newest \
         blog API migration applied is {newest}, and this blogctl knows the blog API's schema \
         up to {known}: use a blogctl that knows the newer schema, or the blog API",
        columns.join(", "),
        replaced.iter().map(|r| format!("; {r}")).collect::<String>()
    )]
    ColumnReplaced {
        /// What blogctl was doing ("cannot list the articles").
        doing: String,
        /// `articles.article_content`, ...
        columns: Vec<String>,
        /// What replaced them, when blogctl knows the migration.
        replaced: Vec<String>,
        newest: String,
        known: &'static str,
    },

    /// A deadlock (40P01) or a serialization failure (40001): PostgreSQL
    /// rolled the transaction back because another session was changing
    /// the same rows at the same moment. Running again is the fix.
    #[error(
        "{context}: another session was changing the same rows at the same moment, and \
         PostgreSQL rolled this command back; nothing was changed: run it again"
    )]
    Conflict {
        context: String,
        #[source]
        source: PgError,
    },

    /// The database refused or failed a statement (exit 1).
    #[error("{context}")]
    Database {
        context: String,
        #[source]
        source: PgError,
    },

    /// Where a password comes from, its rules, hashing and checking it
    /// (exit 2 or 1: see [`PasswordError::exit_code`]).
    #[error(transparent)]
    Password(#[from] PasswordError),

    /// `blogctl migrate` and its lock (exit 1).
    #[error(transparent)]
    Migrate(#[from] MigrateError),

    /// `blogctl local` and `--local` (exit 1 or 2: see [`LocalError::exit_code`]).
    #[error(transparent)]
    Local(#[from] LocalError),

    /// Reading or writing a file or stream failed (exit 1; exit 0 for a closed stdout).
    #[error("{context}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A database error with what blogctl was doing when it happened.
    /// Queries go through `db::map_error`, which knows the domain errors.
    pub fn db(context: impl Into<String>, source: tokio_postgres::Error) -> Self {
        Error::Database {
            context: context.into(),
            source: PgError(source),
        }
    }

    /// An [`Error::OutputCut`] with where the connection was and how many
    /// rows reached the output; any other error as it is.
    pub fn output_cut(self, at: &impl std::fmt::Display, written: u64) -> Self {
        match self {
            Error::OutputCut { lost, source, .. } => Error::OutputCut {
                rows: written,
                server: at.to_string(),
                lost,
                source,
            },
            other => other,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
