//! README.md cannot drift from the program: every console example in it
//! is run, command by command, against a fresh database set up as the
//! README says, and what the commands print must be what the README
//! shows (after [`run::normalize`]: timings, timestamps, ports, temporary
//! paths, database names). A wrong id or a changed message fails here.
//!
//! Every fenced block holding a `$ ` command must be a ```console block,
//! and every ```console block is preceded by an HTML comment (invisible on
//! the rendered page) that says what the commands run against:
//!
//! ```text
//! <!-- test: demo
//! sql: UPDATE articles SET ...      (run on the database first)
//! env: ADMIN_EMAIL=admin@example.com
//! -->
//! ```
//!
//! The scenarios are in [`scenario`]; `continue` carries on with the
//! database and variables of the block before it. A block that cannot be
//! run here says `<!-- test: unchecked: <why, and what checks it> -->`.
//! `BLOGCTL_UPDATE_README=1 cargo test readme` writes what the commands
//! printed into README.md instead of failing (review the diff).

mod compare;
mod run;
mod scenario;
mod sections;

use std::collections::BTreeSet;
use std::path::PathBuf;

/// A ```console block of README.md.
#[derive(Debug, Clone)]
pub struct Block {
    /// The line of the opening fence (1-based).
    pub line: usize,
    /// The `## ` section it is in.
    pub section: String,
    /// The scenario (`demo`, `continue`, ...; `unchecked: ...`).
    pub scenario: String,
    /// `key: value` lines of the annotation, in order.
    pub options: Vec<(String, String)>,
    pub commands: Vec<Cmd>,
}

/// One `$ ` command of a block and what the README says it prints.
#[derive(Debug, Clone)]
pub struct Cmd {
    /// The line of the `$ ` (1-based).
    pub line: usize,
    /// The command, continuation lines (`\`) joined.
    pub text: String,
    /// The lines of README.md it spans (the `$ ` line and continuations).
    pub lines: usize,
    pub expected: Vec<String>,
}

pub fn readme_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// Every ```console block, or the problems that keep a block from being
/// checked (a `$ ` example in another kind of block, a console block
/// without an annotation).
pub fn parse(text: &str) -> (Vec<Block>, Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let (mut blocks, mut problems) = (Vec::new(), Vec::new());
    let mut section = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(title) = line.strip_prefix("## ") {
            section = title.to_string();
        }
        let Some(info) = line.strip_prefix("```") else {
            i += 1;
            continue;
        };
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].starts_with("```"))
            .unwrap_or(lines.len());
        let body = &lines[i + 1..end];
        let has_prompt = body.iter().any(|l| l.starts_with("$ "));
        if info != "console" {
            if has_prompt {
                problems.push(format!(
                    "README.md:{}: a `$ ` example in a ```{info} block: make it ```console, \
                     with a `<!-- test: ... -->` line before it",
                    i + 1
                ));
            }
            i = end + 1;
            continue;
        }
        match annotation(&lines[..i]) {
            Some((scenario, options)) => {
                let commands = commands(body, i + 2);
                if commands.is_empty() || !body[0].starts_with("$ ") {
                    problems.push(format!(
                        "README.md:{}: a console block must start with a `$ ` command",
                        i + 1
                    ));
                }
                blocks.push(Block {
                    line: i + 1,
                    section: section.clone(),
                    scenario,
                    options,
                    commands,
                });
            }
            None => problems.push(format!(
                "README.md:{}: a ```console block without a `<!-- test: ... -->` line before it \
                 (see tests/cli/readme/mod.rs)",
                i + 1
            )),
        }
        i = end + 1;
    }
    (blocks, problems)
}

/// The `<!-- test: ... -->` comment that ends right before a fence.
fn annotation(before: &[&str]) -> Option<(String, Vec<(String, String)>)> {
    let last = before.len().checked_sub(1)?;
    if !before[last].trim_end().ends_with("-->") {
        return None;
    }
    let start = (0..=last)
        .rev()
        .find(|&j| before[j].starts_with("<!-- test:"))?;
    let mut text: Vec<&str> = before[start..=last].to_vec();
    let first = text[0].trim_start_matches("<!-- test:").trim();
    let first = first.trim_end_matches("-->").trim().to_string();
    text.remove(0);
    let options = text
        .iter()
        .map(|l| l.trim_end_matches("-->").trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (key, value) = l.split_once(':').unwrap_or((l, ""));
            (key.trim().to_string(), value.trim().to_string())
        })
        .collect();
    Some((first, options))
}

/// The commands of a block whose first body line is README line `first`.
fn commands(body: &[&str], first: usize) -> Vec<Cmd> {
    let mut commands: Vec<Cmd> = Vec::new();
    let mut i = 0;
    while i < body.len() {
        if let Some(text) = body[i].strip_prefix("$ ") {
            let line = first + i;
            let mut text = text.to_string();
            let mut lines = 1;
            while text.ends_with('\\') && i + 1 < body.len() {
                text.pop();
                i += 1;
                lines += 1;
                text.push(' ');
                text.push_str(body[i].trim_start());
            }
            commands.push(Cmd {
                line,
                text,
                lines,
                expected: Vec::new(),
            });
        } else if let Some(cmd) = commands.last_mut() {
            cmd.expected.push(body[i].to_string());
        }
        i += 1;
    }
    commands
}

/// The README's `## ` sections that hold console examples each have a
/// test in [`sections`]; every `$ ` example is in an annotated console
/// block; every unchecked block says why.
#[test]
fn every_console_example_is_annotated_and_has_a_test() {
    let text = std::fs::read_to_string(readme_path()).unwrap();
    let (blocks, mut problems) = parse(&text);
    let tested: BTreeSet<&str> = sections::SECTIONS.iter().copied().collect();
    for block in &blocks {
        if let Some(why) = block.scenario.strip_prefix("unchecked:") {
            if why.trim().len() < 20 {
                problems.push(format!(
                    "README.md:{}: say why the block cannot be checked, and what checks it",
                    block.line
                ));
            }
        } else if !tested.contains(block.section.as_str()) {
            problems.push(format!(
                "README.md:{}: section `{}` has no test in tests/cli/readme/sections.rs",
                block.line, block.section
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let checked = blocks
        .iter()
        .filter(|b| !b.scenario.starts_with("unchecked"))
        .count();
    eprintln!(
        "README.md: {checked} of {} console blocks checked",
        blocks.len()
    );
    assert!(
        checked * 10 >= blocks.len() * 9,
        "more than one block in ten unchecked"
    );
}
