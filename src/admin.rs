//! The admin user: one code path shared by `blogctl seed`, `blogctl setup`
//! and the V4 migration step. The password is checked against a new
//! password's rules and hashed only when it is used: when the admin is
//! created or its password reset. An existing admin's password is left
//! alone whatever `ADMIN_PASSWORD` holds (the blog API's `.env` may hold
//! one shorter than blogctl's rules, or longer than bcrypt reads).

use std::fmt;

use tokio_postgres::GenericClient;

use crate::db::{self, users};
use crate::error::{Error, Result};
use crate::model::{MAX_EMAIL_CHARS, MAX_SHORT_TEXT_CHARS, UserRef, check_length, is_email};
use crate::password;
use crate::password_hash::{self, Scheme, Verdict};

/// Default for `ADMIN_NAME`.
pub const DEFAULT_NAME: &str = "Admin";

/// An admin to seed (email and name checked), the password as given, and
/// the scheme it is hashed with. The password is kept out of `Debug`.
#[derive(Clone)]
pub struct AdminSpec {
    pub email: String,
    pub name: String,
    pub password: Option<String>,
    pub scheme: Scheme,
}

impl fmt::Debug for AdminSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AdminSpec")
            .field("email", &self.email)
            .field("name", &self.name)
            .field("password", &self.password.as_ref().map(|_| "********"))
            .field("scheme", &self.scheme)
            .finish()
    }
}

impl AdminSpec {
    /// Check the admin's email and name (exit 2 on bad input, before any
    /// write); the password is kept as given, checked by
    /// [`AdminSpec::new_password`] once it is known to be used.
    pub fn new(
        email: &str,
        name: Option<&str>,
        password: Option<String>,
        scheme: Scheme,
    ) -> Result<AdminSpec> {
        check_length(email, "ADMIN_EMAIL", MAX_EMAIL_CHARS)?;
        if !is_email(email) {
            return Err(Error::AdminEmailInvalid {
                value: email.to_string(),
            });
        }
        let name = name.unwrap_or(DEFAULT_NAME);
        check_length(name, "ADMIN_NAME", MAX_SHORT_TEXT_CHARS)?;
        if name.trim().is_empty() {
            return Err(Error::Empty {
                what: "ADMIN_NAME",
                fix: "give the admin a name",
            });
        }
        if name.contains('\0') || email.contains('\0') {
            return Err(Error::NulByte {
                what: "ADMIN_EMAIL or ADMIN_NAME",
            });
        }
        Ok(AdminSpec {
            email: email.to_string(),
            name: name.to_string(),
            password,
            scheme,
        })
    }

    /// The password, to create the admin or reset its password with:
    /// checked against a new password's rules and the scheme's length now
    /// (exit 2), or the error that says none was given.
    pub fn new_password(&self) -> Result<&str> {
        let password = self
            .password
            .as_deref()
            .ok_or_else(|| Error::AdminPasswordNeeded {
                email: self.email.clone(),
            })?;
        password::check(self.scheme, password)?;
        Ok(password)
    }
}

/// What a command already knows about the admin, from its one look-up:
/// [`ensure`] then needs none of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Known {
    /// Not looked up yet.
    Unknown,
    /// No such user (or no users table, or no database yet).
    Missing,
    /// The admin's id, and its stored password hash (never printed) when
    /// the look-up read it.
    Exists { id: i32, hash: Option<Hash> },
}

/// A stored password hash, kept out of `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct Hash(pub String);

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Hash(********)")
    }
}

/// Look the admin up: [`Known::Missing`] when the users table is not there
/// yet. One `to_regclass` and one query on `users`. The one check of
/// whether the admin exists, for setup and migrate.
pub async fn look_up(client: &impl GenericClient, email: &str) -> Result<Known> {
    let users = db::table_exists(client, "users")
        .await
        .map_err(db::failed("cannot look for the users table"))?;
    if !users {
        return Ok(Known::Missing);
    }
    look_up_in_table(client, email).await
}

/// [`look_up`] where the users table is known to be there.
pub async fn look_up_in_table(client: &impl GenericClient, email: &str) -> Result<Known> {
    let login = users::find_login(client, &UserRef::Email(email.to_string())).await?;
    Ok(match login {
        Some(login) => Known::Exists {
            id: login.id,
            hash: Some(Hash(login.hash)),
        },
        None => Known::Missing,
    })
}

/// What [`ensure`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created(i32),
    AlreadyExists(i32),
    PasswordReset(i32),
}

impl Outcome {
    pub fn id(self) -> i32 {
        match self {
            Outcome::Created(id) | Outcome::AlreadyExists(id) | Outcome::PasswordReset(id) => id,
        }
    }
}

/// Make sure the admin exists: create it when missing (which needs the
/// password, checked now), leave an existing one as it is, or set its
/// password when `reset_password`. `known` is what the caller's look-up
/// found, so that the admin is looked up once per run; with
/// [`Known::Unknown`] it is looked up here.
pub async fn ensure(
    client: &impl GenericClient,
    admin: &AdminSpec,
    reset_password: bool,
    known: &Known,
) -> Result<Outcome> {
    let existing = match known {
        Known::Exists { id, .. } => Some(*id),
        Known::Missing => None,
        Known::Unknown => users::find_id_by_email(client, &admin.email).await?,
    };
    if let Some(id) = existing {
        if !reset_password {
            return Ok(Outcome::AlreadyExists(id));
        }
        let hash = password_hash::hash(admin.scheme, admin.new_password()?)?;
        if !users::set_password(client, id, &hash).await? {
            // Deleted by another session since the look-up.
            return Err(Error::AdminVanished {
                email: admin.email.clone(),
            });
        }
        return Ok(Outcome::PasswordReset(id));
    }
    let hash = password_hash::hash(admin.scheme, admin.new_password()?)?;
    match users::insert_without_address(client, &admin.email, &admin.name, &hash).await? {
        Some(id) => Ok(Outcome::Created(id)),
        // Another session created it between our look-up and insert.
        None => users::find_id_by_email(client, &admin.email)
            .await?
            .map(Outcome::AlreadyExists)
            .ok_or_else(|| Error::AdminVanished {
                email: admin.email.clone(),
            }),
    }
}

/// How an existing admin's stored password compares with the one given,
/// whatever its length (the blog API may have stored a password blogctl's
/// rules would refuse): the one verify of `password_hash`, which reads
/// bcrypt and argon2id whatever `--password-hash` says. `None` without a
/// password to compare. The stored hash is the look-up's when `known` has
/// it.
pub async fn check_existing(
    client: &impl GenericClient,
    admin: &AdminSpec,
    id: i32,
    known: &Known,
) -> Result<Option<Verdict>> {
    let Some(password) = admin.password.as_deref() else {
        return Ok(None);
    };
    let stored = match known {
        Known::Exists {
            id: known_id,
            hash: Some(hash),
        } if *known_id == id => hash.0.clone(),
        _ => match users::password_hash(client, id).await? {
            Some(stored) => stored,
            None => return Ok(None),
        },
    };
    Ok(Some(password_hash::verify(password, &stored)))
}

/// The warning for an admin whose stored hash is not in the scheme blogctl
/// writes: the application verifying `want` cannot log it in.
pub fn scheme_warning(admin: &AdminSpec, id: i32, verdict: &Verdict) -> Option<String> {
    let want = admin.scheme;
    let found = match verdict {
        Verdict::Match(scheme) | Verdict::NoMatch(scheme) if *scheme == want => return None,
        Verdict::Match(scheme) | Verdict::NoMatch(scheme) => scheme.with_article(),
        Verdict::Unreadable(what) => what.as_str(),
    };
    Some(password_hash::scheme_mismatch(
        &format!("the admin {} (id {id})", admin.email),
        found,
        want,
        "run `blogctl seed --reset-password` to store",
    ))
}
