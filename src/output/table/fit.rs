//! Narrowing a grid's columns until it fits the screen: one screen column
//! at a time, always from the column whose narrowing adds the fewest
//! screen lines to the batch (a row is as tall as its tallest cell, so a
//! line added to a cell beside a taller one costs no screen line), never
//! below the column's floor. Ties go to the column that breaks fewer
//! lines in its own cells, then to the wider column, then to the one
//! further right: a batch whose cells all stay on one line either way is
//! narrowed from its widest column, as before.
//!
//! No cell is wrapped to choose the widths. Each cell is cut into words
//! once (textwrap's own word splitting and widths), and textwrap's
//! first-fit rule is replayed on them to count the lines a width gives;
//! only the cells whose widest line no longer fits are counted again
//! when their column narrows. The renderer wraps each cell once, at the
//! width chosen here.

use textwrap::WordSeparator;
use textwrap::core::Fragment;

use super::layout::Value;

/// A word of a cell, with the spaces after it, in screen columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    width: usize,
    space: usize,
    /// The first word of a line of the cell's text (an empty line is one
    /// piece of no width).
    first: bool,
}

/// How a cell wraps at some width: its lines, and the widest of them (a
/// word wider than the width stands alone on a line, as wide as it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Wrapped {
    lines: usize,
    widest: usize,
}

/// The words of every cell of a batch, in one buffer.
struct Words {
    pieces: Vec<Piece>,
    /// Where each cell's pieces end in `pieces`, row by row.
    ends: Vec<usize>,
    columns: usize,
}

impl Words {
    fn new(rows: &[Vec<Value>], columns: usize) -> Words {
        let mut words = Words {
            pieces: Vec::new(),
            ends: Vec::with_capacity(rows.len() * columns),
            columns,
        };
        for row in rows {
            for i in 0..columns {
                let text = row.get(i).map_or("", |v| v.text.as_str());
                for line in text.split('\n') {
                    let start = words.pieces.len();
                    for word in WordSeparator::AsciiSpace.find_words(line) {
                        words.pieces.push(Piece {
                            width: word.width() as usize,
                            space: word.whitespace_width() as usize,
                            first: false,
                        });
                    }
                    match words.pieces.get_mut(start) {
                        Some(piece) => piece.first = true,
                        None => words.pieces.push(Piece {
                            width: 0,
                            space: 0,
                            first: true,
                        }),
                    }
                }
                words.ends.push(words.pieces.len());
            }
        }
        words
    }

    fn cell(&self, row: usize, column: usize) -> &[Piece] {
        let at = row * self.columns + column;
        let start = if at == 0 { 0 } else { self.ends[at - 1] };
        &self.pieces[start..self.ends[at]]
    }

    /// The cell wrapped at `width` as textwrap's first fit wraps it: a
    /// word goes on the line when the line so far, spaces included, and
    /// the word fit; the first word of a line always goes on it.
    fn wrap(&self, row: usize, column: usize, width: usize) -> Wrapped {
        let mut wrapped = Wrapped {
            lines: 0,
            widest: 0,
        };
        let mut used = 0;
        for piece in self.cell(row, column) {
            if piece.first || used + piece.width > width && used > 0 {
                wrapped.lines += 1;
                used = 0;
            }
            wrapped.widest = wrapped.widest.max(used + piece.width);
            used += piece.width + piece.space;
        }
        wrapped
    }
}

/// One column while the grid is narrowed.
struct Column {
    width: usize,
    floor: usize,
    /// Each row's cell at `width`.
    now: Vec<Wrapped>,
    /// Each row's cell one screen column narrower (when above the floor).
    next: Vec<Wrapped>,
    /// The screen lines narrowing it by one would add to the batch.
    cost: usize,
    /// The lines it would add to its own cells.
    wraps: usize,
}

/// The widths (summing to at most `room`) that the greedy narrowing
/// reaches from `natural`, and the screen lines the batch then takes.
/// `floor` must fit in `room`.
pub fn narrow(
    rows: &[Vec<Value>],
    natural: &[usize],
    floor: &[usize],
    room: usize,
) -> (Vec<usize>, usize) {
    let words = Words::new(rows, natural.len());
    let mut columns: Vec<Column> = (0..natural.len())
        .map(|i| Column {
            width: natural[i],
            floor: floor[i].min(natural[i]),
            now: (0..rows.len())
                .map(|r| words.wrap(r, i, natural[i]))
                .collect(),
            next: Vec::new(),
            cost: 0,
            wraps: 0,
        })
        .collect();
    let mut heights: Vec<usize> = (0..rows.len())
        .map(|r| columns.iter().map(|c| c.now[r].lines).max().unwrap_or(1))
        .collect();
    for (i, column) in columns.iter_mut().enumerate() {
        look_ahead(column, i, &words, &heights);
    }
    let mut excess = natural.iter().sum::<usize>().saturating_sub(room);
    while excess > 0 {
        // Fewest added screen lines, then fewest broken lines, then the
        // widest, then the rightmost.
        let Some(best) = (0..columns.len())
            .filter(|&i| columns[i].width > columns[i].floor)
            .min_by_key(|&i| {
                let c = &columns[i];
                let wider = std::cmp::Reverse(c.width);
                (c.cost, c.wraps, wider, std::cmp::Reverse(i))
            })
        else {
            break;
        };
        let column = &mut columns[best];
        column.width -= 1;
        column.now = std::mem::take(&mut column.next);
        for (r, height) in heights.iter_mut().enumerate() {
            let lines = columns[best].now[r].lines;
            if lines <= *height {
                continue;
            }
            // The row grew: the others' cells up to its new height are
            // now free to grow too.
            for (j, other) in columns.iter_mut().enumerate() {
                if j != best && other.width > other.floor {
                    let before = other.next[r].lines.saturating_sub(*height);
                    let after = other.next[r].lines.saturating_sub(lines);
                    other.cost -= before - after;
                }
            }
            *height = lines;
        }
        look_ahead(&mut columns[best], best, &words, &heights);
        excess -= 1;
    }
    let widths = columns.iter().map(|c| c.width).collect();
    (widths, heights.iter().sum())
}

/// Work out `column`'s cells one screen column narrower, and what that
/// would cost: only the cells whose widest line would no longer fit wrap
/// differently (first fit keeps every line where it is while they fit).
fn look_ahead(column: &mut Column, i: usize, words: &Words, heights: &[usize]) {
    column.cost = 0;
    column.wraps = 0;
    if column.width <= column.floor {
        column.next.clear();
        return;
    }
    let narrower = column.width - 1;
    column.next = column
        .now
        .iter()
        .enumerate()
        .map(|(r, now)| match now.widest > narrower {
            true => words.wrap(r, i, narrower),
            false => *now,
        })
        .collect();
    for ((next, now), &height) in column.next.iter().zip(&column.now).zip(heights) {
        column.cost += next.lines.saturating_sub(height);
        column.wraps += next.lines.saturating_sub(now.lines);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Tone;
    use crate::output::table::layout::{Long, wrap};

    fn rows(cells: &[&[&str]]) -> Vec<Vec<Value>> {
        cells
            .iter()
            .map(|row| {
                row.iter()
                    .map(|t| Value {
                        text: t.to_string(),
                        tone: Tone::Plain,
                        numeric: false,
                    })
                    .collect()
            })
            .collect()
    }

    /// The replayed first fit counts the lines textwrap (and so the
    /// renderer) makes, at every width, for text with runs of spaces,
    /// leading and trailing spaces, line breaks, wide characters and
    /// words longer than the width.
    #[test]
    fn line_counts_match_the_wrapping_at_every_width() {
        let mut rng = fastrand::Rng::with_seed(9);
        let alphabet = [
            "a", "bb", "ccc", " ", " ", "  ", "\n", "日本", "é", "x@y.z", "-",
        ];
        for _ in 0..3000 {
            let text: String = (0..rng.usize(0..24))
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let batch = rows(&[&[text.as_str()]]);
            let words = Words::new(&batch, 1);
            for width in 1..30 {
                let lines = wrap(&text, width, Long::Cut).len();
                assert_eq!(words.wrap(0, 0, width).lines, lines, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn the_column_that_adds_fewest_lines_gives_way() {
        // Each first step costs a line; the street, widest, takes it. Its
        // row is two lines tall then, so the street narrows on for free,
        // and the title, whose next step would wrap a row, keeps its width.
        let batch = rows(&[
            &["Notes on engines", "Ada Lovelace", "12 St James's Square"],
            &["Compilers for all", "Grace", "Navy Way"],
        ]);
        let natural = [17, 12, 20];
        let floor = [9, 8, 6];
        let (widths, lines) = narrow(&batch, &natural, &floor, 45);
        assert_eq!(widths, [17, 12, 16]);
        assert_eq!(lines, 3);
        // Where every narrowing costs the same, the widest column gives
        // way first, and of two as wide the one further right.
        let batch = rows(&[&["aaaa", "bbbb", "cc"]]);
        assert_eq!(narrow(&batch, &[4, 4, 2], &[1, 1, 1], 9).0, [4, 3, 2]);
        assert_eq!(narrow(&batch, &[4, 4, 2], &[1, 1, 1], 8).0, [3, 3, 2]);
    }

    #[test]
    fn a_column_never_goes_below_its_floor() {
        let batch = rows(&[&["one two three four", "x"]]);
        let (widths, lines) = narrow(&batch, &[18, 1], &[5, 1], 6);
        assert_eq!(widths, [5, 1]);
        assert_eq!(lines, 4);
    }
}
