//! The failures around passwords: part of the catalogue
//! (`Error::Password`), kept together because they share one subject,
//! where a password comes from, the rules it must meet, hashing it and
//! checking it. None of them ever shows a password.

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    // ---- Invalid usage or input; nothing was changed (exit 2). ----
    #[error("the password is too short: it needs at least {min} characters")]
    TooShort { min: usize },

    #[error(
        "the password is {bytes} bytes long, and bcrypt (the blog API's scheme) uses only the \
         first {max}: the rest would be ignored, so any password with the same first {max} \
         bytes would match; choose one of at most {max} bytes (UTF-8), or pass \
         --password-hash argon2id if the application verifies argon2id"
    )]
    TooLong { bytes: usize, max: usize },

    #[error("the password is {bytes} bytes long; at most {max} are accepted")]
    Huge { bytes: usize, max: usize },

    #[error("--password-stdin: standard input holds no password (pipe one line into blogctl)")]
    StdinEmpty,

    #[error(
        "--password-stdin: the first line of standard input is longer than {max} bytes, the \
         most a password may have (pipe one line into blogctl)"
    )]
    StdinTooLong { max: usize },

    #[error("no password for {whose}: {}", super::wording::password_ways(*env))]
    Missing {
        whose: String,
        /// The environment variable that could have held it, if any.
        env: Option<&'static str>,
    },

    #[error("cannot read the password from {from}")]
    Unreadable {
        from: &'static str,
        #[source]
        source: std::io::Error,
    },

    #[error("the two passwords differ; nothing was changed")]
    Differ,

    // ---- The operation failed (exit 1). ----
    /// `users check-password`: the answer is no (exit 1).
    #[error("the password does not match the stored {scheme} hash of {user}")]
    Mismatch {
        /// "user 3 (a@b.io)"
        user: String,
        scheme: &'static str,
    },

    /// `users check-password` on a hash blogctl cannot read (exit 1).
    #[error(
        "cannot check the password of {user}: its stored password is {found}; set a new one \
         with `blogctl users set-password {id}`"
    )]
    Uncheckable {
        user: String,
        id: i32,
        found: String,
    },

    #[error("cannot hash the password: {0}")]
    Hash(String),
}

impl PasswordError {
    pub fn exit_code(&self) -> u8 {
        use PasswordError::*;
        match self {
            TooShort { .. }
            | TooLong { .. }
            | Huge { .. }
            | StdinEmpty
            | StdinTooLong { .. }
            | Missing { .. }
            | Unreadable { .. }
            | Differ => 2,
            Mismatch { .. } | Uncheckable { .. } | Hash(_) => 1,
        }
    }
}
