//! Queries on `users` (and their `addresses`). Statements are unnamed
//! (`query_typed`) so that they work through PgBouncer's transaction pooling.

use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;
use tokio_postgres::{GenericClient, Row};

use super::{failed, map_error};
use crate::error::{Error, Result};
use crate::model::{Address, User, UserRef};

/// The id of the user with this email, if any.
pub async fn find_id_by_email(client: &impl GenericClient, email: &str) -> Result<Option<i32>> {
    let row = client
        .query_typed_opt(
            "SELECT id FROM users WHERE email = $1",
            &[(&email, Type::TEXT)],
        )
        .await
        .map_err(failed(format!("cannot look up the user {email}")))?;
    Ok(row.map(|r| r.get(0)))
}

/// Insert a user without an address; `None` when the email is taken
/// (by a concurrent insert, say).
pub async fn insert_without_address(
    client: &impl GenericClient,
    email: &str,
    name: &str,
    password_hash: &str,
) -> Result<Option<i32>> {
    let row = client
        .query_typed_opt(
            "INSERT INTO users (email, name, password) VALUES ($1, $2, $3)
             ON CONFLICT (email) DO NOTHING RETURNING id",
            &[
                (&email, Type::TEXT),
                (&name, Type::TEXT),
                (&password_hash, Type::TEXT),
            ],
        )
        .await
        .map_err(failed(format!("cannot create the user {email}")))?;
    Ok(row.map(|r| r.get(0)))
}

/// Replace a user's password hash.
pub async fn set_password(client: &impl GenericClient, id: i32, password_hash: &str) -> Result<()> {
    client
        .query_typed(
            "UPDATE users SET password = $2 WHERE id = $1",
            &[(&id, Type::INT4), (&password_hash, Type::TEXT)],
        )
        .await
        .map_err(failed(format!("cannot set the password of user {id}")))?;
    Ok(())
}

/// A new user's address; `None` fields are stored as NULL.
#[derive(Debug, Clone, Default)]
pub struct NewAddress {
    pub street: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

const USER_COLUMNS: &str = "u.id, u.email, u.name, a.id, a.street, a.city, a.country
     FROM users u LEFT JOIN addresses a ON a.id = u.address_id";

fn user_from_row(row: &Row) -> User {
    let address_id: Option<i32> = row.get(3);
    User {
        id: row.get(0),
        email: row.get(1),
        name: row.get(2),
        address: address_id.map(|id| Address {
            id,
            street: row.get(4),
            city: row.get(5),
            country: row.get(6),
        }),
    }
}

/// Create a user and, when any field is given, their address, in one
/// statement (so in one transaction: a duplicate email leaves no address).
pub async fn create(
    client: &impl GenericClient,
    email: &str,
    name: &str,
    password_hash: &str,
    address: &NewAddress,
) -> Result<i32> {
    let row = client
        .query_typed_one(
            "WITH new_address AS (
                 INSERT INTO addresses (street, city, country)
                 SELECT $4, $5, $6 WHERE num_nonnulls($4, $5, $6) > 0
                 RETURNING id
             )
             INSERT INTO users (email, name, password, address_id)
             VALUES ($1, $2, $3, (SELECT id FROM new_address))
             RETURNING id",
            &[
                (&email, Type::TEXT),
                (&name, Type::TEXT),
                (&password_hash, Type::TEXT),
                (&address.street, Type::TEXT),
                (&address.city, Type::TEXT),
                (&address.country, Type::TEXT),
            ],
        )
        .await;
    let row = row.map_err(|e| {
        map_error(e, format!("cannot create the user {email}"), |code| {
            (*code == SqlState::UNIQUE_VIOLATION).then(|| Error::EmailTaken {
                email: email.to_string(),
            })
        })
    })?;
    Ok(row.get(0))
}

/// Every user with their address, in id order.
pub async fn list(client: &impl GenericClient) -> Result<Vec<User>> {
    let rows = client
        .query_typed(&format!("SELECT {USER_COLUMNS} ORDER BY u.id"), &[])
        .await
        .map_err(failed("cannot list the users"))?;
    Ok(rows.iter().map(user_from_row).collect())
}

/// One user, by id or email, with their address.
pub async fn find(client: &impl GenericClient, user: &UserRef) -> Result<Option<User>> {
    let row = match user {
        UserRef::Id(id) => {
            client
                .query_typed_opt(
                    &format!("SELECT {USER_COLUMNS} WHERE u.id = $1"),
                    &[(id, Type::INT4)],
                )
                .await
        }
        UserRef::Email(email) => {
            client
                .query_typed_opt(
                    &format!("SELECT {USER_COLUMNS} WHERE u.email = $1"),
                    &[(email, Type::TEXT)],
                )
                .await
        }
    }
    .map_err(failed(format!("cannot look up the {user}")))?;
    Ok(row.as_ref().map(user_from_row))
}

/// Lock a user's row until the end of the transaction (no article can take
/// them as author meanwhile) and return their id, if they exist.
pub async fn lock(client: &impl GenericClient, user: &UserRef) -> Result<Option<i32>> {
    let row = match user {
        UserRef::Id(id) => {
            client
                .query_typed_opt(
                    "SELECT id FROM users WHERE id = $1 FOR UPDATE",
                    &[(id, Type::INT4)],
                )
                .await
        }
        UserRef::Email(email) => {
            client
                .query_typed_opt(
                    "SELECT id FROM users WHERE email = $1 FOR UPDATE",
                    &[(email, Type::TEXT)],
                )
                .await
        }
    }
    .map_err(failed(format!("cannot lock the {user}")))?;
    Ok(row.map(|r| r.get(0)))
}

/// How many articles the user authors.
pub async fn count_articles(client: &impl GenericClient, id: i32) -> Result<i64> {
    let row = client
        .query_typed_one(
            "SELECT count(*) FROM articles WHERE author_id = $1",
            &[(&id, Type::INT4)],
        )
        .await
        .map_err(failed(format!("cannot count the articles of user {id}")))?;
    Ok(row.get(0))
}

/// Give every article of user `from` to user `to`; returns how many moved.
pub async fn reassign_articles(client: &impl GenericClient, from: i32, to: i32) -> Result<u64> {
    client
        .execute_typed(
            "UPDATE articles SET author_id = $2 WHERE author_id = $1",
            &[(&from, Type::INT4), (&to, Type::INT4)],
        )
        .await
        .map_err(failed(format!(
            "cannot move the articles of user {from} to user {to}"
        )))
}

/// Delete a user and then their address (the user row references it).
/// Returns whether the user had an address.
pub async fn delete(client: &impl GenericClient, id: i32) -> Result<bool> {
    let context = || format!("cannot delete user {id}");
    let row = client
        .query_typed_one(
            "DELETE FROM users WHERE id = $1 RETURNING address_id",
            &[(&id, Type::INT4)],
        )
        .await
        .map_err(failed(context()))?;
    let address_id: Option<i32> = row.get(0);
    if let Some(address_id) = address_id {
        client
            .query_typed(
                "DELETE FROM addresses WHERE id = $1",
                &[(&address_id, Type::INT4)],
            )
            .await
            .map_err(failed(context()))?;
    }
    Ok(address_id.is_some())
}
