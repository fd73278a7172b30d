//! libpq's URL syntax, read as `conninfo_uri_parse_options` and
//! `conninfo_uri_decode` (fe-connect.c) read it: user information, a list of
//! `host[:port]` (IPv6 in brackets), the database, the query; every part
//! percent-decoded. See [`super::parse`] for why it is hand-written and
//! where it departs from libpq.

use super::keys::store;
use super::parse::Param;
use super::syntax::{Part, Problem, SyntaxError};

/// A `postgres://` URL, as libpq's `conninfo_uri_parse_options`.
pub(super) struct Url<'a> {
    pub chars: &'a [char],
    /// Characters before `chars` in the original string (trimmed blanks).
    pub offset: usize,
}

impl Url<'_> {
    fn at(&self, i: usize) -> usize {
        self.offset + i + 1
    }

    fn decode(&self, from: usize, to: usize, part: Part) -> Result<String, SyntaxError> {
        decode(&self.chars[from..to], part).map_err(|(i, problem)| SyntaxError {
            position: self.at(from + i),
            problem,
        })
    }

    pub fn parse(&self, prefix: usize) -> Result<Vec<Param>, SyntaxError> {
        let c = self.chars;
        let mut out = Vec::new();
        let mut p = prefix;

        // User information: up to an `@` before the first `/` (libpq's
        // look-ahead); of several, the last one that is not inside a query
        // value (after a `?` and an `=`), see the module doc.
        let segment_end = c[p..]
            .iter()
            .position(|&ch| ch == '/')
            .map_or(c.len(), |i| p + i);
        if let Some(first_at) = c[p..segment_end].iter().position(|&ch| ch == '@') {
            let first_at = p + first_at;
            let mut last_at = first_at;
            let (mut query, mut value) = (false, false);
            for (i, ch) in c.iter().enumerate().take(segment_end).skip(first_at + 1) {
                match ch {
                    '?' => query = true,
                    '=' if query => value = true,
                    '@' if !value => last_at = i,
                    _ => {}
                }
            }
            let user_end = c[p..last_at]
                .iter()
                .position(|&ch| ch == ':')
                .map_or(last_at, |i| p + i);
            if user_end > p {
                let user = self.decode(p, user_end, Part::User)?;
                out.push(Param {
                    key: "user",
                    value: user,
                    position: self.at(p),
                });
            }
            if user_end < last_at && user_end + 1 < last_at {
                let password = self.decode(user_end + 1, last_at, Part::Password)?;
                out.push(Param {
                    key: "password",
                    value: password,
                    position: self.at(user_end + 1),
                });
            }
            p = last_at + 1;
        }

        // Hosts and ports: `host[:port]` separated by commas; IPv6 in [].
        let mut hosts = Vec::new();
        let mut ports = Vec::new();
        let hosts_start = p;
        let ports_start = p;
        let mut terminator;
        loop {
            let host_start = p;
            let host_end;
            if c.get(p) == Some(&'[') {
                p += 1;
                let inner = p;
                while p < c.len() && c[p] != ']' {
                    p += 1;
                }
                if p >= c.len() {
                    return Err(SyntaxError {
                        position: self.at(host_start),
                        problem: Problem::UnterminatedIpv6,
                    });
                }
                if p == inner {
                    return Err(SyntaxError {
                        position: self.at(host_start),
                        problem: Problem::EmptyIpv6,
                    });
                }
                host_end = p;
                p += 1;
                if p < c.len() && !matches!(c[p], ':' | '/' | '?' | ',') {
                    return Err(SyntaxError {
                        position: self.at(p),
                        problem: Problem::AfterIpv6,
                    });
                }
                hosts.push((inner, host_end));
            } else {
                while p < c.len() && !matches!(c[p], ':' | '/' | '?' | ',') {
                    p += 1;
                }
                host_end = p;
                hosts.push((host_start, host_end));
            }
            terminator = c.get(p).copied();
            if terminator == Some(':') {
                p += 1;
                let port_start = p;
                while p < c.len() && !matches!(c[p], '/' | '?' | ',') {
                    p += 1;
                }
                ports.push(Some((port_start, p)));
                terminator = c.get(p).copied();
            } else {
                ports.push(None);
            }
            if terminator != Some(',') {
                break;
            }
            p += 1;
        }
        let mut host_list = Vec::new();
        for (from, to) in &hosts {
            host_list.push(self.decode(*from, *to, Part::Host)?);
        }
        if host_list.iter().any(|h| !h.is_empty()) {
            out.push(Param {
                key: "host",
                value: host_list.join(","),
                position: self.at(hosts_start),
            });
        }
        if ports.iter().any(Option::is_some) {
            let mut port_list = Vec::new();
            let mut first = None;
            for port in &ports {
                match port {
                    Some((from, to)) => {
                        first.get_or_insert(*from);
                        port_list.push(self.decode(*from, *to, Part::Port)?);
                    }
                    None => port_list.push(String::new()),
                }
            }
            if port_list.iter().any(|p| !p.is_empty()) {
                out.push(Param {
                    key: "port",
                    value: port_list.join(","),
                    position: self.at(first.unwrap_or(ports_start)),
                });
            }
        }

        // The database name, after a `/`.
        if terminator == Some('/') {
            p += 1;
            let db_start = p;
            while p < c.len() && c[p] != '?' {
                p += 1;
            }
            // An empty name is left out, so that PGDATABASE still applies.
            if p > db_start {
                out.push(Param {
                    key: "dbname",
                    value: self.decode(db_start, p, Part::Dbname)?,
                    position: self.at(db_start),
                });
            }
            terminator = c.get(p).copied();
        }

        // The query: `key=value` pairs separated by `&`.
        if terminator == Some('?') {
            p += 1;
            while p < c.len() {
                let key_start = p;
                let mut equals = None;
                while p < c.len() && c[p] != '&' {
                    if c[p] == '=' {
                        if equals.is_some() {
                            return Err(SyntaxError {
                                position: self.at(key_start),
                                problem: Problem::QueryExtraEquals,
                            });
                        }
                        equals = Some(p);
                    }
                    p += 1;
                }
                let Some(equals) = equals else {
                    return Err(SyntaxError {
                        position: self.at(key_start),
                        problem: Problem::QueryWithoutEquals,
                    });
                };
                let key = self.decode(key_start, equals, Part::ParamName)?;
                let value = self.decode(equals + 1, p, Part::ParamValue)?;
                let position = self.at(equals + 1);
                if key == "ssl" && value == "true" {
                    store(&mut out, "sslmode", position, "require".into(), position)?;
                } else {
                    store(&mut out, &key, self.at(key_start), value, position)?;
                }
                if p < c.len() {
                    p += 1; // the `&`
                }
            }
        }
        Ok(out)
    }
}

/// libpq's `conninfo_uri_decode`: `%XX` (two hex digits, not `%00`), the
/// rest as it is. On error, the index of the bad `%`.
fn decode(chars: &[char], part: Part) -> Result<String, (usize, Problem)> {
    let mut bytes = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            let mut buf = [0; 4];
            bytes.extend_from_slice(chars[i].encode_utf8(&mut buf).as_bytes());
            i += 1;
            continue;
        }
        let hex = |c: Option<&char>| c.and_then(|c| c.to_digit(16));
        let (Some(hi), Some(lo)) = (hex(chars.get(i + 1)), hex(chars.get(i + 2))) else {
            return Err((i, Problem::BadPercentEncoding(part)));
        };
        let byte = (hi << 4 | lo) as u8;
        if byte == 0 {
            return Err((i, Problem::PercentZero(part)));
        }
        bytes.push(byte);
        i += 3;
    }
    String::from_utf8(bytes).map_err(|_| (0, Problem::NotUtf8(part)))
}
