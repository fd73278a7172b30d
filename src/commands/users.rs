//! `blogctl users create|list|show|delete`. Every statement is unnamed
//! (`query_typed`) or inside a transaction, so all of it works through
//! PgBouncer in transaction pooling mode.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use super::Context;
use crate::cli::{UsersCommand, UsersCreateArgs, UsersDeleteArgs};
use crate::db::users::UserRow;
use crate::db::users::{self, NewAddress};
use crate::error::{Error, Result};
use crate::escape;
use crate::model::{User, UserRef, is_email};
use crate::output::{Shape, Sink};
use crate::password;
use crate::password_hash;

pub async fn run(ctx: &Context, command: UsersCommand) -> Result<ExitCode> {
    match command {
        UsersCommand::Create(args) => create(ctx, args).await,
        UsersCommand::List => list(ctx).await,
        UsersCommand::Show(arg) => show(ctx, &arg.user).await,
        UsersCommand::Delete(args) => delete(ctx, &args).await,
    }
}

/// Create the user and their optional address, then print the user.
async fn create(ctx: &Context, args: UsersCreateArgs) -> Result<ExitCode> {
    if !is_email(&args.email) {
        return Err(Error::NotAnEmail { value: args.email });
    }
    if args.name.trim().is_empty() {
        return Err(Error::Empty {
            what: "the name",
            fix: "give the user a name (--name)",
        });
    }
    // An empty field is no value; every field empty is no address.
    let given = |value: Option<String>| value.filter(|v| !v.is_empty());
    let address = NewAddress {
        street: given(args.street),
        city: given(args.city),
        country: given(args.country),
    };
    let sources = password::Sources {
        env: None,
        stdin: args.password.password_stdin,
        stdin_is_terminal: ctx.settings.stdin_is_terminal,
        scheme: ctx.settings.password_hash,
    };
    let password = password::obtain(sources, &format!("the user {}", args.email))?;
    let hash = password_hash::hash(ctx.settings.password_hash, &password)?;
    let client = ctx.connect().await?;
    let id = users::create(&client, &args.email, &args.name, &hash, &address).await?;
    let row = users::find(&client, &UserRef::Id(id))
        .await?
        .ok_or(Error::UserVanished { id })?;
    let user = row.user()?;
    ctx.msgs.info(format!("created user {id} ({})", user.email));
    print_one(ctx, &user)
}

async fn list(ctx: &Context) -> Result<ExitCode> {
    let client = ctx.connect().await?;
    let mut sink = Sink::new::<User>(&ctx.settings.output, Shape::List);
    users::list(&client, |user| sink.push(user)).await?;
    sink.finish()?;
    Ok(ExitCode::SUCCESS)
}

async fn show(ctx: &Context, user: &UserRef) -> Result<ExitCode> {
    let client = ctx.connect().await?;
    let row = find_existing(&client, user).await?;
    print_one(ctx, &row.user()?)
}

fn print_one(ctx: &Context, user: &User<'_>) -> Result<ExitCode> {
    let mut sink = Sink::new::<User>(&ctx.settings.output, Shape::One);
    sink.push(user)?;
    sink.finish()?;
    Ok(ExitCode::SUCCESS)
}

async fn find_existing(
    client: &impl tokio_postgres::GenericClient,
    user: &UserRef,
) -> Result<UserRow> {
    users::find(client, user)
        .await?
        .ok_or_else(|| Error::UserNotFound { user: user.clone() })
}

/// Delete the user and their address; their articles go to
/// `--reassign-articles-to` in the same transaction, or the delete is refused.
async fn delete(ctx: &Context, args: &UsersDeleteArgs) -> Result<ExitCode> {
    let confirm = !args.confirm.yes;
    if confirm && !ctx.settings.stdin_is_terminal {
        return Err(Error::NoConfirmation {
            user: args.user.clone(),
        });
    }
    if args.reassign_articles_to.as_ref() == Some(&args.user) {
        return Err(Error::HeirIsTheUser);
    }
    let mut client = ctx.connect().await?;
    if confirm {
        let row = find_existing(&client, &args.user).await?;
        let user = row.user()?;
        let articles = users::count_articles(&client, user.id).await?;
        if articles > 0 && args.reassign_articles_to.is_none() {
            return Err(Error::StillAuthors {
                id: user.id,
                articles,
            });
        }
        if !ask_confirmation(&user, articles, args.reassign_articles_to.as_ref())? {
            return Err(Error::NotConfirmed);
        }
    }
    let tx = client
        .transaction()
        .await
        .map_err(crate::db::failed("cannot start a transaction"))?;
    let id = users::lock(&tx, &args.user)
        .await?
        .ok_or_else(|| Error::UserNotFound {
            user: args.user.clone(),
        })?;
    let heir = match &args.reassign_articles_to {
        Some(heir) => {
            let heir_id = users::lock(&tx, heir)
                .await?
                .ok_or_else(|| Error::UnknownHeir { heir: heir.clone() })?;
            if heir_id == id {
                return Err(Error::HeirIsTheUser);
            }
            Some(heir_id)
        }
        None => None,
    };
    let articles = users::count_articles(&tx, id).await?;
    let moved = match heir {
        Some(heir_id) => users::reassign_articles(&tx, id, heir_id).await?,
        None if articles > 0 => return Err(Error::StillAuthors { id, articles }),
        None => 0,
    };
    let had_address = users::delete(&tx, id).await?;
    tx.commit().await.map_err(crate::db::failed(format!(
        "cannot commit the deletion of user {id}"
    )))?;
    let mut message = format!("deleted user {id}");
    if had_address {
        message.push_str(" and their address");
    }
    if let Some(heir_id) = heir {
        message.push_str(&format!("; moved {moved} articles to user {heir_id}"));
    }
    ctx.msgs.info(message);
    Ok(ExitCode::SUCCESS)
}

/// Ask on the terminal (stderr for the question, stdin for the answer).
/// The user's email and name come from the database: escaped, so that a
/// crafted name cannot rewrite the question.
fn ask_confirmation(user: &User<'_>, articles: i64, heir: Option<&UserRef>) -> Result<bool> {
    let mut question = format!(
        "Delete user {} {} ({}){}",
        user.id,
        escape::line(&user.email.to_str()),
        escape::line(&user.name.to_str()),
        if user.address.is_some() {
            " and their address"
        } else {
            ""
        }
    );
    if let Some(heir) = heir {
        question.push_str(&format!(", giving their {articles} articles to the {heir}"));
    }
    let mut stderr = std::io::stderr().lock();
    write!(stderr, "{question}? [y/N] ")
        .and_then(|_| stderr.flush())
        .map_err(|e| Error::io("cannot write the question", e))?;
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::io("cannot read the answer", e))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
}
