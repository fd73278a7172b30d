//! The keys of a connection string: the ones blogctl reads, the libpq
//! ones it refuses rather than ignores, and libpq's old spellings, each
//! stored under its canonical name.

use super::parse::Param;
use super::syntax::{Problem, SyntaxError};

/// The keys blogctl reads, as libpq spells them.
pub const KEYS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "connect_timeout",
    "options",
    "application_name",
    "fallback_application_name",
    "client_encoding",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "sslmode",
    "sslrootcert",
    "sslcompression",
    "sslsni",
    "gssencmode",
    "channel_binding",
    "target_session_attrs",
];

/// libpq keys blogctl refuses rather than silently ignores.
const UNSUPPORTED: &[&str] = &[
    "service",
    "sslcert",
    "sslkey",
    "sslpassword",
    "sslcertmode",
    "sslcrl",
    "sslcrldir",
    "sslkeylogfile",
    "sslnegotiation",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "min_protocol_version",
    "max_protocol_version",
    "requirepeer",
    "require_auth",
    "krbsrvname",
    "gsslib",
    "gssdelegation",
    "replication",
    "load_balance_hosts",
    "scram_client_key",
    "scram_server_key",
];

/// The canonical key for `key`, as libpq's `conninfo_storeval` looks it up.
fn known_key(key: &str, position: usize) -> Result<&'static str, SyntaxError> {
    if let Some(known) = KEYS.iter().find(|k| **k == key) {
        return Ok(known);
    }
    let problem = if let Some(unsupported) = UNSUPPORTED.iter().find(|k| **k == key) {
        Problem::UnsupportedKey(unsupported)
    } else {
        let lower = key.to_ascii_lowercase();
        Problem::UnknownKey(
            KEYS.iter()
                .chain(UNSUPPORTED)
                .find(|k| **k == lower)
                .copied(),
        )
    };
    Err(SyntaxError { position, problem })
}

/// libpq's translations of old spellings (`requiressl`, JDBC's `ssl=true`).
fn translate(key: &str, value: &str) -> Option<(&'static str, String)> {
    match key {
        "requiressl" => Some((
            "sslmode",
            if value.starts_with('1') {
                "require"
            } else {
                "prefer"
            }
            .into(),
        )),
        _ => None,
    }
}

pub fn store(
    out: &mut Vec<Param>,
    key: &str,
    key_position: usize,
    value: String,
    position: usize,
) -> Result<(), SyntaxError> {
    let (key, value) = match translate(key, &value) {
        Some((key, value)) => (key, value),
        None => (known_key(key, key_position)?, value),
    };
    out.push(Param {
        key,
        value,
        position,
    });
    Ok(())
}
