//! Renderers and messages. Records go to stdout as a table (comfy-table), a
//! JSON array or CSV; progress, warnings and errors go to stderr.

pub mod articles;
pub mod users;

use std::io::{self, BufWriter, Stdout, Write};

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use serde::Serialize;

use crate::error::{Error, Result};

/// How records print (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// How records and messages are printed, decided once from the flags, the
/// environment and the terminal (config.rs).
#[derive(Debug, Clone, Copy)]
pub struct OutputSettings {
    pub format: Format,
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// Width to fit tables to when stdout is a terminal.
    pub terminal_width: Option<u16>,
    pub stderr_is_terminal: bool,
}

/// Messages on stderr, filtered by `-q` / `-v`.
#[derive(Debug, Clone, Copy)]
pub struct Messages {
    quiet: bool,
    verbose: bool,
}

impl Messages {
    pub fn new(settings: &OutputSettings) -> Self {
        Messages {
            quiet: settings.quiet,
            verbose: settings.verbose,
        }
    }

    /// Progress and confirmations; silenced by `-q`.
    pub fn info(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// Detail shown only with `-v`.
    pub fn verbose(&self, message: impl std::fmt::Display) {
        if self.verbose {
            eprintln!("{message}");
        }
    }

    /// Something the user should know even with `-q`.
    pub fn warn(&self, message: impl std::fmt::Display) {
        eprintln!("blogctl: warning: {message}");
    }
}

/// A table laid out for where it goes: fitted to the terminal's width with
/// wrapped cells on a terminal, plain ASCII at natural width when piped.
pub fn new_table(settings: &OutputSettings, header: &[&str]) -> Table {
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
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
    } else {
        table.force_no_tty();
        table.set_header(header.iter().copied());
    }
    table
}

/// A cell in `color` when colour is on, plain otherwise.
pub fn colored(settings: &OutputSettings, text: impl ToString, color: Color) -> Cell {
    let cell = Cell::new(text.to_string());
    if settings.color { cell.fg(color) } else { cell }
}

/// Buffered stdout for records.
pub fn stdout() -> BufWriter<Stdout> {
    BufWriter::with_capacity(64 * 1024, io::stdout())
}

/// Write a rendered table and a trailing newline.
pub fn print_table(table: &Table) -> Result<()> {
    let mut out = stdout();
    writeln!(out, "{table}")
        .and_then(|_| out.flush())
        .map_err(write_error)
}

/// Map a failed write to stdout to an error (a closed pipe is handled by main).
pub fn write_error(e: io::Error) -> Error {
    Error::io("cannot write to standard output", e)
}

/// Writes records as one JSON array, an element at a time, so that a
/// million rows never sit in memory together.
pub struct JsonArray<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonArray<W> {
    pub fn new(mut out: W) -> Result<Self> {
        out.write_all(b"[").map_err(write_error)?;
        Ok(JsonArray { out, first: true })
    }

    pub fn push(&mut self, record: &impl Serialize) -> Result<()> {
        let sep: &[u8] = if self.first { b"\n" } else { b",\n" };
        self.first = false;
        self.out.write_all(sep).map_err(write_error)?;
        serde_json::to_writer(&mut self.out, record).map_err(|e| write_error(io::Error::from(e)))
    }

    pub fn finish(mut self) -> Result<()> {
        let end: &[u8] = if self.first { b"]\n" } else { b"\n]\n" };
        self.out
            .write_all(end)
            .and_then(|_| self.out.flush())
            .map_err(write_error)
    }
}

/// Print one record as pretty JSON.
pub fn print_json(record: &impl Serialize) -> Result<()> {
    let mut out = stdout();
    serde_json::to_writer_pretty(&mut out, record).map_err(|e| write_error(io::Error::from(e)))?;
    writeln!(out).and_then(|_| out.flush()).map_err(write_error)
}

/// A CSV writer on stdout; the caller writes the header row first.
pub fn csv_writer() -> csv::Writer<BufWriter<Stdout>> {
    csv::WriterBuilder::new().from_writer(stdout())
}

/// Map a CSV error to an error (a closed pipe is handled by main).
pub fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => write_error(io),
        other => Error::io("cannot write CSV", io::Error::other(format!("{other:?}"))),
    }
}
