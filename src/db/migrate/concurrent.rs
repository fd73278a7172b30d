//! V6, the index `articles_author_id_idx`, built without blocking writes.
//!
//! V6's file says `CREATE INDEX articles_author_id_idx ON articles
//! (author_id)`. Run as it is, in the migration's transaction as refinery
//! runs every migration, that holds a SHARE lock on `articles` for the
//! whole build: every INSERT, UPDATE and DELETE of the blog API waits for
//! it (scripts/bench-migrate.sh measures the stall). The file cannot
//! change: refinery checksums its text, and every database migrated before
//! would become `divergent` (a unit test pins its checksum). So blogctl
//! runs its non-blocking equivalent instead, and records V6 under the same
//! name and checksum once the index is valid:
//!
//! 1. outside any transaction (`CREATE INDEX CONCURRENTLY` cannot run in
//!    one), on the migration connection: an index of that name left
//!    INVALID by an earlier build that failed or was interrupted is dropped
//!    (`DROP INDEX CONCURRENTLY`), then `CREATE INDEX CONCURRENTLY` builds
//!    it. Both hold SHARE UPDATE EXCLUSIVE on `articles`, which lets reads
//!    and writes go on (and excludes VACUUM, ANALYZE and other DDL);
//! 2. in V6's own transaction, like any migration's: the index is checked
//!    to be there, valid and what V6 says, then the history row is
//!    written. V6 has no `kysely_migration` row (the blog API has no V6).
//!
//! A build that fails half way leaves an INVALID index (unused by queries,
//! kept up to date by writes) and no V6 in the history; the next run drops
//! it and builds it again. A valid index of that name already there (a
//! build whose run then stopped before recording V6) is kept. refinery run
//! on its own would run V6's text as it is: the same index, built the
//! blocking way.
//!
//! Waits: a concurrent build waits, before and during the build, for every
//! transaction that holds a lock conflicting with SHARE on `articles` (a
//! writer's open transaction) and for every transaction whose snapshot is
//! older than its phases: a long transaction anywhere in the database
//! delays it. Those are lock waits, bounded by `--lock-timeout`, which here
//! is a session setting, set right before and reset right after (there is
//! no transaction to make it local to; the connection was checked to keep
//! one server session). The migration lock's transaction holds no snapshot
//! (READ COMMITTED, idle) and does not delay it.

use tokio_postgres::types::Type;
use tokio_postgres::{Client, GenericClient};

use crate::error::PgError;

/// The migration built concurrently.
pub const CONCURRENT_VERSION: i32 = 6;

/// Its index.
pub const INDEX: &str = "articles_author_id_idx";

/// What is there under V6's index name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexState {
    Missing,
    /// An invalid index on `articles`: left by a concurrent build that
    /// failed or was interrupted.
    Invalid,
    Valid,
    /// Something else has the name: not an index, or not V6's (a btree on
    /// `articles (author_id)`, not unique, no expression or predicate).
    Other,
}

/// What [`build`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// Built it.
    New,
    /// Dropped an invalid leftover, then built it.
    Rebuilt,
    /// A valid index was already there.
    Kept,
}

/// Why [`build`] or [`record`] failed.
#[derive(Debug)]
pub enum IndexFailure {
    /// The database refused a statement (a lock timeout, say).
    Db(PgError),
    /// Something else has the index's name.
    NameTaken,
    /// The index is not valid when V6 is to be recorded.
    NotValid,
}

impl From<tokio_postgres::Error> for IndexFailure {
    fn from(e: tokio_postgres::Error) -> Self {
        IndexFailure::Db(PgError(e))
    }
}

/// What is under V6's index name now.
pub async fn state(client: &impl GenericClient) -> Result<IndexState, tokio_postgres::Error> {
    let row = client
        .query_typed_opt(
            "SELECT i.indisvalid, i.indrelid = to_regclass('articles'),
                    i.indexrelid IS NOT NULL AND i.indrelid = to_regclass('articles')
                    AND i.indnatts = 1 AND NOT i.indisunique AND i.indexprs IS NULL
                    AND i.indpred IS NULL AND am.amname = 'btree'
                    AND a.attname = 'author_id'
             FROM pg_class c
             LEFT JOIN pg_index i ON i.indexrelid = c.oid
             LEFT JOIN pg_am am ON am.oid = c.relam
             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
             WHERE c.oid = to_regclass($1)",
            &[(&INDEX, Type::TEXT)],
        )
        .await?;
    let Some(row) = row else {
        return Ok(IndexState::Missing);
    };
    let valid: Option<bool> = row.try_get(0)?;
    let on_articles: Option<bool> = row.try_get(1)?;
    let ours: Option<bool> = row.try_get(2)?;
    // An invalid index on articles is a build that did not finish, V6's or
    // another one under V6's name: never used by queries, dropped.
    Ok(match (valid, on_articles, ours) {
        (Some(true), _, Some(true)) => IndexState::Valid,
        (Some(false), Some(true), _) => IndexState::Invalid,
        _ => IndexState::Other,
    })
}

/// Build V6's index without blocking writes (step 1 above), each wait for
/// a lock bounded by `lock_timeout_secs` (0: none), on `client` outside any
/// transaction. The session's `lock_timeout` is reset afterwards, whatever
/// happened.
pub async fn build(client: &Client, lock_timeout_secs: u64) -> Result<Build, IndexFailure> {
    let dropping = match state(client).await? {
        IndexState::Valid => return Ok(Build::Kept),
        IndexState::Other => return Err(IndexFailure::NameTaken),
        IndexState::Invalid => true,
        IndexState::Missing => false,
    };
    let bound = format!("{}ms", lock_timeout_secs.saturating_mul(1000));
    client
        .query_typed(
            "SELECT set_config('lock_timeout', $1, false)",
            &[(&bound, Type::TEXT)],
        )
        .await?;
    let statements = async {
        if dropping {
            client
                .batch_execute(&format!("DROP INDEX CONCURRENTLY IF EXISTS {INDEX}"))
                .await?;
        }
        client
            .batch_execute(&format!(
                "CREATE INDEX CONCURRENTLY {INDEX} ON articles (author_id)"
            ))
            .await
    };
    let built = statements.await;
    let reset = client.batch_execute("RESET lock_timeout").await;
    built?;
    reset?;
    Ok(if dropping { Build::Rebuilt } else { Build::New })
}

/// Step 2 above, inside V6's transaction `tx`: check that the index is
/// there and valid, and write V6's history row, stamped `now`.
pub async fn record(
    tx: &impl GenericClient,
    migration: &refinery::Migration,
    now: time::OffsetDateTime,
    tables: &mut super::HistoryTables,
) -> Result<(), IndexFailure> {
    match state(tx).await? {
        IndexState::Valid => {}
        IndexState::Other => return Err(IndexFailure::NameTaken),
        IndexState::Missing | IndexState::Invalid => return Err(IndexFailure::NotValid),
    }
    super::record_applied(tx, migration, now, tables)
        .await
        .map_err(IndexFailure::Db)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// V6's text is what databases migrated before recorded the checksum
    /// of: changing it (even its comment) makes every one of them
    /// `divergent`. The concurrent build above is V6's statement.
    #[test]
    fn v6_text_and_checksum_never_change() {
        let v6 = super::super::embedded()
            .into_iter()
            .find(|m| m.version() == CONCURRENT_VERSION)
            .expect("V6 is embedded");
        assert_eq!(v6.name(), "add_articles_author_id_index");
        let statements: Vec<&str> = v6
            .sql()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim_start().starts_with("--") && !l.trim().is_empty())
            .collect();
        assert_eq!(
            statements,
            [format!("CREATE INDEX {INDEX} ON articles (author_id);")]
        );
        assert_eq!(v6.checksum(), V6_CHECKSUM);
    }

    /// refinery's checksum of V6 as shipped since V6 exists.
    const V6_CHECKSUM: u64 = 17_971_327_153_117_306_284;
}
