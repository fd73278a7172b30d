//! What can be wrong with a connection string, said without quoting it:
//! a problem and the 1-based character position where it is. A connection
//! string holds a password, so no message repeats its text; a key is named
//! only when it is one of libpq's own, a URL scheme only before `://`.

use std::fmt;

/// What is wrong with a connection string, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem} at position {position}")]
pub struct SyntaxError {
    pub position: usize,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `Postgres://`, `mysql://`: the scheme is shown (it cannot hold a secret).
    UnknownScheme(String),
    MissingEquals,
    UnterminatedQuote,
    /// A key libpq does not know; `Some` when only its case is wrong.
    UnknownKey(Option<&'static str>),
    /// A libpq key blogctl does not implement.
    UnsupportedKey(&'static str),
    UnterminatedIpv6,
    EmptyIpv6,
    AfterIpv6,
    BadPercentEncoding(Part),
    PercentZero(Part),
    NotUtf8(Part),
    QueryWithoutEquals,
    QueryExtraEquals,
}

/// The part of a URL an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    User,
    Password,
    Host,
    Port,
    Dbname,
    ParamName,
    ParamValue,
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Part::User => "user name",
            Part::Password => "password",
            Part::Host => "host",
            Part::Port => "port",
            Part::Dbname => "database name",
            Part::ParamName => "parameter name",
            Part::ParamValue => "parameter value",
        })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownScheme(scheme) => write!(
                f,
                "`{scheme}://` is not a PostgreSQL URL: the scheme must be postgres:// or postgresql:// (lower case)"
            ),
            Problem::MissingEquals => f.write_str(
                "expected key=value (a value with spaces needs single quotes: key='a b')",
            ),
            Problem::UnterminatedQuote => f.write_str("a quoted value is never closed"),
            Problem::UnknownKey(Some(key)) => {
                write!(f, "unknown key (keys are lower case: `{key}`)")
            }
            Problem::UnknownKey(None) => f.write_str("unknown key"),
            Problem::UnsupportedKey(key) => {
                write!(f, "`{key}` is a libpq option blogctl does not support")
            }
            Problem::UnterminatedIpv6 => f.write_str("an IPv6 address without its closing `]`"),
            Problem::EmptyIpv6 => f.write_str("an empty IPv6 address"),
            Problem::AfterIpv6 => f.write_str(
                "unexpected character after an IPv6 address (expected `:`, `/`, `?` or `,`)",
            ),
            Problem::BadPercentEncoding(part) => write!(
                f,
                "invalid percent-encoding in the {part} (`%` must be followed by two hex digits; write a literal % as %25)"
            ),
            Problem::PercentZero(part) => write!(f, "%00 in the {part}"),
            Problem::NotUtf8(part) => write!(f, "the {part} is not UTF-8 once percent-decoded"),
            Problem::QueryWithoutEquals => f.write_str("a URL parameter without `=value`"),
            Problem::QueryExtraEquals => f.write_str(
                "a URL parameter with a second `=` (percent-encode it in values as %3D)",
            ),
        }
    }
}
