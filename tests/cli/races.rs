//! Issue 14, 5 and 9: races between blogctl runs, and with other sessions,
//! end in a clear answer or a success, never a raw SQL error. The losing
//! side of each race is made on purpose (a second session holds the row
//! lock, blogctl blocks on it, observed in pg_stat_activity), or many
//! processes start at once.

use std::process::Stdio;

use crate::articles_update::{articles, demo};
use crate::seed::ADMIN_EMAIL;
use crate::setup::{MissingDb, setup};
use crate::util::race::{start, wait_until_blocked};
use crate::util::{Output, TestDb, secret, server};

/// Start every run at once, then wait for all of them; each must exit 0.
fn all_at_once(runs: Vec<crate::util::Blogctl>) -> Vec<Output> {
    let children: Vec<_> = runs
        .iter()
        .map(|run| run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped()))
        .collect();
    children
        .into_iter()
        .map(|child| child.wait_with_output().success())
        .collect()
}

/// The users and articles one run says the demo data added.
fn demo_added(out: &Output) -> (i64, i64) {
    if out
        .stderr
        .contains("demo data already loaded: nothing added")
    {
        return (0, 0);
    }
    let line = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("loaded the demo data: "))
        .unwrap_or_else(|| panic!("no demo report:\n{}", out.stderr));
    let numbers: Vec<i64> = line
        .split(' ')
        .filter_map(|word| word.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

fn count(db: &TestDb, table: &str) -> i64 {
    db.client()
        .query_one(&format!("SELECT count(*) FROM {table}"), &[])
        .unwrap()
        .get(0)
}

#[test]
fn eight_setups_of_a_missing_database_at_once_all_succeed() {
    let missing = MissingDb::new("t_race_setup", server().url("postgres"));
    let url = server().url(&missing.name);
    let password = secret("race-setup-pw");
    let outs = all_at_once(
        (0..8)
            .map(|_| {
                let mut run = setup(&url, &password);
                run.arg("--demo");
                run
            })
            .collect(),
    );
    let said = |text: &str| outs.iter().filter(|o| o.stderr.contains(text)).count();
    let created = format!("created database {}\n", missing.name);
    let meanwhile = format!(
        "database {} was created meanwhile by another session",
        missing.name
    );
    let not_there = format!("database {} does not exist", missing.name);
    assert_eq!(said(&created), 1, "created by exactly one run");
    assert_eq!(said(&meanwhile), said(&not_there) - 1, "the others say so");
    assert_eq!(said("created the admin admin@example.com"), 1);
    assert_eq!(said("setup complete"), 8);
    let (users, articles) = outs
        .iter()
        .map(demo_added)
        .fold((0, 0), |(u, a), (du, da)| (u + du, a + da));
    assert_eq!((users, articles), (4, 6), "each demo row reported once");
    let c = &mut crate::util::client(&url);
    let history: Vec<(i32, i64)> = c
        .query(
            "SELECT version, count(*) FROM refinery_schema_history GROUP BY 1 ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(history, (1..=7).map(|v| (v, 1)).collect::<Vec<_>>());
    let counts: Vec<i64> = ["users", "addresses", "articles"]
        .iter()
        .map(|t| {
            c.query_one(&format!("SELECT count(*) FROM {t}"), &[])
                .unwrap()
                .get(0)
        })
        .collect();
    assert_eq!(counts, [5, 3, 6]);
}

#[test]
fn eight_demo_loads_at_once_add_each_row_once_and_report_it_once() {
    let db = TestDb::migrated("race_demo");
    let password = secret("race-demo-pw");
    // The admin first: creating it at once would queue the runs on its
    // unique email (each waits for the first's insert), so that the demo
    // loads would not meet.
    db.blogctl()
        .arg("seed")
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", &password)
        .run()
        .success();
    // A starting gate: the runs queue behind a lock on `users` until all
    // eight wait, then go together.
    let mut gate = db.client();
    let mut tx = gate.transaction().unwrap();
    tx.batch_execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let runs: Vec<_> = (0..8)
        .map(|_| {
            let mut run = db.blogctl();
            run.args(["seed", "--demo"])
                .env("ADMIN_EMAIL", ADMIN_EMAIL)
                .env("ADMIN_PASSWORD", &password);
            run
        })
        .collect();
    let children: Vec<_> = runs
        .iter()
        .map(|run| run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped()))
        .collect();
    db.wait_until(
        "SELECT count(*) = 8 FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = 'blogctl'
           AND wait_event_type = 'Lock'",
    );
    tx.rollback().unwrap();
    let outs: Vec<Output> = children
        .into_iter()
        .map(|child| child.wait_with_output().success())
        .collect();
    let (users, articles) = outs
        .iter()
        .map(demo_added)
        .fold((0, 0), |(u, a), (du, da)| (u + du, a + da));
    assert_eq!((users, articles), (4, 6), "each demo row reported once");
    assert_eq!(count(&db, "users"), 5);
    assert_eq!(count(&db, "addresses"), 3);
    assert_eq!(count(&db, "articles"), 6);
}

#[test]
fn an_author_deleted_while_their_article_is_created_is_said_so() {
    let db = demo("race_author_gone");
    db.client()
        .batch_execute(
            "INSERT INTO users (email, name, password) VALUES ('gone@example.com', 'Gone', 'x')",
        )
        .unwrap();
    let before = articles(&db);
    // The second session plays `users delete gone@example.com`: it locks
    // the user, as that command does, and deletes it once blogctl's INSERT
    // waits for the lock (its foreign key check).
    let mut deleter = db.client();
    let mut tx = deleter.transaction().unwrap();
    tx.execute(
        "SELECT id FROM users WHERE email = 'gone@example.com' FOR UPDATE",
        &[],
    )
    .unwrap();
    let mut run = db.blogctl();
    run.args(["articles", "create", "--title", "Late", "--content", "x"])
        .args(["--author", "gone@example.com"]);
    let mut child = start(&run);
    wait_until_blocked(&db, &mut child);
    tx.execute("DELETE FROM users WHERE email = 'gone@example.com'", &[])
        .unwrap();
    tx.commit().unwrap();
    let out = child.wait_with_output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "blogctl: error: the author, user gone@example.com, was deleted by another session \
         meanwhile: nothing was created\n"
    );
    assert_eq!(out.stdout, "");
    assert_eq!(articles(&db), before, "nothing created");
}

/// A table blogctl does not write (a newer blog API's comments) refers to
/// users and articles: deleting one of them says so, and deletes nothing.
#[test]
fn a_delete_refused_by_another_tables_foreign_key_says_which() {
    let db = demo("race_still_referenced");
    db.client()
        .batch_execute(
            "CREATE TABLE comments (id serial PRIMARY KEY, content text NOT NULL,
                                    article_id integer REFERENCES articles (id),
                                    author_id integer REFERENCES users (id));
             INSERT INTO comments (content, article_id, author_id) VALUES ('hi', 6, 3);",
        )
        .unwrap();
    let before = articles(&db);
    let out = db
        .blogctl()
        .args(["articles", "delete", "6", "--yes"])
        .run()
        .expect_code(1);
    assert_eq!(
        out.stderr,
        "blogctl: error: article 6 is still referenced from table comments (foreign key \
         comments_article_id_fkey): change or delete those rows first; nothing was deleted\n"
    );
    let out = db
        .blogctl()
        .args([
            "users",
            "delete",
            "3",
            "--yes",
            "--reassign-articles-to",
            "1",
        ])
        .run()
        .expect_code(1);
    assert_eq!(
        out.stderr,
        "blogctl: error: user 3 is still referenced from table comments (foreign key \
         comments_author_id_fkey): change or delete those rows first; nothing was deleted\n"
    );
    assert_eq!(articles(&db), before, "nothing deleted or moved");
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 4);
}

/// Wait (30 s at most) until the session named `app` waits for a lock
/// held by someone, and not by `not_by` (a pid) when given.
fn wait_until_app_blocked(db: &TestDb, app: &str, not_by: Option<i32>) {
    let mut client = db.client();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let blocked: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_stat_activity \
                 WHERE datname = current_database() AND application_name = $1 \
                   AND wait_event_type = 'Lock' \
                   AND cardinality(pg_blocking_pids(pid)) > 0 \
                   AND ($2::int IS NULL OR NOT $2 = ANY (pg_blocking_pids(pid))))",
                &[&app, &not_by],
            )
            .unwrap()
            .get(0);
        if blocked {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{app} did not wait for a lock (not held by {not_by:?}) within 30 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// `users delete A --reassign-articles-to B` beside `users delete B
/// --reassign-articles-to A`. Each used to lock its own user, then the
/// other: played in that order here (two sessions hold A and B, and let go
/// one after the other), they deadlocked and one got a raw 40P01. They now
/// lock both rows in one statement, in id order, and wait for each other:
/// one deletes, the other finds its heir gone.
#[test]
fn crossed_deletes_wait_for_each_other_instead_of_deadlocking() {
    let db = demo("race_crossed_deletes");
    let before = articles(&db).len();
    let (mut hold_ada, mut hold_grace) = (db.client(), db.client());
    let mut ada = hold_ada.transaction().unwrap();
    let ada_pid: i32 = ada
        .query_one(
            "SELECT pg_backend_pid() FROM users WHERE email = 'ada@example.com' FOR UPDATE",
            &[],
        )
        .unwrap()
        .get(0);
    let mut grace = hold_grace.transaction().unwrap();
    grace
        .execute(
            "SELECT id FROM users WHERE email = 'grace@example.com' FOR UPDATE",
            &[],
        )
        .unwrap();
    let mut one = db.blogctl();
    one.env("PGAPPNAME", "blogctl-one")
        .args(["users", "delete", "ada@example.com", "--yes"])
        .args(["--reassign-articles-to", "grace@example.com"]);
    let mut other = db.blogctl();
    other
        .env("PGAPPNAME", "blogctl-other")
        .args(["users", "delete", "grace@example.com", "--yes"])
        .args(["--reassign-articles-to", "ada@example.com"]);
    let first = start(&one);
    wait_until_app_blocked(&db, "blogctl-one", None);
    let second = start(&other);
    wait_until_app_blocked(&db, "blogctl-other", None);
    // Ada's row goes to the first run, which then waits for grace's.
    ada.commit().unwrap();
    wait_until_app_blocked(&db, "blogctl-one", Some(ada_pid));
    grace.commit().unwrap();
    let outs: Vec<Output> = [first, second]
        .into_iter()
        .map(|child| child.wait_with_output())
        .collect();
    for out in &outs {
        assert!(
            !out.stderr.contains("deadlock") && !out.stderr.contains("40P01"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(outs[0].code, 0, "{}", outs[0].stderr);
    assert_eq!(
        outs[0].stderr,
        "deleted user 1 and their address; moved 1 articles to user 2\n"
    );
    assert_eq!(outs[1].code, 1, "{}", outs[1].stderr);
    assert_eq!(
        outs[1].stderr,
        "blogctl: error: no user ada@example.com to take over the articles \
         (--reassign-articles-to)\n"
    );
    let left: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM users WHERE email IN ('ada@example.com', 'grace@example.com')",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 1);
    assert_eq!(
        articles(&db).len(),
        before,
        "every article kept, moved once"
    );
}

/// A deadlock with another session (which PostgreSQL breaks by rolling
/// blogctl back) is said plainly: run it again; nothing was changed.
#[test]
fn a_deadlock_with_another_session_says_to_run_again() {
    let db = demo("race_deadlock_victim");
    // blogctl's sessions check for a deadlock after 2 s of waiting, the
    // test's own after ten minutes: blogctl is the one rolled back.
    db.client()
        .batch_execute(&format!(
            "ALTER DATABASE \"{}\" SET deadlock_timeout = '2s'",
            db.name
        ))
        .unwrap();
    let before = articles(&db);
    let mut other = db.client();
    other
        .batch_execute("SET deadlock_timeout = '10min'")
        .unwrap();
    let mut tx = other.transaction().unwrap();
    // The other session holds ada's articles...
    tx.execute(
        "UPDATE articles SET title = title \
         WHERE author_id = (SELECT id FROM users WHERE email = 'ada@example.com')",
        &[],
    )
    .unwrap();
    let mut run = db.blogctl();
    run.args(["users", "delete", "ada@example.com", "--yes"])
        .args(["--reassign-articles-to", "grace@example.com"]);
    let mut child = start(&run);
    // ...blogctl locks ada and grace, then waits for the articles...
    wait_until_blocked(&db, &mut child);
    // ...and the other session waits for ada: a cycle.
    tx.execute(
        "SELECT id FROM users WHERE email = 'ada@example.com' FOR UPDATE",
        &[],
    )
    .unwrap();
    let out = child.wait_with_output();
    tx.rollback().unwrap();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.starts_with(
            "blogctl: error: cannot move the articles of user 1 to user 2: another session was \
             changing the same rows at the same moment, and PostgreSQL rolled this command back; \
             nothing was changed: run it again: deadlock detected (SQLSTATE 40P01)"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(articles(&db), before, "nothing changed");
}
