//! Obtaining a new password from the environment, standard input or a
//! prompt. A password is never a flag value. The rules a new password must
//! meet live with the model; hashing and verifying in `password_hash`.

use std::io::{BufRead, Read};

use crate::error::{Error, PasswordError, Result};
use crate::model::{MAX_PASSWORD_BYTES, check_password};
use crate::password_hash::{self, Scheme};

/// Where a new password may come from, in PRODUCT.md's order: an
/// environment variable (`ADMIN_PASSWORD` for the admin), then
/// `--password-stdin`, then a prompt when standard input is a terminal.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The environment variable's name and value, when the command has one.
    pub env: Option<(&'static str, Option<&'a str>)>,
    /// `--password-stdin` was given.
    pub stdin: bool,
    /// Standard input is a terminal, so asking is possible.
    pub stdin_is_terminal: bool,
    /// The scheme the password will be hashed with (bcrypt's 72 bytes).
    pub scheme: Scheme,
}

/// The password from the first source that has one, validated (and no
/// longer than the scheme reads). Never waits
/// on a standard input that is not a terminal unless `--password-stdin` says
/// so: with no source at all, a usage error naming every way (exit 2).
pub fn obtain(sources: Sources<'_>, whose: &str) -> Result<String> {
    match given(sources)? {
        Some(password) => {
            check(sources.scheme, &password)?;
            Ok(password)
        }
        None => ask(sources, whose),
    }
}

/// The password when one was given without asking (the environment
/// variable, `--password-stdin`), as given: not checked against a new
/// password's rules, which apply only once it is known to be used ([`check`]);
/// `None` when it would have to be asked for. A command that may not need a
/// password (`seed` with the admin already there) calls this first, and
/// [`check`] or [`ask`] only when it needs one.
pub fn given(sources: Sources<'_>) -> Result<Option<String>> {
    let password = if let Some((_, Some(value))) = sources.env {
        value.to_string()
    } else if sources.stdin {
        let line = read_stdin(sources.stdin_is_terminal)?;
        if line.is_empty() {
            return Err(PasswordError::StdinEmpty.into());
        }
        line
    } else {
        return Ok(None);
    };
    Ok(Some(password))
}

/// Ask on the terminal when there is one; otherwise a usage error naming
/// every way to give the password (exit 2).
pub fn ask(sources: Sources<'_>, whose: &str) -> Result<String> {
    if !sources.stdin_is_terminal {
        return Err(PasswordError::Missing {
            whose: whose.to_string(),
            env: sources.env.map(|(name, _)| name),
        }
        .into());
    }
    let password = prompt_twice(whose)?;
    check(sources.scheme, &password)?;
    Ok(password)
}

/// A new password's rules ([`check_password`]), and no longer than
/// `scheme` reads (bcrypt's 72 bytes): exit 2 otherwise.
pub fn check(scheme: Scheme, password: &str) -> Result<()> {
    check_password(password)?;
    password_hash::check_length(scheme, password)
}

/// Fail at once (exit 2) when no source can give a password: nothing to
/// read and no terminal to ask on. Commands that connect before asking
/// (to name the user in the prompt) call this first, so that a script
/// without a password fails before connecting and never hangs.
pub fn check_source(sources: Sources<'_>, whose: &str) -> Result<()> {
    let in_env = matches!(sources.env, Some((_, Some(_))));
    if in_env || sources.stdin || sources.stdin_is_terminal {
        return Ok(());
    }
    Err(PasswordError::Missing {
        whose: whose.to_string(),
        env: sources.env.map(|(name, _)| name),
    }
    .into())
}

/// A password to check against a stored one (`users check-password`):
/// from standard input (`--password-stdin`) or asked once on the terminal.
/// None of a new password's rules apply (the stored one may predate them);
/// it only has to be there.
pub fn obtain_to_check(stdin: bool, stdin_is_terminal: bool, whose: &str) -> Result<String> {
    let password = if stdin {
        read_stdin(stdin_is_terminal)?
    } else if stdin_is_terminal {
        rpassword::prompt_password(format!("Password of {whose} to check: ")).map_err(|source| {
            PasswordError::Unreadable {
                from: "the terminal",
                source,
            }
        })?
    } else {
        return Err(PasswordError::Missing {
            whose: whose.to_string(),
            env: None,
        }
        .into());
    };
    if password.is_empty() {
        return Err(match stdin {
            true => PasswordError::StdinEmpty.into(),
            false => Error::Empty {
                what: "the password",
                fix: "type the password to check",
            },
        });
    }
    Ok(password)
}

/// Ask on the terminal twice (rpassword reads /dev/tty, without echo).
fn prompt_twice(whose: &str) -> Result<String> {
    let ask = |prompt: String| {
        rpassword::prompt_password(prompt).map_err(|source| PasswordError::Unreadable {
            from: "the terminal",
            source,
        })
    };
    let first = ask(format!("Password for {whose}: "))?;
    let second = ask("Repeat the password: ".to_string())?;
    if first != second {
        return Err(PasswordError::Differ.into());
    }
    Ok(first)
}

/// `--password-stdin`: one line of standard input. When standard input is
/// a terminal, a person is typing it: it is read as a password prompt reads
/// (rpassword, on the terminal, without echo) after saying so, rather than
/// shown on the screen as typed; one line either way.
fn read_stdin(stdin_is_terminal: bool) -> Result<String> {
    if !stdin_is_terminal {
        return read_stdin_line(&mut std::io::stdin().lock());
    }
    let line = rpassword::prompt_password(
        "Password (--password-stdin on a terminal: one line, not echoed): ",
    )
    .map_err(|source| PasswordError::Unreadable {
        from: "the terminal",
        source,
    })?;
    if line.len() > MAX_PASSWORD_BYTES {
        return Err(PasswordError::StdinTooLong {
            max: MAX_PASSWORD_BYTES,
        }
        .into());
    }
    Ok(line)
}

/// Read one line from standard input for `--password-stdin`: strip one
/// trailing `\n` or `\r\n` and keep every other character. At most
/// [`MAX_PASSWORD_BYTES`] and its line end are read: a longer line (a file,
/// `/dev/zero`) is refused (exit 2) without reading the rest of it.
pub fn read_stdin_line(input: &mut impl BufRead) -> Result<String> {
    // The longest password, and `\r\n`.
    let limit = MAX_PASSWORD_BYTES + 2;
    let mut line = Vec::new();
    input
        .take(limit as u64)
        .read_until(b'\n', &mut line)
        .map_err(|source| PasswordError::Unreadable {
            from: "standard input",
            source,
        })?;
    if let Some(stripped) = line.strip_suffix(b"\n") {
        let stripped = stripped.strip_suffix(b"\r").unwrap_or(stripped);
        line.truncate(stripped.len());
    } else if line.len() == limit {
        return Err(PasswordError::StdinTooLong {
            max: MAX_PASSWORD_BYTES,
        }
        .into());
    }
    String::from_utf8(line).map_err(|_| {
        PasswordError::Unreadable {
            from: "standard input",
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "stream did not contain valid UTF-8",
            ),
        }
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_line_keeps_everything_but_one_newline() {
        let mut input = &b" \tp\x01w d\r\n\nnext"[..];
        assert_eq!(read_stdin_line(&mut input).unwrap(), " \tp\x01w d");
        let mut input = &b"abc\n\n"[..];
        assert_eq!(read_stdin_line(&mut input).unwrap(), "abc");
    }

    #[test]
    fn stdin_line_is_read_up_to_the_longest_password_only() {
        let longest = "p".repeat(MAX_PASSWORD_BYTES);
        for end in ["", "\n", "\r\n"] {
            let text = format!("{longest}{end}more");
            let text = if end.is_empty() {
                longest.clone()
            } else {
                text
            };
            assert_eq!(read_stdin_line(&mut text.as_bytes()).unwrap(), longest);
        }
        // One byte more is the rules' to refuse, with its length.
        let over = format!("{longest}p\n");
        assert_eq!(read_stdin_line(&mut over.as_bytes()).unwrap().len(), 1025);
        for endless in [vec![0u8; 5000], vec![b'x'; 1026]] {
            assert!(matches!(
                read_stdin_line(&mut &endless[..]),
                Err(Error::Password(PasswordError::StdinTooLong {
                    max: MAX_PASSWORD_BYTES
                }))
            ));
        }
    }
}
