//! Password hashes taken out of what blogctl prints. PostgreSQL quotes rows
//! in its errors (`Failing row contains (7, ann@example.com, Ann,
//! $2b$10$…, null)` under a CHECK or NOT NULL constraint a DBA added), and
//! a history or migration table may hold any text: every error and message
//! blogctl prints passes through [`hashes`] first (PRODUCT.md: a password
//! hash never appears in any output). Records on stdout are the user's data
//! and are not touched; none of them holds the password column.
//!
//! What counts as a hash, by shape:
//! - bcrypt: `$2$`, `$2a$`, `$2b$`, `$2x$`, `$2y$`, a two-digit cost, `$`,
//!   then the salt and hash (53 characters of `./A-Za-z0-9`, or however
//!   many are there, in case the text was cut);
//! - argon2 and the other modular crypt formats (`$argon2id$v=19$m=…$salt$hash`,
//!   `$6$salt$hash`, `$y$j9T$salt$hash`, `$pbkdf2-sha256$…`): `$id$` then at
//!   least two more `$`-separated parts, the last of 8 or more characters.
//!   A PL/pgSQL dollar quote (`$demo$`) or a parameter (`$1`) has fewer;
//! - PostgreSQL's own role passwords: `SCRAM-SHA-256$…` and `md5` + 32 hex
//!   digits.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Captures, Regex};

/// What a hash is replaced by.
pub const REDACTED: &str = "[password hash]";

/// One alternation per shape; `generic` is checked further in [`replace`].
/// (`regex` is already in the build, through refinery.)
static HASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<bcrypt>\$2[abxy]?\$[0-9]{2}\$[./A-Za-z0-9]*)",
        r"|(?P<generic>\$[A-Za-z0-9][A-Za-z0-9-]{0,31}\$[A-Za-z0-9./+=,:$-]+)",
        r"|(?P<scram>SCRAM-SHA-256\$[A-Za-z0-9+/=:$]+)",
        r"|(?P<md5>\bmd5[0-9a-f]{32}\b)",
    ))
    .expect("the hash pattern is valid")
});

/// `text` with every password hash in it replaced by [`REDACTED`];
/// borrowed when nothing looks like one (the common case costs one scan).
pub fn hashes(text: &str) -> Cow<'_, str> {
    HASH.replace_all(text, replace)
}

fn replace(caps: &Captures<'_>) -> String {
    let Some(generic) = caps.name("generic") else {
        return REDACTED.to_string();
    };
    let token = generic.as_str();
    // A comma may close the token in a quoted row (`…$hash, null)`).
    let trimmed = token.trim_end_matches(',');
    let parts: Vec<&str> = trimmed.split('$').collect();
    // "", id, then at least two more parts, the last one long: a salt and
    // a hash.
    let is_hash = parts.len() >= 4 && parts.last().is_some_and(|last| last.len() >= 8);
    if is_hash {
        format!("{REDACTED}{}", &token[trimmed.len()..])
    } else {
        token.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BCRYPT: &str = "$2b$10$NqjKli5RiM/YsEHnF8124O./pjKM9WtG0DUVWAtElc8uNljMszuKu";
    const ARGON2: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$qLml2fFM6uXY0q2R8s4Dk2cTKnKk8pAq9CvDrU3Hh0o";

    #[test]
    fn rows_quoted_by_postgres_lose_their_hashes() {
        let detail = format!("Failing row contains (7, ann@example.com, Ann, {BCRYPT}, null).");
        assert_eq!(
            hashes(&detail),
            "Failing row contains (7, ann@example.com, Ann, [password hash], null)."
        );
        let detail = format!("Failing row contains (7, a@b.io, Ann, {ARGON2}, null).");
        assert_eq!(
            hashes(&detail),
            "Failing row contains (7, a@b.io, Ann, [password hash], null)."
        );
        let key = format!("Key (password)=({BCRYPT}) already exists.");
        assert_eq!(
            hashes(&key),
            "Key (password)=([password hash]) already exists."
        );
    }

    #[test]
    fn every_bcrypt_prefix_and_cut_hashes() {
        for prefix in ["$2$", "$2a$", "$2x$", "$2y$"] {
            let hash = BCRYPT.replacen("$2b$", prefix, 1);
            assert_eq!(
                hashes(&format!("({hash})")),
                "([password hash])",
                "{prefix}"
            );
        }
        assert_eq!(hashes("x $2b$12$abc"), "x [password hash]");
    }

    #[test]
    fn other_crypt_formats_and_postgres_role_passwords() {
        for hash in [
            "$6$rounds=5000$saltsalt$Zm9vYmFyYmF6cXV4Zm9vYmFy",
            "$1$saltsalt$qjKli5RiM/YsEHnF8124O",
            "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7",
            "$pbkdf2-sha256$29000$N2bMOUhpzXmvdQ4h$Bb8TxRXhNYJdK9FyVuS6Fh7",
            "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVkS2V5:c2VydmVyS2V5",
            "md5a3556571e93b0d20722ba62be61e8c2d",
        ] {
            assert_eq!(hashes(&format!("[{hash}]")), "[[password hash]]", "{hash}");
        }
    }

    #[test]
    fn text_that_only_looks_alike_stays() {
        for text in [
            "syntax error at or near \"$demo$\"",
            "there is no parameter $1",
            "bcrypt ($2b$, cost 10, what the blog API verifies)",
            "costs $5 or $10$ a month",
            "DO $body$BEGIN NULL; END$body$",
            "md5 of the file",
        ] {
            assert_eq!(hashes(text), text);
        }
    }
}
