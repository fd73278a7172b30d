//! Opening a connection: libpq's `sslmode` meanings built on native-tls, the
//! whole setup bounded by the connect timeout, and `--wait` retries.

use std::time::{Duration, Instant};

use native_tls::{Certificate, TlsConnector};
use postgres_native_tls::MakeTlsConnector;
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
    connect_with(settings, tls_connector(settings)?, on_wait).await
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
            let mut source = std::error::Error::source(e);
            while let Some(cause) = source {
                if cause.is::<std::io::Error>() {
                    return true;
                }
                source = cause.source();
            }
            false
        }
    }
}

/// The TLS connector for libpq's modes: `prefer` and `require` encrypt
/// without verifying (unless `require` has a root certificate, which makes it
/// `verify-ca`, as in libpq); `verify-ca` checks the chain against
/// `sslrootcert`; `verify-full` also checks the host name.
fn tls_connector(settings: &ConnSettings) -> Result<MakeTlsConnector> {
    let mut builder = TlsConnector::builder();
    let root_cert = settings.ssl_root_cert.as_deref();
    let mode = match (settings.ssl_mode, root_cert) {
        (SslMode::Require, Some(_)) => SslMode::VerifyCa,
        (mode, _) => mode,
    };
    match mode {
        SslMode::Disable | SslMode::Prefer | SslMode::Require => {
            builder
                .disable_built_in_roots(true)
                .danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true);
        }
        SslMode::VerifyCa | SslMode::VerifyFull => {
            let path = root_cert
                .map(std::path::Path::to_path_buf)
                .or_else(|| std::env::home_dir().map(|home| home.join(".postgresql/root.crt")));
            match path {
                Some(path) if path.as_os_str() == "system" => {}
                Some(path) => {
                    let pem = std::fs::read(&path).map_err(|e| {
                        Error::usage(format!(
                            "cannot read the root certificate {} (sslrootcert) that sslmode={} needs: {e}",
                            path.display(),
                            if mode == SslMode::VerifyCa { "verify-ca" } else { "verify-full" }
                        ))
                    })?;
                    let certs = Certificate::stack_from_pem(&pem).map_err(|e| {
                        Error::usage(format!("{} holds no PEM certificate: {e}", path.display()))
                    })?;
                    builder.disable_built_in_roots(true);
                    for cert in certs {
                        builder.add_root_certificate(cert);
                    }
                }
                None => {}
            }
            builder.danger_accept_invalid_hostnames(mode == SslMode::VerifyCa);
        }
    }
    let connector = builder
        .build()
        .map_err(|e| Error::usage(format!("cannot set up TLS: {e}")))?;
    Ok(MakeTlsConnector::new(connector))
}
