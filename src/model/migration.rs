//! The records of `migrate status` (one per migration, with its state) and
//! `migrate --dry-run` (one per migration it would apply).

use serde::Serialize;

use super::{Cell, Columns, Field, Layout, Record, Text, Tone};

/// Where one migration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Applied, with the text this binary has.
    Applied,
    /// Known to this binary, not applied yet.
    Pending,
    /// Applied, but its name or text changed since.
    Divergent,
    /// Applied, but unknown to this binary (the database is newer).
    Missing,
    /// Applied by a newer blog API (a `kysely_migration` name after the
    /// last one this blogctl knows); not blogctl's to apply or check.
    External,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Applied => "applied",
            State::Pending => "pending",
            State::Divergent => "divergent",
            State::Missing => "missing",
            State::External => "external",
        }
    }

    fn tone(self) -> Tone {
        match self {
            State::Applied => Tone::Good,
            State::Pending => Tone::Warning,
            State::Divergent | State::Missing => Tone::Bad,
            State::External => Tone::Plain,
        }
    }
}

/// One line of `migrate status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MigrationStatus {
    /// blogctl's version; `None` (empty, JSON `null`) for an `external`
    /// migration, which has only the blog API's name.
    pub version: Option<i32>,
    pub name: String,
    pub state: State,
    /// RFC 3339 as refinery stores it, or ISO-8601 as Kysely does
    /// (`external`).
    pub applied_at: Option<String>,
}

impl MigrationStatus {
    /// `V4 insert_admin`, or the blog API's name for an external migration.
    pub fn label(&self) -> String {
        match self.version {
            Some(v) => format!("V{v} {}", self.name),
            None => self.name.clone(),
        }
    }
}

impl Record for MigrationStatus {
    const COLUMNS: Columns = Columns {
        table: &["version", "name", "state", "applied at (UTC)"],
        csv: &["version", "name", "state", "appliedAt"],
        layout: Layout::Grid,
    };

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::number(self.version.map(i64::from)),
            Cell::new(self.name.as_str()),
            Cell::toned(self.state.as_str(), self.state.tone()),
            Cell::timestamp(self.applied_at.as_deref()),
        ]
    }

    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>> {
        [
            Field::int(self.version),
            Field::Text(self.name.as_str().into()),
            Field::Text(self.state.as_str().into()),
            Field::text(self.applied_at.as_deref().map(Text::from)),
        ]
        .into_iter()
    }
}

/// A migration `migrate --dry-run` would apply; its SQL only under `-v`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlannedMigration<'a> {
    pub version: i32,
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sql: Option<&'a str>,
}

impl Record for PlannedMigration<'_> {
    /// `V1 add_articles_table`, with the SQL indented below it.
    const COLUMNS: Columns = Columns {
        table: &["migration", "sql"],
        csv: &["version", "name", "sql"],
        layout: Layout::Lines,
    };

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::new(format!("V{} {}", self.version, self.name)),
            Cell::new(self.sql.unwrap_or_default()),
        ]
    }

    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>> {
        [
            Field::Int(self.version.into()),
            Field::Text(self.name.into()),
            Field::text(self.sql.map(Text::from)),
        ]
        .into_iter()
    }
}
