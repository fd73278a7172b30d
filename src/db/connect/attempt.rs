//! One connection attempt: the socket (TCP with keepalives and
//! `tcp_user_timeout`, or a Unix socket), TLS as `sslmode` says, startup and
//! authentication, then the server's role.
//!
//! blogctl opens the socket itself and hands it to tokio-postgres's
//! `connect_raw`: TLS is then decided per socket (a TCP connection named by
//! `hostaddr` alone has no host name, and tokio-postgres's own connect took
//! it for a Unix socket and skipped TLS), and name lookup is bounded by the
//! connect timeout like the rest.

use std::net::SocketAddr;

use socket2::{SockRef, TcpKeepalive};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpStream, UnixStream};
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{Client, Connection, NoTls};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::{Connected, Server};
use crate::db::conninfo::{ConnSettings, Endpoint, HostSpec, SslMode};
use crate::error::{ConnectFailure, PgError, Result};

/// The TLS connector, built once when a TCP host may need it (building it
/// reads `sslrootcert`).
pub struct Tls(Option<MakeRustlsConnect>);

impl Tls {
    pub fn new(settings: &ConnSettings) -> Result<Tls> {
        let needed =
            settings.ssl_mode != SslMode::Disable && settings.hosts.iter().any(HostSpec::is_tcp);
        Ok(Tls(match needed {
            true => Some(crate::db::tls::connector(settings)?),
            false => None,
        }))
    }
}

/// The addresses to try for `host`: its `hostaddr`, what its name resolves
/// to, or (`None`) its Unix socket.
pub async fn addresses(host: &HostSpec) -> Result<Vec<Option<SocketAddr>>, ConnectFailure> {
    match &host.endpoint {
        Endpoint::Socket(_) => Ok(vec![None]),
        Endpoint::Tcp { addr: Some(ip), .. } => Ok(vec![Some(SocketAddr::new(*ip, host.port))]),
        Endpoint::Tcp {
            name: Some(name),
            addr: None,
        } => {
            let mut found: Vec<Option<SocketAddr>> = Vec::new();
            for addr in tokio::net::lookup_host((name.as_str(), host.port))
                .await
                .map_err(ConnectFailure::Resolve)?
            {
                if !found.contains(&Some(addr)) {
                    found.push(Some(addr));
                }
            }
            Ok(found)
        }
        Endpoint::Tcp {
            name: None,
            addr: None,
        } => Err(ConnectFailure::Tls("no host name and no address".into())),
    }
}

/// Open one connection to `host` at `addr` and find out its role.
pub async fn open(
    settings: &ConnSettings,
    tls: &Tls,
    host: &HostSpec,
    addr: Option<SocketAddr>,
) -> Result<Connected, ConnectFailure> {
    let mut config = tokio_postgres::Config::new();
    config
        .user(&settings.user)
        .dbname(&settings.dbname)
        .application_name(&settings.application_name)
        .channel_binding(settings.channel_binding);
    if let Some(options) = &settings.options {
        config.options(options);
    }
    if let Some(password) = settings.password_for(host) {
        config.password(password.0);
    }
    let (Endpoint::Tcp { name, .. }, Some(addr)) = (&host.endpoint, addr) else {
        // A Unix socket: never TLS, whatever sslmode says (as libpq).
        let Endpoint::Socket(dir) = &host.endpoint else {
            return Err(ConnectFailure::Tls("no address to connect to".into()));
        };
        let stream = UnixStream::connect(dir.join(format!(".s.PGSQL.{}", host.port)))
            .await
            .map_err(ConnectFailure::Io)?;
        config.ssl_mode(PgSslMode::Disable);
        return finish(host, None, config.connect_raw(stream, NoTls).await).await;
    };
    let stream = tcp(addr, settings).await?;
    // The name TLS verifies (verify-full); an address when only hostaddr
    // is given (verify-full refuses that beforehand).
    let server_name = name.clone().unwrap_or_else(|| addr.ip().to_string());
    let tls = TlsAttempt {
        tls,
        server_name: &server_name,
        host,
        addr,
    };
    match settings.ssl_mode {
        SslMode::Disable => {
            config.ssl_mode(PgSslMode::Disable);
            finish(host, Some(addr), config.connect_raw(stream, NoTls).await).await
        }
        // libpq's allow: plain text first; when the server refuses that
        // connection (an error response: pg_hba.conf's hostssl, say), once
        // more on a new socket, with TLS if the server offers it.
        SslMode::Allow => {
            let mut plain = config.clone();
            plain.ssl_mode(PgSslMode::Disable);
            match plain.connect_raw(stream, NoTls).await {
                Err(e) if e.as_db_error().is_some() => {
                    let stream = tcp(addr, settings).await?;
                    tls.open(config, PgSslMode::Prefer, stream).await
                }
                opened => finish(host, Some(addr), opened).await,
            }
        }
        SslMode::Prefer => tls.open(config, PgSslMode::Prefer, stream).await,
        SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
            tls.open(config, PgSslMode::Require, stream).await
        }
    }
}

/// What a connection with TLS needs besides the socket.
struct TlsAttempt<'a> {
    tls: &'a Tls,
    server_name: &'a str,
    host: &'a HostSpec,
    addr: SocketAddr,
}

impl TlsAttempt<'_> {
    /// Start up on `stream` with TLS as `mode` says (prefer: if the server
    /// offers it).
    async fn open(
        &self,
        mut config: tokio_postgres::Config,
        mode: PgSslMode,
        stream: TcpStream,
    ) -> Result<Connected, ConnectFailure> {
        let Some(maker) = &self.tls.0 else {
            return Err(ConnectFailure::Tls("no TLS connector".into()));
        };
        config.ssl_mode(mode);
        let Ok(connect) =
            MakeTlsConnect::<TcpStream>::make_tls_connect(&mut maker.clone(), self.server_name);
        let opened = config.connect_raw(stream, connect).await;
        finish(self.host, Some(self.addr), opened).await
    }
}

/// A TCP connection to `addr`, tuned.
async fn tcp(addr: SocketAddr, settings: &ConnSettings) -> Result<TcpStream, ConnectFailure> {
    let stream = TcpStream::connect(addr).await.map_err(ConnectFailure::Io)?;
    tune(&stream, settings).map_err(ConnectFailure::Io)?;
    Ok(stream)
}

/// Keepalives and `tcp_user_timeout`, so that a peer that vanished is
/// noticed instead of waited for.
fn tune(stream: &TcpStream, settings: &ConnSettings) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let socket = SockRef::from(stream);
    let keepalives = &settings.keepalives;
    if keepalives.enabled {
        let mut params = TcpKeepalive::new();
        if let Some(idle) = keepalives.idle {
            params = params.with_time(idle);
        }
        if let Some(interval) = keepalives.interval {
            params = params.with_interval(interval);
        }
        if let Some(count) = keepalives.count {
            params = params.with_retries(count);
        }
        socket.set_keepalive(true)?;
        socket.set_tcp_keepalive(&params)?;
    }
    if let Some(timeout) = settings.tcp_user_timeout {
        socket.set_tcp_user_timeout(Some(timeout))?;
    }
    Ok(())
}

/// Start the connection's task and read the server's role: from the
/// `in_hot_standby` and `default_transaction_read_only` it reports at
/// startup (PostgreSQL 14+), else with a query (as libpq does).
async fn finish<S, T>(
    host: &HostSpec,
    addr: Option<SocketAddr>,
    opened: Result<(Client, Connection<S, T>), tokio_postgres::Error>,
) -> Result<Connected, ConnectFailure>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (client, connection) = opened.map_err(|e| ConnectFailure::Postgres(PgError(e)))?;
    let on = |name| connection.parameter(name).map(|v| v == "on");
    let reported = on("in_hot_standby").zip(on("default_transaction_read_only"));
    tokio::spawn(async move {
        // The client reports a broken connection on its next call.
        let _ = connection.await;
    });
    let (in_recovery, read_only) = match reported {
        Some((hot_standby, read_only)) => (hot_standby, hot_standby || read_only),
        None => crate::db::server::role(&client)
            .await
            .map_err(|e| ConnectFailure::Postgres(PgError(e)))?,
    };
    Ok(Connected {
        client,
        server: Server {
            host: host.clone(),
            addr,
            in_recovery,
            read_only,
        },
    })
}
