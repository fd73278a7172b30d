//! `blogctl users create|list|show|update|set-password|check-password|delete`.
//! Every statement is unnamed (`query_typed`) or inside a transaction, so
//! all of it works through PgBouncer in transaction pooling mode. Changes
//! live in [`edit`], passwords in [`passwords`].

mod edit;
mod passwords;

use std::process::ExitCode;

use super::listing::Listing;
use super::{Context, confirm};
use crate::cli::{UsersCommand, UsersCreateArgs, UsersDeleteArgs, UsersListArgs};
use crate::db::users::UserRow;
use crate::db::users::{self, NewAddress};
use crate::error::{Error, Result};
use crate::escape;
use crate::model::{User, UserRef, check_address, check_email, check_name, check_search};
use crate::output;
use crate::{password, password_hash};

pub async fn run(ctx: &Context, command: UsersCommand) -> Result<ExitCode> {
    match command {
        UsersCommand::Create(args) => create(ctx, args).await,
        UsersCommand::List(args) => list(ctx, &args).await,
        UsersCommand::Show(arg) => show(ctx, &arg.user).await,
        UsersCommand::Update(args) => edit::update(ctx, args).await,
        UsersCommand::SetPassword(args) => passwords::set(ctx, &args).await,
        UsersCommand::CheckPassword(args) => passwords::check(ctx, &args).await,
        UsersCommand::Delete(args) => delete(ctx, &args).await,
    }
}

/// Create the user and their optional address, then print the user.
async fn create(ctx: &Context, args: UsersCreateArgs) -> Result<ExitCode> {
    check_email(&args.email)?;
    check_name(&args.name)?;
    check_address(
        args.street.as_deref(),
        args.city.as_deref(),
        args.country.as_deref(),
    )?;
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
    let row = users::create(&client, &args.email, &args.name, &hash, &address).await?;
    let user = row.user()?;
    ctx.msgs
        .info(format!("created user {} ({})", user.id, user.email));
    output::print_one(&ctx.settings.output, &user)?;
    Ok(ExitCode::SUCCESS)
}

async fn list(ctx: &Context, args: &UsersListArgs) -> Result<ExitCode> {
    if let Some(search) = &args.search {
        check_search(search)?;
    }
    let session = ctx.session().await?;
    let mut listing = Listing::new::<User>(&ctx.settings.output, &args.limit);
    let rows = users::list(
        &session.client,
        args.search.as_deref(),
        listing.query_limit(),
        |user| listing.push(user),
    )
    .await
    .map_err(|e| listing.cut(e, &session.server))?;
    listing.finish(rows, "users", &ctx.msgs)?;
    Ok(ExitCode::SUCCESS)
}

async fn show(ctx: &Context, user: &UserRef) -> Result<ExitCode> {
    let client = ctx.connect().await?;
    let row = find_existing(&client, user).await?;
    output::print_one(&ctx.settings.output, &row.user()?)?;
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
/// `--reassign-articles-to` in the same transaction, or the delete is
/// refused. Prints the deleted user as `users show` does, the summary on
/// stderr.
async fn delete(ctx: &Context, args: &UsersDeleteArgs) -> Result<ExitCode> {
    let confirm = !args.confirm.yes;
    confirm::needs_terminal(args.confirm.yes, ctx.settings.stdin_is_terminal, || {
        format!("the {}", args.user)
    })?;
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
    // Both rows locked in one statement, in id order: see users::lock_pair.
    let (id, heir) = match &args.reassign_articles_to {
        Some(heir) => {
            let (id, heir_id) = users::lock_pair(&tx, &args.user, heir).await?;
            let id = id.ok_or_else(|| Error::UserNotFound {
                user: args.user.clone(),
            })?;
            let heir_id = heir_id.ok_or_else(|| Error::UnknownHeir { heir: heir.clone() })?;
            if heir_id == id {
                return Err(Error::HeirIsTheUser);
            }
            (id, Some(heir_id))
        }
        None => {
            let id = users::lock(&tx, &args.user)
                .await?
                .ok_or_else(|| Error::UserNotFound {
                    user: args.user.clone(),
                })?;
            (id, None)
        }
    };
    let articles = users::count_articles(&tx, id).await?;
    let moved = match heir {
        Some(heir_id) => users::reassign_articles(&tx, id, heir_id).await?,
        None if articles > 0 => return Err(Error::StillAuthors { id, articles }),
        None => 0,
    };
    let deleted = users::delete(&tx, id).await?;
    let user = deleted.user()?;
    tx.commit().await.map_err(crate::db::failed(format!(
        "cannot commit the deletion of user {id}"
    )))?;
    let mut message = format!("deleted user {id}");
    if user.address.is_some() {
        message.push_str(" and their address");
    }
    if let Some(heir_id) = heir {
        message.push_str(&format!("; moved {moved} articles to user {heir_id}"));
    }
    ctx.msgs.info(message);
    // As `articles delete` (and psql's DELETE ... RETURNING): what was
    // deleted, in the chosen format.
    output::print_one(&ctx.settings.output, &user)?;
    Ok(ExitCode::SUCCESS)
}

/// Ask on the terminal. The user's email and name come from the database:
/// escaped, so that a crafted name cannot rewrite the question.
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
    question.push('?');
    confirm::ask(&question)
}
