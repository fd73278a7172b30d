//! What `blogctl setup` and `blogctl seed` need besides users: creating the
//! database, checking the schema is there, and the embedded demo data.

use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient};

use super::{failed, map_error};
use crate::error::{Error, PgError, Result, quote_ident};

/// seeds/demo.sql, embedded: idempotent (each row inserted only when missing).
const DEMO_SQL: &str = include_str!("../../seeds/demo.sql");

/// Every demo user's password (seeds/demo.sql), hashed at load time in the
/// configured scheme.
pub const DEMO_PASSWORD: &str = "demo-password";

/// `CREATE DATABASE`, alone in its statement (it cannot run inside a
/// transaction). Ok when another session created it first.
pub async fn create_database(client: &Client, name: &str, role: &str) -> Result<()> {
    let sql = format!("CREATE DATABASE {}", quote_ident(name));
    match client.batch_execute(&sql).await {
        Ok(()) => Ok(()),
        Err(e) if e.code() == Some(&SqlState::DUPLICATE_DATABASE) => Ok(()),
        Err(e) if e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => {
            Err(Error::MayNotCreateDatabase {
                name: name.to_string(),
                role: role.to_string(),
                source: PgError(e),
            })
        }
        Err(e) => Err(failed(format!("cannot create the database {name}"))(e)),
    }
}

/// Whether the `users` table exists (the database was migrated).
pub async fn has_users_table(client: &impl GenericClient) -> Result<bool> {
    let row = client
        .query_typed_one("SELECT to_regclass('users') IS NOT NULL", &[])
        .await
        .map_err(failed("cannot check for the users table"))?;
    Ok(row.get(0))
}

/// How many users and articles the demo data added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoAdded {
    pub users: i64,
    pub articles: i64,
}

/// Load seeds/demo.sql (one `DO` block, sent as a simple query, which is
/// safe through PgBouncer) and count what it added. `password_hash` is
/// every demo user's stored hash; it reaches the file as a setting local to
/// the transaction `client` must be in, never as SQL text.
pub async fn load_demo(client: &impl GenericClient, password_hash: &str) -> Result<DemoAdded> {
    let count = || async {
        let row = client
            .query_typed_one(
                "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM articles)",
                &[],
            )
            .await
            .map_err(failed("cannot count the users and articles"))?;
        Ok::<_, Error>((row.get::<_, i64>(0), row.get::<_, i64>(1)))
    };
    let (users_before, articles_before) = count().await?;
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
        map_error(e, "cannot load the demo data (seeds/demo.sql)", |code| {
            matches!(
                *code,
                SqlState::UNDEFINED_COLUMN | SqlState::UNDEFINED_TABLE
            )
            .then_some(Error::DemoNeedsMigrations)
        })
    })?;
    let (users_after, articles_after) = count().await?;
    Ok(DemoAdded {
        users: users_after - users_before,
        articles: articles_after - articles_before,
    })
}

/// The server's version, as `SHOW server_version` gives it (`15.20 (Debian …)`).
pub async fn server_version(client: &impl GenericClient) -> Result<String> {
    let row = client
        .query_typed_one("SELECT current_setting('server_version')", &[])
        .await
        .map_err(failed("cannot read the server's version"))?;
    Ok(row.get(0))
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
