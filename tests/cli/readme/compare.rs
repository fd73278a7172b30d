//! What the README shows against what a command printed: the lines
//! normalised on both sides (what changes from run to run), `…` as a
//! wildcard, and the exit code a command's `# exit N` comment promises.

use std::sync::OnceLock;

use regex::Regex;

use super::Cmd;

/// The exit code a command's comment promises (`# exit 1`); without one,
/// 0 unless the README shows an error.
#[derive(Debug)]
pub enum Code {
    Exactly(i32),
    Failure,
    Success,
}

impl Code {
    pub fn accepts(&self, code: i32) -> bool {
        match self {
            Code::Exactly(n) => code == *n,
            Code::Failure => code != 0,
            Code::Success => code == 0,
        }
    }
}

pub fn expected_code(cmd: &Cmd) -> Code {
    static EXIT: OnceLock<Regex> = OnceLock::new();
    let exit = EXIT.get_or_init(|| Regex::new(r"#.*\bexit (\d+)\b").unwrap());
    if let Some(n) = exit.captures(&cmd.text) {
        return Code::Exactly(n[1].parse().unwrap());
    }
    if cmd
        .expected
        .iter()
        .any(|l| l.starts_with("blogctl: error:"))
    {
        Code::Failure
    } else {
        Code::Success
    }
}

/// What changes from run to run, made the same on both sides: timings,
/// timestamps, a standby's lag, sizes, the PostgreSQL version.
pub fn normalize(line: &str) -> String {
    static RULES: OnceLock<Vec<(Regex, &str)>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        [
            // A migration's time: "12 ms", or "1.3 s" on a loaded machine.
            (r"\(\d+ ms\)|\(\d+\.\d s\)", "(N ms)"),
            // Another session, as blogctl names it: its pid and client port.
            (r"\bpid \d+", "pid N"),
            (r"pg_terminate_backend\(\d+\)", "pg_terminate_backend(N)"),
            (r"from 127\.0\.0\.1:\d+", "from 127.0.0.1:N"),
            (r"\d+(\.\d+)? s ago", "N s ago"),
            (
                r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?",
                "TIMESTAMP",
            ),
            (r"\d+(\.\d+)? MiB \(\d+ bytes\)", "N MiB (N bytes)"),
            (r"PostgreSQL \d+", "PostgreSQL N"),
            (r"/usr/lib/postgresql/\d+/bin", "/usr/lib/postgresql/N/bin"),
            (r"^version \| .*", "version | N"),
        ]
        .into_iter()
        .map(|(re, to)| (Regex::new(re).unwrap(), to))
        .collect()
    });
    let mut line = line.trim_end().to_string();
    for (re, to) in rules {
        line = re.replace_all(&line, *to).into_owned();
    }
    line
}

pub fn trim_trailing_empty(mut lines: Vec<String>) -> Vec<String> {
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Whether `actual` is what `expected` shows: a line `…` stands for any
/// number of lines, a `…` within a line for any text.
pub fn matches(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "…" => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, more)| line_matches(first, line) && matches(rest, more)),
    }
}

fn line_matches(expected: &str, actual: &str) -> bool {
    let mut parts = expected.split('…');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = actual.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        if i == parts.len() - 1 {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

#[test]
fn an_ellipsis_line_skips_lines_and_one_in_a_line_skips_text() {
    let lines = |text: &str| text.lines().map(str::to_string).collect::<Vec<_>>();
    let expected = lines("first\n…\nlast with …@host\n");
    assert!(matches(&expected, &lines("first\nlast with pw@host")));
    assert!(matches(&expected, &lines("first\na\nb\nlast with pw@host")));
    assert!(!matches(&expected, &lines("first\nlast with pw@other")));
    assert!(!matches(
        &expected,
        &lines("first\nlast with pw@host\nmore")
    ));
    assert_eq!(
        normalize("applied V1 add_articles_table (31 ms) at 2026-11-27T03:15:19.498612178Z"),
        "applied V1 add_articles_table (N ms) at TIMESTAMP"
    );
    assert_eq!(
        normalize("applied V4 insert_admin (1.0 s)"),
        "applied V4 insert_admin (N ms)"
    );
}
