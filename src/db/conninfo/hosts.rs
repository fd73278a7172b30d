//! The host list: `host`, `hostaddr` and `port` matched up as libpq
//! matches them, each entry a Unix socket folder or a TCP name/address.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use super::resolve::{From, Options};
use super::values;
use crate::error::Result;

/// How to reach one host of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// The Unix socket `{dir}/.s.PGSQL.{port}`; never TLS, as in libpq.
    Socket(PathBuf),
    /// TCP to `addr` (`hostaddr`) or to what `name` resolves to. The name,
    /// when there is one, is what TLS verifies and the password file matches.
    Tcp {
        name: Option<String>,
        addr: Option<IpAddr>,
    },
}

/// One entry of the host list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostSpec {
    pub endpoint: Endpoint,
    pub port: u16,
}

impl HostSpec {
    /// Whether connecting to this host goes over TCP (and so may use TLS).
    pub fn is_tcp(&self) -> bool {
        matches!(self.endpoint, Endpoint::Tcp { .. })
    }
}

impl std::fmt::Display for HostSpec {
    /// `name:port`, `addr:port`, `[v6]:port` or the socket's path.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.endpoint {
            Endpoint::Socket(dir) => write!(f, "{}/.s.PGSQL.{}", dir.display(), self.port),
            Endpoint::Tcp {
                name: Some(name), ..
            } if name.contains(':') => {
                write!(f, "[{name}]:{}", self.port)
            }
            Endpoint::Tcp {
                name: Some(name), ..
            } => write!(f, "{name}:{}", self.port),
            Endpoint::Tcp {
                addr: Some(IpAddr::V6(addr)),
                ..
            } => write!(f, "[{addr}]:{}", self.port),
            Endpoint::Tcp {
                addr: Some(addr), ..
            } => write!(f, "{addr}:{}", self.port),
            Endpoint::Tcp { .. } => write!(f, "?:{}", self.port),
        }
    }
}

/// The hosts to try: `host`, `hostaddr` and `port` lists, matched up as
/// libpq matches them (one port for all, or one per host).
pub(super) fn host_list(options: &Options) -> Result<Vec<HostSpec>> {
    let split = |key| {
        options
            .get(key)
            .map(|(v, from)| (v.split(',').collect::<Vec<_>>(), from))
    };
    let names = split("host").filter(|(v, _)| v != &[""]);
    let addrs = split("hostaddr").filter(|(v, _)| v != &[""]);
    let count = match (&names, &addrs) {
        (Some((names, _)), Some((addrs, from))) if names.len() != addrs.len() => {
            return Err(options.invalid(
                "hostaddr",
                *from,
                &format!(
                    "{} addresses for {} host names: give one per host",
                    addrs.len(),
                    names.len()
                ),
            ));
        }
        (Some((names, _)), _) => names.len(),
        (None, Some((addrs, _))) => addrs.len(),
        (None, None) => 1,
    };
    let ports = match split("port").filter(|(v, _)| v != &[""]) {
        Some((ports, from)) if ports.len() != 1 && ports.len() != count => {
            return Err(options.invalid(
                "port",
                from,
                &format!(
                    "{} ports for {count} hosts: give one, or one per host",
                    ports.len()
                ),
            ));
        }
        other => other,
    };
    (0..count)
        .map(|i| {
            let port = match &ports {
                Some((ports, from)) => match ports[if ports.len() == 1 { 0 } else { i }] {
                    "" => 5432,
                    port => {
                        values::port(port).map_err(|what| options.invalid("port", *from, &what))?
                    }
                },
                None => 5432,
            };
            let name = names.as_ref().map_or("", |(names, _)| names[i]);
            // No host name holds `=`, a space or a control character; such
            // a one is settings run together (`host=h password=...` that
            // lost its spaces), which would be printed as the host.
            if !name.starts_with('/')
                && name
                    .chars()
                    .any(|c| c == '=' || c.is_whitespace() || c.is_control())
            {
                return Err(options.invalid(
                    "host",
                    names
                        .as_ref()
                        .map_or(From::Var("PGHOST"), |(_, from)| *from),
                    "not a host name, an IP address or a socket folder (a space missing \
                     between two settings?)",
                ));
            }
            let addr = match addrs.as_ref().map_or("", |(addrs, _)| addrs[i]) {
                "" => None,
                addr => Some(addr.parse::<IpAddr>().map_err(|_| {
                    options.invalid(
                        "hostaddr",
                        addrs
                            .as_ref()
                            .map_or(From::Var("PGHOSTADDR"), |(_, from)| *from),
                        "not an IP address",
                    )
                })?),
            };
            let endpoint = match (name, addr) {
                (name, Some(addr)) => Endpoint::Tcp {
                    name: (!name.is_empty() && !name.starts_with('/')).then(|| name.to_string()),
                    addr: Some(addr),
                },
                ("", None) => default_host(),
                (name, None) if name.starts_with('/') => Endpoint::Socket(PathBuf::from(name)),
                (name, None) => Endpoint::Tcp {
                    name: Some(name.to_string()),
                    addr: None,
                },
            };
            Ok(HostSpec { endpoint, port })
        })
        .collect()
}

/// libpq's compiled-in default: the Unix socket folder when there is one.
fn default_host() -> Endpoint {
    match ["/var/run/postgresql", "/tmp"]
        .into_iter()
        .find(|dir| Path::new(dir).is_dir())
    {
        Some(dir) => Endpoint::Socket(PathBuf::from(dir)),
        None => Endpoint::Tcp {
            name: Some("localhost".into()),
            addr: None,
        },
    }
}
