//! PostgreSQL's errors, printed one way: the server's message, SQLSTATE,
//! detail and hint ([`PgError`]), whatever blogctl was doing (a query, a
//! migration, connecting).

use std::fmt;

use super::report::with_causes;

/// Why connecting failed: one attempt's reason, or one per host tried.
#[derive(Debug, thiserror::Error)]
pub enum ConnectFailure {
    #[error("no answer within {0} s (--connect-timeout)")]
    Timeout(u64),
    #[error(transparent)]
    Postgres(#[from] PgError),
    /// The socket could not be opened (refused, unreachable, ...).
    #[error("error connecting to server: {0}")]
    Io(std::io::Error),
    /// The host name did not resolve.
    #[error("cannot resolve the host name: {0}")]
    Resolve(std::io::Error),
    /// The server answered but does not suit `target_session_attrs`.
    #[error("{0}")]
    Rejected(String),
    #[error("{0}")]
    Tls(String),
    /// Several hosts (or addresses) were tried: each with its reason.
    #[error("{}", list_hosts(.0))]
    Hosts(Vec<(String, ConnectFailure)>),
}

/// A heading, then one indented line per host and its reason.
fn list_hosts(failures: &[(String, ConnectFailure)]) -> String {
    let mut text = format!("none of the {} attempts succeeded:", failures.len());
    for (host, failure) in failures {
        let line = with_causes(&failure.to_string(), std::error::Error::source(failure));
        text.push_str(&format!("\n  {host}: {line}"));
    }
    text
}

/// A tokio-postgres error shown in full: the server's message, SQLSTATE,
/// detail and hint, or the client-side error with its causes. tokio-postgres
/// alone prints only "db error". This is the one way blogctl prints a
/// PostgreSQL error.
#[derive(Debug)]
pub struct PgError(pub tokio_postgres::Error);

impl PgError {
    /// The SQLSTATE the server gave, if any.
    pub fn sqlstate(&self) -> Option<&str> {
        self.0.code().map(|c| c.code())
    }
}

/// The server's message, detail and hint may quote a row, password hash
/// included (`Failing row contains (…, $2b$10$…)` under a CHECK a DBA
/// added): hashes are redacted here, where every PostgreSQL error is
/// turned into text.
impl fmt::Display for PgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let clean = super::redact::hashes;
        if let Some(db) = self.0.as_db_error() {
            write!(f, "{} (SQLSTATE {})", clean(db.message()), db.code().code())?;
            if let Some(detail) = db.detail() {
                write!(f, "\n  detail: {}", clean(detail))?;
            }
            if let Some(hint) = db.hint() {
                write!(f, "\n  hint: {}", clean(hint))?;
            }
            return Ok(());
        }
        let text = with_causes(&self.0.to_string(), std::error::Error::source(&self.0));
        f.write_str(&clean(&text))
    }
}

// The Display above already renders the whole chain.
impl std::error::Error for PgError {}
