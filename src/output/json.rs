//! The JSON sink: a list streams as one array, an element a line, so that
//! a million records never sit in memory together; a record on its own is
//! one pretty object. The shape is each record's `Serialize`.
//!
//! serde_json escapes only what JSON requires (`"`, `\\`, C0 controls); DEL,
//! the C1 controls and the bidirectional formatting characters would reach
//! a terminal (`jq`-less `cat`, a log viewer) raw. [`Escaping`] writes them
//! as `\uXXXX` too: still valid JSON, the same values.

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use super::{OutputSettings, Shape, Stdout, stdout, write_error};
use crate::error::Result;
use crate::escape;
use crate::model::Record;

pub struct JsonSink {
    out: BufWriter<Stdout>,
    shape: Shape,
    pushed: bool,
}

impl JsonSink {
    pub fn new(settings: &OutputSettings, shape: Shape) -> Self {
        JsonSink {
            out: stdout(settings),
            shape,
            pushed: false,
        }
    }

    pub fn push<R: Record>(&mut self, record: &R) -> Result<()> {
        let json_error = |e: serde_json::Error| write_error(io::Error::from(e));
        match self.shape {
            Shape::List => {
                let sep: &[u8] = if self.pushed { b",\n" } else { b"[\n" };
                self.out.write_all(sep).map_err(write_error)?;
                write_json(&mut self.out, record, CompactFormatter).map_err(json_error)?;
            }
            Shape::One => {
                write_json(&mut self.out, record, PrettyFormatter::new()).map_err(json_error)?;
                self.out.write_all(b"\n").map_err(write_error)?;
            }
        }
        self.pushed = true;
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        let end: &[u8] = match (self.shape, self.pushed) {
            (Shape::One, _) => b"",
            (Shape::List, false) => b"[]\n",
            (Shape::List, true) => b"\n]\n",
        };
        super::write_all(&mut self.out, end)
    }
}

/// `value` as JSON through `formatter`, with [`Escaping`].
fn write_json<W: Write, F: Formatter>(
    out: W,
    value: &impl Serialize,
    formatter: F,
) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(
        out,
        Escaping(formatter),
    ))
}

/// A formatter that also escapes, as `\uXXXX`, the characters a terminal
/// would act on that JSON lets through: DEL, the C1 controls and the
/// bidirectional formatting characters ([`escape::is_escaped`]). The
/// layout is the wrapped formatter's: every method that places
/// punctuation or whitespace is passed on.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if escape::is_escaped(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                // All of them are in the Basic Multilingual Plane: one
                // \u escape each, lower-case hex as serde_json writes.
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_key(writer)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(value: &impl Serialize, pretty: bool) -> String {
        let mut out = Vec::new();
        match pretty {
            true => write_json(&mut out, value, PrettyFormatter::new()),
            false => write_json(&mut out, value, CompactFormatter),
        }
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn terminal_controls_are_escaped_and_the_values_kept() {
        let hostile = "Evil\u{202E}txt\u{7f}\u{9b}31mX\u{1b}]0;t\u{7}é\u{2066}\u{200F}";
        let value = serde_json::json!({"title": hostile, "list": [hostile, 1, null]});
        for pretty in [false, true] {
            let text = json(&value, pretty);
            assert!(
                !text.chars().any(|c| c != '\n' && escape::is_escaped(c)),
                "{text:?}"
            );
            assert!(text.contains(r"Evil\u202etxt\u007f\u009b31mX\u001b]0;t\u0007é\u2066\u200f"));
            let back: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(back, value);
        }
        // Without such characters, the text is serde_json's own.
        let plain = serde_json::json!({"a": ["b\u{1b}é", {"c": null}], "d": 1.5});
        assert_eq!(
            json(&plain, true),
            serde_json::to_string_pretty(&plain).unwrap()
        );
        assert_eq!(json(&plain, false), serde_json::to_string(&plain).unwrap());
        assert_eq!(json(&"plain é", false), "\"plain é\"");
    }
}
