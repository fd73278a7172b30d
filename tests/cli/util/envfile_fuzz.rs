//! A generator of `.env` files that hold the secret marker of
//! [`conninfo_fuzz`](super::conninfo_fuzz) in the values of the secrets
//! blogctl reads (ADMIN_PASSWORD, POSTGRES_PASSWORD, PGPASSWORD, a
//! DATABASE_URL's password) and of keys it ignores: well-formed files and
//! broken ones (open quotes, CR-only and CRLF line ends, NUL bytes, invalid
//! UTF-8, `export`, `=` in values, very long lines, odd keys, no final
//! newline). Used by the binary's tests on a sample (tests/cli/secrets.rs)
//! and by the reader's property test (src/config/environment.rs; src/main.rs
//! includes this file beside conninfo_fuzz.rs).

#![allow(dead_code)]

use super::conninfo_fuzz::{self, MARKER, leaks};

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// A secret value: the marker with a tail of characters a `.env` reader
/// must take care of.
fn secret(rng: &mut fastrand::Rng) -> String {
    let tricky: Vec<char> = " '\"\\=#$`{}".chars().collect();
    let mut value = MARKER.to_string();
    for _ in 0..rng.usize(0..5) {
        if rng.bool() {
            value.push(tricky[rng.usize(..tricky.len())]);
        } else {
            value.push(rng.alphanumeric());
        }
    }
    value
}

/// `value` written one of the ways dotenvy reads it, or (unless `sound`)
/// fails to read it.
fn quoted(rng: &mut fastrand::Rng, value: &str, sound: bool) -> String {
    match rng.usize(0..if sound { 4 } else { 9 }) {
        // Unquoted; a key=value string (with spaces) stays quoted: without
        // its spaces, its password would be glued to the host's value.
        0 | 1 if !value.contains(' ') => value.replace(['\'', '"', '\\', '#', '$'], ""),
        0 | 2 => format!("'{}'", value.replace('\'', "")),
        1 | 3 => format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\"")),
        4 => format!("'{value}"),
        5 => format!("\"{value}"),
        6 => format!("\"first line\nsecond: {}\"", value.replace('"', "")),
        7 => format!("a=b={value}"),
        _ => value.to_string(),
    }
}

/// One `KEY=value` line (without its end), a comment or a blank line;
/// one dotenvy reads when `sound`.
fn line(rng: &mut fastrand::Rng, sound: bool, port: u16) -> String {
    let secret_keys = [
        "ADMIN_PASSWORD",
        "POSTGRES_PASSWORD",
        "PGPASSWORD",
        "DATABASE_URL",
        "JWT_SECRET",
        "API_TOKEN",
    ];
    let plain_keys = [
        "ADMIN_EMAIL",
        "PGPORT",
        "POSTGRES_HOST",
        "JWT_EXPIRATION_TIME",
        "_UNDERSCORE",
        "dotted.key",
        "lower_case",
        "export",
    ];
    let odd_keys = ["9STARTS_WITH_DIGIT", "HAS-DASH", "HAS SPACE", "ÜNICODE", ""];
    let prefix = pick(rng, &["", "", "", "export ", "export  ", "  ", "\t"]);
    let around = pick(rng, &["=", "=", "=", " = ", "\t=", " ="]);
    match rng.usize(0..10) {
        0 => pick(rng, &["# a comment", "", "   ", "#"]).to_string(),
        1..=6 => {
            let key = pick(rng, &secret_keys);
            let value = if key == "DATABASE_URL" {
                conninfo_fuzz::conn_str(rng, port)
            } else {
                secret(rng)
            };
            format!("{prefix}{key}{around}{}", quoted(rng, &value, sound))
        }
        _ => {
            let key = if sound || rng.bool() {
                pick(rng, &plain_keys)
            } else {
                pick(rng, &odd_keys)
            };
            let value = if sound || rng.bool() {
                pick(
                    rng,
                    &["1", "", "${ADMIN_PASSWORD}", "a=b", "'q'", "\"x y\""],
                )
            } else {
                pick(rng, &["x y", "'q", "\\", "${"])
            };
            format!("{prefix}{key}{around}{value}")
        }
    }
}

/// A well-formed `.env` file, or (one in two) a broken one; its
/// DATABASE_URL, if any, names `port` on 127.0.0.1.
pub fn env_file(rng: &mut fastrand::Rng, port: u16) -> Vec<u8> {
    let sound = rng.bool();
    let end = if sound {
        pick(rng, &["\n", "\r\n"])
    } else {
        pick(rng, &["\n", "\r\n", "\r"])
    };
    let mut text = String::new();
    for _ in 0..rng.usize(1..8) {
        let mut line = line(rng, sound, port);
        if rng.usize(0..50) == 0 {
            // A very long line: the secret far from its key.
            let filler = "x".repeat(rng.usize(1_000..20_000));
            line = line.replacen(MARKER, &format!("{filler}{MARKER}"), 1);
        }
        text.push_str(&line);
        text.push_str(if !sound && rng.usize(0..5) == 0 {
            pick(rng, &["\n", "\r\n", "\r", "  \n"])
        } else {
            end
        });
    }
    if rng.bool() {
        // No final line end, perhaps trailing spaces instead.
        text.truncate(text.trim_end_matches(['\n', '\r']).len());
        if !sound {
            text.push_str(pick(rng, &["", " ", "  ", "\t"]));
        }
    }
    text.into_bytes()
}

/// `bytes` with a few bytes inserted, removed or replaced (NUL, invalid
/// UTF-8, quotes, line ends...), or cut short.
pub fn mutate(rng: &mut fastrand::Rng, bytes: &[u8]) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    let specials: &[u8] = b"\0\xff\xc3\x80'\"\\=#$ \t\r\n{}";
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(..=bytes.len());
        let special = specials[rng.usize(..specials.len())];
        match rng.usize(0..5) {
            0 | 1 => bytes.insert(at, special),
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            3 if at < bytes.len() => bytes[at] = special,
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// Whether the file puts a piece of the marker where a key goes, at the
/// start of a line (a mutation can end a line inside a value): a key is
/// named in messages, so such a file may show it.
pub fn marker_as_key(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .split(['\n', '\r'])
        .any(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix("export").unwrap_or(line).trim_start();
            let end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .unwrap_or(line.len());
            leaks(&line[..end])
        })
}
