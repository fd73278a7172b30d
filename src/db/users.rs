//! Queries on `users` (and their `addresses`). Statements are unnamed
//! (`query_typed`) so that they work through PgBouncer's transaction pooling.

use tokio_postgres::GenericClient;

use crate::error::{Error, Result};

/// The id of the user with this email, if any.
pub async fn find_id_by_email(client: &impl GenericClient, email: &str) -> Result<Option<i32>> {
    let row = client
        .query_typed_opt(
            "SELECT id FROM users WHERE email = $1",
            &[(&email, tokio_postgres::types::Type::TEXT)],
        )
        .await
        .map_err(|e| Error::db(format!("cannot look up the user {email}"), e))?;
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
    use tokio_postgres::types::Type;
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
        .map_err(|e| Error::db(format!("cannot create the user {email}"), e))?;
    Ok(row.map(|r| r.get(0)))
}

/// Replace a user's password hash.
pub async fn set_password(client: &impl GenericClient, id: i32, password_hash: &str) -> Result<()> {
    use tokio_postgres::types::Type;
    client
        .query_typed(
            "UPDATE users SET password = $2 WHERE id = $1",
            &[(&id, Type::INT4), (&password_hash, Type::TEXT)],
        )
        .await
        .map_err(|e| Error::db(format!("cannot set the password of user {id}"), e))?;
    Ok(())
}
