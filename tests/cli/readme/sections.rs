//! One test per `## ` section of README.md that holds console examples,
//! so that the sections run in parallel, each on databases of its own.

use std::sync::Mutex;

use super::run::{Mismatch, Session, updated};
use super::{parse, readme_path, scenario};

/// The sections with a test below.
pub const SECTIONS: &[&str] = &[
    "Run it",
    "Configuration",
    "A PostgreSQL of its own: `blogctl local`",
    "Limits on input",
    "Seeding and setup",
    "Migrations",
    "Beside the blog API",
    "Articles",
];

/// Run the checked blocks of `title` in order; fail with every command
/// that printed something else than the README, or, with
/// `BLOGCTL_UPDATE_README=1`, write what they printed into README.md.
fn run_section(title: &str) {
    let text = std::fs::read_to_string(readme_path()).unwrap();
    let (blocks, _) = parse(&text);
    let blocks: Vec<_> = blocks
        .into_iter()
        .filter(|b| b.section == title && !b.scenario.starts_with("unchecked"))
        .collect();
    assert!(
        !blocks.is_empty(),
        "README.md has no checked block in `{title}`"
    );
    let mut session: Option<Session> = None;
    // (block, command) positions within the section, and what happened.
    let mut mismatches: Vec<(usize, usize, Mismatch)> = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        if block.scenario != "continue" {
            session = Some(scenario::start(&block.scenario));
        }
        let session = session
            .as_mut()
            .unwrap_or_else(|| panic!("README.md:{}: `continue` with nothing before", block.line));
        // A terminal is for its block alone.
        session.terminal = None;
        scenario::apply(session, &block.options);
        for mismatch in session.run(block) {
            let c = (block.commands.iter())
                .position(|c| c.line == mismatch.cmd.line)
                .unwrap();
            mismatches.push((b, c, mismatch));
        }
    }
    if mismatches.is_empty() {
        return;
    }
    if std::env::var_os("BLOGCTL_UPDATE_README").is_some() {
        // Sections run at once: re-read README.md under a lock, and find the
        // commands again (another section's update may have moved them).
        static WRITING: Mutex<()> = Mutex::new(());
        let _lock = WRITING.lock().unwrap();
        let text = std::fs::read_to_string(readme_path()).unwrap();
        let (blocks, _) = parse(&text);
        let blocks: Vec<_> = (blocks.into_iter())
            .filter(|b| b.section == title && !b.scenario.starts_with("unchecked"))
            .collect();
        let moved: Vec<Mismatch> = mismatches
            .into_iter()
            .map(|(b, c, m)| Mismatch {
                cmd: blocks[b].commands[c].clone(),
                ..m
            })
            .collect();
        std::fs::write(readme_path(), updated(&text, &moved)).unwrap();
        return;
    }
    let report: Vec<String> = mismatches
        .iter()
        .map(|(_, _, m)| {
            format!(
                "README.md:{}: `$ {}`: {}\n--- README.md shows:\n{}\n--- it printed:\n{}\n",
                m.cmd.line,
                m.cmd.text,
                m.message,
                m.cmd.expected.join("\n"),
                m.actual.join("\n")
            )
        })
        .collect();
    panic!(
        "{} README example(s) of `{title}` drifted from the program (BLOGCTL_UPDATE_README=1 \
         cargo test readme writes what they print into README.md):\n\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn readme_run_it() {
    run_section("Run it");
}

#[test]
fn readme_configuration() {
    run_section("Configuration");
}

#[test]
fn readme_local() {
    run_section("A PostgreSQL of its own: `blogctl local`");
}

#[test]
fn readme_limits_on_input() {
    run_section("Limits on input");
}

#[test]
fn readme_seeding_and_setup() {
    run_section("Seeding and setup");
}

#[test]
fn readme_migrations() {
    run_section("Migrations");
}

#[test]
fn readme_beside_the_blog_api() {
    run_section("Beside the blog API");
}

#[test]
fn readme_articles() {
    run_section("Articles");
}
