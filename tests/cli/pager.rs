//! The pager, on a real pseudo-terminal: output longer than the screen
//! goes through `BLOGCTL_PAGER`, else `PAGER`, else `less -FRX`; output
//! that fits does not, nor output that is not going to a terminal;
//! `--no-pager` and an empty `BLOGCTL_PAGER` turn it off. Quitting the
//! pager early is success, and errors still reach stderr with their exit
//! code.

use std::path::Path;
use std::time::Duration;

use crate::terminal::demo;
use crate::util::process::{run_on_sized_terminal, run_on_sized_terminal_within};
use crate::util::{Blogctl, TestDb};

/// A pager that leaves a mark when it starts and prefixes what it shows.
pub fn marking_pager(mark: &Path, prefix: &str) -> String {
    format!("touch '{}'; sed 's/^/{prefix}/'", mark.display())
}

/// The demo data and `n` more articles.
pub fn with_articles(tag: &str, n: i32) -> TestDb {
    let db = demo(tag);
    db.client()
        .execute(
            "INSERT INTO articles (title, article_content, author_id)
             SELECT 'Bulk article ' || n, 'x', 2 FROM generate_series(1, $1) n",
            &[&n],
        )
        .unwrap();
    db
}

#[test]
fn long_output_goes_through_the_pager_and_short_output_does_not() {
    let db = with_articles("pager_long", 60);
    let dir = tempfile::tempdir().unwrap();
    let mark = dir.path().join("started");
    let pager = marking_pager(&mark, "PAGED:");
    let mut run = db.blogctl();
    run.args(["articles", "list"]).env("PAGER", &pager);
    let (code, screen) = run_on_sized_terminal(&run, 200, 24, "");
    assert_eq!(code, 0, "{screen}");
    assert!(mark.exists(), "no pager started:\n{screen}");
    assert!(screen.contains("PAGED: 66 | Bulk article 60"), "{screen}");
    // The hint on stderr is not paged, and comes after the pager ended.
    let mut run = db.blogctl();
    run.args(["articles", "list", "--limit", "30"])
        .env("PAGER", &pager);
    let (code, screen) = run_on_sized_terminal(&run, 200, 24, "");
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen
            .trim_end()
            .ends_with("or --format csv|json to stream them all")
            && !screen.contains("PAGED:showing"),
        "{screen}"
    );

    // Seven lines fit a 24-line screen: printed as they are.
    std::fs::remove_file(&mark).unwrap();
    let mut run = db.blogctl();
    run.args(["users", "list"]).env("PAGER", &pager);
    let (code, screen) = run_on_sized_terminal(&run, 200, 24, "");
    assert_eq!(code, 0, "{screen}");
    assert!(!mark.exists() && !screen.contains("PAGED:"), "{screen}");
    assert!(screen.contains("margaret@example.com"), "{screen}");
}

#[test]
fn no_pager_an_empty_blogctl_pager_and_a_pipe_turn_it_off() {
    let db = with_articles("pager_off", 60);
    let dir = tempfile::tempdir().unwrap();
    let mark = dir.path().join("started");
    let pager = marking_pager(&mark, "PAGED:");
    let on_terminal = |configure: &dyn Fn(&mut Blogctl)| {
        let mut run = db.blogctl();
        run.args(["articles", "list"]).env("PAGER", &pager);
        configure(&mut run);
        let (code, screen) = run_on_sized_terminal(&run, 200, 24, "");
        assert_eq!(code, 0, "{screen}");
        screen
    };
    let screen = on_terminal(&|run| {
        run.arg("--no-pager");
    });
    assert!(screen.contains(" 66 | Bulk article 60") && !screen.contains("PAGED:"));
    let screen = on_terminal(&|run| {
        run.env("BLOGCTL_PAGER", "");
    });
    assert!(screen.contains(" 66 | Bulk article 60") && !screen.contains("PAGED:"));
    assert!(!mark.exists());
    // BLOGCTL_PAGER wins over PAGER.
    let ours = marking_pager(&dir.path().join("ours"), "OURS:");
    let screen = on_terminal(&|run| {
        run.env("BLOGCTL_PAGER", &ours);
    });
    assert!(
        screen.contains("OURS: 66 |") && !screen.contains("PAGED:"),
        "{screen}"
    );
    // Not a terminal: never, whatever PAGER says.
    let out = db
        .blogctl()
        .args(["articles", "list"])
        .env("PAGER", &pager)
        .run()
        .success();
    assert!(out.stdout.contains(" 66 | Bulk article 60") && !out.stdout.contains("PAGED:"));
    assert!(!mark.exists(), "a pager started without a terminal");
}

#[test]
fn quitting_less_early_is_success() {
    // The default pager, less -FRX, on 3,000 rows; `q` at once.
    let db = with_articles("pager_less", 3000);
    let mut run = db.blogctl();
    run.args(["articles", "list", "--all"]);
    // Waiting for the rest of the output to be read would hang: bounded.
    let (code, screen) = run_on_sized_terminal_within(&run, 80, 24, "q", Duration::from_secs(120));
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Notes on the Analytical Engine"),
        "{screen}"
    );
    assert!(
        !screen.contains("Bulk article 3000"),
        "less showed it all:\n{screen}"
    );
}

#[test]
fn errors_go_to_stderr_after_the_pager_with_their_exit_code() {
    let db = TestDb::new("pager_error");
    db.blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    let dir = tempfile::tempdir().unwrap();
    let mut run = db.blogctl();
    run.args(["migrate", "status", "--check"])
        .env("PAGER", marking_pager(&dir.path().join("m"), "PAGED:"));
    // Nine lines on a five-line screen: paged.
    let (code, screen) = run_on_sized_terminal(&run, 80, 5, "");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("PAGED:       7 | validate_articles_author_id_fkey"),
        "{screen}"
    );
    assert!(
        screen.trim_end().ends_with(
            "blogctl: error: the database is not up to date: V4 pending, V5 pending, V6 pending, \
             V7 pending"
        ),
        "{screen}"
    );
}
