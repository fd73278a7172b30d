//! libpq's password file: `PGPASSFILE` or `~/.pgpass`, lines of
//! `host:port:database:user:password` with `*` wildcards and `\` escapes,
//! ignored (with a warning for the caller to print) when group or others
//! may read it.

use std::path::Path;

/// The lines of a password file, kept out of `Debug`.
#[derive(Clone)]
pub struct PassFile {
    contents: String,
}

impl std::fmt::Debug for PassFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PassFile(********)")
    }
}

impl PassFile {
    /// Read `path` (`PGPASSFILE`, `passfile=` or `~/.pgpass`) when it is a
    /// file that group and others cannot read (libpq's rule; the file is
    /// then ignored, and a warning added to `warnings`).
    pub fn load(path: &Path, warnings: &mut Vec<String>) -> Option<PassFile> {
        let metadata = std::fs::metadata(path).ok()?;
        if !metadata.is_file() {
            return None;
        }
        {
            use std::os::unix::fs::PermissionsExt;
            if metadata.permissions().mode() & 0o077 != 0 {
                warnings.push(format!(
                    "password file {} has group or world access; permissions should be u=rw (0600) or less; ignoring it",
                    path.display()
                ));
                return None;
            }
        }
        let contents = std::fs::read_to_string(path).ok()?;
        Some(PassFile { contents })
    }

    /// The password of the first line matching host, port, database and user.
    pub fn lookup(&self, host: &str, port: &str, dbname: &str, user: &str) -> Option<String> {
        lookup_pgpass(&self.contents, [host, port, dbname, user])
    }
}

fn lookup_pgpass(contents: &str, wanted: [&str; 4]) -> Option<String> {
    contents
        .lines()
        .filter(|line| !line.trim_start().starts_with('#') && !line.trim().is_empty())
        .find_map(|line| {
            let fields = split_pgpass_line(line);
            if fields.len() < 5 {
                return None;
            }
            let matches = fields[..4]
                .iter()
                .zip(wanted)
                .all(|(field, want)| field == "*" || field == want);
            matches.then(|| fields[4..].join(":"))
        })
}

/// Split on unescaped `:`; `\:` and `\\` are literal.
fn split_pgpass_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut().unwrap().extend(chars.next()),
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_lines() {
        let file = "# comment\nother:*:*:*:no\nlocalhost:5432:*:bob:p\\:w\\\\d\n*:*:*:*:fallback\n";
        assert_eq!(
            lookup_pgpass(file, ["localhost", "5432", "db", "bob"]).as_deref(),
            Some("p:w\\d")
        );
        assert_eq!(
            lookup_pgpass(file, ["h", "1", "db", "eve"]).as_deref(),
            Some("fallback")
        );
    }
}
