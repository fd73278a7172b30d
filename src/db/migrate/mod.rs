//! Migrations: the embedded refinery migrations (migrations/), the
//! migration lock, the history, adoption of the blog API's own history, and
//! applying one migration at a time.
//!
//! refinery runs each migration in its own transaction on the client and
//! uses named statements and session settings: `blogctl migrate` needs a
//! direct (or session-pooled) connection.

mod adopt;
mod history;
mod lock;

use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient};

pub use adopt::{Adoption, plan_adoption, record_adoption};
pub use history::{Applied, read_history, status_rows};
pub use lock::{lock, unlock};

use crate::error::{MigrationError, Result};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The migration that creates the admin.
pub const ADMIN_VERSION: i32 = 4;
/// The migration that adds `articles.author_id` and needs the admin.
pub const AUTHOR_VERSION: i32 = 5;

/// The migrations built into this binary, in version order.
pub fn embedded() -> Vec<refinery::Migration> {
    let mut all = embedded::migrations::runner().get_migrations().clone();
    all.sort_by_key(|m| m.version());
    all
}

/// Whether `articles` exists and holds at least one row.
pub async fn has_articles(client: &impl GenericClient) -> Result<bool> {
    let row = client
        .query_typed_one("SELECT to_regclass('articles') IS NOT NULL", &[])
        .await
        .map_err(crate::db::failed("cannot look for the articles table"))?;
    if !row.get::<_, bool>(0) {
        return Ok(false);
    }
    let row = client
        .query_typed_one("SELECT EXISTS (SELECT 1 FROM articles)", &[])
        .await
        .map_err(crate::db::failed("cannot count the articles"))?;
    Ok(row.get(0))
}

/// Whether the `users` table exists yet.
pub async fn has_users_table(client: &impl GenericClient) -> Result<bool> {
    let row = client
        .query_typed_one("SELECT to_regclass('users') IS NOT NULL", &[])
        .await
        .map_err(crate::db::failed("cannot look for the users table"))?;
    Ok(row.get(0))
}

/// Hand the admin's id to V5 as the session setting `blogctl.admin_id`
/// (the migration's text stays the same on every run).
pub async fn set_admin_id(client: &impl GenericClient, id: i32) -> Result<()> {
    client
        .query_typed(
            "SELECT set_config('blogctl.admin_id', $1, false)",
            &[(&id.to_string(), Type::TEXT)],
        )
        .await
        .map_err(crate::db::failed("cannot pass the admin to the migration"))?;
    Ok(())
}

/// Bound how long DDL waits for a table lock (0 waits for ever).
pub async fn set_lock_timeout(client: &impl GenericClient, secs: u64) -> Result<()> {
    client
        .query_typed(
            "SELECT set_config('lock_timeout', $1, false)",
            &[(&format!("{}ms", secs.saturating_mul(1000)), Type::TEXT)],
        )
        .await
        .map_err(crate::db::failed("cannot set lock_timeout"))?;
    Ok(())
}

/// Apply the single migration `version` (every earlier one must be applied)
/// in its own transaction, recording it in `refinery_schema_history`.
/// refinery's error is kept whole: the PostgreSQL error is inside it.
pub async fn apply_one(client: &mut Client, version: i32) -> Result<(), MigrationError> {
    embedded::migrations::runner()
        .set_abort_divergent(true)
        .set_abort_missing(true)
        .set_target(refinery::Target::Version(version))
        .run_async(client)
        .await
        .map(drop)
        .map_err(MigrationError)
}
