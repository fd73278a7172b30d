//! Queries on `articles`, joined with their author (inner join) and the
//! author's address (left join), decoded into [`Article`] records that
//! borrow their text from the row. Statements are unnamed (`query_typed*`)
//! so that they work through PgBouncer's transaction pooling; the list is
//! streamed row by row into a callback, so a million rows never sit in
//! memory together.

mod edit;

pub use edit::{ArticleChanges, Updated, delete, find_many, update};

use tokio_postgres::error::SqlState;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{GenericClient, Row};

use super::sql::{Params, contains, user_condition};
use super::users::read_address;
use super::{column, compat, failed, stream};
use crate::error::{Error, Result};
use crate::model::{Article, User, UserRef};

/// The select list every query returns, in [`read`]'s column order.
/// `content` is left out (NULL) where only a summary is wanted.
const COLUMNS: &str = "a.id, a.title, {content}, a.author_id, u.email, u.name, \
     ad.id, ad.street, ad.city, ad.country";

/// The join of PRODUCT.md's "Joined output".
const FROM: &str = "FROM articles a \
     JOIN users u ON u.id = a.author_id \
     LEFT JOIN addresses ad ON ad.id = u.address_id";

/// Read a row of any of this module's queries. Allocates nothing: the
/// text stays in the row's buffer.
fn read(row: &Row) -> Result<Article<'_>> {
    let context = "cannot read an article row";
    let author_id = column(row, 3, context)?;
    Ok(Article {
        id: column(row, 0, context)?,
        title: column(row, 1, context)?,
        content: column::<Option<_>>(row, 2, context)?.unwrap_or_default(),
        author_id,
        author: User {
            id: author_id,
            email: column(row, 4, context)?,
            name: column(row, 5, context)?,
            address: read_address(row, 6, context)?,
        },
    })
}

/// One article's row, kept so that its [`Article`] can borrow from it.
pub struct ArticleRow(Row);

impl ArticleRow {
    pub fn article(&self) -> Result<Article<'_>> {
        read(&self.0)
    }
}

fn select(with_content: bool) -> String {
    let content = if with_content {
        "a.article_content"
    } else {
        "NULL::text"
    };
    format!("SELECT {} {FROM}", COLUMNS.replace("{content}", content))
}

/// Which articles to list: all of them, or those of one author, or those
/// containing a text, or both.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter<'a> {
    pub author: Option<&'a UserRef>,
    /// Title or content contains it, ignoring case (`--search`).
    pub search: Option<&'a str>,
}

/// Stream the joined articles in id order into `each`, one at a time;
/// `limit` caps the rows (the table view), `with_content` includes the full
/// text. Returns how many there were.
pub async fn list(
    client: &impl GenericClient,
    filter: Filter<'_>,
    with_content: bool,
    limit: Option<i64>,
    mut each: impl FnMut(&Article<'_>) -> Result<()>,
) -> Result<u64> {
    let (search, limit_value);
    let mut sql = select(with_content);
    let mut params: Params = Vec::new();
    let mut conditions = Vec::new();
    if let Some(author) = filter.author {
        let n = params.len() + 1;
        let (condition, param) = user_condition(author, "a.author_id", "u.email", n);
        params.push(param);
        conditions.push(condition);
    }
    if let Some(text) = filter.search {
        search = text;
        params.push((&search, Type::TEXT));
        conditions.push(contains(&["a.title", "a.article_content"], params.len()));
    }
    if !conditions.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conditions.join(" AND "));
    }
    sql.push_str(" ORDER BY a.id");
    if let Some(limit) = limit {
        limit_value = limit;
        params.push((&limit_value, Type::INT8));
        sql.push_str(&format!(" LIMIT ${}", params.len()));
    }
    stream::rows(client, &sql, params, "cannot list the articles", |row| {
        each(&read(row)?)
    })
    .await
}

/// One article with its full content, author and address.
pub async fn find(client: &impl GenericClient, id: i32) -> Result<Option<ArticleRow>> {
    let sql = format!("{} WHERE a.id = $1", select(true));
    let row = match client.query_typed_opt(&sql, &[(&id, Type::INT4)]).await {
        Ok(row) => row,
        Err(e) => {
            let context = format!("cannot read article {id}");
            return Err(compat::query_error(client, &context, e, |_| None).await);
        }
    };
    Ok(row.map(ArticleRow))
}

/// Insert an article by the author `author` and return it joined with its
/// author, in one statement; `None` (and nothing inserted) when the author
/// does not exist.
pub async fn create(
    client: &impl GenericClient,
    title: &str,
    content: &str,
    author: &UserRef,
) -> Result<Option<ArticleRow>> {
    let (author_clause, author_param) = user_condition(author, "id", "email", 3);
    // The INSERT's SELECT finds the author, so a missing one inserts nothing;
    // the outer query joins the new row with its author and address.
    let sql = format!(
        "WITH a AS ( \
             INSERT INTO articles (title, article_content, author_id) \
             SELECT $1, $2, id FROM users WHERE {author_clause} \
             RETURNING id, title, article_content, author_id) \
         SELECT {} \
         FROM a JOIN users u ON u.id = a.author_id \
         LEFT JOIN addresses ad ON ad.id = u.address_id",
        COLUMNS.replace("{content}", "a.article_content")
    );
    let params = [
        (&title as &(dyn ToSql + Sync), Type::TEXT),
        (&content, Type::TEXT),
        author_param,
    ];
    let row = match client.query_typed_opt(&sql, &params).await {
        Ok(row) => row,
        Err(e) => {
            // The author was there for the INSERT's SELECT and gone when
            // the foreign key was checked: deleted by a session that
            // committed in between (`users delete`).
            let deleted = |db: &tokio_postgres::error::DbError| {
                (*db.code() == SqlState::FOREIGN_KEY_VIOLATION).then(|| Error::DeletedMeanwhile {
                    what: format!("the author, {author},"),
                    doing: "created",
                })
            };
            return Err(compat::query_error(client, "cannot create the article", e, deleted).await);
        }
    };
    Ok(row.map(ArticleRow))
}

/// Whether the user named on the command line exists.
pub async fn author_exists(client: &impl GenericClient, author: &UserRef) -> Result<bool> {
    let (condition, param) = user_condition(author, "id", "email", 1);
    let row = client
        .query_typed_opt(&format!("SELECT 1 FROM users WHERE {condition}"), &[param])
        .await
        .map_err(failed(format!("cannot look up the {author}")))?;
    Ok(row.is_some())
}
