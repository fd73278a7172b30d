//! The schema check behind adoption: before blogctl records the blog API's
//! migrations as its own, the tables and columns they create must be there,
//! and those of the migrations not yet applied must not.

use std::collections::HashSet;

use tokio_postgres::GenericClient;

use crate::db::failed;
use crate::error::{MigrateError, Result};

/// Check that what the first `adopted` migrations create is there, and what
/// the later ones create is not. With `newer_api`, the blog API has applied
/// migrations after V5 that may have replaced what V1 made:
/// `20230928231458_add_paragraphs_column` drops `articles.article_content`.
pub async fn check_schema(
    client: &impl GenericClient,
    adopted: i32,
    newer_api: bool,
) -> Result<()> {
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
        .map_err(failed("cannot read the schema"))?;
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
        .map_err(failed("cannot read the schema"))?
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
            has("articles.id")
                && nn("articles.title")
                && (nn("articles.article_content") || newer_api),
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
    Err(MigrateError::KyselySchemaMismatch {
        at: super::kysely::KYSELY_NAMES[adopted as usize - 1].0,
        expected: problems,
    }
    .into())
}
