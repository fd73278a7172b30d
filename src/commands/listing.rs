//! How `articles list` and `users list` print: the table capped at
//! `--limit` (a screenful or two is what a person reads; `--all` streams
//! every row in batches), with a hint on stderr when more remain; JSON and
//! CSV stream every row as it arrives.

use crate::cli::LimitArgs;
use crate::error::{Error, Result};
use crate::model::Record;
use crate::output::{Format, Messages, OutputSettings, Shape, Sink};

/// A list on its way to stdout.
pub struct Listing {
    sink: Sink,
    table: bool,
    /// The table's cap (`--limit`), unless `--all`; JSON and CSV have none.
    shown: Option<usize>,
    pushed: usize,
}

impl Listing {
    pub fn new<R: Record>(settings: &OutputSettings, limit: &LimitArgs) -> Self {
        let table = settings.format == Format::Table;
        Listing {
            sink: Sink::new::<R>(settings, Shape::List),
            table,
            shown: (table && !limit.all)
                .then(|| usize::try_from(limit.limit).unwrap_or(usize::MAX)),
            pushed: 0,
        }
    }

    /// The query's LIMIT: one row more than the table shows, to know
    /// whether more remain.
    pub fn query_limit(&self) -> Option<i64> {
        self.shown
            .map(|n| i64::try_from(n).unwrap_or(i64::MAX).saturating_add(1))
    }

    /// Whether the records are printed whole (JSON, CSV) rather than as a
    /// table that leaves long text (an article's content) out.
    pub fn whole(&self) -> bool {
        !self.table
    }

    /// Print a record, unless the table is full.
    pub fn push<R: Record>(&mut self, record: &R) -> Result<()> {
        if self.shown.is_some_and(|shown| self.pushed >= shown) {
            return Ok(());
        }
        self.pushed += 1;
        self.sink.push(record)
    }

    /// A stream cut short: how many rows reached stdout. The sink is
    /// dropped unfinished (a JSON array left open, so that no parser takes
    /// it for whole) after printing the rows it has (a table lays out the
    /// rows of its last batch).
    pub fn cut(&self, error: Error, at: &impl std::fmt::Display) -> Error {
        error.output_cut(at, self.pushed as u64)
    }

    /// Finish the output; when the table left rows out, say how to see
    /// them (`noun`: "articles", "users").
    pub fn finish(self, rows: u64, noun: &str, msgs: &Messages) -> Result<()> {
        self.sink.finish()?;
        if (self.pushed as u64) < rows {
            msgs.info(format!(
                "showing the first {} {noun}; more remain: pass --all to list every one, \
                 --limit N for more, or --format csv|json to stream them all",
                self.pushed
            ));
        }
        Ok(())
    }
}
