//! How a batch of rows is laid out: column widths from the content, text
//! wrapped at word boundaries, and the choice between a grid and the
//! expanded layout (one `field | value` block per record, psql's `\x`).
//!
//! Written here rather than left to comfy-table: its dynamic arrangement
//! splits a word that is longer than its column in the middle
//! (`ada@examp|le.com`, `add_articles_author_id_inde|x`), has no way to
//! cut such a word with an ellipsis instead, sizes columns without regard
//! to where words end, and keeps every row of a table to size it, where a
//! list here is printed in batches. The word wrapping itself is textwrap's.

use std::borrow::Cow;

use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::model::Tone;

/// A cell ready to print: escaped text (no control character but line
/// breaks), its tone, and whether it is a number (aligned right).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub text: String,
    pub tone: Tone,
    pub numeric: bool,
}

/// What becomes of a word wider than the room it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Long {
    /// Cut, with an ellipsis: a list's table, where the whole value is one
    /// `show` or `--format json` away.
    Cut,
    /// Broken over lines: `show`, which keeps every value whole.
    Break,
}

/// Marks a word cut short.
pub const ELLIPSIS: char = '…';

/// Between two columns of a grid: ` | `.
pub const GAP: usize = 3;

/// A word up to this wide keeps its column at least that wide; a longer
/// one (an email, a token) may be cut with an ellipsis instead.
const WORD_CAP: usize = 24;

/// A grid whose rows take more screen lines than this, on average, is
/// harder to read than the expanded layout, which is then used instead.
const MAX_MEAN_ROW_LINES: usize = 2;

/// How a batch prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// A grid with these column widths.
    Grid(Vec<usize>),
    /// One `field | value` block per record.
    Expanded,
}

/// The screen width a line of a grid with these column widths takes: a
/// space at each end, [`GAP`] between columns.
pub fn grid_width(widths: &[usize]) -> usize {
    widths.iter().sum::<usize>() + 2 + GAP * widths.len().saturating_sub(1)
}

/// Lay out `rows` under `header` for a screen `width` columns wide (`None`:
/// not a terminal, every column as wide as its content). A grid when it
/// fits legibly: every column at least as wide as its header and its
/// longest word (up to [`WORD_CAP`]), narrowed from its content's width
/// where the fewest lines are added ([`super::fit`]), rows of at most
/// [`MAX_MEAN_ROW_LINES`] lines on average; otherwise, or when `expanded`
/// asks for it, the expanded layout.
pub fn plan(header: &[&str], rows: &[Vec<Value>], width: Option<usize>, expanded: bool) -> Plan {
    if expanded && !rows.is_empty() {
        return Plan::Expanded;
    }
    let natural: Vec<usize> = (0..header.len())
        .map(|i| column_max(header[i], rows, i, text_width))
        .collect();
    let Some(width) = width else {
        return Plan::Grid(natural);
    };
    if grid_width(&natural) <= width || rows.is_empty() {
        return Plan::Grid(natural);
    }
    let floor: Vec<usize> = (0..header.len())
        .map(|i| {
            let word = column_max("", rows, i, longest_word).min(WORD_CAP);
            natural[i].min(header[i].width().max(word))
        })
        .collect();
    if grid_width(&floor) > width {
        return Plan::Expanded;
    }
    let room = width - grid_width(&vec![0; floor.len()]);
    let (widths, lines) = super::fit::narrow(rows, &natural, &floor, room);
    if lines > MAX_MEAN_ROW_LINES * rows.len() {
        return Plan::Expanded;
    }
    Plan::Grid(widths)
}

/// The widest `measure` of a column's header and cells.
fn column_max(header: &str, rows: &[Vec<Value>], i: usize, measure: fn(&str) -> usize) -> usize {
    rows.iter()
        .map(|row| row.get(i).map_or(0, |v| measure(&v.text)))
        .fold(header.width(), usize::max)
}

/// The width of the widest line of `text`.
pub fn text_width(text: &str) -> usize {
    text.split('\n')
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

fn longest_word(text: &str) -> usize {
    text.split([' ', '\n'])
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// `text` in lines at most `width` columns wide, broken where spaces and
/// line breaks are; a word wider than `width` is cut or broken ([`Long`]).
pub fn wrap(text: &str, width: usize, long: Long) -> Vec<Cow<'_, str>> {
    let width = width.max(1);
    if text.split('\n').all(|line| line.width() <= width) {
        return text.split('\n').map(Cow::Borrowed).collect();
    }
    let options = Options::new(width)
        .break_words(long == Long::Break)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation)
        .wrap_algorithm(WrapAlgorithm::FirstFit);
    let mut lines = textwrap::wrap(text, options);
    for line in &mut lines {
        if line.width() > width {
            *line = Cow::Owned(cut(line, width));
        }
    }
    lines
}

/// The start of `text` that fits in `width - 1` columns, and an ellipsis.
fn cut(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(width + 3);
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push(ELLIPSIS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<Value> {
        cells
            .iter()
            .map(|t| Value {
                text: t.to_string(),
                tone: Tone::Plain,
                numeric: false,
            })
            .collect()
    }

    #[test]
    fn words_wrap_at_spaces_and_long_tokens_are_cut_never_split() {
        assert_eq!(
            wrap("Software engineering, a discipline", 14, Long::Cut),
            ["Software", "engineering, a", "discipline"]
        );
        assert_eq!(
            wrap("margaret@example.com", 12, Long::Cut),
            ["margaret@ex…"]
        );
        assert_eq!(
            wrap("mail margaret@example.com now", 12, Long::Cut),
            ["mail", "margaret@ex…", "now"]
        );
        assert_eq!(
            wrap("margaret@example.com", 12, Long::Break),
            ["margaret@exa", "mple.com"]
        );
        assert_eq!(wrap("two\nlines", 20, Long::Cut), ["two", "lines"]);
        assert_eq!(wrap("", 5, Long::Cut), [""]);
        // Wide characters count as two columns.
        assert_eq!(wrap("日本語のテキスト", 7, Long::Cut), ["日本語…"]);
    }

    #[test]
    fn a_table_that_fits_keeps_its_natural_widths() {
        let rows = [row(&["1", "Ada Lovelace", "ada@example.com"])];
        let header = ["id", "name", "email"];
        assert_eq!(
            plan(&header, &rows, Some(80), false),
            Plan::Grid(vec![2, 12, 15])
        );
        assert_eq!(
            plan(&header, &rows, None, false),
            Plan::Grid(vec![2, 12, 15])
        );
        assert_eq!(plan(&header, &rows, Some(80), true), Plan::Expanded);
        // With no rows there is nothing to expand: the header alone.
        assert_eq!(plan(&header, &[], Some(5), true), Plan::Grid(vec![2, 4, 5]));
    }

    #[test]
    fn a_narrow_screen_wraps_words_then_expands() {
        let header = ["id", "title", "email"];
        let rows = [
            row(&["1", "Notes on the Analytical Engine", "ada@example.com"]),
            row(&["2", "Compilers, for everyone", "grace@example.com"]),
        ];
        // Natural: 2 + 30 + 17 + 2 + 6 = 57 columns.
        let Plan::Grid(widths) = plan(&header, &rows, Some(45), false) else {
            panic!("expected a grid at 45 columns");
        };
        assert_eq!(grid_width(&widths), 45);
        assert_eq!(widths[2], 17, "the emails are not cut when words fit");
        for row in &rows {
            for (value, &width) in row.iter().zip(&widths) {
                assert!(wrap(&value.text, width, Long::Cut).len() <= 2);
            }
        }
        // Floors: 2 + 10 ("Analytical") + 17: 37 columns and more.
        assert_eq!(plan(&header, &rows, Some(36), false), Plan::Expanded);
    }

    #[test]
    fn rows_too_tall_on_average_expand() {
        let header = ["id", "a", "b"];
        let rows = [row(&["1", "aaa bbb ccc ddd", "eee fff ggg hhh"])];
        // Floors 2, 3, 3: a grid fits in 16 columns, with 4-line rows.
        assert_eq!(plan(&header, &rows, Some(16), false), Plan::Expanded);
        assert_eq!(
            plan(&header, &rows, Some(24), false),
            Plan::Grid(vec![2, 7, 7])
        );
    }

    #[test]
    fn the_columns_give_way_where_the_fewest_lines_are_added() {
        // The demo users at 80 columns: id, email, name, street, city, country.
        let rows = [
            row(&["1", "admin@example.com", "Admin", "", "", ""]),
            row(&[
                "2",
                "ada@example.com",
                "Ada Lovelace",
                "12 St James's Square",
                "London",
                "United Kingdom",
            ]),
            row(&[
                "3",
                "grace@example.com",
                "Grace Hopper",
                "1 Navy Way, Apt \"B\"",
                "Arlington",
                "USA",
            ]),
            row(&["4", "linus@example.com", "Linus Torvalds", "", "", ""]),
            row(&[
                "5",
                "margaret@example.com",
                "Margaret Hamilton",
                "500 Tech Sq",
                "Cambridge",
                "USA",
            ]),
        ];
        let header = ["id", "email", "name", "street", "city", "country"];
        // Every name but two and "Ada Lovelace" on one line; the streets
        // and "United Kingdom" in two lines each; 9 lines in all (sharing
        // the cut among the widest columns made [2, 20, 11, 11, 9, 10]:
        // "12 St James's Square" in three lines and 10 in all).
        let widths = vec![2, 20, 12, 13, 9, 7];
        assert_eq!(plan(&header, &rows, Some(80), false), Plan::Grid(widths));
    }
}
