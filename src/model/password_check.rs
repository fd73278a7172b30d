//! The answer of `users check-password`: whose password, which scheme the
//! stored hash uses, and whether the password given matches it. The hash
//! itself is never part of it.

use serde::Serialize;

use super::{Cell, Columns, Field, Layout, Record, Text, Tone};

/// One check of a password against a user's stored hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PasswordCheck<'a> {
    pub id: i32,
    pub email: Text<'a>,
    /// `bcrypt`, `argon2id`, or `unknown` for a hash blogctl cannot read.
    pub scheme: &'static str,
    /// What an unreadable hash looks like (its `$id$` prefix at most);
    /// `null` for a scheme blogctl reads.
    pub stored: Option<String>,
    /// `null` when the hash cannot be read.
    pub matches: Option<bool>,
}

impl PasswordCheck<'_> {
    fn matches_text(&self) -> &'static str {
        match self.matches {
            Some(true) => "true",
            Some(false) => "false",
            None => "",
        }
    }
}

impl Record for PasswordCheck<'_> {
    const COLUMNS: Columns = Columns {
        table: &["id", "email", "scheme", "matches"],
        csv: &["id", "email", "scheme", "matches"],
        layout: Layout::Grid,
    };

    fn cells(&self) -> Vec<Cell<'_>> {
        let (verdict, tone) = match self.matches {
            Some(true) => ("yes", Tone::Good),
            Some(false) => ("no", Tone::Bad),
            None => ("cannot tell", Tone::Warning),
        };
        let scheme = match &self.stored {
            Some(stored) => Cell::toned(format!("{}: {stored}", self.scheme), Tone::Warning),
            None => Cell::new(self.scheme),
        };
        vec![
            Cell::int(self.id),
            Cell::text(Some(self.email)),
            scheme,
            Cell::toned(verdict, tone),
        ]
    }

    fn csv_fields(&self) -> impl Iterator<Item = Field<'_>> {
        [
            Field::Int(self.id.into()),
            Field::Text(self.email),
            Field::Text(self.scheme.into()),
            match self.matches {
                Some(_) => Field::Text(self.matches_text().into()),
                None => Field::Null,
            },
        ]
        .into_iter()
    }

    fn details(&self) -> Option<Vec<(&'static str, Cell<'_>)>> {
        let cells = self.cells();
        Some(Self::COLUMNS.table.iter().copied().zip(cells).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_csv_say_scheme_and_verdict() {
        let check = PasswordCheck {
            id: 3,
            email: "a@b.io".into(),
            scheme: "bcrypt",
            stored: None,
            matches: Some(false),
        };
        assert_eq!(
            serde_json::to_value(&check).unwrap(),
            serde_json::json!({"id": 3, "email": "a@b.io", "scheme": "bcrypt",
                "stored": null, "matches": false})
        );
        let fields: Vec<String> = check
            .csv_fields()
            .map(|f| match f {
                Field::Int(n) => n.to_string(),
                Field::Text(t) => t.to_string(),
                Field::Null => String::new(),
            })
            .collect();
        assert_eq!(fields, ["3", "a@b.io", "bcrypt", "false"]);
        assert_eq!(check.cells().len(), PasswordCheck::COLUMNS.table.len());
    }
}
