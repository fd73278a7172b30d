//! Queries on `articles`, joined with their author (inner join) and the
//! author's address (left join). Statements are unnamed (`query_typed*`) so
//! that they work through PgBouncer's transaction pooling; the list is a
//! row stream, so a million rows never sit in memory together.

use tokio_postgres::types::{FromSql, Type};
use tokio_postgres::{GenericClient, Row, RowStream};

use super::failed;
use crate::error::Result;
use crate::model::{Address, Article, User, UserRef};

/// The select list every query returns, in [`ArticleRow`]'s column order.
/// `content` is left out (NULL) where only a summary is wanted.
const COLUMNS: &str = "a.id, a.title, {content}, a.author_id, u.email, u.name, \
     ad.id, ad.street, ad.city, ad.country";

/// The join of PRODUCT.md's "Joined output".
const FROM: &str = "FROM articles a \
     JOIN users u ON u.id = a.author_id \
     LEFT JOIN addresses ad ON ad.id = u.address_id";

/// One joined row, borrowed from the row's buffer: reading it allocates
/// nothing, which keeps the list's hot path cheap. The text fields are
/// `&str` for the table and JSON, or [`RawText`] for CSV, which copies the
/// server's bytes without checking them again.
#[derive(Debug)]
pub struct ArticleRow<T> {
    pub id: i32,
    pub title: T,
    /// `None` when the query left the content out.
    pub content: Option<T>,
    pub author_id: i32,
    pub author_email: T,
    pub author_name: T,
    pub address_id: Option<i32>,
    pub street: Option<T>,
    pub city: Option<T>,
    pub country: Option<T>,
}

/// A text value as the server sent it: UTF-8 bytes (tokio-postgres sets
/// `client_encoding` to UTF8), not validated again.
#[derive(Debug, Clone, Copy)]
pub struct RawText<'a>(pub &'a [u8]);

impl<'a> FromSql<'a> for RawText<'a> {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(RawText(raw))
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::TEXT
    }
}

impl AsRef<[u8]> for RawText<'_> {
    fn as_ref(&self) -> &[u8] {
        self.0
    }
}

impl<'a, T: FromSql<'a>> ArticleRow<T> {
    /// Read a row of any of this module's queries.
    pub fn from_row(row: &'a Row) -> Result<Self> {
        let decode = |e| failed("cannot read an article row")(e);
        Ok(ArticleRow {
            id: row.try_get(0).map_err(decode)?,
            title: row.try_get(1).map_err(decode)?,
            content: row.try_get(2).map_err(decode)?,
            author_id: row.try_get(3).map_err(decode)?,
            author_email: row.try_get(4).map_err(decode)?,
            author_name: row.try_get(5).map_err(decode)?,
            address_id: row.try_get(6).map_err(decode)?,
            street: row.try_get(7).map_err(decode)?,
            city: row.try_get(8).map_err(decode)?,
            country: row.try_get(9).map_err(decode)?,
        })
    }
}

impl ArticleRow<&str> {
    /// The owned record in the blog API's model shape.
    pub fn to_model(&self) -> Article {
        Article {
            id: self.id,
            title: self.title.to_owned(),
            content: self.content.unwrap_or_default().to_owned(),
            author_id: self.author_id,
            author: User {
                id: self.author_id,
                email: self.author_email.to_owned(),
                name: self.author_name.to_owned(),
                address: self.address_id.map(|id| Address {
                    id,
                    street: self.street.map(str::to_owned),
                    city: self.city.map(str::to_owned),
                    country: self.country.map(str::to_owned),
                }),
            },
        }
    }
}

impl<'a> From<&'a Article> for ArticleRow<&'a str> {
    fn from(article: &'a Article) -> Self {
        let address = article.author.address.as_ref();
        ArticleRow {
            id: article.id,
            title: &article.title,
            content: Some(&article.content),
            author_id: article.author_id,
            author_email: &article.author.email,
            author_name: &article.author.name,
            address_id: address.map(|a| a.id),
            street: address.and_then(|a| a.street.as_deref()),
            city: address.and_then(|a| a.city.as_deref()),
            country: address.and_then(|a| a.country.as_deref()),
        }
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

/// Which articles to list.
#[derive(Debug, Clone, Copy)]
pub enum Filter<'a> {
    All,
    Author(&'a UserRef),
}

/// Stream the joined articles in id order; `limit` caps the rows (the table
/// view), `with_content` includes the full text.
pub async fn list(
    client: &impl GenericClient,
    filter: Filter<'_>,
    with_content: bool,
    limit: Option<i64>,
) -> Result<RowStream> {
    let (id, email, limit_value);
    let mut sql = select(with_content);
    let mut params: Vec<(&(dyn tokio_postgres::types::ToSql + Sync), Type)> = Vec::new();
    match filter {
        Filter::All => {}
        Filter::Author(UserRef::Id(author)) => {
            id = *author;
            sql.push_str(" WHERE a.author_id = $1");
            params.push((&id, Type::INT4));
        }
        Filter::Author(UserRef::Email(author)) => {
            email = author.as_str();
            sql.push_str(" WHERE u.email = $1");
            params.push((&email, Type::TEXT));
        }
    }
    sql.push_str(" ORDER BY a.id");
    if let Some(limit) = limit {
        limit_value = limit;
        sql.push_str(&format!(" LIMIT ${}", params.len() + 1));
        params.push((&limit_value, Type::INT8));
    }
    client
        .query_typed_raw(&sql, params)
        .await
        .map_err(failed("cannot list the articles"))
}

/// One article with its full content, author and address.
pub async fn find(client: &impl GenericClient, id: i32) -> Result<Option<Article>> {
    let sql = format!("{} WHERE a.id = $1", select(true));
    let row = client
        .query_typed_opt(&sql, &[(&id, Type::INT4)])
        .await
        .map_err(failed(format!("cannot read article {id}")))?;
    row.map(|row| ArticleRow::<&str>::from_row(&row).map(|r| r.to_model()))
        .transpose()
}

/// Insert an article by the author `author` and return it joined with its
/// author, in one statement; `None` (and nothing inserted) when the author
/// does not exist.
pub async fn create(
    client: &impl GenericClient,
    title: &str,
    content: &str,
    author: &UserRef,
) -> Result<Option<Article>> {
    let author_clause = match author {
        UserRef::Id(_) => "id = $3::integer",
        UserRef::Email(_) => "email = $3::text",
    };
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
    let context = "cannot create the article";
    let row = match author {
        UserRef::Id(id) => {
            client
                .query_typed_opt(
                    &sql,
                    &[
                        (&title, Type::TEXT),
                        (&content, Type::TEXT),
                        (id, Type::INT4),
                    ],
                )
                .await
        }
        UserRef::Email(email) => {
            client
                .query_typed_opt(
                    &sql,
                    &[
                        (&title, Type::TEXT),
                        (&content, Type::TEXT),
                        (email, Type::TEXT),
                    ],
                )
                .await
        }
    }
    .map_err(failed(context))?;
    row.map(|row| ArticleRow::<&str>::from_row(&row).map(|r| r.to_model()))
        .transpose()
}

/// Whether the user named on the command line exists.
pub async fn author_exists(client: &impl GenericClient, author: &UserRef) -> Result<bool> {
    let found = match author {
        UserRef::Id(id) => client
            .query_typed_opt("SELECT 1 FROM users WHERE id = $1", &[(id, Type::INT4)])
            .await
            .map(|row| row.is_some()),
        UserRef::Email(email) => {
            return super::users::find_id_by_email(client, email)
                .await
                .map(|id| id.is_some());
        }
    };
    found.map_err(failed(format!("cannot look up the {author}")))
}
