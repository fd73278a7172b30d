//! Text from the database never reaches a terminal raw: a title or a name
//! holding escape sequences (window title, clear screen, colours, OSC 52),
//! C1 controls or bidirectional overrides is shown escaped in every table
//! and prompt, as psql shows it (`\x1B`). JSON escapes it; CSV keeps the
//! bytes exactly as psql writes them.

use serde_json::Value;

use crate::util::process::run_on_terminal;
use crate::util::{TestDb, cluster};

/// Sets the window title, clears the screen, turns the text red, and
/// writes "pwned" to the clipboard (OSC 52), then prints a fake line.
const TITLE: &str = "Hello\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mFAKE\u{1b}]52;c;cHduZWQ=\u{7}";
/// What the table shows instead.
const TITLE_SHOWN: &str = "Hello\\x1B]0;pwned\\x07\\x1B[2J\\x1B[31mFAKE\\x1B]52;c;cHduZWQ=\\x07";
/// A C1 control (CSI), DEL, a carriage return and a right-to-left override.
const NAME: &str = "Eve\u{9b}2J\u{7f}\r\u{202e}gnp.exe";
const NAME_SHOWN: &str = "Eve\\u009B2J\\x7F\\r\\u202Egnp.exe";
const CITY: &str = "Tab\there\u{2066}";

/// Characters that must never reach the terminal from these rows.
const RAW: [char; 7] = [
    '\u{1b}', '\u{7}', '\u{9b}', '\u{7f}', '\u{202e}', '\u{2066}', '\t',
];

/// The demo data, with user 1's name and city and article 1's title
/// made hostile.
fn hostile(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    let mut client = db.client();
    client
        .batch_execute(include_str!("../../seeds/demo.sql"))
        .unwrap();
    client
        .execute(
            "UPDATE users SET name = $1 WHERE email = 'ada@example.com'",
            &[&NAME],
        )
        .unwrap();
    client
        .execute(
            "UPDATE addresses SET city = $1
             WHERE id = (SELECT address_id FROM users WHERE email = 'ada@example.com')",
            &[&CITY],
        )
        .unwrap();
    client
        .execute("UPDATE articles SET title = $1 WHERE id = 1", &[&TITLE])
        .unwrap();
    db
}

#[track_caller]
fn assert_escaped(args: &[&str], screen: &str, shown: &[&str]) {
    for raw in RAW {
        assert!(
            !screen.contains(raw),
            "{args:?} put {raw:?} on the terminal:\n{screen:?}"
        );
    }
    for text in shown {
        assert!(
            screen.contains(text),
            "{args:?} does not show {text}:\n{screen}"
        );
    }
}

#[test]
fn tables_on_a_terminal_show_control_characters_escaped() {
    let db = hostile("escape_tables");
    for (args, shown) in [
        (
            &["articles", "list"][..],
            &[TITLE_SHOWN, NAME_SHOWN, "Tab     here\\u2066"][..],
        ),
        (
            &["articles", "show", "1"],
            &[TITLE_SHOWN, NAME_SHOWN, "Tab     here\\u2066"],
        ),
        (&["users", "list"], &[NAME_SHOWN, "Tab     here\\u2066"]),
        (&["users", "show", "ada@example.com"], &[NAME_SHOWN]),
    ] {
        let mut run = db.blogctl();
        // Wide enough that no cell wraps; no colour, so any escape
        // sequence on the screen came from the data.
        run.args(args).env("COLUMNS", "400").env("NO_COLOR", "1");
        let (code, screen) = run_on_terminal(&run, "");
        assert_eq!(code, 0, "{args:?}:\n{screen}");
        assert_escaped(args, &screen, shown);
    }
}

#[test]
fn a_crafted_name_cannot_rewrite_the_delete_confirmation() {
    let db = hostile("escape_confirm");
    // The name tries to erase the line and ask about someone else.
    let name = "x\r\u{1b}[2KDelete user 1 admin@example.com (Admin)";
    db.client()
        .execute(
            "UPDATE users SET name = $1 WHERE email = 'linus@example.com'",
            &[&name],
        )
        .unwrap();
    let mut run = db.blogctl();
    run.args([
        "users",
        "delete",
        "linus@example.com",
        "--reassign-articles-to",
        "1",
    ])
    .env("NO_COLOR", "1");
    let (code, screen) = run_on_terminal(&run, "n\n");
    assert_eq!(code, 1, "{screen}");
    assert_escaped(
        &["users", "delete"],
        &screen,
        &["(x\\r\\x1B[2KDelete user 1 admin@example.com (Admin)), giving their"],
    );
    assert!(screen.contains("nothing was deleted"), "{screen}");
}

#[test]
fn json_escapes_and_csv_keeps_the_bytes_psql_writes() {
    let db = hostile("escape_formats");
    db.client()
        .execute(
            "INSERT INTO articles (title, article_content, author_id) VALUES ('\\.', '\\.', 1)",
            &[],
        )
        .unwrap();
    let out = db
        .blogctl()
        .args(["articles", "list", "--format", "json"])
        .run()
        .success();
    // C0 controls as \u001b (serde_json), DEL, C1 and the bidi marks as
    // \u007f, \u009b, \u202e (blogctl): the same values for a parser.
    assert!(!out.stdout.chars().any(|c| c < ' ' && c != '\n'));
    assert!(out.stdout.contains("Hello\\u001b]0;pwned\\u0007"));
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json[0]["title"], TITLE);
    assert_eq!(json[0]["author"]["name"], NAME);
    assert_eq!(json[0]["author"]["address"]["city"], CITY);

    let ours = db
        .blogctl()
        .args(["articles", "list", "--format", "csv"])
        .run()
        .success()
        .stdout;
    let join = "SELECT a.id, a.title, a.article_content, a.author_id, u.email, u.name, \
                ad.id, ad.street, ad.city, ad.country FROM articles a \
                JOIN users u ON u.id = a.author_id \
                LEFT JOIN addresses ad ON ad.id = u.address_id ORDER BY a.id";
    let psql = std::process::Command::new(cluster::bindir().join("psql"))
        .args(["-X", "-q", "--csv", "-d", &db.url, "-c", join])
        .output()
        .expect("run psql from the PostgreSQL binaries");
    assert!(psql.status.success(), "{psql:?}");
    let theirs = String::from_utf8(psql.stdout).unwrap();
    let body = |csv: &str| csv.split_once('\n').unwrap().1.to_string();
    assert_eq!(body(&ours), body(&theirs));
    assert!(ours.contains(TITLE) && ours.contains(NAME), "{ours:?}");
    assert!(ours.contains(",\"\\.\",\"\\.\","), "{ours}");
}

/// Whether `c` is one of the characters no output for a terminal may hold
/// raw: C0 and C1 controls, DEL, the bidirectional formatting characters.
fn acts_on_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

#[test]
fn json_holds_no_del_c1_or_bidi_raw_and_the_same_values() {
    let db = hostile("escape_json_raw");
    let title = "Evil\u{202E}txt\u{7f}\u{9b}31mX\u{200F}\u{2066}\u{61C}";
    // The review's repro: what `articles create` prints back.
    let created = db
        .blogctl()
        .args(["articles", "create", "--title", title, "--author", "2"])
        .args(["--content", NAME, "--format", "json"])
        .run()
        .success();
    let runs = [
        created.stdout,
        db.blogctl()
            .args(["articles", "list", "--format", "json"])
            .run()
            .success()
            .stdout,
        db.blogctl()
            .args(["articles", "show", "1", "--format", "json"])
            .run()
            .success()
            .stdout,
        db.blogctl()
            .args(["users", "list", "--format", "json"])
            .run()
            .success()
            .stdout,
        db.blogctl()
            .args(["users", "show", "ada@example.com", "--format", "json"])
            .run()
            .success()
            .stdout,
    ];
    for text in &runs {
        let raw: Vec<char> = text.chars().filter(|c| acts_on_a_terminal(*c)).collect();
        assert!(raw.is_empty(), "raw {raw:?} in:\n{text}");
        // As bytes too: no DEL, no C1 (UTF-8 C2 80..9F), no bidi mark.
        let bytes = text.as_bytes();
        assert!(!bytes.contains(&0x7f));
        assert!(
            !bytes
                .windows(2)
                .any(|w| w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1]))
        );
        assert!(!bytes.windows(3).any(|w| w == "\u{202E}".as_bytes()));
    }
    let created: Value = serde_json::from_str(&runs[0]).unwrap();
    assert_eq!(created["title"], title);
    assert_eq!(created["content"], NAME);
    assert!(
        runs[0].contains(r"Evil\u202etxt\u007f\u009b31mX\u200f\u2066\u061c"),
        "{}",
        runs[0]
    );
    let listed: Value = serde_json::from_str(&runs[1]).unwrap();
    assert_eq!(listed[0]["title"], TITLE);
    assert_eq!(listed[0]["author"]["name"], NAME);
    assert_eq!(listed[0]["author"]["address"]["city"], CITY);
    let last = listed.as_array().unwrap().last().unwrap();
    assert_eq!(last["title"], title);
    let shown: Value = serde_json::from_str(&runs[2]).unwrap();
    assert_eq!(shown["title"], TITLE);
    let users: Value = serde_json::from_str(&runs[3]).unwrap();
    assert!(users.as_array().unwrap().iter().any(|u| u["name"] == NAME));
    let user: Value = serde_json::from_str(&runs[4]).unwrap();
    assert_eq!(user["name"], NAME);
    assert_eq!(user["address"]["city"], CITY);
}
