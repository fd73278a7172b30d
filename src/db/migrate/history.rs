//! refinery's history table, read without refinery: its reader panics on a
//! row it cannot parse and fails when the table does not exist, and
//! `migrate status` must not create the table.

use std::collections::BTreeMap;

use refinery::Migration;
use tokio_postgres::GenericClient;

use super::kysely::KyselyRow;
use crate::error::Result;
use crate::model::{MigrationStatus, State};

/// One row of `refinery_schema_history`, as stored.
#[derive(Debug, Clone)]
pub struct Applied {
    pub version: i32,
    pub name: String,
    pub applied_on: String,
    pub checksum: String,
}

/// The history, or `None` when the table does not exist yet.
pub async fn read_history(client: &impl GenericClient) -> Result<Option<Vec<Applied>>> {
    let exists: bool = client
        .query_typed_one(
            "SELECT to_regclass('refinery_schema_history') IS NOT NULL",
            &[],
        )
        .await
        .map_err(crate::db::failed("cannot look for the migration history"))?
        .get(0);
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
    Ok(Some(
        rows.iter()
            .map(|r| Applied {
                version: r.get(0),
                name: r.get(1),
                applied_on: r.get(2),
                checksum: r.get(3),
            })
            .collect(),
    ))
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
