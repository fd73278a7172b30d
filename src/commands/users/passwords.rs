//! `blogctl users set-password|check-password`: the answer to "why can't
//! this user log in?" and the fix. A password comes from standard input
//! (`--password-stdin`, read before connecting) or a prompt that names the
//! user (so asked after looking the user up); never from a flag value. With
//! neither, both fail at once with exit 2, before connecting.

use std::process::ExitCode;

use super::find_existing;
use crate::cli::UserPasswordArgs;
use crate::commands::Context;
use crate::db::users;
use crate::error::{Error, PasswordError, Result};
use crate::escape;
use crate::model::{PasswordCheck, Text};
use crate::output;
use crate::password;
use crate::password_hash::{self, BCRYPT_MAX_BYTES, Scheme, Verdict};

/// Set a new password (the rules and scheme of `seed`) on an existing user.
pub async fn set(ctx: &Context, args: &UserPasswordArgs) -> Result<ExitCode> {
    let scheme = ctx.settings.password_hash;
    let sources = password::Sources {
        env: None,
        stdin: args.password.password_stdin,
        stdin_is_terminal: ctx.settings.stdin_is_terminal,
        scheme,
    };
    let named = format!("the {}", args.user);
    let early = match sources.stdin {
        true => Some(password::obtain(sources, &named)?),
        false => {
            password::check_source(sources, &named)?;
            None
        }
    };
    let client = ctx.connect().await?;
    let row = find_existing(&client, &args.user).await?;
    let user = row.user()?;
    let who = format!("user {} ({})", user.id, escape::line(&user.email.to_str()));
    let password = match early {
        Some(password) => password,
        None => password::obtain(sources, &who)?,
    };
    let hash = password_hash::hash(scheme, &password)?;
    if !users::set_password(&client, user.id, &hash).await? {
        return Err(Error::DeletedMeanwhile {
            what: format!("user {}", user.id),
            doing: "changed",
        });
    }
    ctx.msgs.info(format!(
        "set a new password for {who}, as {}",
        scheme.with_article()
    ));
    Ok(ExitCode::SUCCESS)
}

/// Check a password against the user's stored hash, whatever scheme
/// `--password-hash` names; print the answer as a record, and exit 1
/// unless it matches.
pub async fn check(ctx: &Context, args: &UserPasswordArgs) -> Result<ExitCode> {
    let stdin = args.password.password_stdin;
    let terminal = ctx.settings.stdin_is_terminal;
    let named = format!("the {}", args.user);
    let early = match (stdin, terminal) {
        (true, _) => Some(password::obtain_to_check(true, terminal, &named)?),
        (false, true) => None,
        (false, false) => {
            return Err(PasswordError::Missing {
                whose: named,
                env: None,
            }
            .into());
        }
    };
    let client = ctx.connect().await?;
    let login = users::find_login(&client, &args.user)
        .await?
        .ok_or_else(|| Error::UserNotFound {
            user: args.user.clone(),
        })?;
    let who = format!("user {} ({})", login.id, escape::line(&login.email));
    let password = match early {
        Some(password) => password,
        None => password::obtain_to_check(false, true, &who)?,
    };
    let verdict = password_hash::verify(&password, &login.hash);
    let (scheme, stored, matches) = match &verdict {
        Verdict::Match(scheme) => (scheme.as_str(), None, Some(true)),
        Verdict::NoMatch(scheme) => (scheme.as_str(), None, Some(false)),
        Verdict::Unreadable(what) => ("unknown", Some(what.clone()), None),
    };
    let record = PasswordCheck {
        id: login.id,
        email: Text::from(login.email.as_str()),
        scheme,
        stored,
        matches,
    };
    output::print_one(&ctx.settings.output, &record)?;
    match verdict {
        Verdict::Match(found) => {
            for warning in warnings(ctx.settings.password_hash, found, &password, &login) {
                ctx.msgs.warn(warning);
            }
            Ok(ExitCode::SUCCESS)
        }
        Verdict::NoMatch(found) => Err(PasswordError::Mismatch {
            user: who,
            scheme: found.as_str(),
        }
        .into()),
        Verdict::Unreadable(what) => Err(PasswordError::Uncheckable {
            user: who,
            id: login.id,
            found: what,
        }
        .into()),
    }
}

/// What a match does not settle: a hash in another scheme than the one
/// blogctl writes (the application verifying that scheme cannot log the
/// user in), and bcrypt ignoring a long password's tail.
fn warnings(want: Scheme, found: Scheme, password: &str, login: &users::Login) -> Vec<String> {
    let id = login.id;
    let mut warnings = Vec::new();
    if found != want {
        warnings.push(password_hash::scheme_mismatch(
            &format!("user {id}"),
            found.with_article(),
            want,
            &format!("`blogctl users set-password {id}` stores"),
        ));
    }
    if found == Scheme::Bcrypt && password.len() > BCRYPT_MAX_BYTES {
        warnings.push(format!(
            "bcrypt reads only the first {BCRYPT_MAX_BYTES} bytes of a password: this one has \
             {}, and any password with the same first {BCRYPT_MAX_BYTES} matches too",
            password.len()
        ));
    }
    warnings
}
