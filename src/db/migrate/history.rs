//! refinery's history table, read without refinery: its reader panics on a
//! row it cannot parse and fails when the table does not exist, and
//! `migrate status` must not create the table.

use std::collections::BTreeMap;

use refinery::Migration;
use tokio_postgres::GenericClient;

use super::kysely::KyselyRow;
use crate::db::column;
use crate::error::Result;
use crate::model::timestamp::{self, Timestamp};
use crate::model::{MigrationStatus, State};

/// One row of `refinery_schema_history`, as stored.
#[derive(Debug, Clone)]
pub struct Applied {
    pub version: i32,
    pub name: String,
    pub applied_on: String,
    pub checksum: String,
}

/// Why refinery's reader could not read this history row, if it could not:
/// `applied_on` must parse as refinery parses it ([`timestamp::strict`]:
/// a leap second only where one can be), the checksum
/// as a u64. Quoted values are cut to a few characters.
pub fn unreadable(row: &Applied) -> Option<String> {
    let quoted = |text: &str| {
        let mut cut: String = text.chars().take(40).collect();
        if cut.len() < text.len() {
            cut.push('…');
        }
        format!("`{cut}`")
    };
    let mut problems = Vec::new();
    if timestamp::strict(&row.applied_on).is_err() {
        let leap =
            row.applied_on.get(17..19) == Some("60") && Timestamp::parse(&row.applied_on).is_ok();
        problems.push(if leap {
            format!(
                "applied_on {} has a leap second where there can be none (refinery reads \
                 :60 only at 23:59 UTC on the last day of a month)",
                quoted(&row.applied_on)
            )
        } else {
            format!(
                "applied_on {} is not an RFC 3339 time",
                quoted(&row.applied_on)
            )
        });
    }
    if row.checksum.parse::<u64>().is_err() {
        problems.push(format!(
            "checksum {} is not a number",
            quoted(&row.checksum)
        ));
    }
    if problems.is_empty() {
        return None;
    }
    Some(format!(
        "V{} {}: {}",
        row.version,
        row.name,
        problems.join(", ")
    ))
}

/// The history, or `None` when the table does not exist yet.
pub async fn read_history(client: &impl GenericClient) -> Result<Option<Vec<Applied>>> {
    let exists = crate::db::table_exists(client, "refinery_schema_history")
        .await
        .map_err(crate::db::failed("cannot look for the migration history"))?;
    if !exists {
        return Ok(None);
    }
    let rows = client
        .query_typed(
            "SELECT version::int4, coalesce(name, '')::text, coalesce(applied_on, '')::text,
                    coalesce(checksum, '')::text
             FROM refinery_schema_history ORDER BY version",
            &[],
        )
        .await
        .map_err(crate::db::failed("cannot read the migration history"))?;
    // Every column coalesced but the version: a table made by hand may
    // allow a NULL there too, which is refused rather than unwrapped.
    let context = "cannot read a row of refinery_schema_history";
    let rows = rows
        .iter()
        .map(|r| {
            Ok(Applied {
                version: column(r, 0, context)?,
                name: column(r, 1, context)?,
                applied_on: column(r, 2, context)?,
                checksum: column(r, 3, context)?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Some(rows))
}

/// Every migration of the binary and of the history, in version order,
/// with its state; then the newer blog API's migrations (`external`), in
/// name order.
pub fn status_rows(
    embedded: &[Migration],
    applied: &[Applied],
    external: &[KyselyRow],
) -> Vec<MigrationStatus> {
    let mut rows: BTreeMap<i32, MigrationStatus> = BTreeMap::new();
    for m in embedded {
        rows.insert(
            m.version(),
            MigrationStatus {
                version: Some(m.version()),
                name: m.name().to_string(),
                state: State::Pending,
                applied_at: None,
            },
        );
    }
    for a in applied {
        let row = match embedded.iter().find(|m| m.version() == a.version) {
            Some(m) => {
                let same = m.name() == a.name && m.checksum().to_string() == a.checksum;
                MigrationStatus {
                    version: Some(a.version),
                    name: m.name().to_string(),
                    state: if same {
                        State::Applied
                    } else {
                        State::Divergent
                    },
                    applied_at: Some(a.applied_on.clone()),
                }
            }
            None => MigrationStatus {
                version: Some(a.version),
                name: a.name.clone(),
                state: State::Missing,
                applied_at: Some(a.applied_on.clone()),
            },
        };
        rows.insert(a.version, row);
    }
    let mut rows: Vec<MigrationStatus> = rows.into_values().collect();
    rows.extend(external.iter().map(|k| MigrationStatus {
        version: None,
        name: k.name.clone(),
        state: State::External,
        applied_at: Some(k.timestamp.clone()),
    }));
    rows
}
