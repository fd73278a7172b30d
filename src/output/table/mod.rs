//! The table sink, for people. A list prints in batches of [`BATCH`] rows,
//! each laid out on its own as psql does with `FETCH_COUNT`, so a table of
//! a million rows takes no more memory than one of a thousand: a grid with
//! column widths from the batch's content, fitted to the terminal with
//! words wrapped and over-long words cut with an ellipsis, or, when the
//! rows cannot fit legibly (or `-x` asks), one `field | value` block per
//! record ([`layout`]). A record shown on its own is a `field | value`
//! block with every value whole. Piped, a table is at its natural width.
//! Every cell goes through [`escape::cell`] here, the one place database
//! text meets the table.

mod fit;
mod layout;
mod render;

use std::io::{BufWriter, Write};

use layout::{Plan, Value};

use super::{OutputSettings, Shape, Stdout, write_error};
use crate::error::Result;
use crate::escape;
use crate::model::{Cell, Columns, Layout, Record};

/// Rows laid out together: enough for steady column widths, few enough
/// that memory stays flat however long the list.
pub const BATCH: usize = 1000;

pub struct TableSink {
    out: BufWriter<Stdout>,
    width: Option<usize>,
    color: bool,
    expanded: bool,
    shape: Shape,
    columns: Columns,
    batch: Vec<Vec<Value>>,
    /// Records printed before this batch (for `-[ RECORD n ]`).
    printed: usize,
    /// The column widths of the last grid printed, whose header a next
    /// batch of the same widths does not repeat.
    last_widths: Option<Vec<usize>>,
}

impl TableSink {
    pub fn new(settings: &OutputSettings, shape: Shape, columns: Columns) -> Self {
        TableSink {
            out: super::stdout(settings),
            width: settings.terminal_width.map(usize::from),
            color: settings.color,
            expanded: settings.expanded,
            shape,
            columns,
            batch: Vec::new(),
            printed: 0,
            last_widths: None,
        }
    }

    pub fn push<R: Record>(&mut self, record: &R) -> Result<()> {
        if self.columns.layout == Layout::Lines {
            return self.write(&lines(record.cells()));
        }
        if self.shape == Shape::One {
            let fields: Vec<(&str, Value)> = match record.details() {
                Some(fields) => fields.iter().map(|(f, c)| (*f, value(c))).collect(),
                None => (self.columns.table.iter().copied())
                    .zip(record.cells().iter().map(value))
                    .collect(),
            };
            let mut text = String::new();
            render::details(&mut text, &fields, self.width, self.color);
            return self.write(&text);
        }
        self.batch.push(record.cells().iter().map(value).collect());
        if self.batch.len() >= BATCH {
            self.print_batch()?;
        }
        Ok(())
    }

    /// Lay out and print the rows gathered so far.
    fn print_batch(&mut self) -> Result<()> {
        let header = self.columns.table;
        let mut text = String::new();
        match layout::plan(header, &self.batch, self.width, self.expanded) {
            Plan::Grid(widths) => {
                if self.last_widths.as_ref() != Some(&widths) {
                    let numeric: Vec<bool> = (0..header.len())
                        .map(|i| self.batch.iter().any(|row| row[i].numeric))
                        .collect();
                    render::grid_header(&mut text, header, &widths, &numeric, self.color);
                }
                render::grid_rows(&mut text, &self.batch, &widths, self.color);
                self.last_widths = Some(widths);
            }
            Plan::Expanded => {
                let first = self.printed + 1;
                render::expanded(
                    &mut text,
                    header,
                    &self.batch,
                    first,
                    self.width,
                    self.color,
                );
                self.last_widths = None;
            }
        }
        self.printed += self.batch.len();
        self.batch.clear();
        self.write(&text)
    }

    fn write(&mut self, text: &str) -> Result<()> {
        self.out.write_all(text.as_bytes()).map_err(write_error)
    }

    /// Print what is left (the header alone when no record came) and end
    /// the output (the pager, if one was started, is waited for).
    pub fn finish(mut self) -> Result<()> {
        let nothing_printed = self.printed == 0 && self.batch.is_empty();
        let grid = self.columns.layout == Layout::Grid && self.shape == Shape::List;
        if !self.batch.is_empty() || (nothing_printed && grid) {
            self.print_batch()?;
        }
        super::end(&mut self.out)
    }
}

impl Drop for TableSink {
    /// A list cut short (the connection lost, a failed query) still shows
    /// the rows it got, as psql does: the last batch is laid out too.
    fn drop(&mut self) {
        if !self.batch.is_empty() {
            let _ = self.print_batch();
        }
    }
}

/// A record's cell, escaped, with its tone and alignment.
fn value(cell: &Cell<'_>) -> Value {
    Value {
        text: escape::cell(&cell.text).into_owned(),
        tone: cell.tone,
        numeric: cell.numeric,
    }
}

/// [`Layout::Lines`]: the first cell on a line of its own, each further
/// non-empty cell below it, indented four spaces.
fn lines(cells: Vec<Cell<'_>>) -> String {
    let mut text = String::new();
    let mut cells = cells.into_iter();
    if let Some(first) = cells.next() {
        text.push_str(&escape::line(&first.text));
        text.push('\n');
    }
    for more in cells.filter(|c| !c.text.is_empty()) {
        for line in escape::cell(&more.text).lines() {
            text.push_str("    ");
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}
