//! Queries on `users` (and their `addresses`). Statements are unnamed
//! (`query_typed`) so that they work through PgBouncer's transaction pooling.

mod edit;

pub use edit::{
    AddressChange, add_address, lock_with_address, remove_address, update_address, update_fields,
};

use tokio_postgres::error::{DbError, SqlState};
use tokio_postgres::types::Type;
use tokio_postgres::{GenericClient, Row};

/// What a row of `users` that cannot be read is reported as.
const UNREADABLE: &str = "cannot read a row of the users table";

use super::sql::{Params, contains, user_condition};
use super::{column, failed, map_error, stream};
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
    row.map(|r| column(&r, 0, UNREADABLE)).transpose()
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
    row.map(|r| column(&r, 0, UNREADABLE)).transpose()
}

/// A user's stored password hash (never printed), if the user exists.
pub async fn password_hash(client: &impl GenericClient, id: i32) -> Result<Option<String>> {
    let row = client
        .query_typed_opt(
            "SELECT password FROM users WHERE id = $1",
            &[(&id, Type::INT4)],
        )
        .await
        .map_err(super::failed(format!(
            "cannot read the password hash of user {id}"
        )))?;
    row.map(|r| column(&r, 0, UNREADABLE)).transpose()
}

/// A user's id, email and stored password hash, for checking a password.
/// The hash is kept out of `Debug`: it is never printed.
pub struct Login {
    pub id: i32,
    pub email: String,
    pub hash: String,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("id", &self.id)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

/// The [`Login`] of a user named by id or email, if the user exists.
pub async fn find_login(client: &impl GenericClient, user: &UserRef) -> Result<Option<Login>> {
    let (condition, param) = user_condition(user, "id", "email", 1);
    let row = client
        .query_typed_opt(
            &format!("SELECT id, email, password FROM users WHERE {condition}"),
            &[param],
        )
        .await
        .map_err(failed(format!("cannot look up the {user}")))?;
    row.map(|r| {
        Ok(Login {
            id: column(&r, 0, UNREADABLE)?,
            email: column(&r, 1, UNREADABLE)?,
            hash: column(&r, 2, UNREADABLE)?,
        })
    })
    .transpose()
}

/// Replace a user's password hash; false when the user is not there.
pub async fn set_password(
    client: &impl GenericClient,
    id: i32,
    password_hash: &str,
) -> Result<bool> {
    let changed = client
        .execute_typed(
            "UPDATE users SET password = $2 WHERE id = $1",
            &[(&id, Type::INT4), (&password_hash, Type::TEXT)],
        )
        .await
        .map_err(failed(format!("cannot set the password of user {id}")))?;
    Ok(changed == 1)
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

/// Read a row of [`USER_COLUMNS`]; the text stays in the row.
fn read(row: &Row) -> Result<User<'_>> {
    let context = "cannot read a user row";
    Ok(User {
        id: column(row, 0, context)?,
        email: column(row, 1, context)?,
        name: column(row, 2, context)?,
        address: read_address(row, 3, context)?,
    })
}

/// The address in columns `first..first + 4` of `row` (id, street, city,
/// country, as a LEFT JOIN gives them): `None` when the id is NULL.
pub fn read_address<'a>(row: &'a Row, first: usize, context: &str) -> Result<Option<Address<'a>>> {
    let Some(id) = column::<Option<i32>>(row, first, context)? else {
        return Ok(None);
    };
    Ok(Some(Address {
        id,
        street: column(row, first + 1, context)?,
        city: column(row, first + 2, context)?,
        country: column(row, first + 3, context)?,
    }))
}

/// One user's row, kept so that its [`User`] can borrow from it.
pub struct UserRow(Row);

impl UserRow {
    pub fn user(&self) -> Result<User<'_>> {
        read(&self.0)
    }
}

/// Create a user and, when any field is given, their address, and return
/// the user with the address, in one statement (so in one transaction: a
/// duplicate email leaves no address). The new rows are joined as the
/// statement returns them: its own snapshot does not see them in the tables.
pub async fn create(
    client: &impl GenericClient,
    email: &str,
    name: &str,
    password_hash: &str,
    address: &NewAddress,
) -> Result<UserRow> {
    let row = client
        .query_typed_one(
            "WITH a AS (
                 INSERT INTO addresses (street, city, country)
                 SELECT $4, $5, $6 WHERE num_nonnulls($4, $5, $6) > 0
                 RETURNING id, street, city, country
             ), u AS (
                 INSERT INTO users (email, name, password, address_id)
                 VALUES ($1, $2, $3, (SELECT id FROM a))
                 RETURNING id, email, name, address_id
             )
             SELECT u.id, u.email, u.name, a.id, a.street, a.city, a.country
             FROM u LEFT JOIN a ON a.id = u.address_id",
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
        map_error(e, format!("cannot create the user {email}"), |db| {
            email_taken(db).then(|| Error::EmailTaken {
                email: email.to_string(),
            })
        })
    })?;
    Ok(UserRow(row))
}

/// Stream the users with their address, in id order, into `each`, one at
/// a time: those whose email or name contains `search` (ignoring case),
/// at most `limit` of them (the table view). Returns how many there were.
pub async fn list(
    client: &impl GenericClient,
    search: Option<&str>,
    limit: Option<i64>,
    mut each: impl FnMut(&User<'_>) -> Result<()>,
) -> Result<u64> {
    let (text, limit_value);
    let mut sql = format!("SELECT {USER_COLUMNS}");
    let mut params: Params = Vec::new();
    if let Some(search) = search {
        text = search;
        params.push((&text, Type::TEXT));
        sql.push_str(" WHERE ");
        sql.push_str(&contains(&["u.email", "u.name"], params.len()));
    }
    sql.push_str(" ORDER BY u.id");
    if let Some(limit) = limit {
        limit_value = limit;
        params.push((&limit_value, Type::INT8));
        sql.push_str(&format!(" LIMIT ${}", params.len()));
    }
    stream::rows(client, &sql, params, "cannot list the users", |row| {
        each(&read(row)?)
    })
    .await
}

/// One user, by id or email, with their address.
pub async fn find(client: &impl GenericClient, user: &UserRef) -> Result<Option<UserRow>> {
    let (condition, param) = user_condition(user, "u.id", "u.email", 1);
    let row = client
        .query_typed_opt(
            &format!("SELECT {USER_COLUMNS} WHERE {condition}"),
            &[param],
        )
        .await
        .map_err(failed(format!("cannot look up the {user}")))?;
    Ok(row.map(UserRow))
}

/// Whether a unique violation is the one on `users.email` (the constraint
/// V2 and the blog API create, `users_email_key`, or any other unique
/// index whose key is the email column): only that one means "a user with
/// this email exists". Another one (a unique name a DBA added, say) goes
/// through the generic mapper, which names its constraint.
pub fn email_taken(db: &DbError) -> bool {
    *db.code() == SqlState::UNIQUE_VIOLATION
        && (db.constraint() == Some("users_email_key")
            || db.detail().is_some_and(|d| d.starts_with("Key (email)=")))
}

/// Lock the rows of two users (one being deleted and the one taking their
/// articles) in one statement, in id order, until the end of the
/// transaction; return each one's id, if they exist. Two deletes that name
/// the same two users the other way round then wait for each other instead
/// of each locking one row and waiting for the other's (a deadlock).
pub async fn lock_pair(
    client: &impl GenericClient,
    first: &UserRef,
    second: &UserRef,
) -> Result<(Option<i32>, Option<i32>)> {
    let (one, one_param) = user_condition(first, "id", "email", 1);
    let (other, other_param) = user_condition(second, "id", "email", 2);
    let rows = client
        .query_typed(
            &format!("SELECT id, email FROM users WHERE {one} OR {other} ORDER BY id FOR UPDATE"),
            &[one_param, other_param],
        )
        .await
        .map_err(failed(format!("cannot lock the {first} and the {second}")))?;
    let mut found = Vec::with_capacity(rows.len());
    for row in &rows {
        let id: i32 = column(row, 0, UNREADABLE)?;
        let email: String = column(row, 1, UNREADABLE)?;
        found.push((id, email));
    }
    let id_of = |user: &UserRef| {
        found
            .iter()
            .find(|(id, email)| user.names(*id, email))
            .map(|(id, _)| *id)
    };
    Ok((id_of(first), id_of(second)))
}

/// Lock a user's row until the end of the transaction (no article can take
/// them as author meanwhile) and return their id, if they exist.
pub async fn lock(client: &impl GenericClient, user: &UserRef) -> Result<Option<i32>> {
    let (condition, param) = user_condition(user, "id", "email", 1);
    let row = client
        .query_typed_opt(
            &format!("SELECT id FROM users WHERE {condition} FOR UPDATE"),
            &[param],
        )
        .await
        .map_err(failed(format!("cannot lock the {user}")))?;
    row.map(|r| column(&r, 0, UNREADABLE)).transpose()
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
    column(&row, 0, "cannot count the articles")
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

/// Delete a user and their address in one statement (the address's
/// foreign key is checked at its end, once the user row is gone), and
/// return what was deleted, as `users show` prints it.
pub async fn delete(client: &impl GenericClient, id: i32) -> Result<UserRow> {
    client
        .query_typed_one(
            "WITH gone AS (
                 DELETE FROM users WHERE id = $1 RETURNING id, email, name, address_id
             ), gone_address AS (
                 DELETE FROM addresses a USING gone WHERE a.id = gone.address_id
                 RETURNING a.id, a.street, a.city, a.country
             )
             SELECT gone.id, gone.email, gone.name,
                    gone_address.id, gone_address.street, gone_address.city, gone_address.country
             FROM gone LEFT JOIN gone_address ON true",
            &[(&id, Type::INT4)],
        )
        .await
        .map(UserRow)
        .map_err(|e| {
            map_error(e, format!("cannot delete user {id}"), |db| {
                super::still_referenced(db, || format!("user {id}"))
            })
        })
}
