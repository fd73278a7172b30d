//! Articles joined with their author and the author's address, and users
//! with their address: the records of `articles` and `users`, borrowing
//! their text from the database row. One JSON shape each, the blog API's.

use serde::Serialize;

use super::{Cell, Columns, Field, Layout, Record, Text};

/// A user's address; every field may be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Address<'a> {
    pub id: i32,
    pub street: Option<Text<'a>>,
    pub city: Option<Text<'a>>,
    pub country: Option<Text<'a>>,
}

/// A user without the password hash, which is never printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct User<'a> {
    pub id: i32,
    pub email: Text<'a>,
    pub name: Text<'a>,
    /// `null` when the user has no address.
    pub address: Option<Address<'a>>,
}

/// An article joined with its author (inner join) and the author's address
/// (left join).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article<'a> {
    pub id: i32,
    pub title: Text<'a>,
    /// Empty where the query left it out (the list's table view).
    pub content: Text<'a>,
    pub author_id: i32,
    pub author: User<'a>,
}

impl<'a> User<'a> {
    fn street(&self) -> Option<Text<'a>> {
        self.address.and_then(|a| a.street)
    }

    fn city(&self) -> Option<Text<'a>> {
        self.address.and_then(|a| a.city)
    }

    fn country(&self) -> Option<Text<'a>> {
        self.address.and_then(|a| a.country)
    }
}

impl Record for Article<'_> {
    const COLUMNS: Columns = Columns {
        table: &[
            "id", "title", "author", "email", "street", "city", "country",
        ],
        csv: &[
            "id",
            "title",
            "content",
            "author_id",
            "author_email",
            "author_name",
            "address_id",
            "street",
            "city",
            "country",
        ],
        layout: Layout::Grid,
    };

    fn cells(&self) -> Vec<Cell<'_>> {
        let author = &self.author;
        vec![
            Cell::int(self.id),
            Cell::text(Some(self.title)),
            Cell::text(Some(author.name)),
            Cell::text(Some(author.email)),
            Cell::text(author.street()),
            Cell::text(author.city()),
            Cell::text(author.country()),
        ]
    }

    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>> {
        let author = &self.author;
        [
            Field::Int(self.id.into()),
            Field::Text(self.title),
            Field::Text(self.content),
            Field::Int(self.author_id.into()),
            Field::Text(author.email),
            Field::Text(author.name),
            Field::int(author.address.map(|a| a.id)),
            Field::text(author.street()),
            Field::text(author.city()),
            Field::text(author.country()),
        ]
        .into_iter()
    }

    /// Field by field, ending with the full content.
    fn details(&self) -> Option<Vec<(&'static str, Cell<'_>)>> {
        let author = &self.author;
        Some(vec![
            ("id", Cell::int(self.id)),
            ("title", Cell::text(Some(self.title))),
            ("author id", Cell::int(self.author_id)),
            ("author", Cell::text(Some(author.name))),
            ("email", Cell::text(Some(author.email))),
            ("street", Cell::text(author.street())),
            ("city", Cell::text(author.city())),
            ("country", Cell::text(author.country())),
            ("content", Cell::text(Some(self.content))),
        ])
    }
}

impl Record for User<'_> {
    const COLUMNS: Columns = Columns {
        table: &["id", "email", "name", "street", "city", "country"],
        csv: &[
            "id",
            "email",
            "name",
            "address_id",
            "street",
            "city",
            "country",
        ],
        layout: Layout::Grid,
    };

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::int(self.id),
            Cell::text(Some(self.email)),
            Cell::text(Some(self.name)),
            Cell::text(self.street()),
            Cell::text(self.city()),
            Cell::text(self.country()),
        ]
    }

    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>> {
        [
            Field::Int(self.id.into()),
            Field::Text(self.email),
            Field::Text(self.name),
            Field::int(self.address.map(|a| a.id)),
            Field::text(self.street()),
            Field::text(self.city()),
            Field::text(self.country()),
        ]
        .into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(address: Option<Address<'static>>) -> Article<'static> {
        Article {
            id: 7,
            title: "T".into(),
            content: "body".into(),
            author_id: 2,
            author: User {
                id: 2,
                email: "a@b.io".into(),
                name: "A".into(),
                address,
            },
        }
    }

    #[test]
    fn json_is_the_blog_api_model() {
        let with = article(Some(Address {
            id: 3,
            street: Some("S".into()),
            city: None,
            country: Some("C".into()),
        }));
        assert_eq!(
            serde_json::to_value(with).unwrap(),
            serde_json::json!({"id": 7, "title": "T", "content": "body", "authorId": 2,
                "author": {"id": 2, "email": "a@b.io", "name": "A",
                    "address": {"id": 3, "street": "S", "city": null, "country": "C"}}})
        );
        let without = serde_json::to_value(article(None)).unwrap();
        assert_eq!(without["author"]["address"], serde_json::Value::Null);
    }

    #[test]
    fn every_view_has_as_many_cells_and_fields_as_columns() {
        let a = article(None);
        assert_eq!(a.cells().len(), Article::COLUMNS.table.len());
        assert_eq!(a.csv_fields().count(), Article::COLUMNS.csv.len());
        let u = a.author;
        assert_eq!(u.cells().len(), User::COLUMNS.table.len());
        assert_eq!(u.csv_fields().count(), User::COLUMNS.csv.len());
    }
}
