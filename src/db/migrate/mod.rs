//! Migrations: the embedded refinery migrations (migrations/), the
//! migration lock, both histories (blogctl's and the blog API's), and
//! applying one migration.
//!
//! blogctl applies each migration itself rather than through refinery's
//! runner: refinery 0.10 (`AsyncTransaction for Client`) opens, fills and
//! commits a transaction per migration with no way to add a statement, and
//! the blog API's history row (`kysely_migration`) must be written in that
//! same transaction, as must the admin that V4 creates. So one transaction
//! runs the migration's SQL, writes refinery's own history row (its table
//! definition, the migration's refinery checksum, `applied_on` formatted
//! as refinery formats it, RFC 3339 by the `time` crate) and, for V1..V5,
//! the API's row. refinery still embeds, names and checksums the
//! migrations, and any refinery-based tool reads the history as its own.
//!
//! The lock ([`lock`]) is held by a second connection to the same server;
//! both connections must keep one server session each (direct or
//! session-pooled), which is checked first. V6 is built concurrently, in
//! place of its text ([`concurrent`]).

mod adopt;
pub mod concurrent;
mod history;
mod holders;
pub mod kysely;
mod lock;
mod schema;

use tokio_postgres::GenericClient;
use tokio_postgres::types::Type;

pub use adopt::{Sync, plan_sync, record_sync, span};
pub use history::{Applied, read_history, status_rows, unreadable};
pub use holders::Holders;
pub use lock::{Key, MigrationLock, lock};

use crate::db::failed;
use crate::error::{PgError, Result};

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
        .map_err(failed("cannot look for the articles table"))?;
    if !row.get::<_, bool>(0) {
        return Ok(false);
    }
    let row = client
        .query_typed_one("SELECT EXISTS (SELECT 1 FROM articles)", &[])
        .await
        .map_err(failed("cannot count the articles"))?;
    Ok(row.get(0))
}

/// Whether the `users` table exists yet.
pub async fn has_users_table(client: &impl GenericClient) -> Result<bool> {
    let row = client
        .query_typed_one("SELECT to_regclass('users') IS NOT NULL", &[])
        .await
        .map_err(failed("cannot look for the users table"))?;
    Ok(row.get(0))
}

/// Hand the admin's id to V5 as the setting `blogctl.admin_id`, local to
/// the transaction `client` is in (the migration's text stays the same on
/// every run).
pub async fn set_admin_id(client: &impl GenericClient, id: i32) -> Result<()> {
    client
        .query_typed(
            "SELECT set_config('blogctl.admin_id', $1, true)",
            &[(&id.to_string(), Type::TEXT)],
        )
        .await
        .map_err(failed("cannot pass the admin to the migration"))?;
    Ok(())
}

/// refinery's history table, with refinery's own definition
/// (`ASSERT_MIGRATIONS_TABLE_QUERY`, int4 versions). Only `blogctl
/// migrate`, under the migration lock, creates it.
pub async fn ensure_history_table(
    client: &impl GenericClient,
) -> Result<(), tokio_postgres::Error> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS refinery_schema_history(
             version int4 PRIMARY KEY,
             name VARCHAR(255),
             applied_on VARCHAR(255),
             checksum VARCHAR(255));",
        )
        .await
}

/// Apply `migration` inside the caller's transaction `tx`: its SQL, then
/// refinery's history row (`applied_on` as refinery formats it) and, for
/// V1..V5, the blog API's `kysely_migration` row, both stamped `now`. The
/// caller commits.
pub async fn apply_one(
    tx: &impl GenericClient,
    migration: &refinery::Migration,
    now: time::OffsetDateTime,
) -> Result<(), PgError> {
    let sql = migration.sql().unwrap_or_default();
    tx.batch_execute(sql).await.map_err(PgError)?;
    record_applied(tx, migration, now).await
}

/// Record `migration` as applied, in the caller's transaction `tx`:
/// refinery's history row (`applied_on` as refinery formats it) and, for
/// V1..V5, the blog API's `kysely_migration` row, both stamped `now`.
pub async fn record_applied(
    tx: &impl GenericClient,
    migration: &refinery::Migration,
    now: time::OffsetDateTime,
) -> Result<(), PgError> {
    ensure_history_table(tx).await.map_err(PgError)?;
    // RFC 3339 by the `time` crate, as refinery's `insert_migration_query`
    // writes it, so refinery's reader parses it.
    let applied_on = now
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let version = migration.version();
    tx.query_typed(
        "INSERT INTO refinery_schema_history (version, name, applied_on, checksum)
         VALUES ($1, $2, $3, $4)",
        &[
            (&version, Type::INT4),
            (&migration.name(), Type::VARCHAR),
            (&applied_on, Type::VARCHAR),
            (&migration.checksum().to_string(), Type::VARCHAR),
        ],
    )
    .await
    .map_err(PgError)?;
    if let Some(name) = kysely::name_of(version) {
        kysely::record(tx, name, &kysely::iso_timestamp(now))
            .await
            .map_err(PgError)?;
    }
    Ok(())
}
