//! The record of `blogctl local status`: whether the private cluster runs,
//! its version, where it listens, its size.

use serde::Serialize;

use super::{Cell, Columns, Field, Layout, Record, Text, Tone};

/// What `local status` reports; absent values are `null` in JSON and
/// empty in a table or CSV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalStatus {
    /// `absent`, `stopped` or `running`.
    pub state: &'static str,
    /// The server's version when running, else the data folder's major version.
    pub version: Option<String>,
    pub folder: String,
    pub socket: Option<String>,
    /// `127.0.0.1:PORT` when it listens on TCP.
    pub tcp: Option<String>,
    pub size_bytes: Option<u64>,
    /// The OS user the server runs as (the data folder's owner).
    pub owner: Option<String>,
    pub log: String,
}

impl LocalStatus {
    fn tone(&self) -> Tone {
        match self.state {
            "running" => Tone::Good,
            "stopped" => Tone::Warning,
            _ => Tone::Plain,
        }
    }
}

impl Record for LocalStatus {
    const COLUMNS: Columns = Columns {
        table: &[
            "state", "version", "folder", "socket", "tcp", "size", "owner", "log",
        ],
        csv: &[
            "state",
            "version",
            "folder",
            "socket",
            "tcp",
            "sizeBytes",
            "owner",
            "log",
        ],
        layout: Layout::Grid,
    };

    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::toned(self.state, self.tone()),
            cell(&self.version),
            Cell::new(self.folder.as_str()),
            cell(&self.socket),
            cell(&self.tcp),
            Cell::new(self.size_bytes.map(human_size).unwrap_or_default()),
            cell(&self.owner),
            Cell::new(self.log.as_str()),
        ]
    }

    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>> {
        [
            Field::Text(self.state.into()),
            field(&self.version),
            Field::Text(self.folder.as_str().into()),
            field(&self.socket),
            field(&self.tcp),
            self.size_bytes.map_or(Field::Null, |s| {
                Field::Int(s.try_into().unwrap_or(i64::MAX))
            }),
            field(&self.owner),
            Field::Text(self.log.as_str().into()),
        ]
        .into_iter()
    }

    fn details(&self) -> Option<Vec<(&'static str, Cell<'_>)>> {
        Some(
            Self::COLUMNS
                .table
                .iter()
                .copied()
                .zip(self.cells())
                .collect(),
        )
    }
}

fn cell(value: &Option<String>) -> Cell<'_> {
    Cell::new(value.as_deref().unwrap_or_default())
}

fn field(value: &Option<String>) -> Field<'_> {
    Field::text(value.as_deref().map(Text::from))
}

/// `39.1 MiB (40996864 bytes)`.
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = None;
    for next in UNITS {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = Some(next);
    }
    match unit {
        None => format!("{bytes} bytes"),
        Some(unit) => format!("{value:.1} {unit} ({bytes} bytes)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_readable() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(40_996_864), "39.1 MiB (40996864 bytes)");
    }
}
