//! The `.env` file: dotenvy's syntax (`KEY=value`, quotes, `export`,
//! `${VAR}`), with errors that give the line, and the key or the column,
//! never the text. dotenvy's own errors quote the line, and after an open
//! quote the rest of the file, secrets included; its loader panics on a NUL
//! byte in a value (`std::env::set_var` does). So: parse with dotenvy's
//! iterator, check the values, and find the line of a failure by parsing
//! ever longer prefixes.

/// What is wrong with the file, and where: the line (1-based), the key the
/// line sets when it starts with one (`KEY=`), the column (1-based, in
/// characters) when the failure has an exact place.
#[derive(Debug, PartialEq, Eq)]
pub struct EnvFileError {
    pub line: usize,
    pub column: Option<usize>,
    pub key: Option<String>,
    pub problem: &'static str,
}

impl EnvFileError {
    /// `line 2 (ADMIN_PASSWORD)`, `line 3, column 1`: where, for messages.
    pub fn location(&self) -> String {
        let mut at = format!("line {}", self.line);
        if let Some(column) = self.column {
            at.push_str(&format!(", column {column}"));
        }
        if let Some(key) = &self.key {
            at.push_str(&format!(" ({key})"));
        }
        at
    }
}

/// The file's variables, in order, or the first problem.
pub fn parse(bytes: &[u8]) -> Result<Vec<(String, String)>, EnvFileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, start) = line_at(bytes, e.valid_up_to());
        // The bytes before the bad one are text.
        let before = std::str::from_utf8(&bytes[start..e.valid_up_to()]).unwrap_or_default();
        EnvFileError {
            line,
            column: Some(before.chars().count() + 1),
            key: key_of(before).map(String::from),
            problem: "not UTF-8 text",
        }
    })?;
    if let Some(at) = text
        .match_indices('\r')
        .map(|(i, _)| i)
        .find(|i| text.as_bytes().get(i + 1) != Some(&b'\n'))
    {
        let (line, start) = line_at(bytes, at);
        return Err(EnvFileError {
            line,
            column: Some(text[start..at].chars().count() + 1),
            key: None,
            problem: "a carriage return without a line feed: save the file with LF (or CRLF) \
                      line endings",
        });
    }
    // dotenvy refuses a last line that ends in a space without a line end
    // (`A=1 `), which it reads with one, as the blog API's dotenv does.
    let ended;
    let text = if text.is_empty() || text.ends_with('\n') {
        text
    } else {
        ended = format!("{text}\n");
        ended.as_str()
    };
    let vars = dotenvy::from_read_iter(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| failure(text))?;
    if let Some((key, _)) = vars.iter().find(|(_, value)| value.contains('\0')) {
        return Err(EnvFileError {
            line: line_of_key(text, key),
            column: None,
            key: Some(key.clone()),
            problem: "the value holds a NUL byte, which no variable can hold",
        });
    }
    Ok(vars)
}

/// The 1-based line number of byte `at`, and the byte its line starts at.
fn line_at(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    (line, start)
}

/// The key `line` sets, when it starts as dotenvy reads a key followed by
/// `=` (`KEY=`, `export KEY =`); whatever follows may be broken. A line
/// without one (`S3cret oops`) names no key: its first word may be a value.
fn key_of(line: &str) -> Option<&str> {
    fn word(s: &str) -> Option<(&str, &str)> {
        if !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            return None;
        }
        let end = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .unwrap_or(s.len());
        Some((&s[..end], s[end..].trim_start()))
    }
    let (mut key, mut rest) = word(line.trim_start())?;
    if key == "export" && !rest.starts_with('=') {
        (key, rest) = word(rest)?;
    }
    rest.starts_with('=').then_some(key)
}

/// Where the file stops parsing: the first line at which it does (the
/// shortest prefix of whole lines that fails; an open quote fails where it
/// opens), with its key, or else the column where dotenvy gave up on it.
fn failure(text: &str) -> EnvFileError {
    let ends: Vec<usize> = text
        .split_inclusive('\n')
        .scan(0, |end, line| {
            *end += line.len();
            Some(*end)
        })
        .collect();
    let index = ends
        .iter()
        .position(|end| dotenvy::from_read_iter(&text.as_bytes()[..*end]).any(|item| item.is_err()))
        .unwrap_or(ends.len().saturating_sub(1));
    let start = index.checked_sub(1).map_or(0, |i| ends[i]);
    let rest = &text[start..];
    let line = rest.split('\n').next().unwrap_or_default();
    let key = key_of(line).map(String::from);
    let column = match (&key, dotenvy::from_read_iter(rest.as_bytes()).next()) {
        (None, Some(Err(dotenvy::Error::LineParse(_, at)))) => {
            line.get(..at).map(|before| before.chars().count() + 1)
        }
        _ => None,
    };
    EnvFileError {
        line: index + 1,
        column,
        key,
        problem: "not a valid KEY=value line (is a quote left open?)",
    }
}

/// The line that sets `key` first (dotenvy keeps the first).
fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> EnvFileError {
        parse(text.as_bytes()).unwrap_err()
    }

    #[test]
    fn values_and_errors_by_line() {
        // A last line without its line end, ending in a space.
        assert_eq!(
            parse(b"A=1\nB=2 ").unwrap(),
            vec![("A".into(), "1".into()), ("B".into(), "2".into())]
        );
        assert_eq!(error("A=1\nB=\"2 ").location(), "line 2 (B)");
        assert_eq!(
            parse(b"# c\nA=1\nexport B='x y'\nC=\"multi\nline\"\n").unwrap(),
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x y".into()),
                ("C".into(), "multi\nline".into())
            ]
        );
        let at = |text: &str| error(text).location();
        assert_eq!(
            at("A=1\nADMIN_PASSWORD=\"S3cret\nB=2\n"),
            "line 2 (ADMIN_PASSWORD)"
        );
        assert_eq!(
            at("A=1\n export  PGPASSWORD = 'S3cret\n"),
            "line 2 (PGPASSWORD)"
        );
        assert_eq!(at("A=1\nexport='S3cret\n"), "line 2 (export)");
        assert_eq!(at("A=1\nB=2\n-bad\n"), "line 3, column 1");
        assert_eq!(at("A=1\n  S3cret oops\n"), "line 2, column 10");
        assert_eq!(at("A=1\nB=x\0y\n"), "line 2 (B)");
        assert_eq!(at("A=1\rPGPORT=x\rB=2"), "line 1, column 4");
        assert_eq!(at("A=1\r\nB=x\r\n\r"), "line 3, column 1");
        assert_eq!(
            parse(b"A=1\nPGPASSWORD=\xc3\xa9t\xff\n")
                .unwrap_err()
                .location(),
            "line 2, column 14 (PGPASSWORD)"
        );
        assert_eq!(
            parse(b"A=1\n\xff\n").unwrap_err().location(),
            "line 2, column 1"
        );
        assert_eq!(at("A=1 \nB='x "), "line 2 (B)");
        for text in [
            "A='S3cret",
            "S3cret",
            "A=\"S3cret\\",
            "A=1\rS3cret=2",
            "A=S3cret\0",
        ] {
            assert!(!format!("{:?}", error(text)).contains("S3cret"), "{text:?}");
        }
    }
}
