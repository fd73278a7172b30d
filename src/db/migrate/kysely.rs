//! The blog API's migration history, `kysely_migration`, kept in step with
//! blogctl's: the API runs Kysely 0.26's `Migrator`, which decides what to
//! run from that table's names alone. blogctl writes the API's name for each
//! of V1..V5 (PRODUCT.md's table) in the transaction that applies the
//! migration, and never a name of its own (Kysely fails on executed names it
//! does not know).
//!
//! The two tables are created exactly as Kysely 0.26 creates them
//! (`Migrator#ensureMigrationTableExists`, `#ensureMigrationLockTableExists`,
//! `#ensureLockRowExists`), and, like Kysely, blogctl tolerates another
//! process creating them at the same moment: `CREATE TABLE IF NOT EXISTS`
//! does not stop a concurrent create from failing on the catalog's unique
//! index (`pg_type_typname_nsp_index`, SQLSTATE 23505).

use tokio_postgres::GenericClient;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;

use crate::db::{column, failed};
use crate::error::Result;

/// The blog API's migration names, one for one with V1..V5 (PRODUCT.md).
pub const KYSELY_NAMES: [(&str, i32); 5] = [
    ("20230806213313_add_articles_table", 1),
    ("20230813165809_add_users_table", 2),
    ("20230813192709_add_addresses_table", 3),
    ("20230817223154_insert_admin", 4),
    ("20230817230950_add_author_id", 5),
];

/// The last blog API migration blogctl knows; unknown names after it
/// belong to a newer API.
pub const LAST_KNOWN: &str = KYSELY_NAMES[KYSELY_NAMES.len() - 1].0;

/// The API's name for blogctl's version `version`, if it is one of V1..V5.
pub fn name_of(version: i32) -> Option<&'static str> {
    KYSELY_NAMES
        .iter()
        .find(|(_, v)| *v == version)
        .map(|(n, _)| *n)
}

/// blogctl's version for the API's migration `name`, if it is one of V1..V5.
pub fn version_of(name: &str) -> Option<i32> {
    KYSELY_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
}

/// Kysely 0.26's DDL, as its schema builder compiles it for PostgreSQL.
const CREATE_MIGRATION_TABLE: &str = "create table if not exists \"kysely_migration\" \
     (\"name\" varchar(255) not null primary key, \"timestamp\" varchar(255) not null)";
const CREATE_LOCK_TABLE: &str = "create table if not exists \"kysely_migration_lock\" \
     (\"id\" varchar(255) not null primary key, \"is_locked\" integer default 0 not null)";

/// One row of `kysely_migration`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KyselyRow {
    pub name: String,
    /// ISO-8601 UTC, as JavaScript's `Date.toISOString()` writes it.
    pub timestamp: String,
}

/// The rows of `kysely_migration` in name order (Kysely's order), or `None`
/// when the table does not exist.
pub async fn read(client: &impl GenericClient) -> Result<Option<Vec<KyselyRow>>> {
    let exists = crate::db::table_exists(client, "kysely_migration")
        .await
        .map_err(failed(
            "cannot look for the blog API's kysely_migration table",
        ))?;
    if !exists {
        return Ok(None);
    }
    let rows = client
        .query_typed(
            "SELECT coalesce(name, '')::text, coalesce(timestamp, '')::text
             FROM kysely_migration ORDER BY name",
            &[],
        )
        .await
        .map_err(failed("cannot read the blog API's kysely_migration table"))?;
    let context = "cannot read a row of the blog API's kysely_migration table";
    let rows = rows
        .iter()
        .map(|r| {
            Ok(KyselyRow {
                name: column(r, 0, context)?,
                timestamp: column(r, 1, context)?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Some(rows))
}

/// Create Kysely's two tables and its lock row when missing, inside the
/// caller's transaction. Each create runs under a savepoint: when another
/// process (the API's migrator) creates the same table at the same moment,
/// ours fails with 23505 or 42P07, and the savepoint keeps the transaction
/// alive; then, as Kysely does, the table is looked for again. The
/// database's error is returned as it is: this runs inside a migration.
pub async fn ensure_tables(tx: &impl GenericClient) -> Result<(), tokio_postgres::Error> {
    for (table, ddl) in [
        ("kysely_migration", CREATE_MIGRATION_TABLE),
        ("kysely_migration_lock", CREATE_LOCK_TABLE),
    ] {
        if crate::db::table_exists(tx, table).await? {
            continue;
        }
        tx.batch_execute("SAVEPOINT blogctl_kysely_table").await?;
        match tx.batch_execute(ddl).await {
            Ok(()) => {}
            Err(e)
                if e.code() == Some(&SqlState::UNIQUE_VIOLATION)
                    || e.code() == Some(&SqlState::DUPLICATE_TABLE) =>
            {
                tx.batch_execute("ROLLBACK TO SAVEPOINT blogctl_kysely_table")
                    .await?;
                if !crate::db::table_exists(tx, table).await? {
                    return Err(e);
                }
            }
            Err(e) => return Err(e),
        }
        tx.batch_execute("RELEASE SAVEPOINT blogctl_kysely_table")
            .await?;
    }
    // Kysely inserts its lock row the same way (and ignores a concurrent
    // insert); ON CONFLICT waits for the other insert and skips.
    tx.query_typed(
        "INSERT INTO kysely_migration_lock (id, is_locked) VALUES ('migration_lock', 0)
         ON CONFLICT (id) DO NOTHING",
        &[],
    )
    .await?;
    Ok(())
}

/// Record the API's migration `name` as executed at `timestamp` (ISO-8601
/// UTC), in Kysely's table, which the caller made sure of
/// (`HistoryTables::kysely`). A row already there is kept as it is.
pub async fn record(
    tx: &impl GenericClient,
    name: &str,
    timestamp: &str,
) -> Result<(), tokio_postgres::Error> {
    tx.query_typed(
        "INSERT INTO kysely_migration (name, timestamp) VALUES ($1, $2)
         ON CONFLICT (name) DO NOTHING",
        &[(&name, Type::VARCHAR), (&timestamp, Type::VARCHAR)],
    )
    .await?;
    Ok(())
}

/// `time` as JavaScript's `Date.toISOString()` writes it (what Kysely
/// stores): `2023-08-06T21:33:13.512Z`, UTC, milliseconds.
pub fn iso_timestamp(time: time::OffsetDateTime) -> String {
    let utc = time.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second(),
        utc.millisecond()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_look_like_to_iso_string() {
        let t = time::OffsetDateTime::parse(
            "2023-08-06T23:33:13.512345+02:00",
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        assert_eq!(iso_timestamp(t), "2023-08-06T21:33:13.512Z");
        let t = time::OffsetDateTime::from_unix_timestamp(0).unwrap();
        assert_eq!(iso_timestamp(t), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn names_sort_in_version_order() {
        let mut sorted = KYSELY_NAMES;
        sorted.sort();
        assert_eq!(sorted, KYSELY_NAMES);
        assert_eq!(name_of(4), Some("20230817223154_insert_admin"));
        assert_eq!(name_of(6), None);
    }
}
