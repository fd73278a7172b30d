//! The wording the catalogue's messages share: lists, plurals, where the
//! database stands.

use super::PgError;

pub(super) fn rows_were(rows: u64) -> String {
    match rows {
        1 => "1 row was".to_string(),
        n => format!("{n} rows were"),
    }
}

/// "article 4", "articles 4, 7, 9".
pub fn articles_named(ids: &[i32]) -> String {
    let list: Vec<String> = ids.iter().map(i32::to_string).collect();
    match ids.len() {
        1 => format!("article {}", list[0]),
        _ => format!("articles {}", list.join(", ")),
    }
}

pub(super) fn password_ways(env: Option<&str>) -> String {
    match env {
        Some(name) => format!(
            "set {name}, pass --password-stdin with the password on standard input, \
             or run on a terminal to be asked"
        ),
        None => "pass --password-stdin with the password on standard input, \
                 or run on a terminal to be asked"
            .to_string(),
    }
}

pub(super) fn divergence(missing: &[String], changed: &[String]) -> String {
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!(
            "the database is newer than this blogctl: it has applied {}, which this binary does \
             not know; use a newer blogctl",
            missing.join(", ")
        ));
    }
    if !changed.is_empty() {
        problems.push(format!(
            "applied migrations were changed after they were applied (name or checksum differs): {}",
            changed.join(", ")
        ));
    }
    problems.join("; ")
}

pub(super) fn applied_in_run(applied: &[String]) -> String {
    if applied.is_empty() {
        "no migration was applied in this run".to_string()
    } else {
        format!("applied in this run: {}", applied.join(", "))
    }
}

pub(super) fn database_at(at: Option<i32>) -> String {
    match at {
        Some(v) => format!("the database is at V{v}"),
        None => "the database has no migration applied".to_string(),
    }
}

/// blogctl's own advice for a lock timeout (55P03), before the server's error.
pub(super) fn lock_hint(source: &PgError, lock_timeout: u64) -> String {
    if source.sqlstate() != Some("55P03") {
        return String::new();
    }
    format!(
        " (another session held a lock on the table for more than {lock_timeout} s \
         (--lock-timeout), a long-running transaction perhaps; run again when it has ended, \
         or raise --lock-timeout)"
    )
}
