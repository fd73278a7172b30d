//! The catalogue of user-facing failures, each with its exit code
//! (PRODUCT.md, "Exit codes"), and the one function that prints them.

use std::fmt;
use std::io::Write;

/// Everything blogctl can fail with. Each message says what went wrong in
/// words a user can act on; the source keeps the underlying cause.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid usage or input; nothing was changed (exit 2).
    #[error("{0}")]
    Usage(String),

    /// The server could not be reached, refused the login or timed out (exit 3).
    #[error("cannot connect to {target}")]
    Connect {
        target: String,
        #[source]
        source: ConnectFailure,
    },

    /// The database refused or failed a statement (exit 1).
    #[error("{context}")]
    Database {
        context: String,
        #[source]
        source: PgError,
    },

    /// The operation failed for a reason stated in the message (exit 1).
    #[error("{0}")]
    Failed(String),

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
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Error::Failed(message.into())
    }

    /// A database error with what blogctl was doing when it happened.
    pub fn db(context: impl Into<String>, source: tokio_postgres::Error) -> Self {
        Error::Database {
            context: context.into(),
            source: PgError(source),
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// The exit code PRODUCT.md assigns to this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Connect { .. } => 3,
            Error::Database { .. } | Error::Failed(_) | Error::Io { .. } => 1,
        }
    }
}

/// Why a connection attempt failed.
#[derive(Debug, thiserror::Error)]
pub enum ConnectFailure {
    #[error("no answer within {0} s (--connect-timeout)")]
    Timeout(u64),
    #[error(transparent)]
    Postgres(#[from] PgError),
}

/// A tokio-postgres error shown in full: the server's message, SQLSTATE,
/// detail and hint, or the client-side error with its causes. tokio-postgres
/// alone prints only "db error".
#[derive(Debug)]
pub struct PgError(pub tokio_postgres::Error);

impl fmt::Display for PgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(db) = self.0.as_db_error() {
            write!(f, "{} (SQLSTATE {})", db.message(), db.code().code())?;
            if let Some(detail) = db.detail() {
                write!(f, "\n  detail: {detail}")?;
            }
            if let Some(hint) = db.hint() {
                write!(f, "\n  hint: {hint}")?;
            }
            return Ok(());
        }
        f.write_str(&with_causes(
            &self.0.to_string(),
            std::error::Error::source(&self.0),
        ))
    }
}

// The Display above already renders the whole chain.
impl std::error::Error for PgError {}

/// True when the error comes from writing to a closed pipe (`| head`):
/// that is success, not a failure.
pub fn is_broken_pipe(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return true;
        }
        if let Some(csv) = e.downcast_ref::<csv::Error>()
            && let csv::ErrorKind::Io(io) = csv.kind()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return true;
        }
        if let Some(json) = e.downcast_ref::<serde_json::Error>()
            && json.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe)
        {
            return true;
        }
        current = e.source();
    }
    false
}

/// `message: cause: cause`, leaving out a cause whose text is already there
/// (TLS libraries repeat themselves down the chain).
fn with_causes(message: &str, mut source: Option<&(dyn std::error::Error + 'static)>) -> String {
    let mut line = message.to_string();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !text.is_empty() && !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        source = cause.source();
    }
    line
}

/// Print `blogctl: error: <message>: <cause>: <cause>` to stderr.
pub fn report(error: &Error) {
    let line = with_causes(&error.to_string(), std::error::Error::source(error));
    let _ = writeln!(std::io::stderr().lock(), "blogctl: error: {line}");
}
