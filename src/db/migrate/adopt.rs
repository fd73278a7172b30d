//! Keeping the two histories in step before migrating: blogctl's
//! (`refinery_schema_history`) and the blog API's (`kysely_migration`).
//!
//! - Adoption: V1..V5 that the API's migrator applied and blogctl has not
//!   recorded become refinery history rows with the API's timestamps, once
//!   the schema is checked to be what the names say.
//! - Backfill: V1..V5 that blogctl applied (before it wrote the API's
//!   history, say) get their `kysely_migration` rows, with blogctl's
//!   timestamps, so the API's migrator does not run them again.
//! - Names after the last one blogctl knows belong to a newer blog API:
//!   reported (state `external`), never touched.

use refinery::Migration;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient};

use super::HistoryTables;
use super::history::Applied;
use super::kysely::{self, KYSELY_NAMES, KyselyRow, LAST_KNOWN};
use super::lock::MigrationLock;
use super::schema::check_schema;
use crate::db::failed;
use crate::error::{MigrateError, Result};
use crate::model::timestamp::{self, Timestamp};

/// What `blogctl migrate` writes before applying anything, so that both
/// histories list V1..V5 alike; and what a newer API applied.
#[derive(Debug, Default)]
pub struct Sync {
    /// refinery rows for the API's migrations blogctl has not recorded.
    pub adopt: Vec<Applied>,
    /// `kysely_migration` rows for V1..V5 blogctl applied without one.
    pub backfill: Vec<KyselyRow>,
    /// Migrations of a newer blog API (after [`LAST_KNOWN`]), in name order.
    pub external: Vec<KyselyRow>,
}

impl Sync {
    /// Whether anything would be written.
    pub fn writes(&self) -> bool {
        !self.adopt.is_empty() || !self.backfill.is_empty()
    }
}

/// "V1 to V3", or "V4" for one.
pub fn span(versions: impl IntoIterator<Item = i32>) -> String {
    let versions: Vec<i32> = versions.into_iter().collect();
    match (versions.first(), versions.last()) {
        (Some(a), Some(b)) if a != b => format!("V{a} to V{b}"),
        (Some(a), _) => format!("V{a}"),
        _ => String::new(),
    }
}

/// Compare `kysely_migration` (if any) with blogctl's `applied` history and
/// work out what to adopt and backfill. Refuses names this blogctl does not
/// know that sort before its last one, gaps, and a schema that does not
/// match what it would adopt. Writes nothing.
pub async fn plan_sync(
    client: &impl GenericClient,
    embedded: &[Migration],
    applied: &[Applied],
) -> Result<Sync> {
    let Some(rows) = kysely::read(client).await? else {
        return Ok(Sync {
            backfill: backfill(applied, 0),
            ..Sync::default()
        });
    };
    let mut unknown = Vec::new();
    let mut external = Vec::new();
    let mut found = Vec::new();
    for row in rows {
        match KYSELY_NAMES.iter().find(|(n, _)| *n == row.name) {
            Some((_, version)) => found.push((*version, row)),
            None if row.name.as_str() > LAST_KNOWN => external.push(row),
            None => unknown.push(row.name),
        }
    }
    if !unknown.is_empty() {
        return Err(MigrateError::KyselyUnknown {
            unknown,
            known: KYSELY_NAMES.map(|(n, _)| n).to_vec(),
        }
        .into());
    }
    found.sort_by_key(|(v, _)| *v);
    let versions: Vec<i32> = found.iter().map(|(v, _)| *v).collect();
    let complete = if external.is_empty() {
        (1..=versions.len() as i32).collect::<Vec<_>>()
    } else {
        (1..=KYSELY_NAMES.len() as i32).collect()
    };
    if versions != complete {
        let mut names: Vec<String> = found.iter().map(|(_, r)| r.name.clone()).collect();
        names.extend(external.iter().map(|r| r.name.clone()));
        return Err(MigrateError::KyselyGaps { names }.into());
    }
    let in_kysely = versions.len() as i32;
    let in_refinery = applied
        .iter()
        .map(|a| a.version)
        .filter(|v| *v <= KYSELY_NAMES.len() as i32)
        .max()
        .unwrap_or(0);
    let mut adopt = Vec::new();
    if in_kysely > in_refinery {
        check_schema(client, in_kysely, !external.is_empty()).await?;
        for (version, row) in found.iter().filter(|(v, _)| *v > in_refinery) {
            adopt.push(adopted_row(embedded, *version, row)?);
        }
    }
    Ok(Sync {
        adopt,
        backfill: backfill(applied, in_kysely),
        external,
    })
}

/// The refinery row for the API's migration `row`, blogctl's V`version`.
fn adopted_row(embedded: &[Migration], version: i32, row: &KyselyRow) -> Result<Applied> {
    let migration = embedded
        .iter()
        .find(|m| m.version() == version)
        .ok_or(MigrateError::NoSuchMigration { version })?;
    let refused = |reason: String| MigrateError::KyselyTimestamp {
        name: row.name.clone(),
        timestamp: row.timestamp.clone(),
        reason,
    };
    // Written in RFC 3339 with the offset kept as given, then read back
    // as refinery's reader will read it: a time written with a leap second
    // where there can be none is refused, not written.
    let applied_on = Timestamp::parse(&row.timestamp)
        .map_err(|e| refused(e.to_string()))?
        .rfc3339();
    timestamp::strict(&applied_on).map_err(|e| {
        refused(format!(
            "{e}; refinery, whose history it would go into, cannot read it"
        ))
    })?;
    Ok(Applied {
        version,
        name: migration.name().to_string(),
        applied_on,
        checksum: migration.checksum().to_string(),
    })
}

/// The `kysely_migration` rows missing for V1..V5 that blogctl applied,
/// after the first `in_kysely` the API has, with blogctl's own timestamps.
fn backfill(applied: &[Applied], in_kysely: i32) -> Vec<KyselyRow> {
    applied
        .iter()
        .filter(|a| a.version > in_kysely)
        .filter_map(|a| {
            let name = kysely::name_of(a.version)?;
            // `blogctl migrate` refused unreadable rows before getting
            // here; `migrate status` only shows what would be written.
            let when = timestamp::strict(&a.applied_on)
                .unwrap_or_else(|_| time::OffsetDateTime::now_utc());
            Some(KyselyRow {
                name: name.to_string(),
                timestamp: kysely::iso_timestamp(when),
            })
        })
        .collect()
}

/// Write the adopted refinery rows (creating the table with refinery's own
/// definition) and the backfilled `kysely_migration` rows, in one
/// transaction.
/// Checks first, in that transaction, that `lock` still holds the migration
/// lock, and bounds it by `lock_timeout` seconds.
pub async fn record_sync(
    client: &mut Client,
    sync: &Sync,
    lock: &MigrationLock,
    lock_timeout: u64,
    tables: &mut HistoryTables,
) -> Result<()> {
    let fail = |e| failed("cannot bring the two migration histories in step")(e);
    let tx = client.transaction().await.map_err(fail)?;
    if !lock.guard(&tx, lock_timeout).await? {
        return Err(MigrateError::LockLost {
            pid: lock.pid(),
            before: "bringing the two histories in step".to_string(),
        }
        .into());
    }
    tables.refinery(&tx).await.map_err(fail)?;
    for row in &sync.adopt {
        tx.query_typed(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum)
             VALUES ($1, $2, $3, $4)",
            &[
                (&row.version, Type::INT4),
                (&row.name, Type::VARCHAR),
                (&row.applied_on, Type::VARCHAR),
                (&row.checksum, Type::VARCHAR),
            ],
        )
        .await
        .map_err(fail)?;
    }
    if !sync.backfill.is_empty() {
        tables.kysely(&tx).await.map_err(fail)?;
    }
    for row in &sync.backfill {
        kysely::record(&tx, &row.name, &row.timestamp)
            .await
            .map_err(fail)?;
    }
    tx.commit().await.map_err(fail)
}
