//! Where records and messages go. Records go to stdout through one sink per
//! format ([`table`], [`json`], [`csv`]) that takes any `model::Record`, so
//! a command picks nothing but the format; on a terminal, through a pager
//! once they pass a screenful ([`pager`]). Progress, warnings and errors go
//! to stderr ([`Messages`]). Text from the database reaches a terminal only
//! through `crate::escape`: in the table sink's cells, and in every message.

mod csv;
mod json;
mod pager;
mod table;

use std::io::{self, BufWriter, Write};

pub use pager::{PagerSettings, Stdout};

use crate::error::{Error, Result};
use crate::escape;
use crate::model::{Columns, Record};

/// How records print (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// How records and messages are printed, decided once from the flags, the
/// environment and the terminal (config.rs).
#[derive(Debug, Clone)]
pub struct OutputSettings {
    pub format: Format,
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// Width to fit tables to when stdout is a terminal.
    pub terminal_width: Option<u16>,
    /// `-x`: every list table in the expanded layout.
    pub expanded: bool,
    /// The pager for long output on a terminal, if any.
    pub pager: Option<PagerSettings>,
    pub stderr_is_terminal: bool,
}

/// Messages on stderr, filtered by `-q` / `-v`. A message may quote the
/// database (a name, a migration's name in a history table): control
/// characters in it are escaped, its own line breaks kept.
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
            eprintln!("{}", shown(message));
        }
    }

    /// Detail shown only with `-v`.
    pub fn verbose(&self, message: impl std::fmt::Display) {
        if self.verbose {
            eprintln!("{}", shown(message));
        }
    }

    /// Something the user should know even with `-q`.
    pub fn warn(&self, message: impl std::fmt::Display) {
        eprintln!("blogctl: warning: {}", shown(message));
    }
}

/// A message as it reaches stderr: no password hash (a message may quote
/// the database), control characters escaped, its own line breaks kept.
fn shown(message: impl std::fmt::Display) -> String {
    let text = message.to_string();
    escape::lines(&crate::error::redact::hashes(&text)).into_owned()
}

/// What a command prints: a list of records, or one record on its own
/// (`show`, `create`: a `field | value` table where the record has one, a
/// JSON object rather than an array).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    List,
    One,
}

/// Records in, text out: the sink `--format` chose. Nothing reaches stdout
/// before the first record or [`Sink::finish`], so a command that fails
/// before then prints no half-made output.
pub enum Sink {
    Table(table::TableSink),
    Json(json::JsonSink),
    Csv(csv::CsvSink),
}

impl Sink {
    /// A sink for records of type `R`.
    pub fn new<R: Record>(settings: &OutputSettings, shape: Shape) -> Sink {
        Sink::with_columns(settings, shape, R::COLUMNS)
    }

    fn with_columns(settings: &OutputSettings, shape: Shape, columns: Columns) -> Sink {
        match settings.format {
            Format::Table => Sink::Table(table::TableSink::new(settings, shape, columns)),
            Format::Json => Sink::Json(json::JsonSink::new(settings, shape)),
            Format::Csv => Sink::Csv(csv::CsvSink::new(settings, columns)),
        }
    }

    pub fn push<R: Record>(&mut self, record: &R) -> Result<()> {
        match self {
            Sink::Table(sink) => sink.push(record),
            Sink::Json(sink) => sink.push(record),
            Sink::Csv(sink) => sink.push(record),
        }
    }

    /// Write what is left (the table, the JSON array's end) and flush.
    pub fn finish(self) -> Result<()> {
        match self {
            Sink::Table(sink) => sink.finish(),
            Sink::Json(sink) => sink.finish(),
            Sink::Csv(sink) => sink.finish(),
        }
    }
}

/// Print one record on its own (`show`, `create`, `update`): a `field |
/// value` block, a JSON object, or a CSV header and row.
pub fn print_one<R: Record>(settings: &OutputSettings, record: &R) -> Result<()> {
    let mut sink = Sink::new::<R>(settings, Shape::One);
    sink.push(record)?;
    sink.finish()
}

/// Bytes gathered before each write to stdout: big writes keep the
/// per-syscall cost of a million-row list small.
const BUFFER: usize = 256 * 1024;

/// Stdout (or the pager), buffered in big blocks.
pub fn stdout(settings: &OutputSettings) -> BufWriter<Stdout> {
    BufWriter::with_capacity(BUFFER, Stdout::new(settings.pager.as_ref()))
}

/// Map a failed write to stdout to an error (a closed pipe is handled by main).
pub fn write_error(e: io::Error) -> Error {
    Error::io("cannot write to standard output", e)
}

/// Write `bytes` and end the output: flush, and wait for the pager.
fn write_all(out: &mut BufWriter<Stdout>, bytes: &[u8]) -> Result<()> {
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .and_then(|()| out.get_mut().finish())
        .map_err(write_error)
}

/// End the output: flush, and wait for the pager.
fn end(out: &mut BufWriter<Stdout>) -> Result<()> {
    write_all(out, b"")
}
