//! What every printed record knows about itself, so that one sink per
//! format (table, JSON, CSV: `crate::output`) can print any of them: a new
//! view is a new record type and no new output code.

use std::borrow::Cow;

use serde::Serialize;

use super::Text;

/// A record blogctl prints. Its JSON shape is its `Serialize`.
pub trait Record: Serialize {
    /// The columns of its table and its CSV, and how its table is laid out.
    const COLUMNS: Columns;

    /// The table cells, in `COLUMNS.table` order.
    fn cells(&self) -> Vec<Cell<'_>>;

    /// The CSV fields, in `COLUMNS.csv` order. An iterator over an array,
    /// so that streaming a million rows allocates nothing per row.
    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>>;

    /// Shown alone (`show`, `create`): `field | value` rows, or `None` for
    /// one row under the table's columns.
    fn details(&self) -> Option<Vec<(&'static str, Cell<'_>)>> {
        None
    }
}

/// A record type's column names and table layout.
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    /// The table's header.
    pub table: &'static [&'static str],
    /// The CSV header.
    pub csv: &'static [&'static str],
    pub layout: Layout,
}

/// How the table view lays records out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A grid with a header row, or `field | value` blocks when it cannot
    /// fit the terminal (`output::table`).
    Grid,
    /// Plain lines, no header: the first cell on a line of its own, each
    /// further non-empty cell below it, every line indented four spaces.
    Lines,
}

/// One table cell: its text, when colour is on its tone, and whether it
/// is a number (aligned right, as psql aligns them).
#[derive(Debug, Clone)]
pub struct Cell<'a> {
    pub text: Cow<'a, str>,
    pub tone: Tone,
    pub numeric: bool,
}

impl<'a> Cell<'a> {
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        Cell {
            text: text.into(),
            tone: Tone::Plain,
            numeric: false,
        }
    }

    pub fn toned(text: impl Into<Cow<'a, str>>, tone: Tone) -> Self {
        Cell {
            tone,
            ..Cell::new(text)
        }
    }

    /// Database text; empty when there is none.
    pub fn text(text: Option<Text<'a>>) -> Self {
        Cell::new(text.map(|t| t.to_str()).unwrap_or_default())
    }

    pub fn int(value: impl Into<i64>) -> Self {
        Cell::number(Some(value.into()))
    }

    /// A number, or an empty cell in a column of numbers.
    pub fn number(value: Option<i64>) -> Self {
        Cell {
            numeric: true,
            ..Cell::new(value.map(|v| v.to_string()).unwrap_or_default())
        }
    }

    /// An RFC 3339 timestamp in a table: UTC to the millisecond, always
    /// the same width (`2026-11-26 13:14:51.490`), so that a column of them
    /// lines up and fits; JSON and CSV keep the stored text, full
    /// precision. Text that is not RFC 3339 is shown as it is.
    pub fn timestamp(value: Option<&'a str>) -> Self {
        let Some(value) = value else {
            return Cell::new("");
        };
        match super::Timestamp::parse(value) {
            Ok(at) => Cell::new(at.table_text()),
            Err(_) => Cell::new(value),
        }
    }
}

/// What a cell says about the state it shows; the table sink picks colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Warning,
    Bad,
}

/// One CSV field.
#[derive(Debug, Clone, Copy)]
pub enum Field<'a> {
    Int(i64),
    Text(Text<'a>),
    /// No value: an empty field, as psql writes NULL.
    Null,
}

impl<'a> Field<'a> {
    pub fn text(text: Option<Text<'a>>) -> Self {
        text.map_or(Field::Null, Field::Text)
    }

    pub fn int(value: Option<i32>) -> Self {
        value.map_or(Field::Null, |v| Field::Int(v.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::Cell;

    #[test]
    fn timestamps_are_utc_to_the_millisecond_at_a_fixed_width() {
        for (stored, shown) in [
            ("2026-11-26T13:14:51.490225445Z", "2026-11-26 13:14:51.490"),
            ("2026-11-26T13:14:51.49Z", "2026-11-26 13:14:51.490"),
            ("2023-08-06T21:33:13.512+00:00", "2023-08-06 21:33:13.512"),
            ("2023-08-06T23:33:13+02:00", "2023-08-06 21:33:13.000"),
            ("not a time", "not a time"),
        ] {
            assert_eq!(Cell::timestamp(Some(stored)).text, shown);
        }
        assert_eq!(Cell::timestamp(None).text, "");
    }
}
