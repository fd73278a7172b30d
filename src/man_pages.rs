//! The man pages in `man/`, one per command (`blogctl.1`,
//! `blogctl-articles-list.1`, ...), are generated from the clap definitions
//! by clap_mangen and committed, so that `cargo install` users can install
//! them (README, "Install"). This test fails when they drift from the
//! command line; `BLOGCTL_UPDATE_MAN=1 cargo test man_pages` rewrites them.

use std::collections::BTreeMap;
use std::path::Path;

use clap::CommandFactory;

use crate::cli::Cli;

/// Every page clap_mangen makes for the command tree, by file name.
fn generated() -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    clap_mangen::generate_to(Cli::command(), dir.path()).unwrap();
    read_pages(dir.path())
}

fn read_pages(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "1"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

#[test]
fn committed_man_pages_match_the_command_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let generated = generated();
    assert!(
        generated.contains_key("blogctl.1") && generated.contains_key("blogctl-articles-list.1"),
        "clap_mangen made no page per command: {:?}",
        generated.keys()
    );
    if std::env::var_os("BLOGCTL_UPDATE_MAN").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, page) in &generated {
            std::fs::write(dir.join(name), page).unwrap();
        }
        return;
    }
    let committed = read_pages(&dir);
    let stale: Vec<&String> = generated
        .iter()
        .filter(|(name, page)| committed.get(*name) != Some(*page))
        .map(|(name, _)| name)
        .chain(
            committed
                .keys()
                .filter(|name| !generated.contains_key(*name)),
        )
        .collect();
    assert!(
        stale.is_empty(),
        "man/ is out of date with the command line ({stale:?}): run \
         BLOGCTL_UPDATE_MAN=1 cargo test man_pages, and review the diff"
    );
}
