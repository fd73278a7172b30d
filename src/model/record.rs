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
    /// A grid with a header row (comfy-table).
    Grid,
    /// Plain lines, no header: the first cell on a line of its own, each
    /// further non-empty cell below it, every line indented four spaces.
    Lines,
}

/// One table cell: its text and, when colour is on, its tone.
#[derive(Debug, Clone)]
pub struct Cell<'a> {
    pub text: Cow<'a, str>,
    pub tone: Tone,
}

impl<'a> Cell<'a> {
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        Cell {
            text: text.into(),
            tone: Tone::Plain,
        }
    }

    pub fn toned(text: impl Into<Cow<'a, str>>, tone: Tone) -> Self {
        Cell {
            text: text.into(),
            tone,
        }
    }

    /// Database text; empty when there is none.
    pub fn text(text: Option<Text<'a>>) -> Self {
        Cell::new(text.map(|t| t.to_str()).unwrap_or_default())
    }

    pub fn int(value: impl Into<i64>) -> Self {
        Cell::new(value.into().to_string())
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
