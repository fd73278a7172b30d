//! Opening a connection as libpq opens one: each host of the list in turn
//! (each address of a host name), each attempt bounded by the connect
//! timeout, TLS as `sslmode` says whatever names the server (see
//! [`attempt`]), and the server's role checked against
//! `target_session_attrs`; `--wait` repeats the round while a host could
//! still become acceptable.
//!
//! blogctl drives the host list itself: tokio-postgres's own loop has one
//! timeout for all hosts together, no `prefer-standby`, and keeps only the
//! last host's error.

mod attempt;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio_postgres::Client;
use tokio_postgres::error::SqlState;

use super::conninfo::{ConnSettings, HostSpec, TargetSessionAttrs};
use crate::error::{ConnectFailure, Error, PgError, Result};

/// How often `--wait` tries again.
const RETRY_INTERVAL: Duration = Duration::from_millis(250);

/// A connection, and where it landed.
pub struct Connected {
    pub client: Client,
    pub server: Server,
}

/// The server a connection landed on, and its role when it was opened.
#[derive(Debug, Clone)]
pub struct Server {
    pub host: HostSpec,
    /// The address connected to (TCP).
    pub addr: Option<SocketAddr>,
    /// `pg_is_in_recovery()`: a standby.
    pub in_recovery: bool,
    /// `transaction_read_only`: a standby, or `default_transaction_read_only`.
    pub read_only: bool,
}

impl Server {
    /// `primary`, `standby`, or `primary, read-only`.
    pub fn role(&self) -> &'static str {
        match (self.in_recovery, self.read_only) {
            (true, _) => "standby",
            (false, true) => "primary, read-only (default_transaction_read_only)",
            (false, false) => "primary",
        }
    }
}

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.host)
    }
}

/// What happens while connecting, for the caller to report (`-v`, `--wait`).
pub enum Progress<'a> {
    /// About to try this host (at this address).
    Trying(&'a HostSpec, Option<SocketAddr>),
    /// That attempt failed; the next one follows.
    Failed(&'a str, &'a ConnectFailure),
    /// No host would do yet; `--wait` retries (said once).
    Waiting,
}

/// Connect to the first acceptable host, retrying while `--wait` allows and
/// a host could still become acceptable.
pub async fn connect(
    settings: &ConnSettings,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<Connected> {
    let tls = attempt::Tls::new(settings)?;
    let deadline = settings
        .wait
        .and_then(|wait| Instant::now().checked_add(wait));
    let mut told = false;
    loop {
        let failures = match round(settings, &tls, progress).await {
            Ok(connected) => return Ok(connected),
            Err(failures) => failures,
        };
        let retry = deadline.is_some_and(|d| Instant::now() + RETRY_INTERVAL < d)
            && failures.iter().any(|(_, failure)| may_pass_later(failure));
        if !retry {
            return Err(Error::Connect {
                target: settings.describe(),
                source: combine(failures),
            });
        }
        if !told {
            progress(Progress::Waiting);
            told = true;
        }
        tokio::time::sleep(RETRY_INTERVAL).await;
    }
}

/// One failure as it is; several as one line per host.
fn combine(mut failures: Vec<(String, ConnectFailure)>) -> ConnectFailure {
    if failures.len() == 1 {
        failures.pop().expect("one failure").1
    } else {
        ConnectFailure::Hosts(failures)
    }
}

/// Try every host once, in order. With `prefer-standby` the first server
/// that is not a standby is kept as the fallback (libpq's second pass would
/// land on it again) while the later hosts are tried.
async fn round(
    settings: &ConnSettings,
    tls: &attempt::Tls,
    progress: &mut dyn FnMut(Progress<'_>),
) -> std::result::Result<Connected, Vec<(String, ConnectFailure)>> {
    let timeout = settings.connect_timeout;
    let mut failures = Vec::new();
    let mut fallback = None;
    for host in &settings.hosts {
        let addrs = match tokio::time::timeout(timeout, attempt::addresses(host)).await {
            Ok(Ok(addrs)) => addrs,
            Ok(Err(failure)) => {
                note(progress, &mut failures, host.to_string(), failure);
                continue;
            }
            Err(_) => {
                note(
                    progress,
                    &mut failures,
                    host.to_string(),
                    timed_out(timeout),
                );
                continue;
            }
        };
        let several = addrs.len() > 1;
        for addr in addrs {
            let label = match (several, addr) {
                (true, Some(addr)) => format!("{host} ({})", addr.ip()),
                _ => host.to_string(),
            };
            progress(Progress::Trying(host, addr));
            let connected =
                match tokio::time::timeout(timeout, attempt::open(settings, tls, host, addr)).await
                {
                    Ok(Ok(connected)) => connected,
                    Ok(Err(failure)) => {
                        note(progress, &mut failures, label, failure);
                        continue;
                    }
                    Err(_) => {
                        note(progress, &mut failures, label, timed_out(timeout));
                        continue;
                    }
                };
            match rejection(settings.target, &connected.server) {
                None => return Ok(connected),
                Some(why) => {
                    if settings.target == TargetSessionAttrs::PreferStandby && fallback.is_none() {
                        fallback = Some(connected);
                    }
                    note(
                        progress,
                        &mut failures,
                        label,
                        ConnectFailure::Rejected(why),
                    );
                }
            }
            // A server that answered but has the wrong role: next host (libpq).
            break;
        }
    }
    fallback.ok_or(failures)
}

fn note(
    progress: &mut dyn FnMut(Progress<'_>),
    failures: &mut Vec<(String, ConnectFailure)>,
    label: String,
    failure: ConnectFailure,
) {
    progress(Progress::Failed(&label, &failure));
    failures.push((label, failure));
}

fn timed_out(timeout: Duration) -> ConnectFailure {
    ConnectFailure::Timeout(timeout.as_secs())
}

/// Why `server` does not suit `target_session_attrs`, if it does not
/// (libpq 14's meanings).
fn rejection(target: TargetSessionAttrs, server: &Server) -> Option<String> {
    use TargetSessionAttrs::*;
    let what = if server.in_recovery {
        "a standby (read-only)"
    } else if server.read_only {
        "a primary that only allows read-only transactions (default_transaction_read_only is on)"
    } else {
        "a primary that accepts writes"
    };
    let wants = match target {
        Any => return None,
        ReadWrite if server.read_only => "one that accepts writes",
        ReadOnly if !server.read_only => "a read-only one",
        Primary if server.in_recovery => "the primary",
        Standby | PreferStandby if !server.in_recovery => "a standby",
        _ => return None,
    };
    Some(format!(
        "the server is {what}, and target_session_attrs={target} asks for {wants}"
    ))
}

/// Whether a host that failed this way could be acceptable later: a server
/// down, starting, overloaded or not answering may come up, and a standby
/// may be promoted (or a primary demoted); a refused password, a missing
/// database or a bad certificate will not get better by waiting.
fn may_pass_later(failure: &ConnectFailure) -> bool {
    match failure {
        ConnectFailure::Timeout(_)
        | ConnectFailure::Io(_)
        | ConnectFailure::Resolve(_)
        | ConnectFailure::Rejected(_) => true,
        ConnectFailure::Hosts(list) => list.iter().any(|(_, f)| may_pass_later(f)),
        ConnectFailure::Tls(_) => false,
        ConnectFailure::Postgres(PgError(e)) => {
            if let Some(db) = e.as_db_error() {
                return [
                    SqlState::CANNOT_CONNECT_NOW,
                    SqlState::TOO_MANY_CONNECTIONS,
                    SqlState::ADMIN_SHUTDOWN,
                    SqlState::CRASH_SHUTDOWN,
                ]
                .contains(db.code());
            }
            is_network_error(e)
        }
    }
}

/// A tokio-postgres error caused by the network (refused, reset, closed, timed out).
fn is_network_error(e: &tokio_postgres::Error) -> bool {
    use std::io::ErrorKind::*;
    if e.is_closed() {
        return true;
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return matches!(
                io.kind(),
                ConnectionRefused
                    | ConnectionReset
                    | ConnectionAborted
                    | NotFound
                    | TimedOut
                    | UnexpectedEof
                    | AddrNotAvailable
                    | BrokenPipe
                    | NetworkUnreachable
                    | HostUnreachable
                    | NetworkDown
            );
        }
        source = cause.source();
    }
    false
}

/// Whether an error in the middle of a query means the connection is gone
/// (the server stopped or crashed, the network failed), not that the query
/// was refused.
pub fn is_connection_lost(e: &tokio_postgres::Error) -> bool {
    match e.as_db_error() {
        Some(db) => {
            db.code().code().starts_with("08")
                || [SqlState::ADMIN_SHUTDOWN, SqlState::CRASH_SHUTDOWN].contains(db.code())
        }
        None => is_network_error(e),
    }
}

/// Whether connecting failed because the database does not exist (on any
/// of the hosts), which `setup` repairs.
pub fn is_missing_database(failure: &ConnectFailure) -> bool {
    match failure {
        ConnectFailure::Postgres(PgError(e)) => e.code() == Some(&SqlState::INVALID_CATALOG_NAME),
        ConnectFailure::Hosts(list) => list.iter().any(|(_, f)| is_missing_database(f)),
        _ => false,
    }
}
