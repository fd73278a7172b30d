//! The table sink, for people: comfy-table fitted to the terminal's width
//! with wrapped cells on a terminal, plain ASCII at natural width when
//! piped; or plain lines for records laid out that way. Every cell goes
//! through [`escape::cell`] here, the one place database text
//! meets the table. comfy-table keeps every row to size the columns, so
//! commands cap how many rows they push.

use std::borrow::Cow;
use std::io::Write;

use comfy_table::{Attribute, Cell as TableCell, Color, ContentArrangement, Table, presets};

use super::{OutputSettings, Shape, stdout, write_error};
use crate::error::Result;
use crate::escape;
use crate::model::{Cell, Columns, Layout, Record, Tone};

pub struct TableSink {
    settings: OutputSettings,
    shape: Shape,
    columns: Columns,
    table: Option<Table>,
    /// [`Layout::Lines`]: the text so far.
    lines: String,
}

impl TableSink {
    pub fn new(settings: &OutputSettings, shape: Shape, columns: Columns) -> Self {
        TableSink {
            settings: *settings,
            shape,
            columns,
            table: None,
            lines: String::new(),
        }
    }

    pub fn push<R: Record>(&mut self, record: &R) {
        if self.columns.layout == Layout::Lines {
            return self.push_lines(record.cells());
        }
        let details = match self.shape {
            Shape::One => record.details(),
            Shape::List => None,
        };
        match details {
            Some(rows) => {
                let table = self
                    .table
                    .get_or_insert_with(|| new_table(&self.settings, &["field", "value"]));
                for (field, value) in rows {
                    table.add_row([TableCell::new(field), cell(&self.settings, &value)]);
                }
            }
            None => {
                let settings = &self.settings;
                let header = self.columns.table;
                let table = self
                    .table
                    .get_or_insert_with(|| new_table(settings, header));
                table.add_row(record.cells().iter().map(|c| cell(settings, c)));
            }
        }
    }

    fn push_lines(&mut self, cells: Vec<Cell<'_>>) {
        let mut cells = cells.into_iter();
        if let Some(first) = cells.next() {
            self.lines.push_str(&escape::line(&first.text));
            self.lines.push('\n');
        }
        for more in cells.filter(|c| !c.text.is_empty()) {
            for line in escape::cell(&more.text).lines() {
                self.lines.push_str("    ");
                self.lines.push_str(line);
                self.lines.push('\n');
            }
        }
    }

    /// Print the table (its header alone when no record came).
    pub fn finish(self) -> Result<()> {
        let mut out = stdout();
        if self.columns.layout == Layout::Lines {
            return super::write_all(&mut out, self.lines.as_bytes());
        }
        let table = self
            .table
            .unwrap_or_else(|| new_table(&self.settings, self.columns.table));
        writeln!(out, "{table}")
            .and_then(|()| out.flush())
            .map_err(write_error)
    }
}

/// A table laid out for where it goes: fitted to the terminal's width with
/// wrapped cells on a terminal, plain ASCII at natural width when piped.
fn new_table(settings: &OutputSettings, header: &[&str]) -> Table {
    let mut table = Table::new();
    match settings.terminal_width {
        Some(width) => {
            table
                .load_preset(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
        None => {
            table
                .load_preset(presets::ASCII_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    // Colour was decided once (--color, NO_COLOR, terminal): comfy-table
    // must neither add styles on its own nor drop the ones asked for.
    if settings.color {
        table.enforce_styling();
        table.set_header(
            header
                .iter()
                .map(|h| TableCell::new(h).add_attribute(Attribute::Bold)),
        );
    } else {
        table.force_no_tty();
        table.set_header(header.iter().copied());
    }
    table
}

/// A record's cell, escaped, in its tone's colour when colour is on.
fn cell(settings: &OutputSettings, cell: &Cell<'_>) -> TableCell {
    let text: Cow<'_, str> = escape::cell(&cell.text);
    let table_cell = TableCell::new(text);
    let color = match cell.tone {
        Tone::Plain => return table_cell,
        Tone::Good => Color::Green,
        Tone::Warning => Color::Yellow,
        Tone::Bad => Color::Red,
    };
    if settings.color {
        table_cell.fg(color)
    } else {
        table_cell
    }
}
