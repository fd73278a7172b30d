//! Adoption of a database the blog API's own migrator (Kysely) created: its
//! `kysely_migration(name, timestamp)` rows become refinery history rows
//! with the same timestamps, once the schema is checked to be what they say.

use std::collections::HashSet;

use refinery::Migration;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient};

use super::history::Applied;
use crate::error::{Error, Result};

/// The blog API's migration names, one for one with V1..V5 (PRODUCT.md).
pub const KYSELY_NAMES: [(&str, i32); 5] = [
    ("20230806213313_add_articles_table", 1),
    ("20230813165809_add_users_table", 2),
    ("20230813192709_add_addresses_table", 3),
    ("20230817223154_insert_admin", 4),
    ("20230817230950_add_author_id", 5),
];

/// History rows to write for the blog API's migrations, in version order.
#[derive(Debug)]
pub struct Adoption {
    pub rows: Vec<Applied>,
}

impl Adoption {
    /// The last version the blog API applied.
    pub fn version(&self) -> i32 {
        self.rows.last().map_or(0, |r| r.version)
    }
}

/// Read `kysely_migration` (if there is one with rows), map its names to
/// versions and check the schema matches them. Writes nothing.
pub async fn plan_adoption(
    client: &impl GenericClient,
    embedded: &[Migration],
) -> Result<Option<Adoption>> {
    let exists: bool = client
        .query_typed_one("SELECT to_regclass('kysely_migration') IS NOT NULL", &[])
        .await
        .map_err(crate::db::failed(
            "cannot look for the blog API's kysely_migration table",
        ))?
        .get(0);
    if !exists {
        return Ok(None);
    }
    let rows = client
        .query_typed(
            "SELECT name::text, timestamp::text FROM kysely_migration ORDER BY name",
            &[],
        )
        .await
        .map_err(crate::db::failed(
            "cannot read the blog API's kysely_migration table",
        ))?;
    if rows.is_empty() {
        return Ok(None);
    }
    let mut unknown = Vec::new();
    let mut found = Vec::new();
    for row in &rows {
        let name: String = row.get(0);
        let timestamp: String = row.get(1);
        match KYSELY_NAMES.iter().find(|(n, _)| *n == name) {
            Some((_, version)) => found.push((*version, name, timestamp)),
            None => unknown.push(name),
        }
    }
    if !unknown.is_empty() {
        return Err(Error::KyselyUnknown {
            unknown,
            known: KYSELY_NAMES.map(|(n, _)| n).to_vec(),
        });
    }
    found.sort();
    let versions: Vec<i32> = found.iter().map(|(v, _, _)| *v).collect();
    let expected: Vec<i32> = (1..=versions.len() as i32).collect();
    if versions != expected {
        return Err(Error::KyselyGaps {
            names: found.into_iter().map(|(_, n, _)| n).collect(),
        });
    }
    let adopted = versions.len() as i32;
    check_schema(client, adopted).await?;
    let mut out = Vec::new();
    for (version, name, timestamp) in found {
        let migration = embedded
            .iter()
            .find(|m| m.version() == version)
            .ok_or(Error::NoSuchMigration { version })?;
        let applied_on = match chrono::DateTime::parse_from_rfc3339(&timestamp) {
            Ok(at) => at.to_rfc3339(),
            Err(reason) => {
                return Err(Error::KyselyTimestamp {
                    name,
                    timestamp,
                    reason,
                });
            }
        };
        out.push(Applied {
            version,
            name: migration.name().to_string(),
            applied_on,
            checksum: migration.checksum().to_string(),
        });
    }
    Ok(Some(Adoption { rows: out }))
}

/// Check that what the first `adopted` migrations create is there, and what
/// the later ones create is not.
async fn check_schema(client: &impl GenericClient, adopted: i32) -> Result<()> {
    let rows = client
        .query_typed(
            "SELECT c.relname::text, a.attname::text, a.attnotnull,
                    EXISTS (SELECT 1 FROM pg_index i
                            WHERE i.indrelid = c.oid AND i.indisunique
                              AND i.indnatts = 1 AND i.indkey[0] = a.attnum)
             FROM pg_class c
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
               AND c.relname IN ('articles', 'users', 'addresses')",
            &[],
        )
        .await
        .map_err(crate::db::failed("cannot read the schema"))?;
    let mut columns = HashSet::new();
    let mut not_null = HashSet::new();
    let mut unique = HashSet::new();
    let mut tables = HashSet::new();
    for row in &rows {
        let key = format!("{}.{}", row.get::<_, String>(0), row.get::<_, String>(1));
        tables.insert(row.get::<_, String>(0));
        if row.get::<_, bool>(2) {
            not_null.insert(key.clone());
        }
        if row.get::<_, bool>(3) {
            unique.insert(key.clone());
        }
        columns.insert(key);
    }
    let author_fk: bool = client
        .query_typed_one(
            "SELECT EXISTS (SELECT 1 FROM pg_constraint
                            WHERE contype = 'f' AND conrelid = to_regclass('articles')
                              AND confrelid = to_regclass('users'))",
            &[],
        )
        .await
        .map_err(crate::db::failed("cannot read the schema"))?
        .get(0);

    let mut problems = Vec::new();
    let mut need = |ok: bool, what: &str| {
        if !ok {
            problems.push(what.to_string());
        }
    };
    let has = |c: &str| columns.contains(c);
    let nn = |c: &str| not_null.contains(c);
    if adopted >= 1 {
        need(
            has("articles.id") && nn("articles.title") && nn("articles.article_content"),
            "articles(id, title not null, article_content not null)",
        );
    } else {
        need(!tables.contains("articles"), "no articles table yet");
    }
    if adopted >= 2 {
        need(
            has("users.id") && nn("users.name") && nn("users.password") && nn("users.email"),
            "users(id, email, name, password, all not null)",
        );
        need(unique.contains("users.email"), "a unique users.email");
    } else {
        need(!tables.contains("users"), "no users table yet");
    }
    if adopted >= 3 {
        need(
            has("addresses.id")
                && has("addresses.street")
                && has("addresses.city")
                && has("addresses.country"),
            "addresses(id, street, city, country)",
        );
        need(
            has("users.address_id") && unique.contains("users.address_id"),
            "a unique users.address_id",
        );
    } else {
        need(
            !tables.contains("addresses") && !has("users.address_id"),
            "no addresses yet",
        );
    }
    if adopted >= 5 {
        need(
            nn("articles.author_id") && author_fk,
            "articles.author_id not null, referencing users",
        );
    } else {
        need(!has("articles.author_id"), "no articles.author_id yet");
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::KyselySchemaMismatch {
        at: KYSELY_NAMES[adopted as usize - 1].0,
        expected: problems,
    })
}

/// Write the adopted rows into `refinery_schema_history` (created with
/// refinery's own definition) in one transaction.
pub async fn record_adoption(client: &mut Client, adoption: &Adoption) -> Result<()> {
    let fail = |e| crate::db::failed("cannot record the blog API's migrations as applied")(e);
    let tx = client.transaction().await.map_err(fail)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS refinery_schema_history(
             version int4 PRIMARY KEY,
             name VARCHAR(255),
             applied_on VARCHAR(255),
             checksum VARCHAR(255))",
    )
    .await
    .map_err(fail)?;
    for row in &adoption.rows {
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
    tx.commit().await.map_err(fail)
}
