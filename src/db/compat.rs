//! A newer blog API's schema: its later migrations may change what blogctl
//! reads or writes (`20230928231458_add_paragraphs_column` replaces
//! `articles.article_content` by `paragraphs`). A command that needs such a
//! column fails with a message naming it and the newest API migration,
//! never with a bare "column does not exist".

use tokio_postgres::GenericClient;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;

use super::migrate::kysely::{self, LAST_KNOWN};
use super::{failed, map_error};
use crate::error::{Error, Result};

/// The columns blogctl reads and writes, per table (V1..V5's schema).
const COLUMNS: [(&str, &[&str]); 3] = [
    ("articles", &["id", "title", "article_content", "author_id"]),
    ("users", &["id", "email", "name", "password", "address_id"]),
    ("addresses", &["id", "street", "city", "country"]),
];

/// The blog API's migrations known to replace a column blogctl uses:
/// (table, column, migration, what replaced it).
const REPLACED: [(&str, &str, &str, &str); 1] = [(
    "articles",
    "article_content",
    "20230928231458_add_paragraphs_column",
    "paragraphs (text[])",
)];

/// Map a query's error: an undefined column (SQLSTATE 42703) becomes the
/// explanation of [`check_columns`] when a newer blog API replaced a column
/// blogctl uses; anything else goes through `db::map_error` with the
/// query's own `domain` errors.
pub async fn query_error(
    client: &impl GenericClient,
    context: &str,
    error: tokio_postgres::Error,
    domain: impl FnOnce(&tokio_postgres::error::DbError) -> Option<Error>,
) -> Error {
    if error.code() == Some(&SqlState::UNDEFINED_COLUMN) {
        // In a transaction the failed statement aborted it, and nothing can
        // be read until it ends (the check failed with 25P02 in `articles
        // delete`): it is rolled back here, as the command fails anyway.
        // Only in that case, probed with an empty SELECT (an empty string
        // is answered even in an aborted transaction).
        if client.batch_execute("SELECT").await.is_err() {
            let _ = client.batch_execute("ROLLBACK").await;
        }
        if let Err(explained) =
            check_columns(client, context, &["articles", "users", "addresses"]).await
        {
            return explained;
        }
    }
    map_error(error, context, domain)
}

/// Fail (exit 1) when a column blogctl reads or writes in `tables` is not
/// there and a newer blog API has migrated the database, naming the column
/// and the newest blog API migration applied. Without a newer API's
/// migrations this says nothing (Ok): the caller's own message applies
/// ("not migrated yet"). `doing` says what blogctl was about to do
/// ("cannot list the articles").
pub async fn check_columns(
    client: &impl GenericClient,
    doing: &str,
    tables: &[&str],
) -> Result<()> {
    let mut missing = Vec::new();
    for (table, columns) in COLUMNS.iter().filter(|(t, _)| tables.contains(t)) {
        let rows = client
            .query_typed(
                "SELECT a.attname::text FROM pg_attribute a
                 WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attnum > 0
                   AND NOT a.attisdropped",
                &[(table, Type::TEXT)],
            )
            .await
            .map_err(failed("cannot read the schema"))?;
        if rows.is_empty() {
            continue; // no table at all: "not migrated yet" is said elsewhere
        }
        let present: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
        missing.extend(
            columns
                .iter()
                .filter(|c| !present.iter().any(|p| p == *c))
                .map(|c| (*table, *c)),
        );
    }
    if missing.is_empty() {
        return Ok(());
    }
    let applied = api_migrations(client).await?;
    let Some(newest) = applied.last().filter(|n| n.as_str() > LAST_KNOWN) else {
        return Ok(());
    };
    let replaced = REPLACED
        .iter()
        .filter(|(t, c, m, _)| missing.contains(&(*t, *c)) && applied.iter().any(|n| n == m))
        .map(|(t, c, m, by)| format!("the blog API's migration {m} replaced {t}.{c} by {by}"))
        .collect();
    Err(Error::ColumnReplaced {
        doing: doing.to_string(),
        columns: missing.iter().map(|(t, c)| format!("{t}.{c}")).collect(),
        replaced,
        newest: newest.clone(),
        known: LAST_KNOWN,
    })
}

/// The blog API's applied migration names in order (none without the table).
async fn api_migrations(client: &impl GenericClient) -> Result<Vec<String>> {
    Ok(kysely::read(client)
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|r| r.name)
        .collect())
}
