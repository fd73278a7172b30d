//! The connection settings: a `postgres://` URL or libpq `key=value` string,
//! completed from the libpq variables (`PGHOST`, `PGPORT`, ...) and the
//! password file the way libpq does it. tokio-postgres reads none of these
//! and rejects `sslmode=verify-ca|verify-full`, so blogctl takes the TLS
//! options out of the string before handing the rest over.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use tokio_postgres::config::{Host, SslMode as PgSslMode};

use crate::error::{Error, Result};

/// Default for `--connect-timeout`, in seconds.
pub const DEFAULT_CONNECT_TIMEOUT: u64 = 10;

/// libpq's `sslmode` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl std::fmt::Display for SslMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        })
    }
}

impl FromStr for SslMode {
    type Err = Error;

    fn from_str(value: &str) -> Result<SslMode> {
        Ok(match value {
            "disable" => SslMode::Disable,
            "prefer" | "allow" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(Error::BadConnectionSetting(format!(
                    "invalid sslmode `{other}`: use disable, prefer, require, verify-ca or verify-full"
                )));
            }
        })
    }
}

/// What the command line says about the connection (`--database-url` or
/// `DATABASE_URL`, `--connect-timeout`, `--wait`), as plain values.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConnInput<'a> {
    pub database_url: Option<&'a str>,
    pub connect_timeout: Option<u64>,
    pub wait: Option<u64>,
}

/// Where to connect and how, resolved once.
#[derive(Debug, Clone)]
pub struct ConnSettings {
    /// Everything tokio-postgres understands, with the password filled in.
    pub pg: tokio_postgres::Config,
    pub ssl_mode: SslMode,
    /// `sslrootcert`: the CA file that verifies the server's certificate.
    pub ssl_root_cert: Option<PathBuf>,
    /// Bounds the whole connection setup: TCP, TLS and authentication.
    pub connect_timeout: Duration,
    /// Keep retrying for this long while the server is not up (`--wait`).
    pub wait: Option<Duration>,
    /// What the user should hear about the settings (an ignored password
    /// file, say); the command layer prints them.
    pub warnings: Vec<String>,
}

impl ConnSettings {
    /// Resolve `--database-url` (or `DATABASE_URL`) and the libpq variables
    /// read through `env`.
    pub fn resolve(args: &ConnInput<'_>, env: &dyn Fn(&str) -> Option<String>) -> Result<Self> {
        let mut warnings = Vec::new();
        let (mut rest, tls) = match args.database_url.filter(|s| !s.trim().is_empty()) {
            Some(conn_str) => split_tls_params(conn_str)?,
            None => (String::new(), TlsParams::default()),
        };
        if let Some(port) = env("PGPORT") {
            rest = add_port_to_url_hosts(&rest, &port);
        }
        let mut pg = if rest.trim().is_empty() {
            tokio_postgres::Config::new()
        } else {
            tokio_postgres::Config::from_str(&rest).map_err(|e| {
                let conn_str = args.database_url.unwrap_or_default();
                Error::BadConnectionSetting(format!(
                    "invalid connection string `{}`: {}",
                    redact(conn_str),
                    crate::error::PgError(e)
                ))
            })?
        };

        if pg.get_hosts().is_empty() && pg.get_hostaddrs().is_empty() {
            match env("PGHOST") {
                Some(hosts) => hosts.split(',').for_each(|h| {
                    pg.host(h);
                }),
                None => {
                    pg.host(default_host());
                }
            }
        }
        if pg.get_ports().is_empty() {
            let port = env("PGPORT").unwrap_or_else(|| "5432".into());
            for p in port.split(',') {
                let p: u16 = p
                    .parse()
                    .map_err(|_| Error::BadConnectionSetting(format!("invalid PGPORT `{p}`")))?;
                pg.port(p);
            }
        }
        if pg.get_user().is_none() {
            let user = env("PGUSER")
                .or_else(os_user_name)
                .or_else(|| env("USER"))
                .or_else(|| env("LOGNAME"))
                .ok_or_else(|| {
                    Error::BadConnectionSetting(
                        "no database user: set it in the URL or PGUSER".into(),
                    )
                })?;
            pg.user(&user);
        }
        if pg.get_dbname().is_none() {
            let db = env("PGDATABASE").unwrap_or_else(|| pg.get_user().unwrap_or_default().into());
            pg.dbname(&db);
        }
        if pg.get_application_name().is_none() {
            pg.application_name(env("PGAPPNAME").as_deref().unwrap_or("blogctl"));
        }
        if !rest.contains("target_session_attrs")
            && let Some(attrs) = env("PGTARGETSESSIONATTRS")
        {
            let parsed = tokio_postgres::Config::from_str(&format!("target_session_attrs={attrs}"))
                .map_err(|_| {
                    Error::BadConnectionSetting(format!("invalid PGTARGETSESSIONATTRS `{attrs}`"))
                })?;
            pg.target_session_attrs(parsed.get_target_session_attrs());
        }
        if pg.get_password().is_none() {
            if let Some(password) = env("PGPASSWORD") {
                pg.password(password);
            } else if let Some(password) = super::pgpass::password_for(&pg, env, &mut warnings) {
                pg.password(password);
            }
        }

        let ssl_mode = match tls.ssl_mode {
            Some(mode) => mode,
            None => match env("PGSSLMODE") {
                Some(mode) => mode.parse()?,
                None => SslMode::Prefer,
            },
        };
        pg.ssl_mode(match ssl_mode {
            SslMode::Disable => PgSslMode::Disable,
            SslMode::Prefer => PgSslMode::Prefer,
            _ => PgSslMode::Require,
        });
        // libpq's default root certificate, used by the verify-* modes.
        let ssl_root_cert = tls
            .ssl_root_cert
            .or_else(|| env("PGSSLROOTCERT"))
            .map(PathBuf::from)
            .or_else(|| {
                let default = PathBuf::from(env("HOME")?).join(".postgresql/root.crt");
                (matches!(ssl_mode, SslMode::VerifyCa | SslMode::VerifyFull) || default.exists())
                    .then_some(default)
            });

        let url_timeout = pg.get_connect_timeout().map(Duration::as_secs);
        let env_timeout = env("PGCONNECT_TIMEOUT")
            .map(|t| {
                t.parse::<u64>().map_err(|_| {
                    Error::BadConnectionSetting(format!("invalid PGCONNECT_TIMEOUT `{t}`"))
                })
            })
            .transpose()?
            .filter(|t| *t > 0);
        let secs = args
            .connect_timeout
            .or(url_timeout)
            .or(env_timeout)
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let connect_timeout = Duration::from_secs(secs);
        pg.connect_timeout(connect_timeout);

        Ok(ConnSettings {
            pg,
            ssl_mode,
            ssl_root_cert,
            connect_timeout,
            wait: args.wait.map(Duration::from_secs),
            warnings,
        })
    }

    /// `host:port/dbname as user`, for messages; never the password.
    pub fn describe(&self) -> String {
        let hosts: Vec<String> = self
            .pg
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let port = self
                    .pg
                    .get_ports()
                    .get(i)
                    .or(self.pg.get_ports().first())
                    .copied()
                    .unwrap_or(5432);
                match host {
                    Host::Tcp(name) => format!("{name}:{port}"),
                    Host::Unix(path) => format!("{}/.s.PGSQL.{port}", path.display()),
                }
            })
            .collect();
        format!(
            "{}/{} as {}",
            hosts.join(","),
            self.pg.get_dbname().unwrap_or_default(),
            self.pg.get_user().unwrap_or_default()
        )
    }

    /// The same server and credentials, another database (the `postgres`
    /// maintenance database for `CREATE DATABASE`).
    pub fn with_dbname(&self, dbname: &str) -> ConnSettings {
        let mut other = self.clone();
        other.pg.dbname(dbname);
        other
    }
}

/// The name of the effective OS user, which libpq uses when no user is given.
fn os_user_name() -> Option<String> {
    whoami::username().ok()
}

/// libpq's compiled-in default: the Unix socket folder when there is one.
fn default_host() -> String {
    ["/var/run/postgresql", "/tmp"]
        .into_iter()
        .find(|dir| Path::new(dir).is_dir())
        .unwrap_or("localhost")
        .to_string()
}

#[derive(Debug, Default)]
struct TlsParams {
    ssl_mode: Option<SslMode>,
    ssl_root_cert: Option<String>,
}

/// tokio-postgres gives a URL host without a port 5432, where libpq would
/// take `PGPORT`: write `PGPORT` into such hosts first.
fn add_port_to_url_hosts(conn_str: &str, port: &str) -> String {
    let Some(scheme_end) = conn_str.find("://").map(|i| i + 3) else {
        return conn_str.to_string();
    };
    let (scheme, rest) = conn_str.split_at(scheme_end);
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let (userinfo, hosts) = match authority.rsplit_once('@') {
        Some((u, h)) => (format!("{u}@"), h),
        None => (String::new(), authority),
    };
    if hosts.is_empty() || tail.contains("port=") {
        return conn_str.to_string();
    }
    let ports: Vec<&str> = port.split(',').collect();
    let hosts: Vec<String> = hosts
        .split(',')
        .enumerate()
        .map(|(i, host)| {
            let has_port = match host.rfind(']') {
                Some(end) => host[end..].contains(':'),
                None => host.contains(':'),
            };
            if has_port {
                host.to_string()
            } else {
                format!(
                    "{host}:{}",
                    ports.get(i).or(ports.first()).unwrap_or(&"5432")
                )
            }
        })
        .collect();
    format!("{scheme}{userinfo}{}{tail}", hosts.join(","))
}

/// Take `sslmode` and `sslrootcert` out of a URL's query string or a
/// `key=value` string; return what is left for tokio-postgres.
fn split_tls_params(conn_str: &str) -> Result<(String, TlsParams)> {
    let mut tls = TlsParams::default();
    let mut take = |key: &str, value: String| -> Result<bool> {
        match key {
            "sslmode" => tls.ssl_mode = Some(value.parse()?),
            "sslrootcert" => tls.ssl_root_cert = Some(value),
            _ => return Ok(false),
        }
        Ok(true)
    };
    let trimmed = conn_str.trim();
    if trimmed.starts_with("postgres://") || trimmed.starts_with("postgresql://") {
        let Some((base, query)) = trimmed.split_once('?') else {
            return Ok((trimmed.to_string(), tls));
        };
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decoded = percent_encoding::percent_decode_str(value)
                .decode_utf8_lossy()
                .into_owned();
            if !take(key, decoded)? {
                kept.push(pair);
            }
        }
        let rest = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        return Ok((rest, tls));
    }
    let mut kept = Vec::new();
    for (key, value) in parse_key_values(trimmed)? {
        if !take(&key, value.clone())? {
            let escaped = value.replace('\\', "\\\\").replace('\'', "\\'");
            kept.push(format!("{key}='{escaped}'"));
        }
    }
    Ok((kept.join(" "), tls))
}

/// Tokenise a libpq `key=value` string: values may be single-quoted, with
/// `\'` and `\\` escapes.
fn parse_key_values(s: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Ok(out);
        }
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            return Err(Error::BadConnectionSetting(format!(
                "invalid connection string: `{key}` has no `=value` (use key=value pairs or a postgres:// URL)"
            )));
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    Some('\\') => value.extend(chars.next()),
                    Some('\'') => break,
                    Some(c) => value.push(c),
                    None => {
                        return Err(Error::BadConnectionSetting(
                            "invalid connection string: unterminated quoted value".into(),
                        ));
                    }
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.extend(chars.next());
                } else {
                    value.push(c);
                }
            }
        }
        out.push((key, value));
    }
}

/// The connection string with any password replaced by `********`.
pub fn redact(conn_str: &str) -> String {
    let trimmed = conn_str.trim();
    if let Some(scheme_end) = trimmed.find("://") {
        let (scheme, rest) = trimmed.split_at(scheme_end + 3);
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);
        let authority = match authority.rsplit_once('@') {
            Some((userinfo, hosts)) => match userinfo.split_once(':') {
                Some((user, _)) => format!("{user}:********@{hosts}"),
                None => authority.to_string(),
            },
            None => authority.to_string(),
        };
        let tail = match tail.split_once('?') {
            Some((path, query)) => {
                let query: Vec<String> = query
                    .split('&')
                    .map(|pair| match pair.split_once('=') {
                        Some(("password", _)) => "password=********".to_string(),
                        _ => pair.to_string(),
                    })
                    .collect();
                format!("{path}?{}", query.join("&"))
            }
            None => tail.to_string(),
        };
        return format!("{scheme}{authority}{tail}");
    }
    match parse_key_values(trimmed) {
        Ok(pairs) => pairs
            .into_iter()
            .map(|(k, v)| {
                if k == "password" {
                    format!("{k}=********")
                } else {
                    format!("{k}={v}")
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
        Err(_) => "<unparsable connection string>".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(url: Option<&str>, vars: &[(&str, &str)]) -> Result<ConnSettings> {
        let args = ConnInput {
            database_url: url,
            ..ConnInput::default()
        };
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ConnSettings::resolve(&args, &move |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn verify_modes_are_taken_out_of_urls_and_key_values() {
        let s = resolve(Some("postgres://u@h/db?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem&application_name=x"), &[]).unwrap();
        assert_eq!(s.ssl_mode, SslMode::VerifyFull);
        assert_eq!(s.ssl_root_cert, Some(PathBuf::from("/tmp/ca.pem")));
        assert_eq!(s.pg.get_application_name(), Some("x"));
        let s = resolve(
            Some("host=h user=u sslmode=verify-ca sslrootcert='/a b/ca.pem' dbname='it''s'"),
            &[],
        );
        assert!(s.is_err(), "doubled quote is not libpq syntax");
        let s = resolve(
            Some("host=h user=u sslmode=verify-ca sslrootcert='/a b/ca.pem' dbname='it\\'s'"),
            &[],
        )
        .unwrap();
        assert_eq!(s.ssl_mode, SslMode::VerifyCa);
        assert_eq!(s.ssl_root_cert, Some(PathBuf::from("/a b/ca.pem")));
        assert_eq!(s.pg.get_dbname(), Some("it's"));
    }

    #[test]
    fn libpq_variables_fill_what_the_url_leaves_out() {
        let s = resolve(
            Some("postgres://alice@db.example/blog"),
            &[
                ("PGHOST", "other"),
                ("PGPORT", "6543"),
                ("PGUSER", "bob"),
                ("PGSSLMODE", "require"),
                ("PGCONNECT_TIMEOUT", "4"),
            ],
        )
        .unwrap();
        assert_eq!(s.pg.get_hosts(), &[Host::Tcp("db.example".into())]);
        assert_eq!(s.pg.get_ports(), &[6543]);
        assert_eq!(s.pg.get_user(), Some("alice"));
        assert_eq!(s.pg.get_application_name(), Some("blogctl"));
        assert_eq!(s.ssl_mode, SslMode::Require);
        assert_eq!(s.connect_timeout, Duration::from_secs(4));
        let s = resolve(
            None,
            &[
                ("PGHOST", "/run/pg"),
                ("PGUSER", "bob"),
                ("PGPASSWORD", "pw"),
            ],
        )
        .unwrap();
        assert_eq!(s.pg.get_hosts(), &[Host::Unix("/run/pg".into())]);
        assert_eq!(s.pg.get_dbname(), Some("bob"));
        assert_eq!(s.pg.get_password(), Some(&b"pw"[..]));
        assert_eq!(
            s.connect_timeout,
            Duration::from_secs(DEFAULT_CONNECT_TIMEOUT)
        );
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://u:secret@h:5/db?password=x&a=b"),
            "postgres://u:********@h:5/db?password=********&a=b"
        );
        assert_eq!(
            redact("host=h password='s e' user=u"),
            "host=h password=******** user=u"
        );
        assert!(!redact("postgres://u:p@ss@h/db").contains("ss"));
    }
}
