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
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;

pub use adopt::{Sync, plan_sync, record_sync, span};
pub use history::{Applied, read_history, status_rows, unreadable};
pub use holders::Holders;
pub use lock::{Key, MigrationLock, lock};

use crate::db::{column, failed};
use crate::error::{PgError, Result};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The migration that creates the articles table.
pub const ARTICLES_VERSION: i32 = 1;
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

/// Whether `articles` holds at least one row, in one query: a missing
/// table (42P01) holds none. Not inside a transaction, which that error
/// would abort; and only where the table should be there (V1 applied),
/// so that a normal run leaves no error in the server's log.
pub async fn has_articles(client: &impl GenericClient) -> Result<bool> {
    match client
        .query_typed_one("SELECT EXISTS (SELECT 1 FROM articles)", &[])
        .await
    {
        Ok(row) => column(&row, 0, "cannot count the articles"),
        Err(e) if e.code() == Some(&SqlState::UNDEFINED_TABLE) => Ok(false),
        Err(e) => Err(failed("cannot count the articles")(e)),
    }
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

/// The two history tables as far as this run has made sure of them: each
/// is created, when missing, by the first transaction of the run that
/// writes to it, and not looked for again. The run holds the migration
/// locks, so no other migrator creates or drops them meanwhile (the blog
/// API's creates its tables only when missing); and a run ends at its
/// first failed transaction, so a creation rolled back is never counted on.
#[derive(Debug, Default)]
pub struct HistoryTables {
    refinery: bool,
    kysely: bool,
}

impl HistoryTables {
    /// refinery's history table, with refinery's own definition
    /// (`ASSERT_MIGRATIONS_TABLE_QUERY`, int4 versions). Only `blogctl
    /// migrate`, under the migration lock, creates it.
    pub async fn refinery(&mut self, tx: &impl GenericClient) -> Result<(), tokio_postgres::Error> {
        if !self.refinery {
            tx.batch_execute(
                "CREATE TABLE IF NOT EXISTS refinery_schema_history(
                 version int4 PRIMARY KEY,
                 name VARCHAR(255),
                 applied_on VARCHAR(255),
                 checksum VARCHAR(255));",
            )
            .await?;
            self.refinery = true;
        }
        Ok(())
    }

    /// The blog API's `kysely_migration` and `kysely_migration_lock` with
    /// its row, as Kysely makes them ([`kysely::ensure_tables`]).
    pub async fn kysely(&mut self, tx: &impl GenericClient) -> Result<(), tokio_postgres::Error> {
        if !self.kysely {
            kysely::ensure_tables(tx).await?;
            self.kysely = true;
        }
        Ok(())
    }
}

/// Apply `migration` inside the caller's transaction `tx`: its SQL, then
/// refinery's history row (`applied_on` as refinery formats it) and, for
/// V1..V5, the blog API's `kysely_migration` row, both stamped `now`. The
/// caller commits.
pub async fn apply_one(
    tx: &impl GenericClient,
    migration: &refinery::Migration,
    now: time::OffsetDateTime,
    tables: &mut HistoryTables,
) -> Result<(), PgError> {
    let sql = migration.sql().unwrap_or_default();
    tx.batch_execute(sql).await.map_err(PgError)?;
    record_applied(tx, migration, now, tables).await
}

/// Record `migration` as applied, in the caller's transaction `tx`:
/// refinery's history row (`applied_on` as refinery formats it) and, for
/// V1..V5, the blog API's `kysely_migration` row, both stamped `now`.
pub async fn record_applied(
    tx: &impl GenericClient,
    migration: &refinery::Migration,
    now: time::OffsetDateTime,
    tables: &mut HistoryTables,
) -> Result<(), PgError> {
    tables.refinery(tx).await.map_err(PgError)?;
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
        tables.kysely(tx).await.map_err(PgError)?;
        kysely::record(tx, name, &kysely::iso_timestamp(now))
            .await
            .map_err(PgError)?;
    }
    Ok(())
}
