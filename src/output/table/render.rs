//! Text for a laid-out batch: the grid in psql's aligned style (` a | b `,
//! a `---+---` rule under the header, no outer border, numbers aligned
//! right), the expanded blocks (`-[ RECORD 7 ]`, then `field | value`
//! lines) and a record shown on its own (`field | value` lines). Colour,
//! when on, is bold for headers and field names and a colour per tone.
//! No line ends in spaces.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

use super::layout::{GAP, Long, Value, text_width, wrap};
use crate::model::Tone;

/// The narrowest a value column of a block gets, however narrow the screen.
const MIN_VALUE_WIDTH: usize = 16;

const BOLD: &str = "1";

fn tone_code(tone: Tone) -> Option<&'static str> {
    match tone {
        Tone::Plain => None,
        Tone::Good => Some("32"),
        Tone::Warning => Some("33"),
        Tone::Bad => Some("31"),
    }
}

/// `text` in the ANSI style `code`, if any.
fn paint(out: &mut String, text: &str, code: Option<&str>) {
    match code {
        Some(code) if !text.is_empty() => {
            out.push_str("\x1b[");
            out.push_str(code);
            out.push('m');
            out.push_str(text);
            out.push_str("\x1b[0m");
        }
        _ => out.push_str(text),
    }
}

/// `text` padded with spaces to `width` columns, on the left for numbers.
fn pad(out: &mut String, text: &str, width: usize, right: bool, code: Option<&str>) {
    let fill = width.saturating_sub(text.width());
    if right {
        spaces(out, fill);
    }
    paint(out, text, code);
    if !right {
        spaces(out, fill);
    }
}

fn spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn end_line(out: &mut String) {
    out.truncate(out.trim_end_matches(' ').len());
    out.push('\n');
}

/// The grid's header line and the rule under it. A column whose cells
/// are numbers has its name aligned right, over them.
pub fn grid_header(
    out: &mut String,
    header: &[&str],
    widths: &[usize],
    numeric: &[bool],
    color: bool,
) {
    out.push(' ');
    for (i, (name, &width)) in header.iter().zip(widths).enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        let right = numeric.get(i).copied().unwrap_or(false);
        pad(out, name, width, right, color.then_some(BOLD));
    }
    end_line(out);
    for (i, &width) in widths.iter().enumerate() {
        if i > 0 {
            out.push('+');
        }
        out.extend(std::iter::repeat_n('-', width + 2));
    }
    out.push('\n');
}

/// The grid's rows, each cell wrapped to its column (long words cut).
pub fn grid_rows(out: &mut String, rows: &[Vec<Value>], widths: &[usize], color: bool) {
    for row in rows {
        let cells: Vec<Vec<Cow<'_, str>>> = row
            .iter()
            .zip(widths)
            .map(|(value, &width)| wrap(&value.text, width, Long::Cut))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..height {
            out.push(' ');
            for (i, (value, lines)) in row.iter().zip(&cells).enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                let text = lines.get(line).map_or("", |l| l.as_ref());
                let code = color.then(|| tone_code(value.tone)).flatten();
                pad(out, text, widths[i], value.numeric, code);
            }
            end_line(out);
        }
    }
}

/// One block per record, numbered from `first`: values wrapped to what is
/// left of a `width`-column screen beside the field names (long words
/// cut), or whole when `width` is `None`.
pub fn expanded(
    out: &mut String,
    header: &[&str],
    rows: &[Vec<Value>],
    first: usize,
    width: Option<usize>,
    color: bool,
) {
    let field_width = header.iter().map(|h| h.width()).max().unwrap_or(0);
    let value_width = width.map(|w| w.saturating_sub(field_width + GAP).max(MIN_VALUE_WIDTH));
    let blocks: Vec<Vec<Vec<Cow<'_, str>>>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|value| lines(&value.text, value_width, Long::Cut))
                .collect()
        })
        .collect();
    let widest = blocks
        .iter()
        .flatten()
        .flatten()
        .map(|line| line.width())
        .max()
        .unwrap_or(0);
    let total = field_width + GAP + widest;
    for (n, (row, block)) in rows.iter().zip(&blocks).enumerate() {
        record_rule(out, first + n, field_width, total);
        let fields = header.iter().zip(row).zip(block);
        for ((name, value), lines) in fields {
            field(out, name, field_width, value.tone, lines, color);
        }
    }
}

/// A record on its own (`show`): every value whole, broken over lines
/// only where the screen is too narrow for a word.
pub fn details(out: &mut String, fields: &[(&str, Value)], width: Option<usize>, color: bool) {
    let field_width = fields.iter().map(|(f, _)| f.width()).max().unwrap_or(0);
    let value_width = width.map(|w| w.saturating_sub(field_width + GAP).max(MIN_VALUE_WIDTH));
    for (name, value) in fields {
        let lines = lines(&value.text, value_width, Long::Break);
        field(out, name, field_width, value.tone, &lines, color);
    }
}

/// The lines of a value: wrapped to `width`, or as they are.
fn lines(text: &str, width: Option<usize>, long: Long) -> Vec<Cow<'_, str>> {
    match width {
        Some(width) if text_width(text) > width => wrap(text, width, long),
        _ => text.split('\n').map(Cow::Borrowed).collect(),
    }
}

/// `-[ RECORD 7 ]-+------`, the `+` over the ` | ` of the lines below
/// when the label leaves room for it, as psql draws it.
fn record_rule(out: &mut String, number: usize, field_width: usize, total: usize) {
    let label = format!("-[ RECORD {number} ]");
    out.push_str(&label);
    let mut used = label.len();
    if used <= field_width + 1 {
        out.extend(std::iter::repeat_n('-', field_width + 1 - used));
        out.push('+');
        used = field_width + 2;
    }
    out.extend(std::iter::repeat_n('-', total.saturating_sub(used).max(1)));
    out.push('\n');
}

/// `name | first line`, then `     | next line` for each further line.
fn field(
    out: &mut String,
    name: &str,
    field_width: usize,
    tone: Tone,
    lines: &[Cow<'_, str>],
    color: bool,
) {
    let code = color.then(|| tone_code(tone)).flatten();
    for (i, line) in lines.iter().enumerate() {
        let label = if i == 0 { name } else { "" };
        pad(out, label, field_width, false, color.then_some(BOLD));
        out.push_str(" | ");
        paint(out, line, code);
        end_line(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, numeric: bool) -> Value {
        Value {
            text: text.to_string(),
            tone: Tone::Plain,
            numeric,
        }
    }

    #[test]
    fn a_grid_is_psql_aligned_with_numbers_on_the_right() {
        let mut out = String::new();
        grid_header(&mut out, &["id", "name"], &[3, 8], &[true, false], false);
        let rows = [vec![value("7", true), value("Ada Lovelace", false)]];
        grid_rows(&mut out, &rows, &[3, 8], false);
        assert_eq!(
            out,
            "  id | name\n-----+----------\n   7 | Ada\n     | Lovelace\n"
        );
    }

    #[test]
    fn expanded_blocks_are_numbered_and_values_wrapped() {
        let mut out = String::new();
        let rows = [
            vec![value("1", true), value("Ada", false)],
            vec![value("2", true), value("", false)],
        ];
        expanded(&mut out, &["id", "name"], &rows, 7, None, false);
        assert_eq!(
            out,
            "-[ RECORD 7 ]-\nid   | 1\nname | Ada\n-[ RECORD 8 ]-\nid   | 2\nname |\n"
        );
        let mut out = String::new();
        let rows = [vec![
            value("1", true),
            value("a b c d e f g h i j k l m n o p q", false),
        ]];
        expanded(
            &mut out,
            &["id", "a long field name"],
            &rows,
            1,
            Some(36),
            false,
        );
        assert_eq!(
            out,
            "-[ RECORD 1 ]-----+----------------\n\
             id                | 1\n\
             a long field name | a b c d e f g h\n                  \
             | i j k l m n o p\n                  \
             | q\n"
        );
    }

    #[test]
    fn details_keep_long_words_whole() {
        let mut out = String::new();
        let fields = [("email", value("a-very-long-address@example.com", false))];
        details(&mut out, &fields, Some(24), false);
        assert_eq!(out, "email | a-very-long-addr\n      | ess@example.com\n");
    }
}
