//! `articles delete`: all or nothing, the deleted records in every
//! format, `--yes` without a terminal, the terminal confirmation with
//! hostile and long titles, and races with a second session (before the
//! statement and between the question and the answer).

use crate::articles_update::{articles, demo, json, run};
use crate::util::Blogctl;
use crate::util::process::{run_on_terminal, spawn_on_terminal};
use crate::util::race::{start, wait_until_blocked};

#[test]
fn delete_without_a_terminal_needs_yes_and_checks_before_connecting() {
    let db = demo("art_delete_yes");
    let out = run(&db, &["articles", "delete", "4", "5"]).expect_code(2);
    assert_eq!(
        out.stderr,
        "blogctl: error: refusing to delete articles 4, 5 without confirmation: pass --yes (no \
         terminal to ask on)\n"
    );
    // Refused before connecting: a server that is not there is not tried.
    let out = Blogctl::new()
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .args(["articles", "delete", "1"])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("refusing to delete article 1"),
        "{}",
        out.stderr
    );
    assert_eq!(articles(&db).len(), 6);
}

#[test]
fn delete_is_all_or_nothing_and_prints_what_went() {
    let db = demo("art_delete_all_or_nothing");
    let before = articles(&db);
    let out = run(&db, &["articles", "delete", "2", "99", "3", "98", "--yes"]).expect_code(1);
    assert_eq!(
        out.stderr,
        "blogctl: error: articles 98, 99 not found: nothing was deleted; see `blogctl articles \
         list` for the ids\n"
    );
    assert_eq!(out.stdout, "");
    assert_eq!(articles(&db), before);

    // Ids in any order, repeated: each deleted once, printed in id order,
    // content included.
    let out = run(
        &db,
        &[
            "articles", "delete", "5", "1", "5", "--yes", "--format", "json",
        ],
    )
    .success();
    assert_eq!(out.stderr, "deleted articles 1, 5\n");
    insta::assert_snapshot!("articles_delete_json", out.stdout);
    let deleted = json(&out);
    let deleted = deleted.as_array().unwrap();
    assert_eq!(deleted.len(), 2);
    assert_eq!(
        (deleted[0]["id"].as_i64(), deleted[1]["id"].as_i64()),
        (Some(1), Some(5))
    );
    for record in deleted {
        let id = record["id"].as_i64().unwrap() as i32;
        let was = before.iter().find(|a| a.0 == id).unwrap();
        assert_eq!(record["title"], was.1.as_str());
        assert_eq!(record["content"], was.2.as_str());
        assert_eq!(record["authorId"], was.3);
    }
    assert_eq!(articles(&db).len(), 4);

    let out = run(
        &db,
        &["articles", "delete", "4", "--yes", "--format", "csv"],
    )
    .success();
    insta::assert_snapshot!("articles_delete_csv", out.stdout);
    let out = run(&db, &["articles", "delete", "2", "3", "--yes"]).success();
    insta::assert_snapshot!("articles_delete_table", out.stdout);
    assert_eq!(out.stderr, "deleted articles 2, 3\n");
    let left: Vec<i32> = articles(&db).iter().map(|a| a.0).collect();
    assert_eq!(left, [6]);
    // -q: the records, no summary.
    let out = run(
        &db,
        &["-q", "articles", "delete", "6", "--yes", "--format", "csv"],
    )
    .success();
    assert_eq!(out.stderr, "");
    assert!(
        out.stdout.starts_with("id,title,content,"),
        "{}",
        out.stdout
    );
}

#[test]
fn delete_of_an_article_deleted_meanwhile_deletes_nothing() {
    let db = demo("art_delete_race");
    let mut other = db.client();
    let mut tx = other.transaction().unwrap();
    tx.execute("DELETE FROM articles WHERE id = 5", &[])
        .unwrap();
    let mut delete = db.blogctl();
    delete.args(["articles", "delete", "4", "5", "6", "--yes"]);
    let mut running = start(&delete);
    wait_until_blocked(&db, &mut running);
    tx.commit().unwrap();
    let out = running.wait_with_output().expect_code(1);
    assert!(
        out.stderr
            .starts_with("blogctl: error: article 5 not found: nothing was deleted"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    let left: Vec<i32> = articles(&db).iter().map(|a| a.0).collect();
    assert_eq!(left, [1, 2, 3, 4, 6]);
}

#[test]
fn delete_asks_on_a_terminal_showing_titles_escaped() {
    let db = demo("art_delete_confirm");
    let hostile = "Hello\u{1b}]0;pwned\u{7}\u{1b}[2J\nFAKE line\u{202e}";
    let out = run(
        &db,
        &[
            "articles",
            "create",
            "--title",
            hostile,
            "--author",
            "2",
            "--content",
            "x",
            "--format",
            "json",
        ],
    )
    .success();
    let id = json(&out)["id"].to_string();
    let mut delete = db.blogctl();
    delete.args(["articles", "delete", &id, "1"]);
    let (code, screen) = run_on_terminal(&delete, "n\n");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains(
            "article 1: Notes on the Analytical Engine (by Ada Lovelace <ada@example.com>)"
        ),
        "{screen}"
    );
    assert!(
        screen.contains(&format!(
            "article {id}: Hello\\x1B]0;pwned\\x07\\x1B[2J\\nFAKE line\\u202E (by Grace \
             Hopper <grace@example.com>)"
        )),
        "{screen}"
    );
    assert!(
        screen.contains("Delete these 2 articles? [y/N]"),
        "{screen}"
    );
    assert!(
        !screen.contains('\u{1b}') && !screen.contains('\u{202e}'),
        "{screen:?}"
    );
    // A choice, not an error: no `error:` prefix.
    assert!(
        screen.contains("nothing was deleted") && !screen.contains("error"),
        "{screen}"
    );
    assert_eq!(articles(&db).len(), 7);

    let (code, screen) = run_on_terminal(&delete, "y\n");
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains(&format!("deleted articles 1, {id}")),
        "{screen}"
    );
    assert_eq!(articles(&db).len(), 5);

    // A long title is cut in the question (the table shows it whole).
    let long = format!("{}END", "Long title ".repeat(20));
    let out = run(
        &db,
        &[
            "articles",
            "create",
            "--title",
            &long,
            "--author",
            "2",
            "--content",
            "x",
            "--format",
            "json",
        ],
    )
    .success();
    let id = json(&out)["id"].to_string();
    let mut delete = db.blogctl();
    delete.args(["articles", "delete", &id]);
    let (code, screen) = run_on_terminal(&delete, "n\n");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains(&format!("article {id}: {}… (by Grace Hopper", &long[..60])),
        "{screen}"
    );
    assert!(screen.contains("Delete this article? [y/N]"), "{screen}");
    assert!(!screen.contains("END"), "{screen}");
    db.client()
        .execute("DELETE FROM articles WHERE title = $1", &[&long])
        .unwrap();

    // An unknown id is said before asking anything.
    let mut delete = db.blogctl();
    delete.args(["articles", "delete", "2", "77"]);
    let (code, screen) = run_on_terminal(&delete, "y\n");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("article 77 not found: nothing was deleted"),
        "{screen}"
    );
    assert!(!screen.contains("[y/N]"), "{screen}");
    assert_eq!(articles(&db).len(), 5);
}

#[test]
fn delete_confirmed_after_another_session_deleted_one_deletes_nothing() {
    let db = demo("art_delete_confirm_race");
    let mut delete = db.blogctl();
    delete.args(["articles", "delete", "2", "3"]);
    let mut running = spawn_on_terminal(&delete);
    running.wait_for_output("[y/N]");
    // Between the question and the answer, another session deletes one.
    db.client()
        .execute("DELETE FROM articles WHERE id = 3", &[])
        .unwrap();
    running.type_text("y\n");
    let out = running.wait_with_output();
    let screen = out.stdout;
    assert_eq!(out.code, 1, "{screen}");
    assert!(
        screen.contains("article 3 was deleted by another session meanwhile: nothing was deleted"),
        "{screen}"
    );
    let left: Vec<i32> = articles(&db).iter().map(|a| a.0).collect();
    assert_eq!(left, [1, 2, 4, 5, 6]);
}
