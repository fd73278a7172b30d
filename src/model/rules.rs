//! The rules of the blog's data that blogctl checks before it writes: what
//! an email address is, what a new password must be, how a user is named
//! on the command line. The database would refuse some of these too, but
//! later and less clearly; checking first means a refusal changes nothing.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, PasswordError, Result};

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 8;

/// Longest email address accepted, in characters: RFC 5321's limit on an
/// address in a mail path, and what the blog API's `@IsEmail()` accepts.
/// `users.email` has a unique btree index, whose entries hold at most 2704
/// bytes: a 5,000-character email fails there (SQLSTATE 54000) after
/// connecting; this refuses it before.
pub const MAX_EMAIL_CHARS: usize = 254;

/// Longest name, article title, street, city or country accepted, in
/// characters: the `varchar(255)` that Kysely (the blog API's query
/// builder) and most schemas give such text. The columns are `text`, so
/// PostgreSQL would take more; a value this long is a mistake (a file
/// pasted into a flag), and refusing it keeps it out of every table and
/// message.
pub const MAX_SHORT_TEXT_CHARS: usize = 255;

/// Longest article content accepted, in characters: three War and Peaces,
/// far below PostgreSQL's 1 GB for one value; a larger `--content-file`
/// is the wrong file.
pub const MAX_CONTENT_CHARS: usize = 10_000_000;

/// Longest `--search` text accepted, in characters (a sentence or two of
/// an article).
pub const MAX_SEARCH_CHARS: usize = 1000;

/// Longest password accepted, in bytes (bcrypt has its own 72-byte limit):
/// a longer one is a file, not a password.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Refuse `value` when it has more than `max` characters, saying how long
/// it is and never what it holds (a refusal never echoes a huge value).
/// Every text a command stores or searches goes through this before
/// connecting; `what` names it as the user gave it ("the name (--name)").
pub fn check_length(value: &str, what: &'static str, max: usize) -> Result<()> {
    // Counting stops past the limit: a huge value costs no more than that.
    let over = value.chars().nth(max).is_some();
    if !over {
        return Ok(());
    }
    Err(Error::TooLong {
        what,
        chars: value.chars().count(),
        max,
    })
}

/// Check an email address a command is about to store (`--email`): its
/// length first (so that a refusal never echoes a huge value), then its
/// shape.
pub fn check_email(value: &str) -> Result<()> {
    check_length(value, "the email address (--email)", MAX_EMAIL_CHARS)?;
    if !is_email(value) {
        return Err(Error::NotAnEmail {
            value: value.to_string(),
        });
    }
    Ok(())
}

/// Check a user's display name (`--name`): not empty or blank, not too long.
pub fn check_name(value: &str) -> Result<()> {
    check_length(value, "the name (--name)", MAX_SHORT_TEXT_CHARS)?;
    check_text(value, "the name", "give the user a name (--name)")
}

/// Check an article's title (`--title`): not empty or blank, not too long.
pub fn check_title(value: &str) -> Result<()> {
    check_length(value, "the title (--title)", MAX_SHORT_TEXT_CHARS)?;
    check_text(value, "the title", "pass the article's title with --title")
}

/// Check an article's content: not empty or blank, not too long, no NUL
/// byte (a file may hold one; PostgreSQL text cannot).
pub fn check_content(value: &str) -> Result<()> {
    check_length(value, "the content", MAX_CONTENT_CHARS)?;
    check_text(
        value,
        "the content",
        "pass the article's text with --content or --content-file",
    )
}

/// Check the fields of an address (`--street`, `--city`, `--country`):
/// each may be empty (no value), none too long.
pub fn check_address(
    street: Option<&str>,
    city: Option<&str>,
    country: Option<&str>,
) -> Result<()> {
    for (value, what) in [
        (street, "the street (--street)"),
        (city, "the city (--city)"),
        (country, "the country (--country)"),
    ] {
        if let Some(value) = value {
            check_length(value, what, MAX_SHORT_TEXT_CHARS)?;
        }
    }
    Ok(())
}

/// Check a `--search` text: not too long.
pub fn check_search(value: &str) -> Result<()> {
    check_length(value, "the search text (--search)", MAX_SEARCH_CHARS)
}

/// Text that must say something: not empty, not only blanks, no NUL byte.
fn check_text(value: &str, what: &'static str, fix: &'static str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::Empty { what, fix });
    }
    if value.contains('\0') {
        return Err(Error::NulByte { what });
    }
    Ok(())
}

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

/// Check a new password: at least [`MIN_PASSWORD_LEN`] characters, at
/// most [`MAX_PASSWORD_BYTES`] bytes, no NUL byte (PostgreSQL text cannot
/// hold one).
pub fn check_password(password: &str) -> Result<()> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(PasswordError::Huge {
            bytes: password.len(),
            max: MAX_PASSWORD_BYTES,
        }
        .into());
    }
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(PasswordError::TooShort {
            min: MIN_PASSWORD_LEN,
        }
        .into());
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

impl UserRef {
    /// Whether the user with this id and email is the one named.
    pub fn names(&self, id: i32, email: &str) -> bool {
        match self {
            UserRef::Id(wanted) => id == *wanted,
            UserRef::Email(wanted) => email == wanted,
        }
    }
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
        // Never echo a huge value (and no email is longer).
        let chars = value.chars().count();
        if chars > MAX_EMAIL_CHARS {
            return Err(format!(
                "a value of {chars} characters is neither a user id nor an email address \
                 (at most {MAX_EMAIL_CHARS} characters)"
            ));
        }
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
    fn emails_to_store() {
        assert!(check_email("a@b.io").is_ok());
        let longest = format!("{}@b.io", "a".repeat(MAX_EMAIL_CHARS - 5));
        assert!(check_email(&longest).is_ok());
        let err = check_email(&format!("x{longest}")).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(!err.to_string().contains("aaaa"), "{err}");
        assert_eq!(check_email("nope").unwrap_err().exit_code(), 2);
    }

    #[test]
    fn text_must_say_something() {
        assert!(check_title("T").is_ok());
        for bad in ["", "   ", "\n\t"] {
            assert_eq!(check_title(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
        assert!(matches!(check_content("a\0b"), Err(Error::NulByte { .. })));
        assert!(check_name("Zoë").is_ok());
    }

    #[test]
    fn passwords() {
        assert!(check_password("1234567").is_err());
        assert!(check_password("12345678").is_ok());
        assert!(check_password("1234567\0x").is_err());
    }
}
