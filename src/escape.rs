//! Database text on a terminal (tables, prompts, messages). A title or a name may hold escape
//! sequences (`ESC ] 0 ; … BEL` sets the window title, `ESC [ 2 J` clears
//! the screen, OSC 52 writes the clipboard) or bidirectional overrides that
//! make a line read as something else. Tables and prompts show them as
//! escapes instead, as psql does: C0 controls and DEL as `\x1B`, carriage
//! return as `\r`, C1 controls and the bidirectional marks, embeddings,
//! overrides and isolates as `\u202E`. JSON escapes them too (`\u202e`, in
//! output/json.rs); CSV stays byte-exact.

use std::borrow::Cow;
use std::fmt::Write;

/// Text for a table cell: a line break stays one (a cell may hold several
/// lines, as in psql's aligned output), a tab becomes spaces up to the next
/// multiple of 8 columns (as in psql); everything else in
/// [`is_escaped`] is escaped.
pub fn cell(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Text for one line (a prompt, a message): line breaks and tabs are
/// escaped too (`\n`, `\t`), so the text cannot start a line of its own.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// A message for stderr whose line breaks are its own (an error with the
/// server's detail and hint on lines of their own): each line escaped as
/// by [`line`], the breaks kept.
pub fn lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_escaped(c)) {
        return Cow::Borrowed(text);
    }
    let escaped: Vec<Cow<'_, str>> = text.split('\n').map(line).collect();
    Cow::Owned(escaped.join("\n"))
}

/// Whether `c` is shown as an escape: C0 controls, DEL, C1 controls, and
/// the bidirectional formatting characters (LRM, RLM, ALM, LRE, RLE, PDF,
/// LRO, RLO, LRI, RLI, FSI, PDI).
pub fn is_escaped(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

fn escape(text: &str, one_line: bool) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    // Characters since the last line break, for tab stops.
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\n' if !one_line => {
                out.push('\n');
                column = 0;
                continue;
            }
            '\t' if !one_line => {
                let spaces = 8 - column % 8;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
                continue;
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_escaped(c) && (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            c if is_escaped(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
        column += 1;
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(cell("Ada Lovelace, «ü» 日本"), Cow::Borrowed(_)));
        assert!(matches!(cell("two\nlines"), Cow::Owned(_)));
    }

    #[test]
    fn controls_and_bidi_marks_are_escaped_as_psql_does() {
        assert_eq!(
            cell("Hello\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mFAKE"),
            "Hello\\x1B]0;pwned\\x07\\x1B[2J\\x1B[31mFAKE"
        );
        assert_eq!(cell("a\rb\u{7f}c\u{85}d"), "a\\rb\\x7Fc\\u0085d");
        assert_eq!(
            cell("\u{202E}txt.exe\u{2066}\u{200F}\u{61C}"),
            "\\u202Etxt.exe\\u2066\\u200F\\u061C"
        );
    }

    #[test]
    fn cells_keep_line_breaks_and_expand_tabs() {
        assert_eq!(cell("one\ntwo\tx\n\ty"), "one\ntwo     x\n        y");
        assert_eq!(line("one\ntwo\tx"), "one\\ntwo\\tx");
        assert_eq!(lines("one\ntwo\tx\u{1b}"), "one\ntwo\\tx\\x1B");
    }
}
