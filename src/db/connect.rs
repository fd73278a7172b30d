//! Opening a connection: TLS as libpq's `sslmode` says (see [`super::tls`]),
//! the whole setup bounded by the connect timeout, and `--wait` retries.

use std::time::{Duration, Instant};

use tokio_postgres::config::Host;
use tokio_postgres::error::SqlState;
use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{Client, Socket};

use super::conninfo::{ConnSettings, SslMode};
use crate::error::{ConnectFailure, Error, PgError, Result};

/// How often `--wait` tries again.
const RETRY_INTERVAL: Duration = Duration::from_millis(250);

/// Connect, retrying while the server is not up when `--wait` was given.
/// `on_wait` is called once, before the first retry, to tell the user.
pub async fn connect(settings: &ConnSettings, on_wait: impl FnOnce()) -> Result<Client> {
    // Building a native-tls connector reads the system's CA bundle (about
    // 50 ms of a 60 ms `articles show`): skip it when TLS cannot be used.
    // Like libpq, never ask for TLS on a Unix socket, whatever sslmode says.
    let only_sockets = settings
        .pg
        .get_hosts()
        .iter()
        .all(|host| matches!(host, Host::Unix(_)));
    if settings.ssl_mode == SslMode::Disable || only_sockets {
        let mut plain = settings.clone();
        plain.pg.ssl_mode(tokio_postgres::config::SslMode::Disable);
        return connect_with(&plain, tokio_postgres::NoTls, on_wait).await;
    }
    connect_with(settings, super::tls::connector(settings)?, on_wait).await
}

async fn connect_with<T>(settings: &ConnSettings, tls: T, on_wait: impl FnOnce()) -> Result<Client>
where
    T: MakeTlsConnect<Socket> + Clone,
    T::Stream: Send + 'static,
{
    let deadline = settings.wait.map(|wait| Instant::now() + wait);
    let mut on_wait = Some(on_wait);
    loop {
        let failure =
            match tokio::time::timeout(settings.connect_timeout, settings.pg.connect(tls.clone()))
                .await
            {
                Ok(Ok((client, connection))) => {
                    tokio::spawn(async move {
                        // The client reports a broken connection on its next call.
                        let _ = connection.await;
                    });
                    return Ok(client);
                }
                Ok(Err(e)) => ConnectFailure::Postgres(PgError(e)),
                Err(_) => ConnectFailure::Timeout(settings.connect_timeout.as_secs()),
            };
        let retry =
            deadline.is_some_and(|d| Instant::now() + RETRY_INTERVAL < d) && is_transient(&failure);
        if !retry {
            return Err(Error::Connect {
                target: settings.describe(),
                source: failure,
            });
        }
        if let Some(tell) = on_wait.take() {
            tell();
        }
        tokio::time::sleep(RETRY_INTERVAL).await;
    }
}

/// A server that is down, starting up or not answering may come up;
/// a refused password or a bad certificate will not.
fn is_transient(failure: &ConnectFailure) -> bool {
    match failure {
        ConnectFailure::Timeout(_) => true,
        ConnectFailure::Postgres(PgError(e)) => {
            if let Some(db) = e.as_db_error() {
                return *db.code() == SqlState::CANNOT_CONNECT_NOW;
            }
            // A server not up yet refuses, resets or is not there; a bad
            // certificate (InvalidData) will not get better by waiting.
            use std::io::ErrorKind::*;
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
                    );
                }
                source = cause.source();
            }
            false
        }
    }
}
