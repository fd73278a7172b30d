//! `blogctl users ...`: create, list, show, update, delete users, and set
//! or check their passwords.

use clap::{ArgGroup, Args, Subcommand};

use super::{ConfirmArgs, LimitArgs, PasswordStdinArgs, parse_user_ref};
use crate::model::UserRef;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Create a user, with an optional address.
    Create(UsersCreateArgs),
    /// List users with their addresses, in id order.
    List(UsersListArgs),
    /// Show one user with their address.
    Show(UserRefArg),
    /// Change a user's email, name or address, and print the user.
    ///
    /// Give at least one change. One transaction: a taken email or an
    /// unknown user changes nothing (exit 1).
    #[command(
        override_usage = "blogctl users update <ID|EMAIL> [--email <EMAIL>] [--name <NAME>] \
        [--street <STREET>] [--city <CITY>] [--country <COUNTRY> | --no-address] [OPTIONS]"
    )]
    Update(UsersUpdateArgs),
    /// Set a user's password, from standard input or a prompt asked twice.
    ///
    /// The same rules and hash scheme as `seed` (--password-hash). Never a
    /// flag value: without a terminal, pass --password-stdin.
    SetPassword(UserPasswordArgs),
    /// Check a password against a user's stored hash: exit 0 when it
    /// matches, 1 when it does not.
    ///
    /// Says which scheme the stored hash uses (bcrypt, argon2id, or one
    /// blogctl cannot read); never prints the hash. The password comes from
    /// standard input (--password-stdin) or a prompt.
    CheckPassword(UserPasswordArgs),
    /// Delete a user and their address, and print what was deleted.
    ///
    /// Asks on a terminal; without a terminal, --yes is needed. A user who
    /// still authors articles is kept unless --reassign-articles-to names who
    /// takes them over. Every format prints the deleted user, as `users show`
    /// does; a summary goes to stderr.
    Delete(UsersDeleteArgs),
}

#[derive(Debug, Args)]
pub struct UsersCreateArgs {
    /// The user's email address (unique).
    #[arg(long)]
    pub email: String,
    /// The user's display name.
    #[arg(long)]
    pub name: String,
    /// Street of the user's address.
    #[arg(long)]
    pub street: Option<String>,
    /// City of the user's address.
    #[arg(long)]
    pub city: Option<String>,
    /// Country of the user's address.
    #[arg(long)]
    pub country: Option<String>,
    #[command(flatten)]
    pub password: PasswordStdinArgs,
}

#[derive(Debug, Args)]
pub struct UsersListArgs {
    /// Only users whose email or name contains TEXT, ignoring case (%, _
    /// and \ are plain characters).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[command(flatten)]
    pub limit: LimitArgs,
}

#[derive(Debug, Args)]
pub struct UserRefArg {
    /// The user's id or email.
    #[arg(value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub user: UserRef,
}

#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("change")
        .args(["email", "name", "street", "city", "country", "no_address"])
        .required(true)
        .multiple(true)
))]
pub struct UsersUpdateArgs {
    /// The user's id or (current) email.
    #[arg(value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub user: UserRef,
    /// The new email address (unique).
    #[arg(long)]
    pub email: Option<String>,
    /// The new display name.
    #[arg(long)]
    pub name: Option<String>,
    /// The address's street; the address is created when the user has
    /// none. An empty value clears the field; an address left with every
    /// field empty is removed.
    #[arg(long)]
    pub street: Option<String>,
    /// The address's city (as --street).
    #[arg(long)]
    pub city: Option<String>,
    /// The address's country (as --street).
    #[arg(long)]
    pub country: Option<String>,
    /// Remove the user's address (the address row is deleted).
    #[arg(long, conflicts_with_all = ["street", "city", "country"])]
    pub no_address: bool,
}

#[derive(Debug, Args)]
pub struct UserPasswordArgs {
    /// The user's id or email.
    #[arg(value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub user: UserRef,
    #[command(flatten)]
    pub password: PasswordStdinArgs,
}

#[derive(Debug, Args)]
pub struct UsersDeleteArgs {
    /// The user's id or email.
    #[arg(value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub user: UserRef,
    /// Move the user's articles to this user first, in the same transaction.
    #[arg(long, value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub reassign_articles_to: Option<UserRef>,
    #[command(flatten)]
    pub confirm: ConfirmArgs,
}
