//! What `blogctl setup` and `blogctl seed` need besides users: creating the
//! database, checking the schema is there, and the embedded demo data.

use tokio_postgres::GenericClient;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;

use super::sql::quote_ident;
use super::{failed, map_error};
use crate::error::{Error, PgError, Result};

/// seeds/demo.sql, embedded: idempotent (each row inserted only when missing).
const DEMO_SQL: &str = include_str!("../../seeds/demo.sql");

/// Every demo user's password (seeds/demo.sql), hashed at load time in the
/// configured scheme.
pub const DEMO_PASSWORD: &str = "demo-password";

/// Who made the database [`create_database`] was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    /// This run.
    Here,
    /// Another session, at the same moment (eight `setup` jobs at once).
    Meanwhile,
}

/// `CREATE DATABASE`, alone in its statement (it cannot run inside a
/// transaction). When another session creates it at the same moment, the
/// server says so with 42P04 (duplicate database) if that one committed
/// first, but with 23505 on `pg_database_datname_index` if both were
/// inserting the catalog row at once (the second waits for the first's
/// unique key, then fails): both mean it is there, which is checked.
pub async fn create_database(
    client: &impl GenericClient,
    name: &str,
    role: &str,
) -> Result<Created> {
    let sql = format!("CREATE DATABASE {}", quote_ident(name));
    match client.batch_execute(&sql).await {
        Ok(()) => Ok(Created::Here),
        Err(e)
            if e.code() == Some(&SqlState::DUPLICATE_DATABASE)
                || (e.code() == Some(&SqlState::UNIQUE_VIOLATION)
                    && database_exists(client, name).await?) =>
        {
            Ok(Created::Meanwhile)
        }
        Err(e) if e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => {
            Err(Error::MayNotCreateDatabase {
                name: name.to_string(),
                role: role.to_string(),
                create: format!(
                    "CREATE DATABASE {} OWNER {}",
                    quote_ident(name),
                    quote_ident(role)
                ),
                grant: format!("ALTER ROLE {} CREATEDB", quote_ident(role)),
                source: PgError(e),
            })
        }
        Err(e) => Err(failed(format!("cannot create the database {name}"))(e)),
    }
}

/// Whether a database of this name exists on the server.
async fn database_exists(client: &impl GenericClient, name: &str) -> Result<bool> {
    let row = client
        .query_typed_one(
            "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)",
            &[(&name, Type::TEXT)],
        )
        .await
        .map_err(failed("cannot look for the database"))?;
    super::column(&row, 0, "cannot look for the database")
}

/// How many users and articles the demo data added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoAdded {
    pub users: i64,
    pub articles: i64,
}

/// Load seeds/demo.sql (one `DO` block, sent as a simple query, which is
/// safe through PgBouncer) and say what this load added (the file counts
/// its own inserts). `password_hash` is every demo user's stored hash; it
/// reaches the file as a setting local to the transaction `client` must be
/// in, never as SQL text. The transaction must be READ COMMITTED: the file
/// takes an advisory lock so that simultaneous loads take turns, and each
/// then sees what the one before it committed.
pub async fn load_demo(client: &impl GenericClient, password_hash: &str) -> Result<DemoAdded> {
    // A newer blog API may have replaced a column the demo data fills.
    super::compat::check_columns(
        client,
        "cannot load the demo data",
        &["articles", "users", "addresses"],
    )
    .await?;
    client
        .query_typed(
            "SELECT set_config('blogctl.demo_password_hash', $1, true)",
            &[(&password_hash, Type::TEXT)],
        )
        .await
        .map_err(failed("cannot pass the demo password hash"))?;
    client.batch_execute(DEMO_SQL).await.map_err(|e| {
        map_error(e, "cannot load the demo data (seeds/demo.sql)", |db| {
            matches!(
                *db.code(),
                SqlState::UNDEFINED_COLUMN | SqlState::UNDEFINED_TABLE
            )
            .then_some(Error::DemoNeedsMigrations)
        })
    })?;
    let row = client
        .query_typed_one(
            "SELECT current_setting('blogctl.demo_users_added')::int8,
                    current_setting('blogctl.demo_articles_added')::int8",
            &[],
        )
        .await
        .map_err(failed("cannot read what the demo data added"))?;
    let context = "cannot read what the demo data added";
    Ok(DemoAdded {
        users: super::column(&row, 0, context)?,
        articles: super::column(&row, 1, context)?,
    })
}

#[cfg(test)]
mod tests {
    use crate::password_hash::{Scheme, Verdict, verify};

    /// The hash seeds/demo.sql falls back to when run by hand (made by npm
    /// bcrypt, as the blog API would).
    #[test]
    fn demo_fallback_hash_is_bcrypt_of_the_demo_password() {
        let start = super::DEMO_SQL.find("'$2b$10$").expect("a bcrypt hash") + 1;
        let hash = &super::DEMO_SQL[start..start + 60];
        assert_eq!(
            verify(super::DEMO_PASSWORD, hash),
            Verdict::Match(Scheme::Bcrypt)
        );
    }
}
