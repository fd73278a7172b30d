//! The `.env` file: dotenvy's syntax (`KEY=value`, quotes, `export`,
//! `${VAR}`), with errors that give the line number and never the text.
//! dotenvy's own errors quote the line, and after an open quote the rest of
//! the file, secrets included; its loader panics on a NUL byte in a value
//! (`std::env::set_var` does). So: parse with dotenvy's iterator, check the
//! values, and find the line of a failure by parsing ever longer prefixes.

/// What is wrong with the file, and on which line (1-based).
#[derive(Debug, PartialEq, Eq)]
pub struct EnvFileError {
    pub line: usize,
    pub problem: String,
}

/// The file's variables, in order, or the first problem.
pub fn parse(bytes: &[u8]) -> Result<Vec<(String, String)>, EnvFileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| EnvFileError {
        line: line_at(bytes, e.valid_up_to()),
        problem: "not UTF-8 text".into(),
    })?;
    if let Some(at) = text
        .match_indices('\r')
        .map(|(i, _)| i)
        .find(|i| text.as_bytes().get(i + 1) != Some(&b'\n'))
    {
        return Err(EnvFileError {
            line: line_at(bytes, at),
            problem: "a carriage return without a line feed: save the file with LF (or CRLF) \
                      line endings"
                .into(),
        });
    }
    let vars = dotenvy::from_read_iter(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| EnvFileError {
            line: failing_line(text),
            problem: "not a valid KEY=value line (is a quote left open?)".into(),
        })?;
    if let Some((key, _)) = vars.iter().find(|(_, value)| value.contains('\0')) {
        return Err(EnvFileError {
            line: line_of_key(text, key),
            problem: format!("the value of {key} holds a NUL byte, which no variable can hold"),
        });
    }
    Ok(vars)
}

/// 1-based line number of byte `at`.
fn line_at(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The first line at which the file stops parsing: the shortest prefix of
/// whole lines that fails (an open quote fails where it opens).
fn failing_line(text: &str) -> usize {
    let ends: Vec<usize> = text
        .split_inclusive('\n')
        .scan(0, |end, line| {
            *end += line.len();
            Some(*end)
        })
        .collect();
    ends.iter()
        .position(|end| dotenvy::from_read_iter(&text.as_bytes()[..*end]).any(|item| item.is_err()))
        .map_or(ends.len().max(1), |i| i + 1)
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
        assert_eq!(
            parse(b"# c\nA=1\nexport B='x y'\nC=\"multi\nline\"\n").unwrap(),
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x y".into()),
                ("C".into(), "multi\nline".into())
            ]
        );
        assert_eq!(error("A=1\nADMIN_PASSWORD=\"S3cret\nB=2\n").line, 2);
        assert_eq!(error("A=1\nB=2\n-bad\n").line, 3);
        assert_eq!(error("A=1\nB=x\0y\n").line, 2);
        assert_eq!(error("A=1\rPGPORT=x\rB=2").line, 1);
        assert_eq!(parse(b"A=1\n\xff\n").unwrap_err().line, 2);
        assert_eq!(error("A=1 \nB='x ").line, 2);
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
