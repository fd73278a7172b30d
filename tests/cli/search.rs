//! `--search` on `articles list` and `users list` (case-insensitive, `%`,
//! `_` and `\` taken literally, combinable with `--author`), and `users
//! list` capped as a table and streamed as JSON and CSV, as `articles list`
//! is.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::Value;

use crate::util::{Output, TestDb};

/// A migrated database with the demo data (users 1 ada, 2 grace, 3 linus,
/// 4 margaret; articles 1-6) and articles and users whose text holds the
/// characters LIKE treats as special.
fn db(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    let mut client = db.client();
    client
        .batch_execute(include_str!("../../seeds/demo.sql"))
        .unwrap();
    for (title, content, author) in [
        ("100% pure", "plain", 1),
        ("1000 pure", "a percent sign would match this", 1),
        ("under_score", "plain", 2),
        ("underXscore", "an underscore would match this", 2),
        ("back\\slash", "plain", 3),
        ("backslash", "a backslash pattern would match this", 3),
        ("Plain title", "the content says ENGINE in capitals", 4),
    ] {
        client
            .execute(
                "INSERT INTO articles (title, article_content, author_id) VALUES ($1, $2, $3)",
                &[&title, &content, &author],
            )
            .unwrap();
    }
    for (email, name) in [
        ("pct@example.com", "Ninety 99% Sure"),
        ("pctx@example.com", "Ninety 999 Sure"),
        ("under_line@example.com", "U"),
        ("underXline@example.com", "U"),
        ("back@example.com", "Back\\Slash"),
    ] {
        client
            .execute(
                "INSERT INTO users (email, name, password) VALUES ($1, $2, 'x')",
                &[&email, &name],
            )
            .unwrap();
    }
    db
}

fn run(db: &TestDb, args: &[&str]) -> Output {
    db.blogctl().args(args).run()
}

/// The ids a JSON list printed.
fn ids(out: &Output) -> Vec<i64> {
    let list: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", out.stdout));
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

/// The ids of the articles whose title is one of `titles`, in id order.
fn article_ids(db: &TestDb, titles: &[&str]) -> Vec<i64> {
    db.client()
        .query(
            "SELECT id::int8 FROM articles WHERE title = ANY($1) ORDER BY id",
            &[&titles],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn articles_search_title_or_content_ignoring_case_and_literally() {
    let db = db("search_articles");
    let search = |text: &str| {
        ids(&run(
            &db,
            &["articles", "list", "--search", text, "--format", "json"],
        )
        .success())
    };
    // Title, any case; content, any case.
    assert_eq!(
        search("ANALYTICAL"),
        article_ids(&db, &["Notes on the Analytical Engine"])
    );
    assert_eq!(
        search("JACQUARD loom"),
        article_ids(&db, &["Notes on the Analytical Engine"])
    );
    let engine = [
        "Notes on the Analytical Engine",
        "Software engineering, a discipline",
        "Plain title",
    ];
    assert_eq!(search("engine"), article_ids(&db, &engine));
    // LIKE's special characters match only themselves.
    assert_eq!(search("%"), article_ids(&db, &["100% pure"]));
    assert_eq!(search("0% p"), article_ids(&db, &["100% pure"]));
    assert_eq!(search("r_s"), article_ids(&db, &["under_score"]));
    assert_eq!(search("k\\s"), article_ids(&db, &["back\\slash"]));
    assert_eq!(search("\\"), article_ids(&db, &["back\\slash"]));
    assert_eq!(search("no such text"), Vec::<i64>::new());
    // With --author (id or email): both must hold.
    let out = run(
        &db,
        &[
            "articles", "list", "--search", "ENGINE", "--author", "4", "--format", "json",
        ],
    )
    .success();
    assert_eq!(ids(&out), article_ids(&db, &engine[1..]));
    let out = run(
        &db,
        &[
            "articles",
            "list",
            "--search",
            "ENGINE",
            "--author",
            "ada@example.com",
            "--format",
            "json",
        ],
    )
    .success();
    assert_eq!(
        ids(&out),
        article_ids(&db, &["Notes on the Analytical Engine"])
    );
    // An unknown author is still an error, whatever the search.
    let out = run(
        &db,
        &["articles", "list", "--search", "x", "--author", "42"],
    )
    .expect_code(1);
    assert!(
        out.stderr.contains("user 42, does not exist"),
        "{}",
        out.stderr
    );

    // Every format; the table capped as without a search.
    let out = run(&db, &["articles", "list", "--search", "pure"]).success();
    insta::assert_snapshot!("articles_search_pure_table", out.stdout);
    let out = run(
        &db,
        &["articles", "list", "--search", "pure", "--format", "csv"],
    )
    .success();
    insta::assert_snapshot!("articles_search_pure_csv", out.stdout);
    let out = run(&db, &["articles", "list", "--search", "e", "--limit", "2"]).success();
    assert_eq!(
        // The header, the rule, two rows.
        out.stdout.lines().count(),
        4
    );
    assert!(
        out.stderr
            .starts_with("showing the first 2 articles; more remain"),
        "{}",
        out.stderr
    );
}

#[test]
fn users_search_email_or_name_ignoring_case_and_literally() {
    let db = db("search_users");
    let search = |text: &str| {
        let out = run(
            &db,
            &["users", "list", "--search", text, "--format", "json"],
        )
        .success();
        let list: Value = serde_json::from_str(&out.stdout).unwrap();
        list.as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(search("HOPPER"), ["grace@example.com"]);
    assert_eq!(search("Grace@"), ["grace@example.com"]);
    assert_eq!(search("%"), ["pct@example.com"]);
    assert_eq!(search("r_l"), ["under_line@example.com"]);
    assert_eq!(search("k\\s"), ["back@example.com"]);
    assert_eq!(search("LOVELACE").len(), 1);
    assert_eq!(search("@example.com").len(), 9);
    let out = run(
        &db,
        &[
            "users",
            "list",
            "--search",
            "example.COM",
            "--format",
            "csv",
        ],
    )
    .success();
    assert_eq!(out.stdout.lines().count(), 10);
    let out = run(&db, &["users", "list", "--search", "hopper"]).success();
    insta::assert_snapshot!("users_search_hopper_table", out.stdout);
}

#[test]
fn users_list_caps_the_table_and_streams_json_and_csv() {
    let db = TestDb::migrated("users_list_cap");
    db.client()
        .batch_execute(
            "INSERT INTO users (email, name, password) \
             SELECT 'user' || n || '@example.com', 'User ' || n, 'x' \
             FROM generate_series(1, 250) n",
        )
        .unwrap();
    // Piped, one batch: the header, the rule under it, a line per row.
    let rows = |out: &Output| out.stdout.lines().count() - 2;
    let out = run(&db, &["users", "list"]).success();
    assert_eq!(rows(&out), 100);
    assert_eq!(
        out.stderr,
        "showing the first 100 users; more remain: pass --all to list every one, --limit N for \
         more, or --format csv|json to stream them all\n"
    );
    let out = run(&db, &["users", "list", "--limit", "250"]).success();
    assert_eq!((rows(&out), out.stderr.as_str()), (250, ""));
    let out = run(&db, &["users", "list", "--all"]).success();
    assert_eq!((rows(&out), out.stderr.as_str()), (250, ""));
    // JSON and CSV ignore the table's cap.
    let out = run(&db, &["users", "list", "--format", "json"]).success();
    assert_eq!(ids(&out), (1..=250).collect::<Vec<i64>>());
    assert_eq!(out.stderr, "");
    let out = run(&db, &["users", "list", "--limit", "5", "--format", "csv"]).success();
    assert_eq!(out.stdout.lines().count(), 251);
    let out = run(&db, &["users", "list", "--limit", "5", "--all"]).expect_code(2);
    assert!(out.stderr.contains("cannot be used with"), "{}", out.stderr);
}

#[test]
fn users_list_stops_at_a_closed_stdout_with_exit_0() {
    let db = TestDb::migrated("users_list_head");
    db.client()
        .batch_execute(
            "INSERT INTO users (email, name, password) \
             SELECT 'user' || n || '@example.com', repeat('Name ', 40) || n, 'x' \
             FROM generate_series(1, 50000) n",
        )
        .unwrap();
    for format in ["csv", "json"] {
        let mut run = db.blogctl();
        run.args(["users", "list", "--format", format]);
        let mut child = run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
        let mut first = String::new();
        BufReader::new(child.stdout())
            .read_line(&mut first)
            .unwrap();
        assert!(first.starts_with("id,email") || first == "[\n", "{first:?}");
        // The reader is gone: stdout is closed early, as by `| head -1`.
        let out = child.wait_with_output();
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
        assert_eq!(out.stderr, "", "{format}");
    }
}
