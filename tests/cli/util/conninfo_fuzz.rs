//! A generator of connection strings that hold a secret marker as a
//! password, in every syntax that has leaked one: key=value pairs with
//! quotes, escapes, empty values and glued values, URLs with unencoded `@`,
//! `?` and `/` in the password, percent-encoded keys, mistyped schemes.
//! Used by the binary's tests on a sample (tests/cli/secrets.rs) and by
//! the property tests of the connection-string and `.env` parsers
//! (src/main.rs includes this file), each using a part of it.

#![allow(dead_code)]

/// The secret every generated string carries.
pub const MARKER: &str = "Zq9xMarker";

/// Every 5-character piece of the marker: none may appear in any output.
pub fn marker_pieces() -> Vec<&'static str> {
    (0..=MARKER.len() - 5).map(|i| &MARKER[i..i + 5]).collect()
}

/// Whether `text` holds the marker or a piece of it.
pub fn leaks(text: &str) -> bool {
    marker_pieces().iter().any(|piece| text.contains(piece))
}

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// A password: the marker and a tail of characters that need care.
fn password(rng: &mut fastrand::Rng, tricky: &str) -> String {
    let mut pw = MARKER.to_string();
    let chars: Vec<char> = tricky.chars().collect();
    for _ in 0..rng.usize(0..6) {
        if rng.bool() {
            pw.push(chars[rng.usize(..chars.len())]);
        } else {
            pw.push(rng.alphanumeric());
        }
    }
    pw
}

/// A libpq `key=value` string with the password written one of the ways
/// libpq reads it, among other pairs, some of them hostile.
fn key_values(rng: &mut fastrand::Rng, port: u16) -> String {
    let pw = password(rng, " '\\=@/?&;,:#%$!\"");
    let quoted = format!("'{}'", pw.replace('\\', "\\\\").replace('\'', "\\'"));
    let escaped: String = pw
        .chars()
        .flat_map(|c| match c {
            ' ' | '\'' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    let password_pair = match rng.usize(0..10) {
        0 => format!("password={quoted}"),
        1 => format!("password = {quoted}"),
        2 => format!("password={escaped}"),
        3 => format!("Password={quoted}"),
        4 => format!("passwd={quoted}"),
        5 => format!("dbname= password={quoted}"),
        6 => format!("user= password={escaped}"),
        7 => format!("password=correct {escaped} battery"),
        8 => format!("password='{pw}"),
        _ => format!("password={quoted}"),
    };
    let mut pairs = vec![
        "host=127.0.0.1".to_string(),
        format!("port={port}"),
        "user=u".to_string(),
        "dbname=d".to_string(),
        password_pair,
    ];
    let extras = [
        "sslmode=disable",
        "sslmode=require;password=GLUE",
        "sslrootcert=/ca.pem;password=GLUE",
        "target_session_attrs=read-write",
        "target_session_attrs=GLUE",
        "port=GLUE",
        "hostaddr=GLUE",
        "keepalives_idle=GLUE",
        "connect_timeout=GLUE",
        "application_name=blogctl-fuzz",
        "options='-c statement_timeout=0'",
        "sslmode= password=GLUE",
        "host= password=GLUE",
        "channel_binding=GLUE",
        "pass%77ord=GLUE",
    ];
    for _ in 0..rng.usize(0..3) {
        pairs.push(pick(rng, &extras).replace("GLUE", &format!("{MARKER}x")));
    }
    rng.shuffle(&mut pairs[1..]);
    pairs.join(" ")
}

/// Percent-encode what a URL's user information or query value needs,
/// except (sometimes) the characters users forget.
fn encode(rng: &mut fastrand::Rng, text: &str) -> String {
    let raw_ok: &[char] = match rng.usize(0..4) {
        0 => &['@'],
        1 => &['?'],
        2 => &['/'],
        _ => &[],
    };
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || raw_ok.contains(&c) {
                c.to_string()
            } else {
                let mut buf = [0; 4];
                c.encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}

/// A URL with the password in the user information or the query.
fn url(rng: &mut fastrand::Rng, port: u16) -> String {
    let pw = password(rng, "@?/:#%&=;, ");
    let scheme = pick(
        rng,
        &[
            "postgres",
            "postgresql",
            "postgres",
            "postgresql",
            "Postgres",
            "postgress",
            "mysql",
            "POSTGRES",
        ],
    );
    let mut url = format!("{scheme}://u");
    if rng.usize(0..3) > 0 {
        url.push(':');
        url.push_str(&encode(rng, &pw));
    }
    url.push_str(&format!("@127.0.0.1:{port}/d"));
    let params = [
        format!("password={}", encode(rng, &pw)),
        format!("pass%77ord={}", encode(rng, &pw)),
        format!("Password={}", encode(rng, &pw)),
        format!("sslmode=require;password={}", encode(rng, &pw)),
        "sslmode=disable".to_string(),
        "target_session_attrs=any".to_string(),
        format!("target_session_attrs={MARKER}"),
        "application_name=x".to_string(),
        format!("unknown={MARKER}"),
        format!("a={MARKER}=b"),
    ];
    let count = rng.usize(0..3);
    for i in 0..count {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str(&params[rng.usize(..params.len())]);
    }
    url
}

/// One generated connection string.
pub fn conn_str(rng: &mut fastrand::Rng, port: u16) -> String {
    if rng.bool() {
        key_values(rng, port)
    } else {
        url(rng, port)
    }
}

/// `text` with a few characters inserted, removed or replaced, or cut short.
pub fn mutate(rng: &mut fastrand::Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let specials = [
        ' ', '\'', '\\', '=', '@', '/', '?', '&', '%', ':', ',', '\n', '\t', '"', '[', ']',
    ];
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(..=chars.len());
        match rng.usize(0..4) {
            0 => chars.insert(at, specials[rng.usize(..specials.len())]),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 if at < chars.len() => chars[at] = specials[rng.usize(..specials.len())],
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}
