//! The values of libpq's settings that blogctl interprets itself:
//! `sslmode`, `target_session_attrs`, numbers, ports and the keepalives.
//! Errors say what is accepted and never repeat the value.

use std::str::FromStr;
use std::time::Duration;

/// The largest number of seconds blogctl accepts for a timeout (a day):
/// larger ones overflow clocks and socket options.
pub const MAX_SECONDS: u64 = 86_400;

/// libpq's `sslmode` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    /// Plain text first; TLS (as `prefer`) only when the server refuses
    /// the plain connection (pg_hba.conf's `hostssl`, say), as libpq does.
    Allow,
    /// TLS when the server offers it.
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl std::fmt::Display for SslMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        })
    }
}

impl FromStr for SslMode {
    type Err = String;

    fn from_str(value: &str) -> Result<SslMode, String> {
        Ok(match value {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => {
                return Err(
                    "use disable, allow, prefer, require, verify-ca or verify-full".to_string(),
                );
            }
        })
    }
}

/// libpq's `target_session_attrs` (PostgreSQL 14 meanings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetSessionAttrs {
    Any,
    /// `transaction_read_only` is off.
    ReadWrite,
    /// `transaction_read_only` is on.
    ReadOnly,
    /// `pg_is_in_recovery()` is false.
    Primary,
    /// `pg_is_in_recovery()` is true.
    Standby,
    /// A standby when one of the hosts is, else any.
    PreferStandby,
}

impl std::fmt::Display for TargetSessionAttrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TargetSessionAttrs::Any => "any",
            TargetSessionAttrs::ReadWrite => "read-write",
            TargetSessionAttrs::ReadOnly => "read-only",
            TargetSessionAttrs::Primary => "primary",
            TargetSessionAttrs::Standby => "standby",
            TargetSessionAttrs::PreferStandby => "prefer-standby",
        })
    }
}

impl FromStr for TargetSessionAttrs {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, String> {
        Ok(match value {
            "any" => TargetSessionAttrs::Any,
            "read-write" => TargetSessionAttrs::ReadWrite,
            "read-only" => TargetSessionAttrs::ReadOnly,
            "primary" => TargetSessionAttrs::Primary,
            "standby" => TargetSessionAttrs::Standby,
            "prefer-standby" => TargetSessionAttrs::PreferStandby,
            _ => {
                return Err(
                    "use any, read-write, read-only, primary, standby or prefer-standby"
                        .to_string(),
                );
            }
        })
    }
}

/// TCP keepalives: on by default, with bounds of blogctl's own (libpq
/// leaves them to the system, whose 2 hours of idle time before the first
/// probe let a dead network hang an export for hours). `None`: the system's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keepalives {
    pub enabled: bool,
    pub idle: Option<Duration>,
    pub interval: Option<Duration>,
    pub count: Option<u32>,
}

impl Keepalives {
    /// Default idle time before the first probe.
    pub const IDLE: Duration = Duration::from_secs(60);
    /// Default time between probes.
    pub const INTERVAL: Duration = Duration::from_secs(10);
    /// Default number of unanswered probes before the connection is dead:
    /// a silent peer is noticed after about 2 minutes.
    pub const COUNT: u32 = 6;

    /// From libpq's `keepalives`, `keepalives_idle`, `keepalives_interval`
    /// and `keepalives_count` (0 means the system's default; absent means
    /// blogctl's).
    pub fn from_settings(
        enabled: Option<u64>,
        idle: Option<u64>,
        interval: Option<u64>,
        count: Option<u64>,
    ) -> Keepalives {
        let secs = |value: Option<u64>, default: Duration| match value {
            None => Some(default),
            Some(0) => None,
            Some(secs) => Some(Duration::from_secs(secs)),
        };
        Keepalives {
            enabled: enabled != Some(0),
            idle: secs(idle, Self::IDLE),
            interval: secs(interval, Self::INTERVAL),
            count: match count {
                None => Some(Self::COUNT),
                Some(0) => None,
                Some(n) => Some(n as u32),
            },
        }
    }
}

/// A whole number from `min` to `max`.
pub fn integer(value: &str, min: u64, max: u64) -> Result<u64, String> {
    value
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("not a whole number from {min} to {max}"))
}

/// A TCP port, 1 to 65535.
pub fn port(value: &str) -> Result<u16, String> {
    value
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| "not a port number (1 to 65535)".to_string())
}
