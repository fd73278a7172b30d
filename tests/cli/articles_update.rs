//! `articles update`: the joined record printed in every format, the
//! content from a file or stdin, refusals that change nothing, races with a
//! second session (the article or the new author deleted meanwhile),
//! hostile strings byte for byte; and `update` and `delete` through
//! PgBouncer's transaction pooling.

use serde_json::Value;

use crate::util::race::{start, wait_until_blocked};
use crate::util::{Output, TestDb, pgbouncer::pgbouncer};

/// A migrated database with the demo data: users 1 ada, 2 grace, 3 linus
/// (no address), 4 margaret; articles 1-6 (1 is Ada's, 4 Linus's).
pub fn demo(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.client()
        .batch_execute(include_str!("../../seeds/demo.sql"))
        .unwrap();
    db
}

pub fn run(db: &TestDb, args: &[&str]) -> Output {
    db.blogctl().args(args).run()
}

pub fn json(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", out.stdout))
}

/// Every article as (id, title, content, author_id): what "nothing
/// changed" compares.
pub fn articles(db: &TestDb) -> Vec<(i32, String, String, i32)> {
    db.client()
        .query(
            "SELECT id, title, article_content, author_id FROM articles ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect()
}

fn article(db: &TestDb, id: i32) -> Option<(String, String, i32)> {
    db.client()
        .query_opt(
            "SELECT title, article_content, author_id FROM articles WHERE id = $1",
            &[&id],
        )
        .unwrap()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
}

#[test]
fn update_prints_the_updated_joined_article_in_every_format() {
    let db = demo("art_update_formats");
    let out = run(
        &db,
        &["articles", "update", "4", "--title", "Just for fun, v2"],
    )
    .success();
    insta::assert_snapshot!("articles_update_title_table", out.stdout);
    assert_eq!(out.stderr, "updated article 4\n");
    let linus_content = "I'm doing a (free) operating system, just a hobby.";
    assert_eq!(
        article(&db, 4).unwrap(),
        ("Just for fun, v2".into(), linus_content.into(), 3)
    );

    // A new author, by email: the record is joined with the new author
    // and their address.
    let out = run(
        &db,
        &[
            "articles",
            "update",
            "4",
            "--author",
            "ada@example.com",
            "--format",
            "json",
        ],
    )
    .success();
    insta::assert_snapshot!("articles_update_author_json", out.stdout);
    let record = json(&out);
    assert_eq!(record["authorId"], 1);
    assert_eq!(record["author"]["address"]["city"], "London");
    assert_eq!(record["title"], "Just for fun, v2", "the title is kept");

    let out = run(
        &db,
        &[
            "articles",
            "update",
            "4",
            "--content",
            "New, \"quoted\"\ntext",
            "--author",
            "3",
            "--format",
            "csv",
        ],
    )
    .success();
    insta::assert_snapshot!("articles_update_content_csv", out.stdout);
    assert_eq!(
        article(&db, 4).unwrap(),
        ("Just for fun, v2".into(), "New, \"quoted\"\ntext".into(), 3)
    );
}

#[test]
fn update_reads_the_content_from_a_file_or_stdin() {
    let db = demo("art_update_file");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.txt");
    std::fs::write(&path, "From a file\nwith two lines\n").unwrap();
    run(
        &db,
        &[
            "articles",
            "update",
            "2",
            "--content-file",
            path.to_str().unwrap(),
        ],
    )
    .success();
    assert_eq!(article(&db, 2).unwrap().1, "From a file\nwith two lines\n");
    db.blogctl()
        .args([
            "articles",
            "update",
            "2",
            "--content-file",
            "-",
            "--title",
            "Piped",
        ])
        .stdin("From stdin\n")
        .run()
        .success();
    assert_eq!(article(&db, 2).unwrap().0, "Piped");
    assert_eq!(article(&db, 2).unwrap().1, "From stdin\n");
}

#[test]
fn update_refusals_change_nothing() {
    let db = demo("art_update_refusals");
    let before = articles(&db);
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["4"],
            2,
            "the following required arguments were not provided",
        ),
        (&["4", "--title", ""], 2, "the title is empty"),
        (&["4", "--title", " \t "], 2, "the title is empty"),
        (&["4", "--content", "  "], 2, "the content is empty"),
        (
            &["4", "--content", "x", "--content-file", "-"],
            2,
            "cannot be used with",
        ),
        (
            &["4", "--content-file", "/nonexistent/file"],
            2,
            "cannot read the content from /nonexistent/file",
        ),
        (&["0", "--title", "x"], 2, "invalid value '0'"),
        (&["4", "--author", "0"], 2, "is not a user id"),
        (
            &["99", "--title", "x"],
            1,
            "article 99 not found: nothing was changed",
        ),
        (
            &["4", "--author", "42"],
            1,
            "the author, user 42, does not exist",
        ),
        (
            &["4", "--title", "x", "--author", "nobody@example.com"],
            1,
            "the author, user nobody@example.com, does not exist",
        ),
        // Both unknown: the article is named first.
        (&["99", "--author", "42"], 1, "article 99 not found"),
    ];
    for (args, code, says) in cases {
        let out = db
            .blogctl()
            .args(["articles", "update"])
            .args(*args)
            .run()
            .expect_code(*code);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }
    assert_eq!(articles(&db), before);
}

#[test]
fn update_of_an_article_deleted_meanwhile_changes_nothing() {
    let db = demo("art_update_race");
    let mut other = db.client();
    let mut tx = other.transaction().unwrap();
    tx.execute("DELETE FROM articles WHERE id = 4", &[])
        .unwrap();
    let mut update = db.blogctl();
    update.args(["articles", "update", "4", "--title", "Too late"]);
    let mut running = start(&update);
    wait_until_blocked(&db, &mut running);
    tx.commit().unwrap();
    let out = running.wait_with_output().expect_code(1);
    assert_eq!(
        out.stderr,
        "blogctl: error: article 4 was deleted by another session meanwhile: nothing was changed\n"
    );
    assert_eq!(out.stdout, "");
    assert_eq!(article(&db, 4), None);
    let titles: Vec<String> = articles(&db).into_iter().map(|a| a.1).collect();
    assert!(!titles.contains(&"Too late".to_string()));
}

#[test]
fn update_to_an_author_deleted_meanwhile_changes_nothing() {
    let db = demo("art_update_author_race");
    let mut client = db.client();
    client
        .execute(
            "INSERT INTO users (email, name, password) VALUES ('new@example.com', 'New', 'x')",
            &[],
        )
        .unwrap();
    let before = articles(&db);
    let mut tx = client.transaction().unwrap();
    tx.execute("DELETE FROM users WHERE email = 'new@example.com'", &[])
        .unwrap();
    let mut update = db.blogctl();
    update.args([
        "articles",
        "update",
        "4",
        "--title",
        "T",
        "--author",
        "new@example.com",
    ]);
    let mut running = start(&update);
    wait_until_blocked(&db, &mut running);
    tx.commit().unwrap();
    let out = running.wait_with_output().expect_code(1);
    assert_eq!(
        out.stderr,
        "blogctl: error: user new@example.com was deleted by another session meanwhile: nothing \
         was changed\n"
    );
    assert_eq!(articles(&db), before);
}

#[test]
fn hostile_strings_round_trip_through_update() {
    let db = demo("art_update_hostile");
    let long = "Lorem ipsum dolor sit amet, \u{1F600} ".repeat(4000); // ~140 kB
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    std::fs::write(&path, &long).unwrap();
    let titles = [
        "O'Brien's \"quoted\" title",
        "'; DROP TABLE articles; --",
        "Emoji \u{1F680}\u{1F469}\u{200D}\u{1F4BB} and ünïcödé",
        "Tab\tCR\rLF\nESC\u{1b}[31m BEL\u{7} DEL\u{7f} C1\u{85} RLO\u{202e}",
        "%_\\ like wildcards $1 $$ :name ?",
    ];
    for title in titles {
        let out = run(
            &db,
            &[
                "articles",
                "update",
                "3",
                "--title",
                title,
                "--content-file",
                path.to_str().unwrap(),
                "--format",
                "json",
            ],
        )
        .success();
        let record = json(&out);
        assert_eq!(record["title"], title);
        assert_eq!(record["content"].as_str(), Some(long.as_str()));
        let (stored_title, stored_content, _) = article(&db, 3).unwrap();
        assert_eq!(stored_title, title);
        assert_eq!(stored_content, long);
        // CSV is byte-exact.
        let out = run(&db, &["articles", "show", "3", "--format", "csv"]).success();
        let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[1], title);
        assert_eq!(&row[2], long.as_str());
    }
    assert_eq!(articles(&db).len(), 6, "nothing dropped");
}

#[test]
fn update_and_delete_work_through_pgbouncer_transaction_pooling() {
    let db = demo("art_edit_pgbouncer");
    db.client()
        .batch_execute(
            "INSERT INTO articles (title, article_content, author_id) \
             SELECT 'Pooled ' || n, 'x', 1 + n % 4 FROM generate_series(1, 24) n",
        )
        .unwrap();
    let url = pgbouncer().url(&db.name);
    // Each run with its Blogctl, which owns the folder it runs in.
    let through = |args: Vec<String>| {
        let mut run = db.blogctl();
        run.env("DATABASE_URL", &url).args(args);
        let running = start(&run);
        (run, running)
    };
    // Many at once, so that pooled server connections are shared.
    let mut running = Vec::new();
    for id in 7..=18 {
        running.push(through(vec![
            "articles".into(),
            "update".into(),
            id.to_string(),
            "--title".into(),
            format!("Pooled update {id}"),
            "--author".into(),
            "grace@example.com".into(),
        ]));
    }
    for pair in [[19, 20], [21, 22], [23, 24], [25, 26], [27, 28], [29, 30]] {
        running.push(through(vec![
            "articles".into(),
            "delete".into(),
            pair[0].to_string(),
            pair[1].to_string(),
            "--yes".into(),
            "--format".into(),
            "json".into(),
        ]));
    }
    for (_run, running) in running {
        running.wait_with_output().success();
    }
    let all = articles(&db);
    assert_eq!(all.len(), 6 + 24 - 12);
    for id in 7..=18 {
        let (title, _, author) = article(&db, id).unwrap();
        assert_eq!((title, author), (format!("Pooled update {id}"), 2));
    }
    // A refusal through the pooler changes nothing either.
    let out = db
        .blogctl()
        .env("DATABASE_URL", &url)
        .args(["articles", "delete", "7", "19", "--yes"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("article 19 not found"),
        "{}",
        out.stderr
    );
    assert!(article(&db, 7).is_some());
}
