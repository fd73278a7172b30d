//! The connection settings, resolved once: a connection string (a
//! `postgres://` URL or libpq `key=value` pairs, see [`parse`]) or the blog
//! API's `POSTGRES_*` variables, completed from libpq's `PG*` variables and
//! defaults the way libpq completes them, into a list of hosts to try and
//! how (see [`super::connect`]).
//!
//! Errors name the key and the position (or the variable), never the value:
//! a value may hold, or have swallowed, a password.

mod hosts;
mod keys;
pub mod parse;
mod resolve;
mod syntax;
mod url;
mod values;

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use tokio_postgres::config::ChannelBinding;

pub use hosts::{Endpoint, HostSpec};
pub use values::{Keepalives, SslMode, TargetSessionAttrs};

use super::pgpass::PassFile;

/// Default for `--connect-timeout`, in seconds.
pub const DEFAULT_CONNECT_TIMEOUT: u64 = 10;

/// Where the connection settings came from (`-v` names it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--database-url` on the command line.
    Flag,
    /// The `DATABASE_URL` variable (environment or .env).
    DatabaseUrl,
    /// The blog API's `POSTGRES_HOST`, `POSTGRES_PORT`, ... variables.
    PostgresVars,
    /// Only libpq's `PG*` variables and defaults.
    Libpq,
    /// `--local`: the cluster of `blogctl local`, whatever the variables say.
    Local,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Origin::Flag => "--database-url",
            Origin::DatabaseUrl => "DATABASE_URL",
            Origin::PostgresVars => "the blog API's POSTGRES_* variables",
            Origin::Libpq => "libpq's PG* variables and defaults",
            Origin::Local => "--local",
        })
    }
}

/// What the command line and the configuration ask for.
#[derive(Debug, Clone)]
pub struct Request {
    /// The connection string, from `--database-url` or `DATABASE_URL`.
    pub conn_str: Option<String>,
    pub origin: Origin,
    /// `--connect-timeout`, which wins over `connect_timeout=`.
    pub connect_timeout: Option<u64>,
    /// `--wait`.
    pub wait: Option<u64>,
}

/// The blog API's variables and the keys they stand for.
pub const POSTGRES_VARS: [(&str, &str); 5] = [
    ("POSTGRES_HOST", "host"),
    ("POSTGRES_PORT", "port"),
    ("POSTGRES_USER", "user"),
    ("POSTGRES_PASSWORD", "password"),
    ("POSTGRES_DB", "dbname"),
];

/// libpq's variables and the keys they fill when nothing else set them.
pub const LIBPQ_VARS: [(&str, &str); 15] = [
    ("host", "PGHOST"),
    ("hostaddr", "PGHOSTADDR"),
    ("port", "PGPORT"),
    ("dbname", "PGDATABASE"),
    ("user", "PGUSER"),
    ("password", "PGPASSWORD"),
    ("passfile", "PGPASSFILE"),
    ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ("application_name", "PGAPPNAME"),
    ("options", "PGOPTIONS"),
    ("sslmode", "PGSSLMODE"),
    ("sslrootcert", "PGSSLROOTCERT"),
    ("target_session_attrs", "PGTARGETSESSIONATTRS"),
    ("channel_binding", "PGCHANNELBINDING"),
    ("client_encoding", "PGCLIENTENCODING"),
];

/// A password, kept out of `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(pub String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("********")
    }
}

/// Where to connect and how, resolved once.
#[derive(Debug, Clone)]
pub struct ConnSettings {
    /// Tried in order (libpq's multi-host list).
    pub hosts: Vec<HostSpec>,
    pub user: String,
    pub dbname: String,
    /// From the connection string, the variables or `PGPASSWORD`.
    pub password: Option<Password>,
    /// The password file, for hosts without a password.
    pub passfile: Option<PassFile>,
    pub application_name: String,
    pub options: Option<String>,
    pub ssl_mode: SslMode,
    /// `sslrootcert`: the CA file that verifies the server's certificate.
    pub ssl_root_cert: Option<PathBuf>,
    pub channel_binding: ChannelBinding,
    pub target: TargetSessionAttrs,
    /// Bounds each host attempt: DNS, TCP, TLS, authentication, role check.
    pub connect_timeout: Duration,
    pub keepalives: Keepalives,
    /// `tcp_user_timeout`: how long sent data may stay unacknowledged.
    pub tcp_user_timeout: Option<Duration>,
    /// Keep retrying for this long while a host could still come up (`--wait`).
    pub wait: Option<Duration>,
    pub origin: Origin,
    /// What the user should hear about the settings (an ignored password
    /// file, say); the command layer prints them.
    pub warnings: Vec<String>,
}

impl ConnSettings {
    /// `host:port,host:port/dbname as user`, for messages; never the password.
    pub fn describe(&self) -> String {
        let hosts: Vec<String> = self.hosts.iter().map(ToString::to_string).collect();
        format!("{}/{} as {}", hosts.join(","), self.dbname, self.user)
    }

    /// The same servers and credentials, another database (the `postgres`
    /// maintenance database for `CREATE DATABASE`).
    pub fn with_dbname(&self, dbname: &str) -> ConnSettings {
        let mut other = self.clone();
        other.dbname = dbname.to_string();
        other
    }

    /// These settings with the host list cut down to `host`, the one a
    /// connection landed on, at the address `addr` it reached (the host
    /// name kept for TLS and the password file), and no `--wait`: for a
    /// second connection to that same server (the migration lock's).
    pub fn pinned_to(&self, host: &HostSpec, addr: Option<IpAddr>) -> ConnSettings {
        let mut host = host.clone();
        if let (Endpoint::Tcp { addr: to, .. }, Some(connected)) = (&mut host.endpoint, addr) {
            *to = Some(connected);
        }
        let mut pinned = self.clone();
        pinned.hosts = vec![host];
        pinned.wait = None;
        pinned.warnings.clear();
        pinned
    }

    /// The password for `host`: the given one, else the password file's
    /// line for this host, port, database and user (as libpq matches it).
    pub fn password_for(&self, host: &HostSpec) -> Option<Password> {
        if let Some(password) = &self.password {
            return Some(password.clone());
        }
        let name = match &host.endpoint {
            Endpoint::Tcp {
                name: Some(name), ..
            } => name.clone(),
            Endpoint::Tcp {
                addr: Some(addr), ..
            } => addr.to_string(),
            // libpq matches a socket connection against `localhost`.
            _ => "localhost".to_string(),
        };
        self.passfile
            .as_ref()?
            .lookup(&name, &host.port.to_string(), &self.dbname, &self.user)
            .map(Password)
    }
}

#[cfg(test)]
mod tests;
