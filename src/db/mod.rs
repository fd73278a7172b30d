//! Everything that talks to PostgreSQL: connection, migrations, and one
//! function per query. All SQL lives under this module, and every query's
//! error goes through [`map_error`] into the catalogue of `crate::error`.

pub mod articles;
pub mod compat;
pub mod connect;
pub mod conninfo;
pub mod migrate;
pub mod pgpass;
pub mod server;
pub mod setup;
pub mod sql;
pub mod stream;
pub mod tls;
pub mod users;

pub use connect::connect;

use tokio_postgres::error::{DbError, SqlState};
use tokio_postgres::types::{FromSql, Type};
use tokio_postgres::{GenericClient, Row};

use crate::error::Error;
use crate::model::Text;

/// Text columns decode into [`Text`] without a copy or a second UTF-8
/// check: the session's client_encoding is UTF8.
impl<'a> FromSql<'a> for Text<'a> {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Text::new(raw))
    }

    fn accepts(ty: &Type) -> bool {
        matches!(*ty, Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME)
    }
}

/// The one mapper from a PostgreSQL error to the catalogue. `domain` turns
/// the SQLSTATEs the query understands into domain errors (a unique
/// violation on `users.email` is "email taken"); then a missing table
/// (42P01) means the database is not migrated, and a deadlock (40P01) or a
/// serialization failure (40001) a conflict worth running again; anything
/// else is a database error with `context`, what blogctl was doing (a
/// unique violation the query does not know names its constraint there).
pub fn map_error(
    error: tokio_postgres::Error,
    context: impl Into<String>,
    domain: impl FnOnce(&DbError) -> Option<Error>,
) -> Error {
    if let Some(db) = error.as_db_error() {
        if let Some(mapped) = domain(db) {
            return mapped;
        }
        if *db.code() == SqlState::UNDEFINED_TABLE {
            return Error::NotMigrated {
                context: context.into(),
            };
        }
        if matches!(
            *db.code(),
            SqlState::T_R_DEADLOCK_DETECTED | SqlState::T_R_SERIALIZATION_FAILURE
        ) {
            return Error::Conflict {
                context: context.into(),
                source: crate::error::PgError(error),
            };
        }
    }
    Error::db(context, error)
}

/// For a DELETE's [`map_error`]: a foreign key violation (23503) means rows
/// of another table still refer to `what` (a newer blog API's comments,
/// say): [`Error::StillReferenced`], naming the table and the constraint.
pub fn still_referenced(db: &DbError, what: impl FnOnce() -> String) -> Option<Error> {
    (*db.code() == SqlState::FOREIGN_KEY_VIOLATION).then(|| Error::StillReferenced {
        what: what(),
        table: db.table().unwrap_or("another table").to_string(),
        constraint: db.constraint().unwrap_or("unnamed").to_string(),
    })
}

/// [`map_error`] for a query with no domain errors of its own, in
/// `map_err` position: `.map_err(failed("cannot list the users"))`.
pub fn failed(context: impl Into<String>) -> impl FnOnce(tokio_postgres::Error) -> Error {
    move |error| map_error(error, context, |_| None)
}

/// Whether the table `name` exists (where the search path finds it),
/// without reading or creating it. The error is the caller's to put in
/// context (`.map_err(failed("cannot look for ..."))`), or, inside a
/// migration, to report as the migration's.
pub async fn table_exists(
    client: &impl GenericClient,
    name: &str,
) -> Result<bool, tokio_postgres::Error> {
    let row = client
        .query_typed_one(
            "SELECT to_regclass(quote_ident($1)) IS NOT NULL",
            &[(&name, Type::TEXT)],
        )
        .await?;
    row.try_get(0)
}

/// Column `index` of `row`, or the error that says it could not be read
/// (a NULL, or another type, where blogctl's schema has none: a table
/// changed by hand or by a newer blog API), never a panic as `Row::get`
/// would.
pub fn column<'a, T: FromSql<'a>>(row: &'a Row, index: usize, context: &str) -> Result<T, Error> {
    row.try_get(index).map_err(|e| Error::db(context, e))
}
