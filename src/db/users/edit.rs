//! The statements of `users update`, run by the command in one
//! transaction: lock the user, change the user's columns, then change,
//! add or remove the address.

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

use super::{column, failed, map_error};
use crate::db::sql::user_condition;
use crate::error::{Error, Result};
use crate::model::UserRef;

/// Lock a user's row until the end of the transaction and return their id
/// and address id, if the user exists.
pub async fn lock_with_address(
    client: &impl GenericClient,
    user: &UserRef,
) -> Result<Option<(i32, Option<i32>)>> {
    let (condition, param) = user_condition(user, "id", "email", 1);
    let row = client
        .query_typed_opt(
            &format!("SELECT id, address_id FROM users WHERE {condition} FOR UPDATE"),
            &[param],
        )
        .await
        .map_err(failed(format!("cannot lock the {user}")))?;
    row.map(|r| {
        let context = "cannot read a row of the users table";
        Ok((column(&r, 0, context)?, column(&r, 1, context)?))
    })
    .transpose()
}

/// Set a user's email and name; `None` keeps the value. A taken email
/// (also by a session that committed it meanwhile) is [`Error::EmailTaken`].
pub async fn update_fields(
    client: &impl GenericClient,
    id: i32,
    email: Option<&str>,
    name: Option<&str>,
) -> Result<()> {
    client
        .execute_typed(
            "UPDATE users SET email = coalesce($2, email), name = coalesce($3, name) \
             WHERE id = $1",
            &[(&id, Type::INT4), (&email, Type::TEXT), (&name, Type::TEXT)],
        )
        .await
        .map_err(|e| {
            map_error(e, format!("cannot update user {id}"), |db| {
                let email = email.filter(|_| super::email_taken(db))?;
                Some(Error::EmailTaken {
                    email: email.to_string(),
                })
            })
        })?;
    Ok(())
}

/// Changes to an address: `None` keeps a field, `Some(None)` clears it,
/// `Some(Some(text))` sets it.
#[derive(Debug, Clone, Default)]
pub struct AddressChange {
    pub street: Option<Option<String>>,
    pub city: Option<Option<String>>,
    pub country: Option<Option<String>>,
}

impl AddressChange {
    /// Whether any field is to be changed.
    pub fn any(&self) -> bool {
        self.street.is_some() || self.city.is_some() || self.country.is_some()
    }

    /// Whether a new address made of these changes would hold anything.
    pub fn sets_any(&self) -> bool {
        [&self.street, &self.city, &self.country]
            .iter()
            .any(|field| matches!(field, Some(Some(_))))
    }
}

/// Apply `change` to address `address_id`; returns whether any of its
/// fields still holds a value (an address with none is no address).
pub async fn update_address(
    client: &impl GenericClient,
    address_id: i32,
    change: &AddressChange,
) -> Result<bool> {
    let given = |field: &Option<Option<String>>| field.is_some();
    let value = |field: &Option<Option<String>>| field.clone().flatten();
    let (street, city, country) = (
        value(&change.street),
        value(&change.city),
        value(&change.country),
    );
    let row = client
        .query_typed_one(
            "UPDATE addresses SET \
                 street = CASE WHEN $2 THEN $3 ELSE street END, \
                 city = CASE WHEN $4 THEN $5 ELSE city END, \
                 country = CASE WHEN $6 THEN $7 ELSE country END \
             WHERE id = $1 \
             RETURNING num_nonnulls(street, city, country)",
            &[
                (&address_id, Type::INT4),
                (&given(&change.street), Type::BOOL),
                (&street, Type::TEXT),
                (&given(&change.city), Type::BOOL),
                (&city, Type::TEXT),
                (&given(&change.country), Type::BOOL),
                (&country, Type::TEXT),
            ],
        )
        .await
        .map_err(failed(format!("cannot update address {address_id}")))?;
    let filled: i32 = row.get(0);
    Ok(filled > 0)
}

/// Give user `id`, who has no address, a new one made of `change`.
pub async fn add_address(
    client: &impl GenericClient,
    id: i32,
    change: &AddressChange,
) -> Result<()> {
    let value = |field: &Option<Option<String>>| field.clone().flatten();
    client
        .execute_typed(
            "WITH new_address AS ( \
                 INSERT INTO addresses (street, city, country) VALUES ($2, $3, $4) \
                 RETURNING id) \
             UPDATE users SET address_id = (SELECT id FROM new_address) WHERE id = $1",
            &[
                (&id, Type::INT4),
                (&value(&change.street), Type::TEXT),
                (&value(&change.city), Type::TEXT),
                (&value(&change.country), Type::TEXT),
            ],
        )
        .await
        .map_err(failed(format!("cannot add an address to user {id}")))?;
    Ok(())
}

/// Unlink and delete user `id`'s address `address_id` (as `users delete`
/// deletes it: nothing else refers to an address).
pub async fn remove_address(client: &impl GenericClient, id: i32, address_id: i32) -> Result<()> {
    let context = || format!("cannot remove the address of user {id}");
    client
        .execute_typed(
            "UPDATE users SET address_id = NULL WHERE id = $1",
            &[(&id, Type::INT4)],
        )
        .await
        .map_err(failed(context()))?;
    client
        .execute_typed(
            "DELETE FROM addresses WHERE id = $1",
            &[(&address_id, Type::INT4)],
        )
        .await
        .map_err(failed(context()))?;
    Ok(())
}
