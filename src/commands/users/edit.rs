//! `blogctl users update`: a user's email, name and address, changed in one
//! transaction that holds the user's row lock from the first statement to
//! the commit, then printed as `show` prints it.

use std::process::ExitCode;

use crate::cli::UsersUpdateArgs;
use crate::commands::Context;
use crate::db;
use crate::db::users::{self, AddressChange};
use crate::error::{Error, Result};
use crate::model::{UserRef, check_address, check_email, check_name};

pub async fn update(ctx: &Context, args: UsersUpdateArgs) -> Result<ExitCode> {
    if let Some(email) = &args.email {
        check_email(email)?;
    }
    if let Some(name) = &args.name {
        check_name(name)?;
    }
    check_address(
        args.street.as_deref(),
        args.city.as_deref(),
        args.country.as_deref(),
    )?;
    // Given and empty clears the field, as `users create` stores an empty
    // field as no value.
    let field = |value: Option<String>| value.map(|v| Some(v).filter(|v| !v.is_empty()));
    let address = AddressChange {
        street: field(args.street),
        city: field(args.city),
        country: field(args.country),
    };
    let mut client = ctx.connect().await?;
    let tx = client
        .transaction()
        .await
        .map_err(db::failed("cannot start a transaction"))?;
    let (id, address_id) = users::lock_with_address(&tx, &args.user)
        .await?
        .ok_or_else(|| Error::UserNotFound {
            user: args.user.clone(),
        })?;
    if args.email.is_some() || args.name.is_some() {
        users::update_fields(&tx, id, args.email.as_deref(), args.name.as_deref()).await?;
    }
    let mut done = String::new();
    match address_id {
        Some(address_id) if args.no_address => {
            users::remove_address(&tx, id, address_id).await?;
            done.push_str(" and removed their address");
        }
        Some(address_id) if address.any() => {
            // An address left with every field empty is no address.
            let filled = users::update_address(&tx, address_id, &address).await?;
            if !filled {
                users::remove_address(&tx, id, address_id).await?;
                done.push_str(" and removed their address (every field of it empty)");
            }
        }
        None if address.sets_any() => {
            users::add_address(&tx, id, &address).await?;
            done.push_str(" and gave them an address");
        }
        _ => {}
    }
    // Read back inside the transaction: what is printed is what commits.
    let row = users::find(&tx, &UserRef::Id(id))
        .await?
        .ok_or(Error::UserVanished { id })?;
    tx.commit()
        .await
        .map_err(db::failed(format!("cannot commit the update of user {id}")))?;
    ctx.msgs.info(format!("updated user {id}{done}"));
    crate::output::print_one(&ctx.settings.output, &row.user()?)?;
    Ok(ExitCode::SUCCESS)
}
