//! Password hashes: the two schemes blogctl writes and the one check that
//! reads them back.
//!
//! The blog API verifies passwords with npm `bcrypt`'s `bcrypt.compare` and
//! writes `bcrypt.hash(password, 10)`: `$2b$`, cost 10. blogctl writes the
//! same by default, so the API can log in every user blogctl creates;
//! `--password-hash argon2id` keeps argon2id (OWASP: m=19456 KiB, t=2, p=1,
//! the argon2 crate's defaults) for an application that verifies that.
//! bcrypt reads at most 72 bytes of a password: a longer one is refused
//! before anything is hashed, never truncated.

use std::fmt;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::error::{PasswordError, Result};

/// The blog API's own cost: `bcrypt.hash(password, 10)`.
pub const BCRYPT_COST: u32 = 10;

/// bcrypt uses only this many bytes of a password.
pub const BCRYPT_MAX_BYTES: usize = 72;

/// A scheme blogctl writes (`--password-hash`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scheme {
    /// `$2b$10$…`, as the blog API writes and verifies.
    #[default]
    Bcrypt,
    /// `$argon2id$v=19$m=19456,t=2,p=1$…`.
    Argon2id,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Bcrypt => "bcrypt",
            Scheme::Argon2id => "argon2id",
        }
    }

    /// "a bcrypt hash", "an argon2id hash".
    pub fn with_article(self) -> &'static str {
        match self {
            Scheme::Bcrypt => "a bcrypt hash",
            Scheme::Argon2id => "an argon2id hash",
        }
    }

    /// The scheme of a stored hash, if blogctl can read it: bcrypt as
    /// `$2a$`, `$2b$` or `$2y$` (the same algorithm, named by different
    /// implementations; `$2x$`, crypt_blowfish's buggy variant, is not),
    /// argon2id as a PHC string.
    pub fn of(stored: &str) -> Option<Scheme> {
        let bcrypt = ["$2a$", "$2b$", "$2y$"]
            .iter()
            .any(|prefix| stored.starts_with(prefix));
        if bcrypt {
            Some(Scheme::Bcrypt)
        } else if stored.starts_with("$argon2id$") {
            Some(Scheme::Argon2id)
        } else {
            None
        }
    }
}

/// The warning for a password stored in another scheme than `want`, the
/// one blogctl writes (`--password-hash`): `who` ("user 3", "the admin
/// a@b.io (id 1)") has it stored as `found` ("a bcrypt hash", or what an
/// unreadable one looks like), so the application verifying `want`
/// cannot log it in; `fix` says how to store `want` instead, up to the
/// words "a bcrypt hash" it ends with.
pub fn scheme_mismatch(who: &str, found: &str, want: Scheme, fix: &str) -> String {
    let consequence = match want {
        Scheme::Bcrypt => "the blog API, which verifies bcrypt, cannot log it in",
        Scheme::Argon2id => "an application that verifies argon2id cannot log it in",
    };
    format!(
        "{who} has its password stored as {found}, not {want} (--password-hash {want}): \
         {consequence}; {fix} {}",
        want.with_article()
    )
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Refuse a password this scheme cannot hash whole (exit 2): bcrypt would
/// silently ignore everything past its 72nd byte.
pub fn check_length(scheme: Scheme, password: &str) -> Result<()> {
    let bytes = password.len();
    if scheme == Scheme::Bcrypt && bytes > BCRYPT_MAX_BYTES {
        return Err(PasswordError::TooLong {
            bytes,
            max: BCRYPT_MAX_BYTES,
        }
        .into());
    }
    Ok(())
}

/// Hash `password` in `scheme` with a fresh random salt.
pub fn hash(scheme: Scheme, password: &str) -> Result<String> {
    check_length(scheme, password)?;
    match scheme {
        // The crate's `hash` writes `$2b$`; the length was checked above, so
        // its truncation to 72 bytes never applies.
        Scheme::Bcrypt => bcrypt::hash(password, BCRYPT_COST)
            .map_err(|e| PasswordError::Hash(e.to_string()).into()),
        Scheme::Argon2id => Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| PasswordError::Hash(e.to_string()).into()),
    }
}

/// What checking a password against a stored hash found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The password matches the hash (in this scheme).
    Match(Scheme),
    /// A hash blogctl reads, and the password does not match it.
    NoMatch(Scheme),
    /// A hash in a scheme blogctl cannot read (or a malformed one); the
    /// text says what it looks like, never the hash itself.
    Unreadable(String),
}

/// Check `password` against a stored hash, in constant time for the
/// scheme's own comparison (both crates compare with `subtle`). Any hash
/// blogctl or the blog API wrote is read: bcrypt `$2a$`/`$2b$`/`$2y$` at
/// any cost, argon2id at the parameters its PHC string names.
pub fn verify(password: &str, stored: &str) -> Verdict {
    let verdict = |scheme: Scheme, matched: bool| match matched {
        true => Verdict::Match(scheme),
        false => Verdict::NoMatch(scheme),
    };
    match Scheme::of(stored) {
        Some(Scheme::Bcrypt) => match bcrypt::verify(password, stored) {
            Ok(matched) => verdict(Scheme::Bcrypt, matched),
            Err(e) => Verdict::Unreadable(format!("a malformed bcrypt hash ({e})")),
        },
        Some(Scheme::Argon2id) => {
            let parsed = match PasswordHash::new(stored) {
                Ok(parsed) => parsed,
                Err(e) => return Verdict::Unreadable(format!("a malformed argon2id hash ({e})")),
            };
            // verify_password takes the algorithm, version and parameters
            // from the PHC string.
            match Argon2::default().verify_password(password.as_bytes(), &parsed) {
                Ok(()) => verdict(Scheme::Argon2id, true),
                Err(argon2::password_hash::Error::PasswordInvalid) => {
                    verdict(Scheme::Argon2id, false)
                }
                Err(e) => Verdict::Unreadable(format!("a malformed argon2id hash ({e})")),
            }
        }
        None => Verdict::Unreadable(describe_unknown(stored)),
    }
}

/// The `$id$` prefixes of the crypt formats in use (crypt(5), passlib, the
/// PHC string format): the only part of a stored password ever named.
const KNOWN_IDS: [&str; 28] = [
    "1",
    "2",
    "2a",
    "2b",
    "2x",
    "2y",
    "3",
    "5",
    "6",
    "7",
    "y",
    "gy",
    "sha1",
    "md5",
    "apr1",
    "sm3",
    "argon2i",
    "argon2d",
    "argon2id",
    "scrypt",
    "pbkdf2",
    "pbkdf2-sha1",
    "pbkdf2-sha256",
    "pbkdf2-sha512",
    "bcrypt-sha256",
    "P",
    "H",
    "S",
];

/// Name an unreadable hash by its shape only, never by its content, which
/// may be a plain password: the `$id$` prefix of a known crypt format
/// (`$2x$`, `$pbkdf2-sha256$`) followed by more text. Anything else (a
/// plain `$hunter2`, `$secret$`, `$abc$def`) is named by what it is not.
pub fn describe_unknown(stored: &str) -> String {
    let id = stored
        .strip_prefix('$')
        .and_then(|rest| rest.split_once('$'))
        .filter(|(id, rest)| !rest.is_empty() && KNOWN_IDS.contains(id))
        .map(|(id, _)| id);
    match id {
        Some(id) => format!("a `${id}$` hash, a scheme blogctl cannot read"),
        None => "not a password hash blogctl can read (neither bcrypt nor argon2id)".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcrypt_is_2b_cost_10_and_verifies() {
        let h = hash(Scheme::Bcrypt, "correct horse").unwrap();
        assert!(h.starts_with("$2b$10$"), "{h}");
        assert_eq!(h.len(), 60);
        assert_eq!(verify("correct horse", &h), Verdict::Match(Scheme::Bcrypt));
        assert_eq!(verify("wrong horse", &h), Verdict::NoMatch(Scheme::Bcrypt));
    }

    #[test]
    fn argon2id_uses_owasp_parameters_and_verifies() {
        let h = hash(Scheme::Argon2id, "correct horse").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_eq!(
            verify("correct horse", &h),
            Verdict::Match(Scheme::Argon2id)
        );
        assert_eq!(
            verify("wrong horse", &h),
            Verdict::NoMatch(Scheme::Argon2id)
        );
    }

    #[test]
    fn bcrypt_variants_are_read() {
        // The OpenBSD test vector ("U*U", cost 5) under its three names.
        for prefix in ["$2a$", "$2b$", "$2y$"] {
            let h = format!("{prefix}05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
            assert_eq!(verify("U*U", &h), Verdict::Match(Scheme::Bcrypt), "{h}");
            assert_eq!(verify("U*V", &h), Verdict::NoMatch(Scheme::Bcrypt));
        }
    }

    #[test]
    fn other_schemes_are_named_by_shape_only() {
        for (stored, says) in [
            (
                "$2x$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
                "`$2x$`",
            ),
            ("$argon2i$v=19$m=16,t=2,p=1$c2FsdHNhbHQ$Zm9v", "`$argon2i$`"),
            ("$pbkdf2-sha256$29000$abc$def", "`$pbkdf2-sha256$`"),
            ("plain-text-password", "neither bcrypt nor argon2id"),
            // Plain passwords that start with `$`: no part of them named.
            ("$hunter2", "neither bcrypt nor argon2id"),
            ("$hunter2$", "neither bcrypt nor argon2id"),
            ("$plain$text", "neither bcrypt nor argon2id"),
            ("$6$", "neither bcrypt nor argon2id"),
        ] {
            match verify("whatever", stored) {
                Verdict::Unreadable(text) => {
                    assert!(text.contains(says), "{text}");
                    assert!(!text.contains("plain"), "{text}");
                    assert!(!text.contains("hunter"), "{text}");
                }
                other => panic!("{stored}: {other:?}"),
            }
        }
        assert!(matches!(
            verify("x", "$2b$10$tooshort"),
            Verdict::Unreadable(_)
        ));
        assert!(matches!(
            verify("x", "$argon2id$garbage"),
            Verdict::Unreadable(_)
        ));
    }

    #[test]
    fn bcrypt_refuses_more_than_72_bytes() {
        let exactly = "é".repeat(36); // 72 bytes, 36 characters
        assert!(check_length(Scheme::Bcrypt, &exactly).is_ok());
        let longer = format!("{exactly}x");
        let err = hash(Scheme::Bcrypt, &longer).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("73 bytes"), "{err}");
        // argon2id reads every byte.
        assert!(check_length(Scheme::Argon2id, &longer).is_ok());
    }

    #[test]
    fn the_72nd_byte_counts() {
        let a = "a".repeat(72);
        let h = hash(Scheme::Bcrypt, &a).unwrap();
        let mut b = "a".repeat(71);
        b.push('b');
        assert_eq!(verify(&a, &h), Verdict::Match(Scheme::Bcrypt));
        assert_eq!(verify(&b, &h), Verdict::NoMatch(Scheme::Bcrypt));
    }
}
