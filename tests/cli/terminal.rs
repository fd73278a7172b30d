//! Tables on a real pseudo-terminal, 80 and 200 columns wide: column
//! widths from the content, words wrapped at spaces, a word too long for
//! its column cut with an ellipsis (never split over lines), the expanded
//! layout when a grid cannot fit legibly or `-x` asks for it, timestamps
//! to the millisecond. Each layout is snapshotted as the terminal showed
//! it.

use crate::util::process::run_on_sized_terminal;
use crate::util::{Blogctl, TestDb};

/// A migrated database with the admin and the demo data (seed --demo).
pub fn demo(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.blogctl()
        .args(["seed", "--demo"])
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", "demo-admin-password")
        .run()
        .success();
    db
}

/// A title of 200 characters, and one word longer than any column.
pub const LONG_TITLE: &str = "A very long title that goes on and on about the history of \
    computing, the Analytical Engine, the first compilers, and the people who wrote the \
    software that took us to the moon and back again, twice";
pub const LONG_TOKEN: &str =
    "Contact: supercalifragilisticexpialidocious-token-0123456789abcdef@example.com";

fn add_long_articles(db: &TestDb) {
    db.client()
        .execute(
            "INSERT INTO articles (title, article_content, author_id) VALUES ($1, 'x', 2), ($2, 'y', 3)",
            &[&LONG_TITLE, &LONG_TOKEN],
        )
        .unwrap();
}

/// `run` on a terminal `cols` wide (and tall enough), without a pager or
/// colour (tests/cli/output.rs covers colour).
fn screen(mut run: Blogctl, cols: u16) -> String {
    run.env("BLOGCTL_PAGER", "").env("NO_COLOR", "1");
    let (code, screen) = run_on_sized_terminal(&run, cols, 200, "");
    assert_eq!(code, 0, "{screen}");
    screen
}

/// `2026-11-27 03:15:19.498` (a table's timestamp) as `YYYY-MM-DD HH:MM:SS.mmm`.
fn normalize_timestamps(text: &str) -> String {
    let shape = "dddd-dd-dd dd:dd:dd.ddd";
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let fits = chars.len() - i >= shape.len()
            && shape.chars().zip(&chars[i..]).all(|(s, c)| match s {
                'd' => c.is_ascii_digit(),
                s => s == *c,
            });
        if fits {
            out.push_str("YYYY-MM-DD HH:MM:SS.mmm");
            i += shape.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// No line wider than the terminal, and every word on the screen is a
/// word of the data (or of the table's frame), or the start of one cut
/// with an ellipsis: nothing split over two lines.
#[track_caller]
fn assert_fits_and_words_whole(screen: &str, cols: usize, data: &str) {
    let words: Vec<&str> = data.split_whitespace().collect();
    for line in screen.lines() {
        assert!(
            line.chars().count() <= cols,
            "a line wider than {cols} columns:\n{line}\n\n{screen}"
        );
        for word in line.split_whitespace() {
            let whole = words.contains(&word)
                || word.chars().all(|c| "-+|[]".contains(c))
                || word.chars().all(|c| c.is_ascii_digit());
            let cut = word.strip_suffix('…').is_some_and(|start| {
                !start.is_empty() && words.iter().any(|w| w.starts_with(start))
            });
            assert!(
                whole || cut,
                "`{word}` is neither a word of the data nor one cut with …:\n{screen}"
            );
        }
    }
}

/// Every word the demo tables can show: headers, values, RECORD labels.
fn demo_words(db: &TestDb) -> String {
    fn strings(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => out.push_str(s),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
        out.push(' ');
    }
    let mut words = String::from(
        "id title author email street city country name version state applied at (UTC) \
         RECORD YYYY-MM-DD HH:MM:SS.mmm ",
    );
    for command in [
        ["articles", "list"],
        ["users", "list"],
        ["migrate", "status"],
    ] {
        let out = db
            .blogctl()
            .args(command)
            .args(["--format", "json"])
            .run()
            .success();
        strings(&serde_json::from_str(&out.stdout).unwrap(), &mut words);
    }
    words
}

#[test]
fn demo_tables_at_80_and_200_columns() {
    let db = demo("terminal_demo");
    let words = demo_words(&db);
    for cols in [80u16, 200] {
        for command in [
            ["articles", "list"],
            ["users", "list"],
            ["migrate", "status"],
        ] {
            let mut run = db.blogctl();
            run.args(command);
            let shown = normalize_timestamps(&screen(run, cols));
            assert_fits_and_words_whole(&shown, cols.into(), &words);
            insta::assert_snapshot!(format!("table_{cols}_{}", command.join("_")), shown);
        }
    }
}

#[test]
fn long_titles_wrap_and_long_words_are_cut_in_lists_only() {
    let db = demo("terminal_long");
    add_long_articles(&db);
    let words = format!("{} {LONG_TITLE} {LONG_TOKEN}", demo_words(&db));
    for cols in [80u16, 200] {
        let mut run = db.blogctl();
        run.args(["articles", "list"]);
        let shown = screen(run, cols);
        assert_fits_and_words_whole(&shown, cols.into(), &words);
        insta::assert_snapshot!(format!("table_{cols}_long_articles"), shown);
    }
    // At 140 columns the grid cuts the token; `show` and JSON keep it whole.
    let mut run = db.blogctl();
    run.args(["articles", "list"]);
    assert!(screen(run, 140).contains("| supercalifragilisticexpialidocious-to… |"));
    let mut run = db.blogctl();
    run.args(["articles", "show", "8"]);
    let shown = screen(run, 100);
    assert!(
        shown.contains(&format!("title     | {LONG_TOKEN}\n")),
        "{shown}"
    );
    let json = db
        .blogctl()
        .args(["articles", "show", "8", "--format", "json"])
        .run()
        .success()
        .stdout;
    assert!(json.contains(LONG_TOKEN), "{json}");
    // Piped, a table is at its natural width: nothing wrapped or cut.
    let piped = db
        .blogctl()
        .args(["articles", "list"])
        .run()
        .success()
        .stdout;
    assert!(piped.lines().any(|l| l.contains(LONG_TITLE)), "{piped}");
    assert!(!piped.contains('…'), "{piped}");
}

#[test]
fn show_breaks_a_word_wider_than_the_screen_but_keeps_it_whole() {
    let db = demo("terminal_show_word");
    let word = "x".repeat(100);
    db.client()
        .execute("UPDATE articles SET title = $1 WHERE id = 1", &[&word])
        .unwrap();
    let mut run = db.blogctl();
    run.args(["articles", "show", "1"]);
    let shown = screen(run, 80);
    assert!(!shown.contains('…'), "{shown}");
    assert_eq!(
        shown
            .lines()
            .filter_map(|l| l.split("| ").nth(1))
            .collect::<Vec<_>>()[1..3]
            .concat(),
        word,
        "{shown}"
    );
}

#[test]
fn expanded_is_forced_by_x_and_numbered_across_the_list() {
    let db = demo("terminal_expanded");
    let piped = db
        .blogctl()
        .args(["-x", "users", "list"])
        .run()
        .success()
        .stdout;
    insta::assert_snapshot!("users_list_expanded", piped);
    let mut run = db.blogctl();
    run.args(["users", "list", "--expanded"]);
    let shown = screen(run, 200);
    assert!(shown.contains("-[ RECORD 5 ]"), "{shown}");
    assert!(
        shown.contains("email   | margaret@example.com\n"),
        "{shown}"
    );
    // Nothing to expand: the header alone says what was listed.
    let none = db
        .blogctl()
        .args(["-x", "articles", "list", "--author", "1"])
        .run()
        .success()
        .stdout;
    assert!(none.starts_with(" id | title"), "{none}");
}

#[test]
fn timestamps_are_to_the_millisecond_in_tables_only() {
    let db = demo("terminal_timestamps");
    let table = db
        .blogctl()
        .args(["migrate", "status"])
        .run()
        .success()
        .stdout;
    let json = db
        .blogctl()
        .args(["migrate", "status", "--format", "json"])
        .run()
        .success()
        .stdout;
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    for row in rows.as_array().unwrap() {
        // refinery's RFC 3339 with nanoseconds, as stored.
        let stored = row["appliedAt"].as_str().unwrap();
        assert!(stored.len() > 24 && stored.ends_with('Z'), "{stored}");
        let shown = format!("{} {}", &stored[..10], &stored[11..23]);
        assert!(table.contains(&format!("| {shown}\n")), "{shown}\n{table}");
    }
    assert_eq!(
        normalize_timestamps(&table)
            .matches("YYYY-MM-DD HH:MM:SS.mmm\n")
            .count(),
        7,
        "{table}"
    );
}
