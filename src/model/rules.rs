//! The rules of the blog's data that blogctl checks before it writes: what
//! an email address is, what a new password must be, how a user is named
//! on the command line. The database would refuse some of these too, but
//! later and less clearly; checking first means a refusal changes nothing.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 8;

/// An email address as far as blogctl checks it: one `@`, a non-empty local
/// part, a domain with a dot that does not start or end it, no whitespace
/// or control characters.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Check a new password: at least [`MIN_PASSWORD_LEN`] characters, no NUL
/// byte (PostgreSQL text cannot hold one).
pub fn check_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(Error::PasswordTooShort {
            min: MIN_PASSWORD_LEN,
        });
    }
    if password.contains('\0') {
        return Err(Error::NulByte {
            what: "the password",
        });
    }
    Ok(())
}

/// A user named on the command line: by id or by email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserRef {
    Id(i32),
    Email(String),
}

impl fmt::Display for UserRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserRef::Id(id) => write!(f, "user {id}"),
            UserRef::Email(email) => write!(f, "user {email}"),
        }
    }
}

impl FromStr for UserRef {
    /// The refusal, as clap shows it after "invalid value".
    type Err = String;

    /// An id is an integer >= 1; an email has exactly one `@` with text on
    /// both sides. Anything else (`0`, `-3`, `1.5`, `abc`, empty) is refused.
    fn from_str(value: &str) -> Result<UserRef, String> {
        if let Ok(number) = value.parse::<f64>() {
            return match value.parse::<i32>() {
                Ok(id) if id >= 1 => Ok(UserRef::Id(id)),
                _ if number.is_finite() => Err(format!(
                    "`{value}` is not a user id (an integer from 1 to 2147483647)"
                )),
                _ => Err(format!(
                    "`{value}` is neither a user id nor an email address"
                )),
            };
        }
        if is_email(value) {
            return Ok(UserRef::Email(value.to_owned()));
        }
        Err(format!(
            "`{value}` is neither a user id (an integer >= 1) nor an email address"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(is_email("admin@example.com"));
        assert!(is_email("o'brien+x@mail.example.org"));
        for bad in [
            "", "admin", "a@b", "@b.io", "a@.io", "a@b.", "a b@c.io", "a@b@c.io",
        ] {
            assert!(!is_email(bad), "{bad:?} accepted");
        }
    }

    #[test]
    fn user_refs() {
        assert_eq!("7".parse(), Ok(UserRef::Id(7)));
        assert_eq!("a@b.io".parse(), Ok(UserRef::Email("a@b.io".into())));
        for bad in ["0", "-3", "1.5", "abc", "", "99999999999", "a@", "@b"] {
            assert!(bad.parse::<UserRef>().is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn passwords() {
        assert!(check_password("1234567").is_err());
        assert!(check_password("12345678").is_ok());
        assert!(check_password("1234567\0x").is_err());
    }
}
