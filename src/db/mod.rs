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
pub mod stream;
pub mod tls;
pub mod users;

pub use connect::connect;

use tokio_postgres::error::SqlState;
use tokio_postgres::types::{FromSql, Type};

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
/// (42P01) means the database is not migrated; anything else is a database
/// error with `context`, what blogctl was doing.
pub fn map_error(
    error: tokio_postgres::Error,
    context: impl Into<String>,
    domain: impl FnOnce(&SqlState) -> Option<Error>,
) -> Error {
    if let Some(code) = error.code() {
        if let Some(mapped) = domain(code) {
            return mapped;
        }
        if *code == SqlState::UNDEFINED_TABLE {
            return Error::NotMigrated {
                context: context.into(),
            };
        }
    }
    Error::db(context, error)
}

/// [`map_error`] for a query with no domain errors of its own, in
/// `map_err` position: `.map_err(failed("cannot list the users"))`.
pub fn failed(context: impl Into<String>) -> impl FnOnce(tokio_postgres::Error) -> Error {
    move |error| map_error(error, context, |_| None)
}
