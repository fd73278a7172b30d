//! Every `--help` page, snapshotted: the help text is the user interface.

use crate::util::Blogctl;

/// Every command path of the CLI, as typed. A unit test in src/cli.rs
/// walks `Cli::command()` and fails for a path without a snapshot here.
const PAGES: &[&[&str]] = &[
    &[],
    &["setup"],
    &["migrate"],
    &["migrate", "status"],
    &["seed"],
    &["users"],
    &["users", "create"],
    &["users", "list"],
    &["users", "show"],
    &["users", "update"],
    &["users", "set-password"],
    &["users", "check-password"],
    &["users", "delete"],
    &["articles"],
    &["articles", "create"],
    &["articles", "list"],
    &["articles", "show"],
    &["articles", "update"],
    &["articles", "delete"],
    &["local"],
    &["local", "start"],
    &["local", "stop"],
    &["local", "status"],
    &["local", "env"],
    &["local", "destroy"],
    &["completions"],
];

#[test]
fn every_help_page_matches_its_snapshot() {
    for page in PAGES {
        let out = Blogctl::new()
            .args(*page)
            .arg("--help")
            .env("COLUMNS", "100")
            .run()
            .success();
        let name = if page.is_empty() {
            "blogctl".to_string()
        } else {
            format!("blogctl_{}", page.join("_"))
        };
        insta::assert_snapshot!(name, out.stdout);
    }
}

#[test]
fn usage_errors_exit_2() {
    let out = Blogctl::new()
        .args(["articles", "list", "--author", "0"])
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = Blogctl::new().arg("frobnicate").run();
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// Each command's own options come first; the global ones follow under a
/// heading of their own, on every page.
#[test]
fn global_options_are_under_their_own_heading() {
    for page in PAGES {
        let out = Blogctl::new()
            .args(*page)
            .arg("--help")
            .env("COLUMNS", "100")
            .run()
            .success();
        let (own, global) = out
            .stdout
            .split_once("\nGlobal options:\n")
            .unwrap_or_else(|| panic!("{page:?}: no Global options heading:\n{}", out.stdout));
        for flag in ["--database-url", "--format", "--quiet", "--env-file"] {
            assert!(
                !own.contains(flag),
                "{page:?}: {flag} among the own options"
            );
            assert!(
                global.contains(flag),
                "{page:?}: {flag} not under Global options"
            );
        }
        assert!(own.contains("--help"), "{page:?}");
    }
    let out = Blogctl::new()
        .args(["articles", "list", "--help"])
        .run()
        .success();
    let own = out.stdout.split("Global options:").next().unwrap();
    assert!(own.contains("--author") && own.contains("--limit"), "{own}");
}

/// `--content` and `--content-file` read as alternatives, and are: one of
/// them, not both, not neither (exit 2 before connecting).
#[test]
fn content_and_content_file_are_alternatives() {
    let out = Blogctl::new()
        .args(["articles", "create", "--help"])
        .run()
        .success();
    assert!(
        out.stdout
            .contains("<--content <TEXT>|--content-file <PATH|->>"),
        "{}",
        out.stdout
    );
    let base = ["articles", "create", "--title", "T", "--author", "1"];
    let both = Blogctl::new()
        .args(base)
        .args(["--content", "x", "--content-file", "-"])
        .run()
        .expect_code(2);
    assert!(
        both.stderr.contains("cannot be used with"),
        "{}",
        both.stderr
    );
    let neither = Blogctl::new().args(base).run().expect_code(2);
    assert!(
        neither
            .stderr
            .contains("--content <TEXT>|--content-file <PATH|->"),
        "{}",
        neither.stderr
    );
}
