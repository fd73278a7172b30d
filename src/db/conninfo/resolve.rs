//! Resolving a [`Request`] into [`ConnSettings`]: the connection string's
//! settings, or the blog API's `POSTGRES_*` variables, completed from
//! libpq's `PG*` variables and defaults, each value checked as libpq
//! checks it. Errors name the key and where it came from, never the value.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio_postgres::config::ChannelBinding;

use super::{
    ConnSettings, DEFAULT_CONNECT_TIMEOUT, Endpoint, Keepalives, LIBPQ_VARS, Origin, POSTGRES_VARS,
    Password, Request, SslMode, TargetSessionAttrs, hosts, parse, values,
};
use crate::db::pgpass::PassFile;
use crate::error::{Error, Result};

/// Where a setting came from, for error messages.
#[derive(Debug, Clone, Copy)]
pub(super) enum From {
    Position(usize),
    Var(&'static str),
}

/// The settings as key -> value, with where each came from.
pub(super) struct Options {
    origin: Origin,
    map: HashMap<&'static str, (String, From)>,
}

impl Options {
    pub(super) fn get(&self, key: &str) -> Option<(&str, From)> {
        self.map.get(key).map(|(v, from)| (v.as_str(), *from))
    }

    /// The value when set and not empty (libpq: empty means the default).
    pub(super) fn value(&self, key: &str) -> Option<(&str, From)> {
        self.get(key).filter(|(v, _)| !v.is_empty())
    }

    /// "invalid port at position 12 of DATABASE_URL: ...".
    pub(super) fn invalid(&self, key: &str, from: From, what: &str) -> Error {
        match from {
            From::Position(p) => Error::BadConnectionSetting(format!(
                "invalid {key} at position {p} of the connection string ({}): {what}",
                self.origin
            )),
            From::Var(var) => Error::BadConnectionSetting(format!("invalid {var}: {what}")),
        }
    }
}

impl ConnSettings {
    /// Resolve the request and the variables read through `env` (empty
    /// ones count as unset) into settings.
    pub fn resolve(request: &Request, env: &dyn Fn(&str) -> Option<String>) -> Result<Self> {
        let mut options = Options {
            origin: request.origin,
            map: HashMap::new(),
        };
        match (&request.conn_str, request.origin) {
            (Some(conn_str), _) => {
                for param in parse::parse(conn_str).map_err(|e| {
                    Error::BadConnectionSetting(format!(
                        "invalid connection string ({}): {e}",
                        request.origin
                    ))
                })? {
                    options
                        .map
                        .insert(param.key, (param.value, From::Position(param.position)));
                }
            }
            (None, Origin::PostgresVars) => {
                for (var, key) in POSTGRES_VARS {
                    if let Some(value) = env(var) {
                        options.map.insert(key, (value, From::Var(var)));
                    }
                }
            }
            (None, _) => {}
        }
        for (key, var) in LIBPQ_VARS {
            if !options.map.contains_key(key)
                && let Some(value) = env(var)
            {
                options.map.insert(key, (value, From::Var(var)));
            }
        }
        Self::from_options(&options, request, env)
    }

    fn from_options(
        options: &Options,
        request: &Request,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self> {
        let hosts = hosts::host_list(options)?;
        let mut warnings = Vec::new();
        let user = match options.value("user") {
            Some((user, _)) => user.to_string(),
            None => os_user_name()
                .or_else(|| env("USER"))
                .or_else(|| env("LOGNAME"))
                .ok_or_else(|| {
                    Error::BadConnectionSetting(
                        "no database user: set it in the URL or PGUSER".into(),
                    )
                })?,
        };
        let dbname = options
            .value("dbname")
            .map_or_else(|| user.clone(), |(db, _)| db.to_string());
        let password = options
            .value("password")
            .map(|(pw, _)| Password(pw.to_string()));
        let passfile = match password {
            Some(_) => None,
            None => {
                let path = match options.value("passfile") {
                    Some((path, _)) => Some(PathBuf::from(path)),
                    None => env("HOME").map(|home| Path::new(&home).join(".pgpass")),
                };
                path.and_then(|path| PassFile::load(&path, &mut warnings))
            }
        };

        let ssl_mode = match options.value("sslmode") {
            Some((mode, from)) => mode
                .parse()
                .map_err(|what: String| options.invalid("sslmode", from, &what))?,
            None => SslMode::Prefer,
        };
        if ssl_mode == SslMode::VerifyFull
            && let Some(host) = hosts
                .iter()
                .find(|h| matches!(h.endpoint, Endpoint::Tcp { name: None, .. }))
        {
            return Err(Error::BadConnectionSetting(format!(
                "sslmode=verify-full checks the server's certificate against a host name, and \
                 {host} has none (only hostaddr): add host=NAME, the name in the server's \
                 certificate (hostaddr still says where to connect)"
            )));
        }
        // libpq's default root certificate, used by the verify-* modes.
        let ssl_root_cert = options
            .value("sslrootcert")
            .map(|(path, _)| PathBuf::from(path))
            .or_else(|| {
                let default = PathBuf::from(env("HOME")?).join(".postgresql/root.crt");
                (matches!(ssl_mode, SslMode::VerifyCa | SslMode::VerifyFull) || default.exists())
                    .then_some(default)
            });
        let target = match options.value("target_session_attrs") {
            Some((attrs, from)) => attrs
                .parse()
                .map_err(|what: String| options.invalid("target_session_attrs", from, &what))?,
            None => TargetSessionAttrs::Any,
        };
        let channel_binding = match options.value("channel_binding") {
            None => ChannelBinding::Prefer,
            Some(("disable", _)) => ChannelBinding::Disable,
            Some(("prefer", _)) => ChannelBinding::Prefer,
            Some(("require", _)) => ChannelBinding::Require,
            Some((_, from)) => {
                return Err(options.invalid(
                    "channel_binding",
                    from,
                    "use disable, prefer or require",
                ));
            }
        };
        if let Some((encoding, from)) = options.value("client_encoding")
            && !matches!(
                encoding.to_ascii_lowercase().as_str(),
                "utf8" | "utf-8" | "unicode" | "auto"
            )
        {
            return Err(options.invalid(
                "client_encoding",
                from,
                "blogctl speaks UTF8 only (leave it out, or UTF8)",
            ));
        }
        if let Some(("require", from)) = options.value("gssencmode") {
            return Err(options.invalid(
                "gssencmode",
                from,
                "blogctl has no GSSAPI encryption: use disable or prefer",
            ));
        }
        for key in ["sslsni", "sslcompression"] {
            if let Some((value, from)) = options.value(key) {
                values::integer(value, 0, 1).map_err(|what| options.invalid(key, from, &what))?;
            }
        }

        let number = |key: &'static str, max: u64| -> Result<Option<u64>> {
            options
                .value(key)
                .map(|(value, from)| {
                    values::integer(value, 0, max).map_err(|what| options.invalid(key, from, &what))
                })
                .transpose()
        };
        // libpq: zero or nothing means no limit; blogctl keeps a bound
        // (its default) rather than wait for ever.
        let connect_timeout = request
            .connect_timeout
            .or(number("connect_timeout", values::MAX_SECONDS)?.filter(|t| *t > 0))
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let keepalives = Keepalives::from_settings(
            number("keepalives", u64::from(u32::MAX))?,
            number("keepalives_idle", values::MAX_SECONDS)?,
            number("keepalives_interval", values::MAX_SECONDS)?,
            number("keepalives_count", 127)?,
        );
        let tcp_user_timeout = number("tcp_user_timeout", u64::from(u32::MAX))?
            .filter(|ms| *ms > 0)
            .map(Duration::from_millis);
        let application_name = options
            .value("application_name")
            .or(options.value("fallback_application_name"))
            .map_or("blogctl", |(name, _)| name)
            .to_string();

        Ok(ConnSettings {
            hosts,
            user,
            dbname,
            password,
            passfile,
            application_name,
            options: options.value("options").map(|(o, _)| o.to_string()),
            ssl_mode,
            ssl_root_cert,
            channel_binding,
            target,
            connect_timeout: Duration::from_secs(connect_timeout),
            keepalives,
            tcp_user_timeout,
            wait: request.wait.map(Duration::from_secs),
            origin: request.origin,
            warnings,
        })
    }
}

/// The name of the effective OS user, which libpq uses when no user is given.
fn os_user_name() -> Option<String> {
    let uid = nix::unistd::geteuid();
    nix::unistd::User::from_uid(uid)
        .ok()
        .flatten()
        .map(|user| user.name)
}
