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
