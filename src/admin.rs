//! The admin user: one code path shared by `blogctl seed`, `blogctl setup`
//! and the V4 migration step. The password is hashed only when a user is
//! actually created or its password reset.

use std::fmt;

use tokio_postgres::GenericClient;

use crate::db::users;
use crate::error::{Error, Result};
use crate::model::{MAX_EMAIL_CHARS, MAX_SHORT_TEXT_CHARS, check_length, check_password, is_email};
use crate::password_hash::{self, Scheme, Verdict};

/// Default for `ADMIN_NAME`.
pub const DEFAULT_NAME: &str = "Admin";

/// A validated admin to seed, and the scheme its password is hashed with.
/// The password is kept out of `Debug`.
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
    /// Validate the admin's fields (exit 2 on bad input, before any write).
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
        if let Some(password) = &password {
            check_password(password)?;
            password_hash::check_length(scheme, password)?;
        }
        Ok(AdminSpec {
            email: email.to_string(),
            name: name.to_string(),
            password,
            scheme,
        })
    }
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
/// password), leave an existing one as it is, or set its password when
/// `reset_password`.
pub async fn ensure(
    client: &impl GenericClient,
    admin: &AdminSpec,
    reset_password: bool,
) -> Result<Outcome> {
    let missing_password = || Error::AdminPasswordNeeded {
        email: admin.email.clone(),
    };
    if let Some(id) = users::find_id_by_email(client, &admin.email).await? {
        if !reset_password {
            return Ok(Outcome::AlreadyExists(id));
        }
        let password = admin.password.as_deref().ok_or_else(missing_password)?;
        let hash = password_hash::hash(admin.scheme, password)?;
        users::set_password(client, id, &hash).await?;
        return Ok(Outcome::PasswordReset(id));
    }
    let password = admin.password.as_deref().ok_or_else(missing_password)?;
    let hash = password_hash::hash(admin.scheme, password)?;
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

/// How an existing admin's stored password compares with the one given:
/// the one verify of `password_hash`, which reads bcrypt and argon2id
/// whatever `--password-hash` says. `None` without a password to compare.
pub async fn check_existing(
    client: &impl GenericClient,
    admin: &AdminSpec,
    id: i32,
) -> Result<Option<Verdict>> {
    let Some(password) = admin.password.as_deref() else {
        return Ok(None);
    };
    let Some(stored) = users::password_hash(client, id).await? else {
        return Ok(None);
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
        Verdict::Unreadable(what) => what.clone(),
    };
    let consequence = match want {
        Scheme::Bcrypt => "the blog API, which verifies bcrypt, cannot log it in",
        Scheme::Argon2id => "an application that verifies argon2id cannot log it in",
    };
    Some(format!(
        "the admin {} (id {id}) has its password stored as {found}, not {want} \
         (--password-hash {want}): {consequence}; run `blogctl seed --reset-password` to \
         store {}",
        admin.email,
        want.with_article()
    ))
}
