//! libpq's two connection string syntaxes, `key=value` pairs and
//! `postgres://` URLs, read as libpq's `conninfo_parse` and
//! `conninfo_uri_parse_options` (fe-connect.c) read them.
//!
//! Written by hand because no maintained crate parses them as libpq does:
//! tokio-postgres's parser takes the next word for an empty value, splits a
//! URL's user information at the first `@` and leaves `?pass%77ord=` alone;
//! gel-dsn, which aims at libpq's rules, does not build (PITFALLS.md).
//!
//! A connection string holds a password, so an error never quotes it: it
//! says what is wrong and where (a 1-based character position), and names a
//! key only when it is one of libpq's own.
//!
//! Two deliberate departures from libpq, both about text libpq itself
//! misreads into a leak:
//! - `key= other=value`: libpq skips the blanks after `=` and takes
//!   `other=value` as the value (so `dbname= password=x` connects to the
//!   database `password=x`). Here a value that is missing before another
//!   `key=` is empty, as `key=''` would be.
//! - An unencoded `@` in a URL's password: libpq ends the user information
//!   at the first `@` and sends the rest of the password to DNS as a host
//!   name. Here it ends at the last `@` before the first `/` that is not in
//!   a query value (`?` alone does not end the user information, as in
//!   libpq; `/` does, as in libpq).

use super::syntax::{Problem, SyntaxError};

use super::keys::store;

/// One `key=value` setting, with the character position of its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub key: &'static str,
    pub value: String,
    /// 1-based character position of the value (of the key when the value
    /// is empty), for error messages.
    pub position: usize,
}

/// Parse a connection string: a URL when it starts with `postgres://` or
/// `postgresql://`, else `key=value` pairs. Later settings win over earlier
/// ones, as in libpq; callers read the last value of each key.
pub fn parse(conn_str: &str) -> Result<Vec<Param>, SyntaxError> {
    let chars: Vec<char> = conn_str.chars().collect();
    let start = chars.iter().take_while(|c| is_space(**c)).count();
    let end = chars.len() - chars.iter().rev().take_while(|c| is_space(**c)).count();
    let text = &chars[start..end.max(start)];
    for prefix in ["postgresql://", "postgres://"] {
        let prefix: Vec<char> = prefix.chars().collect();
        if text.starts_with(&prefix) {
            return super::url::Url {
                chars: text,
                offset: start,
            }
            .parse(prefix.len());
        }
    }
    if let Some(scheme) = scheme_of(text) {
        return Err(SyntaxError {
            position: start + 1,
            problem: Problem::UnknownScheme(scheme),
        });
    }
    parse_key_values(text, start)
}

/// `mysql` for `mysql://...`: letters, digits, `+`, `-`, `.` before `://`.
fn scheme_of(text: &[char]) -> Option<String> {
    let len = text
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        .count();
    let rest = &text[len..];
    (len > 0 && text[0].is_ascii_alphabetic() && rest.starts_with(&[':', '/', '/']))
        .then(|| text[..len].iter().collect())
}

/// C's `isspace` in the "C" locale, which libpq uses.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
}

/// `key=value` pairs, as libpq's `conninfo_parse`: blanks around `=` are
/// allowed, a value is a word (with `\` escaping the next character) or
/// single-quoted (with `\'` and `\\`).
fn parse_key_values(text: &[char], offset: usize) -> Result<Vec<Param>, SyntaxError> {
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize| offset + i + 1;
    while i < text.len() {
        if is_space(text[i]) {
            i += 1;
            continue;
        }
        let key_start = i;
        while i < text.len() && text[i] != '=' && !is_space(text[i]) {
            i += 1;
        }
        let key: String = text[key_start..i].iter().collect();
        while i < text.len() && is_space(text[i]) {
            i += 1;
        }
        if i >= text.len() || text[i] != '=' {
            return Err(SyntaxError {
                position: at(key_start),
                problem: Problem::MissingEquals,
            });
        }
        i += 1;
        let after_equals = i;
        while i < text.len() && is_space(text[i]) {
            i += 1;
        }
        // A blank after `=` followed by another `key=`: the value is empty
        // (libpq would take `key=...` as the value; see the module doc).
        if i > after_equals && looks_like_pair(&text[i..]) {
            store(&mut out, &key, at(key_start), String::new(), at(key_start))?;
            continue;
        }
        let value_start = i;
        let mut value = String::new();
        if i < text.len() && text[i] == '\'' {
            i += 1;
            loop {
                match text.get(i) {
                    None => {
                        return Err(SyntaxError {
                            position: at(value_start),
                            problem: Problem::UnterminatedQuote,
                        });
                    }
                    Some('\\') => {
                        if let Some(c) = text.get(i + 1) {
                            value.push(*c);
                        }
                        i += 2;
                    }
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some(c) => {
                        value.push(*c);
                        i += 1;
                    }
                }
            }
        } else {
            while i < text.len() && !is_space(text[i]) {
                if text[i] == '\\' {
                    if let Some(c) = text.get(i + 1) {
                        value.push(*c);
                    }
                    i += 2;
                } else {
                    value.push(text[i]);
                    i += 1;
                }
            }
        }
        let position = if value.is_empty() {
            at(key_start)
        } else {
            at(value_start)
        };
        store(&mut out, &key, at(key_start), value, position)?;
    }
    Ok(out)
}

/// Whether `text` starts with `name=` (a key libpq could know).
fn looks_like_pair(text: &[char]) -> bool {
    let name = text
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
        .count();
    name > 0 && text.get(name) == Some(&'=')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(s: &str) -> Vec<(&'static str, String)> {
        parse(s)
            .unwrap_or_else(|e| panic!("{s:?}: {e}"))
            .into_iter()
            .map(|p| (p.key, p.value))
            .collect()
    }

    fn kv(list: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        list.iter().map(|(k, v)| (*k, v.to_string())).collect()
    }

    #[test]
    fn key_values_as_libpq() {
        assert_eq!(
            pairs("host = h  port=5  dbname='it\\'s a db' user=a\\ b"),
            kv(&[
                ("host", "h"),
                ("port", "5"),
                ("dbname", "it's a db"),
                ("user", "a b")
            ])
        );
        // An empty value is empty, never the next pair.
        assert_eq!(
            pairs("dbname= password=S3cret user=''"),
            kv(&[("dbname", ""), ("password", "S3cret"), ("user", "")])
        );
        assert_eq!(pairs("password=a=b"), kv(&[("password", "a=b")]));
        assert_eq!(pairs("requiressl=1"), kv(&[("sslmode", "require")]));
        assert!(pairs("").is_empty());
    }

    #[test]
    fn key_value_errors_name_the_position_not_the_text() {
        for (input, position, problem) in [
            ("password=correct horse battery", 18, Problem::MissingEquals),
            ("host='h", 6, Problem::UnterminatedQuote),
            ("Password=x", 1, Problem::UnknownKey(Some("password"))),
            ("passwd=x", 1, Problem::UnknownKey(None)),
            ("sslcert=x", 1, Problem::UnsupportedKey("sslcert")),
        ] {
            let error = parse(input).unwrap_err();
            assert_eq!(
                (error.position, &error.problem),
                (position, &problem),
                "{input}"
            );
        }
        let text = parse("password=correct horse").unwrap_err().to_string();
        assert!(
            !text.contains("horse") && !text.contains("correct"),
            "{text}"
        );
    }

    #[test]
    fn urls_as_libpq() {
        assert_eq!(
            pairs("postgres://u%40x:p%2Fw@h1:5,[::1]:6/db%20x?sslmode=require&pass%77ord=q"),
            kv(&[
                ("user", "u@x"),
                ("password", "p/w"),
                ("host", "h1,::1"),
                ("port", "5,6"),
                ("dbname", "db x"),
                ("sslmode", "require"),
                ("password", "q"),
            ])
        );
        // An unencoded `@` or `?` in the password.
        assert_eq!(
            pairs("postgresql://root:Sup3r@S3cret@host/db"),
            kv(&[
                ("user", "root"),
                ("password", "Sup3r@S3cret"),
                ("host", "host"),
                ("dbname", "db")
            ])
        );
        assert_eq!(
            pairs("postgres://u:pa?ss@h?application_name=a@b"),
            kv(&[
                ("user", "u"),
                ("password", "pa?ss"),
                ("host", "h"),
                ("application_name", "a@b")
            ])
        );
        assert_eq!(
            pairs("postgres://u:a@b?c@h:5/db"),
            kv(&[
                ("user", "u"),
                ("password", "a@b?c"),
                ("host", "h"),
                ("port", "5"),
                ("dbname", "db")
            ])
        );
        assert_eq!(
            pairs("postgres:///db?host=%2Ftmp&ssl=true"),
            kv(&[("dbname", "db"), ("host", "/tmp"), ("sslmode", "require")])
        );
        assert_eq!(pairs("postgres://h:/"), kv(&[("host", "h")]));
        assert_eq!(
            pairs("postgres://h1,h2:7"),
            kv(&[("host", "h1,h2"), ("port", ",7")])
        );
    }

    #[test]
    fn url_errors_never_quote_the_url() {
        for input in [
            "Postgres://u:S3cret@h/db",
            "postgress://u:S3cret@h/db",
            "mysql://u:S3cret@h/db",
            "postgres://u:S3cret@h/db?Password=S3cret",
            "postgres://u:S3cret@h/db?x",
            "postgres://u:S3cret@h/db?a=b=S3cret",
            "postgres://u:S3cret%zz@h/db",
            "postgres://u:S3cret@[::1/db",
        ] {
            let text = parse(input).unwrap_err().to_string();
            assert!(!text.contains("S3cret"), "{input}: {text}");
        }
        assert_eq!(
            parse("mysql://u:p@h").unwrap_err().problem,
            Problem::UnknownScheme("mysql".into())
        );
    }
}
