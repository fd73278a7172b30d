//! Renderers for articles joined with their author and address: a table for
//! people, JSON in the blog API's model shape, CSV for spreadsheets. The JSON
//! and CSV writers take one row at a time and keep nothing, so a list of any
//! length streams in flat memory.

use std::io::{self, StdoutLock, Write};

use comfy_table::Table;
use serde::Serialize;

use super::OutputSettings;
use super::{JsonArray, new_table, write_error};
use crate::db::articles::ArticleRow;
use crate::error::Result;

/// Bytes gathered before each write to stdout: big writes keep the
/// per-syscall cost of a million-row list small.
const BUFFER: usize = 256 * 1024;

/// The CSV header; the columns [`CsvArticles::push`] writes.
const CSV_HEADER: [&str; 10] = [
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
];

/// The list table's columns.
const LIST_HEADER: [&str; 7] = [
    "id", "title", "author", "email", "street", "city", "country",
];

/// The list as a table (the caller caps the rows: comfy-table keeps them all).
pub fn list_table<'a>(
    settings: &OutputSettings,
    rows: impl IntoIterator<Item = ArticleRow<&'a str>>,
) -> Table {
    let mut table = new_table(settings, &LIST_HEADER);
    for row in rows {
        table.add_row([
            row.id.to_string().as_str(),
            row.title,
            row.author_name,
            row.author_email,
            row.street.unwrap_or_default(),
            row.city.unwrap_or_default(),
            row.country.unwrap_or_default(),
        ]);
    }
    table
}

/// One article as a two-column table, field by field, ending with the
/// full content.
pub fn record_table(settings: &OutputSettings, row: &ArticleRow<&str>) -> Table {
    let mut table = new_table(settings, &["field", "value"]);
    let id = row.id.to_string();
    let author_id = row.author_id.to_string();
    for (field, value) in [
        ("id", id.as_str()),
        ("title", row.title),
        ("author id", author_id.as_str()),
        ("author", row.author_name),
        ("email", row.author_email),
        ("street", row.street.unwrap_or_default()),
        ("city", row.city.unwrap_or_default()),
        ("country", row.country.unwrap_or_default()),
        ("content", row.content.unwrap_or_default()),
    ] {
        table.add_row([field, value]);
    }
    table
}

/// Stdout, locked once and buffered in big blocks, for streamed records.
pub fn stream_out() -> io::BufWriter<StdoutLock<'static>> {
    io::BufWriter::with_capacity(BUFFER, io::stdout().lock())
}

/// Streams articles as CSV with a header row, quoting as psql's `--csv`
/// does (only fields holding a comma, quote or line break), so that the two
/// give the same bytes. Integers are formatted without allocating; text is
/// copied as the server sent it.
pub struct CsvArticles {
    out: io::BufWriter<StdoutLock<'static>>,
    number: itoa::Buffer,
}

impl CsvArticles {
    /// Start the CSV on stdout with its header row.
    pub fn new() -> Result<Self> {
        let mut out = stream_out();
        writeln!(out, "{}", CSV_HEADER.join(",")).map_err(write_error)?;
        Ok(CsvArticles {
            out,
            number: itoa::Buffer::new(),
        })
    }

    pub fn push<T: AsRef<[u8]>>(&mut self, row: &ArticleRow<T>) -> Result<()> {
        self.write(row).map_err(write_error)
    }

    fn write<T: AsRef<[u8]>>(&mut self, row: &ArticleRow<T>) -> io::Result<()> {
        let out = &mut self.out;
        out.write_all(self.number.format(row.id).as_bytes())?;
        for text in [Some(&row.title), row.content.as_ref()] {
            out.write_all(b",")?;
            csv_field(out, text)?;
        }
        out.write_all(b",")?;
        out.write_all(self.number.format(row.author_id).as_bytes())?;
        for text in [&row.author_email, &row.author_name] {
            out.write_all(b",")?;
            csv_field(out, Some(text))?;
        }
        out.write_all(b",")?;
        if let Some(id) = row.address_id {
            out.write_all(self.number.format(id).as_bytes())?;
        }
        for text in [&row.street, &row.city, &row.country] {
            out.write_all(b",")?;
            csv_field(out, text.as_ref())?;
        }
        out.write_all(b"\n")
    }

    pub fn finish(mut self) -> Result<()> {
        self.out.flush().map_err(write_error)
    }
}

/// One CSV field: NULL and plain text as they are, text holding a comma,
/// quote or line break in quotes with its quotes doubled. The scans are
/// memchr's (SIMD): this is the CSV list's hottest loop.
fn csv_field(out: &mut impl Write, text: Option<&impl AsRef<[u8]>>) -> io::Result<()> {
    let Some(text) = text else { return Ok(()) };
    let bytes = text.as_ref();
    if memchr::memchr3(b',', b'"', b'\n', bytes).is_none() && memchr::memchr(b'\r', bytes).is_none()
    {
        return out.write_all(bytes);
    }
    out.write_all(b"\"")?;
    let mut start = 0;
    for quote in memchr::memchr_iter(b'"', bytes) {
        // Up to and including the quote, then the quote once more.
        out.write_all(&bytes[start..=quote])?;
        out.write_all(b"\"")?;
        start = quote + 1;
    }
    out.write_all(&bytes[start..])?;
    out.write_all(b"\"")
}

/// Streams articles as one JSON array, in the model shape.
pub struct JsonArticles {
    out: JsonArray<io::BufWriter<StdoutLock<'static>>>,
}

impl JsonArticles {
    pub fn new() -> Result<Self> {
        Ok(JsonArticles {
            out: JsonArray::new(stream_out())?,
        })
    }

    pub fn push(&mut self, row: &ArticleRow<&str>) -> Result<()> {
        self.out.push(&ArticleJson::from(row))
    }

    pub fn finish(self) -> Result<()> {
        self.out.finish()
    }
}

/// [`crate::model::Article`]'s JSON shape, borrowing from the row so that
/// streaming allocates nothing per row (a unit test keeps the two equal).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArticleJson<'a> {
    id: i32,
    title: &'a str,
    content: &'a str,
    author_id: i32,
    author: UserJson<'a>,
}

#[derive(Serialize)]
struct UserJson<'a> {
    id: i32,
    email: &'a str,
    name: &'a str,
    address: Option<AddressJson<'a>>,
}

#[derive(Serialize)]
struct AddressJson<'a> {
    id: i32,
    street: Option<&'a str>,
    city: Option<&'a str>,
    country: Option<&'a str>,
}

impl<'a> From<&ArticleRow<&'a str>> for ArticleJson<'a> {
    fn from(row: &ArticleRow<&'a str>) -> Self {
        ArticleJson {
            id: row.id,
            title: row.title,
            content: row.content.unwrap_or_default(),
            author_id: row.author_id,
            author: UserJson {
                id: row.author_id,
                email: row.author_email,
                name: row.author_name,
                address: row.address_id.map(|id| AddressJson {
                    id,
                    street: row.street,
                    city: row.city,
                    country: row.country,
                }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(address_id: Option<i32>) -> ArticleRow<&'static str> {
        ArticleRow {
            id: 7,
            title: "T, \"q\"\nx",
            content: Some("body"),
            author_id: 2,
            author_email: "a@b.io",
            author_name: "A",
            address_id,
            street: address_id.map(|_| "S"),
            city: None,
            country: address_id.map(|_| "C"),
        }
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        let mut out = Vec::new();
        for text in ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""] {
            csv_field(&mut out, Some(&text)).unwrap();
            out.push(b'|');
        }
        csv_field(&mut out, None::<&&str>).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\"cr\r\"||"
        );
    }

    #[test]
    fn streamed_json_has_the_model_shape() {
        for address_id in [Some(3), None] {
            let row = row(address_id);
            assert_eq!(
                serde_json::to_value(ArticleJson::from(&row)).unwrap(),
                serde_json::to_value(row.to_model()).unwrap()
            );
        }
    }
}
