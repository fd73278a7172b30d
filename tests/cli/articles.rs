//! `articles create|list|show`: the joined article–author–address views in
//! every format, `--author` by id or email, streaming, closed stdout,
//! refusals, and PgBouncer's transaction pooling.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::Value;

use crate::util::{Output, TestDb};

/// Any argon2id PHC string: these users never log in.
const HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo";

/// A migrated database with the demo data: users 1 ada (address), 2 grace
/// (address), 3 linus (no address), 4 margaret (address); articles 1–6.
fn demo(tag: &str) -> TestDb {
    let db = TestDb::migrated(tag);
    db.client()
        .batch_execute(include_str!("../../seeds/demo.sql"))
        .unwrap();
    db
}

/// Add a user without articles (id 5 on the demo data).
fn add_user(db: &TestDb, email: &str) {
    db.client()
        .execute(
            "INSERT INTO users (email, name, password) VALUES ($1, 'Nobody Yet', $2)",
            &[&email, &HASH],
        )
        .unwrap();
}

fn article_count(db: &TestDb) -> i64 {
    db.client()
        .query_one("SELECT count(*) FROM articles", &[])
        .unwrap()
        .get(0)
}

fn run(db: &TestDb, args: &[&str]) -> Output {
    db.blogctl().args(args).run()
}

fn json(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", out.stdout))
}

fn csv_records(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn list_snapshots_of_the_demo_data() {
    let db = demo("articles_snap_list");
    for format in ["table", "json", "csv"] {
        let out = run(&db, &["articles", "list", "--format", format]).success();
        insta::assert_snapshot!(format!("articles_list_{format}"), out.stdout);
        assert_eq!(out.stderr, "", "{format}");
    }
}

#[test]
fn show_snapshots_with_and_without_an_address() {
    let db = demo("articles_snap_show");
    // Article 1 is Ada's (an address), article 4 Linus's (none).
    for id in ["1", "4"] {
        for format in ["table", "json", "csv"] {
            let out = run(&db, &["articles", "show", id, "--format", format]).success();
            insta::assert_snapshot!(format!("articles_show_{id}_{format}"), out.stdout);
        }
    }
}

#[test]
fn address_columns_are_filled_or_blank_in_every_format() {
    let db = demo("articles_address");
    let table = run(&db, &["articles", "list", "--author", "1"])
        .success()
        .stdout;
    assert!(table.contains("12 St James's Square"), "{table}");
    assert!(table.contains("London") && table.contains("United Kingdom"));
    let table = run(&db, &["articles", "list", "--author", "3"])
        .success()
        .stdout;
    let line = table.lines().find(|l| l.contains("Just for fun")).unwrap();
    let cells: Vec<&str> = line.split('|').map(str::trim).collect();
    // id | title | author | email | street | city | country
    assert_eq!(
        cells,
        [
            "4",
            "Just for fun",
            "Linus Torvalds",
            "linus@example.com",
            "",
            "",
            ""
        ]
    );

    let list = json(&run(&db, &["articles", "list", "--format", "json"]).success());
    let by_id = |id: i64| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_id(1)["author"]["address"],
        serde_json::json!({"id": 1, "street": "12 St James's Square", "city": "London", "country": "United Kingdom"})
    );
    assert_eq!(by_id(4)["author"]["address"], Value::Null);

    let (header, rows) = csv_records(&run(&db, &["articles", "list", "--format", "csv"]).stdout);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let ada = rows.iter().find(|r| r[0] == "1").unwrap();
    let linus = rows.iter().find(|r| r[0] == "4").unwrap();
    assert_eq!(
        [&ada[col("street")], &ada[col("city")], &ada[col("country")]],
        ["12 St James's Square", "London", "United Kingdom"]
    );
    for name in ["address_id", "street", "city", "country"] {
        assert_eq!(linus[col(name)], "", "{name}");
    }

    for (id, address) in [("1", true), ("4", false)] {
        let show = json(&run(&db, &["articles", "show", id, "--format", "json"]).success());
        assert_eq!(show["author"]["address"].is_object(), address, "{show}");
        let (header, rows) =
            csv_records(&run(&db, &["articles", "show", id, "--format", "csv"]).stdout);
        let city = &rows[0][header.iter().position(|h| h == "city").unwrap()];
        assert_eq!(city.is_empty(), !address);
    }
}

#[test]
fn json_has_exactly_the_model_keys() {
    let db = demo("articles_json_keys");
    let list = json(&run(&db, &["articles", "list", "--format", "json"]).success());
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 6);
    let show = json(&run(&db, &["articles", "show", "2", "--format", "json"]).success());
    for article in list.iter().chain([&show]) {
        assert_eq!(
            keys(article),
            BTreeSet::from(["id", "title", "content", "authorId", "author"])
        );
        let author = &article["author"];
        assert_eq!(author["id"], article["authorId"]);
        assert_eq!(
            keys(author),
            BTreeSet::from(["id", "email", "name", "address"])
        );
        if !author["address"].is_null() {
            assert_eq!(
                keys(&author["address"]),
                BTreeSet::from(["id", "street", "city", "country"])
            );
        }
    }
    let ids: Vec<i64> = list.iter().map(|a| a["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5, 6], "id order");
}

#[test]
fn csv_round_trips_commas_quotes_and_newlines() {
    let db = demo("articles_csv_roundtrip");
    let titles = [
        "Commas, commas, commas",
        "She said \"hi\", then left",
        "Two\nlines, and \"quotes\"",
        "Carriage\r\nreturn",
        "  padded  ",
    ];
    for title in titles {
        run(
            &db,
            &[
                "articles",
                "create",
                "--title",
                title,
                "--author",
                "grace@example.com",
                "--content",
                "a, \"b\"\nc",
            ],
        )
        .success();
    }
    let out = run(&db, &["articles", "list", "--format", "csv"]).success();
    let (header, rows) = csv_records(&out.stdout);
    assert_eq!(
        header,
        [
            "id",
            "title",
            "content",
            "author_id",
            "author_email",
            "author_name",
            "address_id",
            "street",
            "city",
            "country"
        ]
    );
    assert_eq!(rows.len(), 6 + titles.len());
    let got: Vec<&str> = rows[6..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(got, titles);
    assert!(rows[6..].iter().all(|r| r[2] == "a, \"b\"\nc"));
    // The demo street `1 Navy Way, Apt "B"` survives too.
    assert_eq!(rows[6][7], "1 Navy Way, Apt \"B\"");
}

#[test]
fn author_by_id_and_by_email_give_the_same_rows() {
    let db = demo("articles_author_ref");
    for format in ["table", "json", "csv"] {
        let by_id = run(
            &db,
            &["articles", "list", "--author", "2", "--format", format],
        )
        .success();
        let by_email = run(
            &db,
            &[
                "articles",
                "list",
                "--author",
                "grace@example.com",
                "--format",
                format,
            ],
        )
        .success();
        assert_eq!(by_id.stdout, by_email.stdout, "{format}");
    }
    let rows = json(&run(
        &db,
        &["articles", "list", "--author", "2", "--format", "json"],
    ));
    let ids: Vec<i64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [2, 3]);
}

#[test]
fn invalid_author_values_exit_2_before_connecting() {
    // Nothing listens here: a connection attempt would exit 3.
    let url = "postgres://nobody@127.0.0.1:1/none?connect_timeout=1";
    for bad in ["0", "-3", "1.5", "abc", "", "99999999999", "@example.com"] {
        for command in ["list", "create"] {
            let mut run = crate::util::Blogctl::new();
            run.env("DATABASE_URL", url)
                .args(["articles", command, &format!("--author={bad}")]);
            if command == "create" {
                run.args(["--title", "t", "--content", "c"]);
            }
            let out = run.run().expect_code(2);
            assert!(out.stderr.contains("--author"), "{bad:?}: {}", out.stderr);
        }
    }
    // Written apart, a negative value is taken for an unknown flag: still 2.
    crate::util::Blogctl::new()
        .env("DATABASE_URL", url)
        .args(["articles", "list", "--author", "-3"])
        .run()
        .expect_code(2);
}

#[test]
fn author_without_articles_is_an_empty_result_and_unknown_author_fails() {
    let db = demo("articles_empty_author");
    add_user(&db, "nobody@example.com");
    for author in ["5", "nobody@example.com"] {
        let list = |format: &str| {
            run(
                &db,
                &["articles", "list", "--author", author, "--format", format],
            )
            .success()
        };
        assert_eq!(list("json").stdout, "[]\n");
        assert_eq!(
            list("csv").stdout,
            "id,title,content,author_id,author_email,author_name,address_id,street,city,country\n"
        );
        let table = list("table").stdout;
        assert!(table.contains("title") && !table.contains("Ada"), "{table}");
    }
    for (author, named) in [
        ("42", "user 42"),
        ("ghost@example.com", "ghost@example.com"),
    ] {
        for format in ["table", "json", "csv"] {
            let out = run(
                &db,
                &["articles", "list", "--author", author, "--format", format],
            )
            .expect_code(1);
            assert_eq!(out.stdout, "", "{format}");
            assert!(
                out.stderr.contains(named) && out.stderr.contains("does not exist"),
                "{}",
                out.stderr
            );
        }
    }
}

#[test]
fn table_shows_at_most_limit_rows_and_says_how_to_see_the_rest() {
    let db = demo("articles_limit");
    let out = run(&db, &["articles", "list", "--limit", "4"]).success();
    let ids: Vec<&str> = out
        .stdout
        .lines()
        .filter_map(|l| l.split('|').next().map(str::trim))
        .filter(|c| c.parse::<u32>().is_ok())
        .collect();
    assert_eq!(ids, ["1", "2", "3", "4"]);
    assert!(
        out.stderr.contains("first 4") && out.stderr.contains("--all"),
        "{}",
        out.stderr
    );
    // Exactly as many rows as the limit: nothing more to say.
    let out = run(&db, &["articles", "list", "--limit", "6"]).success();
    assert_eq!(out.stderr, "");
    for all in [&["--all"][..], &["--limit", "18446744073709551615"]] {
        let out = db
            .blogctl()
            .args(["articles", "list"])
            .args(all)
            .run()
            .success();
        assert!(out.stdout.contains("Software engineering, a discipline"));
        assert_eq!(out.stderr, "");
    }
    // The default is 100 rows.
    db.client()
        .batch_execute(
            "INSERT INTO articles (title, article_content, author_id)
             SELECT 'bulk ' || n, 'x', 1 FROM generate_series(1, 150) n",
        )
        .unwrap();
    let out = run(&db, &["articles", "list"]).success();
    let ids = |out: &str, id: &str| out.lines().any(|l| l.starts_with(&format!(" {id} |")));
    assert!(ids(&out.stdout, "100") && !ids(&out.stdout, "101"));
    assert!(out.stderr.contains("first 100"), "{}", out.stderr);
    // JSON and CSV are not capped.
    let all = json(&run(&db, &["articles", "list", "--format", "json"]).success());
    assert_eq!(all.as_array().unwrap().len(), 156);
}

#[test]
fn closed_stdout_exits_0() {
    let db = demo("articles_head");
    db.client()
        .batch_execute(
            "INSERT INTO articles (title, article_content, author_id)
             SELECT 'bulk article number ' || n, repeat('content ', 20), 1 + n % 4
             FROM generate_series(1, 50000) n",
        )
        .unwrap();
    for format in ["csv", "json"] {
        let mut child = db
            .blogctl()
            .args(["articles", "list", "--all", "--format", format])
            .spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
        // `| head -1`: read one line, then close the pipe.
        let mut line = String::new();
        BufReader::new(child.stdout()).read_line(&mut line).unwrap();
        assert!(!line.is_empty());
        let out = child.wait_with_output();
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
        assert_eq!(out.stderr, "", "{format}");
    }
}

#[test]
fn create_prints_the_article_joined_with_its_author() {
    let db = demo("articles_create");
    let out = run(
        &db,
        &[
            "articles",
            "create",
            "--title",
            "Hello",
            "--author",
            "ada@example.com",
            "--content",
            "World",
            "--format",
            "json",
        ],
    )
    .success();
    assert_eq!(
        json(&out),
        serde_json::json!({"id": 7, "title": "Hello", "content": "World", "authorId": 1,
            "author": {"id": 1, "email": "ada@example.com", "name": "Ada Lovelace",
                "address": {"id": 1, "street": "12 St James's Square", "city": "London",
                    "country": "United Kingdom"}}})
    );
    assert!(out.stderr.contains("created article 7"), "{}", out.stderr);
    let out = run(
        &db,
        &[
            "articles",
            "create",
            "--title",
            "By id",
            "--author",
            "3",
            "--content",
            "No address",
        ],
    )
    .success();
    insta::assert_snapshot!("articles_create_table", out.stdout);
    assert_eq!(article_count(&db), 8);
}

#[test]
fn create_reads_content_from_a_file_or_stdin() {
    let db = demo("articles_create_file");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("body.md");
    std::fs::write(&path, "# Heading\n\nLine, with \"quotes\".\n").unwrap();
    let out = db
        .blogctl()
        .args([
            "articles",
            "create",
            "--title",
            "From file",
            "--author",
            "1",
        ])
        .arg("--content-file")
        .arg(&path)
        .args(["--format", "json"])
        .run()
        .success();
    assert_eq!(
        json(&out)["content"],
        "# Heading\n\nLine, with \"quotes\".\n"
    );
    let out = db
        .blogctl()
        .args([
            "articles",
            "create",
            "--title",
            "From stdin",
            "--author",
            "1",
        ])
        .args(["--content-file", "-", "--format", "json"])
        .stdin("piped text\n")
        .run()
        .success();
    assert_eq!(json(&out)["content"], "piped text\n");
    let show = json(&run(&db, &["articles", "show", "8", "--format", "json"]).success());
    assert_eq!(show["title"], "From stdin");
}

/// Extra arguments, standard input, and what the error must mention.
type RefusalCase<'a> = (Vec<&'a str>, Option<&'a [u8]>, &'a str);

#[test]
fn create_refuses_bad_input_and_creates_nothing() {
    let db = demo("articles_create_refusals");
    let dir = tempfile::tempdir().unwrap();
    let nul = dir.path().join("nul.txt");
    std::fs::write(&nul, b"before\0after").unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9").unwrap();
    let base = ["articles", "create", "--author", "1"];
    // Every refusal of the input itself exits 2.
    let cases: Vec<RefusalCase> = vec![
        (vec!["--title", "", "--content", "c"], None, "title"),
        (vec!["--title", "   ", "--content", "c"], None, "title"),
        (vec!["--title", "t", "--content", ""], None, "content"),
        (
            vec!["--title", "t", "--content-file", "-"],
            Some(b""),
            "content",
        ),
        (
            vec!["--title", "t", "--content-file", "-"],
            Some(b"a\0b"),
            "NUL",
        ),
        (
            vec!["--title", "t", "--content-file", nul.to_str().unwrap()],
            None,
            "NUL",
        ),
        (
            vec!["--title", "t", "--content-file", latin1.to_str().unwrap()],
            None,
            "UTF-8",
        ),
        (
            vec!["--title", "t", "--content-file", "/no/such/file"],
            None,
            "/no/such/file",
        ),
    ];
    for (args, stdin, says) in cases {
        let mut run = db.blogctl();
        run.args(base).args(&args);
        if let Some(bytes) = stdin {
            run.stdin(bytes);
        }
        let out = run.run().expect_code(2);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "");
    }
    for (author, named) in [
        ("42", "user 42"),
        ("ghost@example.com", "ghost@example.com"),
    ] {
        let out = run(
            &db,
            &[
                "articles",
                "create",
                "--title",
                "t",
                "--content",
                "c",
                "--author",
                author,
            ],
        )
        .expect_code(1);
        assert!(
            out.stderr.contains(named) && out.stderr.contains("does not exist"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(article_count(&db), 6);
}

#[test]
fn show_unknown_id_exits_1() {
    let db = demo("articles_show_unknown");
    let out = run(&db, &["articles", "show", "999"]).expect_code(1);
    assert!(
        out.stderr.contains("article 999 not found"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    run(&db, &["articles", "show", "0"]).expect_code(2);
}

#[test]
fn everything_works_through_pgbouncer_transaction_pooling() {
    let db = demo("articles_pgbouncer");
    let url = crate::util::pgbouncer::pgbouncer().url(&db.name);
    let direct = run(&db, &["articles", "list", "--format", "json"]).success();
    // Several clients at once share PgBouncer's few server connections.
    let handles: Vec<_> = (0..6)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                let via = |args: &[&str]| {
                    crate::util::Blogctl::new()
                        .env("DATABASE_URL", &url)
                        .args(args)
                        .run()
                        .success()
                };
                let title = format!("pooled {i}");
                via(&[
                    "articles",
                    "create",
                    "--title",
                    &title,
                    "--author",
                    "margaret@example.com",
                    "--content",
                    "c",
                ]);
                let list = via(&["articles", "list", "--author", "2", "--format", "csv"]);
                assert_eq!(csv_records(&list.stdout).1.len(), 2);
                via(&["articles", "show", "5", "--format", "json"]);
                via(&["articles", "list", "--format", "json"]).stdout
            })
        })
        .collect();
    for handle in handles {
        let list: Value = serde_json::from_str(&handle.join().unwrap()).unwrap();
        assert!(list.as_array().unwrap().len() >= 6);
    }
    assert_eq!(article_count(&db), 12);
    let first6: Value = json(&direct);
    let after = json(&run(&db, &["articles", "list", "--format", "json"]).success());
    assert_eq!(
        after.as_array().unwrap()[..6],
        first6.as_array().unwrap()[..]
    );
}

#[test]
fn an_unmigrated_database_is_told_to_migrate_by_every_article_command() {
    let db = TestDb::new("articles_unmigrated");
    for args in [
        &["articles", "list"][..],
        &["articles", "list", "--format", "csv"],
        &["articles", "show", "1"],
        &[
            "articles",
            "create",
            "--title",
            "T",
            "--author",
            "1",
            "--content",
            "x",
        ],
    ] {
        let out = run(&db, args).expect_code(1);
        assert!(
            out.stderr
                .contains("the database is not migrated yet: run `blogctl migrate`"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("SQLSTATE"), "{args:?}: {}", out.stderr);
    }
}
