//! The blog's data as blogctl sees it: the records it prints, in the blog
//! API's model shape (its JSON names: `content`, `authorId`, nested
//! `author` and `address`), and the rules new data must meet ([`rules`]).

mod rules;

use serde::Serialize;

pub use rules::{UserRef, check_password, is_email};

/// A user's address; every field may be empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    pub id: i32,
    pub street: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

/// A user without the password hash, which is never printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i32,
    pub email: String,
    pub name: String,
    /// `null` when the user has no address.
    pub address: Option<Address>,
}

/// An article joined with its author and the author's address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub id: i32,
    pub title: String,
    pub content: String,
    pub author_id: i32,
    pub author: User,
}
