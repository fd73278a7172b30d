//! Passwords: the rules a new password must meet, argon2id hashing at
//! OWASP's parameters (the argon2 crate's defaults: m=19456 KiB, t=2, p=1),
//! and reading one from standard input. A password is never a flag value.

use std::io::BufRead;

use argon2::Argon2;
use argon2::password_hash::PasswordHasher;

use crate::error::{Error, Result};

/// Shortest password accepted.
pub const MIN_LEN: usize = 8;

/// Check a new password: at least [`MIN_LEN`] characters, no NUL byte
/// (PostgreSQL text cannot hold one).
pub fn validate(password: &str) -> Result<()> {
    if password.chars().count() < MIN_LEN {
        return Err(Error::usage(format!(
            "the password is too short: it needs at least {MIN_LEN} characters"
        )));
    }
    if password.contains('\0') {
        return Err(Error::usage(
            "the password holds a NUL byte, which PostgreSQL cannot store",
        ));
    }
    Ok(())
}

/// The argon2id PHC string for `password`, with a fresh random salt.
pub fn hash(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| Error::failed(format!("cannot hash the password: {e}")))
}

/// Where a new password may come from, in PRODUCT.md's order: an
/// environment variable (`ADMIN_PASSWORD` for the admin), then
/// `--password-stdin`, then a prompt when standard input is a terminal.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The environment variable's name and value, when the command has one.
    pub env: Option<(&'a str, Option<&'a str>)>,
    /// `--password-stdin` was given.
    pub stdin: bool,
    /// Standard input is a terminal, so asking is possible.
    pub stdin_is_terminal: bool,
}

/// The password from the first source that has one, validated. Never waits
/// on a standard input that is not a terminal unless `--password-stdin` says
/// so: with no source at all, a usage error naming every way (exit 2).
pub fn obtain(sources: Sources<'_>, whose: &str) -> Result<String> {
    let password = if let Some((_, Some(value))) = sources.env {
        value.to_string()
    } else if sources.stdin {
        let line = read_stdin_line(&mut std::io::stdin().lock())?;
        if line.is_empty() {
            return Err(Error::usage(
                "--password-stdin: standard input holds no password (pipe one line into blogctl)",
            ));
        }
        line
    } else if sources.stdin_is_terminal {
        prompt_twice(whose)?
    } else {
        let ways = match sources.env {
            Some((name, _)) => format!(
                "set {name}, pass --password-stdin with the password on standard input, \
                 or run on a terminal to be asked"
            ),
            None => "pass --password-stdin with the password on standard input, \
                     or run on a terminal to be asked"
                .to_string(),
        };
        return Err(Error::usage(format!("no password for {whose}: {ways}")));
    };
    validate(&password)?;
    Ok(password)
}

/// Ask on the terminal twice (rpassword reads /dev/tty, without echo).
fn prompt_twice(whose: &str) -> Result<String> {
    let ask = |prompt: String| {
        rpassword::prompt_password(prompt)
            .map_err(|e| Error::usage(format!("cannot read the password from the terminal: {e}")))
    };
    let first = ask(format!("Password for {whose}: "))?;
    let second = ask("Repeat the password: ".to_string())?;
    if first != second {
        return Err(Error::usage(
            "the two passwords differ; nothing was changed",
        ));
    }
    Ok(first)
}

/// Read one line from standard input for `--password-stdin`: strip one
/// trailing `\n` or `\r\n` and keep every other character.
pub fn read_stdin_line(input: &mut impl BufRead) -> Result<String> {
    let mut line = String::new();
    input
        .read_line(&mut line)
        .map_err(|e| Error::usage(format!("cannot read the password from standard input: {e}")))?;
    if let Some(stripped) = line.strip_suffix('\n') {
        line = stripped.strip_suffix('\r').unwrap_or(stripped).to_string();
    }
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checked with the crate's verifier: constant-time, parameters read
    /// from the PHC string.
    fn verify(password: &str, phc: &str) -> bool {
        use argon2::PasswordHash;
        use argon2::password_hash::PasswordVerifier;
        PasswordHash::new(phc).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    }

    #[test]
    fn hashes_verify_and_use_owasp_parameters() {
        let phc = hash("correct horse").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify("correct horse", &phc));
        assert!(!verify("wrong horse", &phc));
    }

    #[test]
    fn stdin_line_keeps_everything_but_one_newline() {
        let mut input = &b" \tp\x01w d\r\n\nnext"[..];
        assert_eq!(read_stdin_line(&mut input).unwrap(), " \tp\x01w d");
        let mut input = &b"abc\n\n"[..];
        assert_eq!(read_stdin_line(&mut input).unwrap(), "abc");
    }

    #[test]
    fn rules() {
        assert!(validate("1234567").is_err());
        assert!(validate("12345678").is_ok());
        assert!(validate("1234567\0x").is_err());
    }
}
