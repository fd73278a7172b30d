//! Changing and deleting articles. Each change is one statement that also
//! returns what it changed, joined with the author and address as `show`
//! prints it, so what is printed is exactly what was written.

use tokio_postgres::GenericClient;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;

use super::{ArticleRow, COLUMNS, FROM, compat, select};
use crate::db::sql::{Params, user_condition};
use crate::error::{Error, Result};
use crate::model::UserRef;

/// What `articles update` changes; `None` keeps the field as it is.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleChanges<'a> {
    pub title: Option<&'a str>,
    pub content: Option<&'a str>,
    pub author: Option<&'a UserRef>,
}

/// What [`update`] did.
pub enum Updated {
    /// The article as it is now, joined with its (new) author.
    Article(ArticleRow),
    /// No such article: nothing changed.
    NoArticle,
    /// No such author: nothing changed.
    NoAuthor,
    /// The article was there when the statement started and gone when it
    /// came to change it (another session deleted it): nothing changed.
    DeletedMeanwhile,
}

/// Change an article in one statement: `UPDATE ... FROM` the author looked
/// up by id or email in the same statement (so an unknown author updates
/// nothing), returning the new row joined with its author and address.
/// The statement always returns one row: the article, or (all NULL) with
/// whether the article and the author exist, to tell why nothing changed.
pub async fn update(
    client: &impl GenericClient,
    id: i32,
    changes: ArticleChanges<'_>,
) -> Result<Updated> {
    let mut params: Params = vec![
        (&id, Type::INT4),
        (&changes.title, Type::TEXT),
        (&changes.content, Type::TEXT),
    ];
    let author_clause = changes.author.map(|author| {
        let (clause, param) = user_condition(author, "id", "email", 4);
        params.push(param);
        clause
    });
    let (author_cte, set_author, from_author, author_found) = match author_clause {
        None => (String::new(), "", "", "true"),
        Some(clause) => (
            format!("author AS (SELECT id FROM users WHERE {clause}), "),
            ", author_id = author.id",
            "FROM author",
            "EXISTS (SELECT 1 FROM author)",
        ),
    };
    // The EXISTS see the snapshot the statement started with; the UPDATE
    // sees rows committed since, after waiting for their locks. So "the
    // article exists" with no row updated means it was deleted meanwhile.
    let sql = format!(
        "WITH {author_cte}updated AS ( \
             UPDATE articles a \
             SET title = coalesce($2, a.title), \
                 article_content = coalesce($3, a.article_content){set_author} \
             {from_author} \
             WHERE a.id = $1 \
             RETURNING a.id, a.title, a.article_content, a.author_id) \
         SELECT {}, EXISTS (SELECT 1 FROM articles WHERE id = $1), {author_found} \
         FROM (SELECT) one LEFT JOIN ( \
             updated a JOIN users u ON u.id = a.author_id \
             LEFT JOIN addresses ad ON ad.id = u.address_id) ON true",
        COLUMNS.replace("{content}", "a.article_content")
    );
    let context = format!("cannot update article {id}");
    let row = match client.query_typed_one(&sql, &params).await {
        Ok(row) => row,
        Err(e) => {
            // The author was deleted after the lookup, before the foreign
            // key check locked it.
            let deleted = |db: &tokio_postgres::error::DbError| {
                (*db.code() == SqlState::FOREIGN_KEY_VIOLATION).then(|| Error::DeletedMeanwhile {
                    what: changes
                        .author
                        .map_or("the author".into(), |a| a.to_string()),
                    doing: "changed",
                })
            };
            return Err(compat::query_error(client, &context, e, deleted).await);
        }
    };
    let decode = |e| crate::db::failed(context.clone())(e);
    let updated: Option<i32> = row.try_get(0).map_err(decode)?;
    if updated.is_some() {
        return Ok(Updated::Article(ArticleRow(row)));
    }
    let article_found: bool = row.try_get(10).map_err(decode)?;
    let author_found: bool = row.try_get(11).map_err(decode)?;
    Ok(match (article_found, author_found) {
        (false, _) => Updated::NoArticle,
        (true, false) => Updated::NoAuthor,
        (true, true) => Updated::DeletedMeanwhile,
    })
}

/// The articles among `ids` that exist, joined with their authors, without
/// their content, in id order (what a confirmation lists).
pub async fn find_many(client: &impl GenericClient, ids: &[i32]) -> Result<Vec<ArticleRow>> {
    let sql = format!("{} WHERE a.id = ANY($1) ORDER BY a.id", select(false));
    match client.query_typed(&sql, &[(&ids, Type::INT4_ARRAY)]).await {
        Ok(rows) => Ok(rows.into_iter().map(ArticleRow).collect()),
        Err(e) => {
            Err(compat::query_error(client, "cannot look up the articles", e, |_| None).await)
        }
    }
}

/// Delete the articles among `ids` that exist, in one statement, and return
/// them as they were, joined with their authors, content included, in id
/// order. The caller runs it in a transaction and rolls back when an id is
/// missing, so that a deletion is all or nothing.
pub async fn delete(client: &impl GenericClient, ids: &[i32]) -> Result<Vec<ArticleRow>> {
    let sql = format!(
        "WITH a AS ( \
             DELETE FROM articles WHERE id = ANY($1) \
             RETURNING id, title, article_content, author_id) \
         SELECT {} {} ORDER BY a.id",
        COLUMNS.replace("{content}", "a.article_content"),
        FROM.replace("FROM articles a", "FROM a")
    );
    match client.query_typed(&sql, &[(&ids, Type::INT4_ARRAY)]).await {
        Ok(rows) => Ok(rows.into_iter().map(ArticleRow).collect()),
        Err(e) => {
            let referenced = |db: &tokio_postgres::error::DbError| {
                crate::db::still_referenced(db, || crate::error::articles_named(ids))
            };
            Err(compat::query_error(client, "cannot delete the articles", e, referenced).await)
        }
    }
}
