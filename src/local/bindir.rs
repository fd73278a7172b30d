//! Finding the PostgreSQL server binaries (`initdb`, `postgres`) the way
//! PostgreSQL's own tools and packages lay them out: the folder
//! `pg_config --bindir` names, then `initdb` on `PATH`, then the newest
//! `<versions dir>/<version>/bin` (Debian and Ubuntu install every major
//! version under `/usr/lib/postgresql` and put none of them on `PATH`).
//!
//! Self-contained (std only, no crate types): the test harness includes this
//! file with `#[path]` to find the same binaries blogctl finds.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The programs a folder must hold to run a cluster.
pub const PROGRAMS: [&str; 2] = ["initdb", "postgres"];

/// Where Debian and Ubuntu install each major version (`15/bin`, `16/bin`).
pub const DEFAULT_VERSIONS_DIR: &str = "/usr/lib/postgresql";

/// Where to look, resolved from the environment by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    /// The `PATH` to search for `pg_config` and `initdb`.
    pub path: Option<OsString>,
    /// The folder of per-version installs searched last
    /// (`BLOGCTL_PG_VERSIONS_DIR`, default [`DEFAULT_VERSIONS_DIR`]).
    pub versions_dir: PathBuf,
}

impl Search {
    /// From the values of `PATH` and `BLOGCTL_PG_VERSIONS_DIR` (empty or
    /// unset: [`DEFAULT_VERSIONS_DIR`]).
    pub fn new(path: Option<OsString>, versions_dir: Option<OsString>) -> Search {
        Search {
            path,
            versions_dir: versions_dir
                .filter(|dir| !dir.is_empty())
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(DEFAULT_VERSIONS_DIR)),
        }
    }
}

/// No usable server binaries: what was searched and what was found (the
/// error catalogue says it, `LocalError::NoServerBinaries`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    pub versions_dir: PathBuf,
    /// The major version that was needed (an existing cluster's).
    pub wanted: Option<u32>,
    /// Folders with server binaries of another major version.
    pub others: Vec<(PathBuf, u32)>,
}

/// The folder to run a cluster with: the first candidate, or, for an
/// existing cluster of major version `wanted`, the first of that version
/// (a data folder only runs with the major version that made it).
pub fn find(search: &Search, wanted: Option<u32>) -> Result<PathBuf, NotFound> {
    let mut others = Vec::new();
    for dir in candidates(search) {
        let Some(wanted) = wanted else {
            return Ok(dir);
        };
        match major_version(&dir, &search.versions_dir) {
            Some(version) if version == wanted => return Ok(dir),
            Some(version) => others.push((dir, version)),
            None => {}
        }
    }
    Err(NotFound {
        versions_dir: search.versions_dir.clone(),
        wanted,
        others,
    })
}

/// Every folder holding the server binaries, in the order they are
/// preferred, each once.
pub fn candidates(search: &Search) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    let mut add = |dir: PathBuf| {
        let dir = dir.canonicalize().unwrap_or(dir);
        if has_programs(&dir) && !found.contains(&dir) {
            found.push(dir);
        }
    };
    if let Some(pg_config) = on_path(search, "pg_config")
        && let Some(dir) = pg_config_bindir(&pg_config)
    {
        add(dir);
    }
    if let Some(initdb) = on_path(search, "initdb") {
        // A symlink on PATH (/usr/local/bin/initdb -> .../15/bin/initdb):
        // the folder that holds the real binaries, with postgres beside them.
        let real = initdb.canonicalize().unwrap_or(initdb);
        if let Some(dir) = real.parent() {
            add(dir.to_path_buf());
        }
    }
    for (_, dir) in versioned_dirs(&search.versions_dir) {
        add(dir);
    }
    found
}

/// The major version of the binaries in `dir`: from the folder name under
/// the versions folder, else from `postgres --version`.
pub fn major_version(dir: &Path, versions_dir: &Path) -> Option<u32> {
    let versions_dir = versions_dir.canonicalize().ok();
    if let Some(parent) = dir.parent()
        && versions_dir.as_deref() == parent.parent()
        && let Some(version) = parent
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(parse_major)
    {
        return Some(version);
    }
    let out = Command::new(dir.join("postgres"))
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    // "postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
    let text = String::from_utf8_lossy(&out.stdout);
    let after = text.split(')').nth(1)?.trim_start();
    parse_major(after.split_whitespace().next()?)
}

/// `15.20` -> 15, `9.6.24` -> 9 (the major version is the first number).
fn parse_major(version: &str) -> Option<u32> {
    version
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// `<versions dir>/<version>/bin` folders, newest version first.
fn versioned_dirs(versions_dir: &Path) -> Vec<(Vec<u32>, PathBuf)> {
    let mut dirs: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir(versions_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            // Compare 10 > 9.6 numerically, not as text.
            let key: Vec<u32> = name
                .split('.')
                .map(|part| part.parse().ok())
                .collect::<Option<_>>()?;
            Some((key, entry.path().join("bin")))
        })
        .collect();
    dirs.sort_by(|a, b| b.0.cmp(&a.0));
    dirs
}

/// The first `PATH` entry holding an executable `program`. Empty entries
/// (which would mean the current folder) are skipped.
fn on_path(search: &Search, program: &str) -> Option<PathBuf> {
    std::env::split_paths(search.path.as_deref()?)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(program))
        .find(|path| is_executable(path))
}

fn pg_config_bindir(pg_config: &Path) -> Option<PathBuf> {
    let out = Command::new(pg_config)
        .arg("--bindir")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let dir = String::from_utf8(out.stdout).ok()?;
    let dir = dir.trim();
    (!dir.is_empty()).then(|| PathBuf::from(dir))
}

fn has_programs(dir: &Path) -> bool {
    PROGRAMS
        .iter()
        .all(|program| is_executable(&dir.join(program)))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn major_versions() {
        assert_eq!(parse_major("15.20"), Some(15));
        assert_eq!(parse_major("9.6.24"), Some(9));
        assert_eq!(parse_major("17beta1"), Some(17));
        assert_eq!(parse_major("devel"), None);
    }

    #[test]
    fn versions_sort_numerically() {
        let root = std::env::temp_dir().join(format!("blogctl-bindir-{}", std::process::id()));
        for version in ["9.6", "10", "15", "notaversion"] {
            std::fs::create_dir_all(root.join(version).join("bin")).unwrap();
        }
        let order: Vec<Vec<u32>> = versioned_dirs(&root).into_iter().map(|(k, _)| k).collect();
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(order, vec![vec![15], vec![10], vec![9, 6]]);
    }

    #[test]
    fn nothing_found_says_where_it_looked() {
        let empty = std::env::temp_dir().join(format!("blogctl-none-{}", std::process::id()));
        std::fs::create_dir_all(&empty).unwrap();
        let search = Search {
            path: Some(empty.clone().into_os_string()),
            versions_dir: empty.clone(),
        };
        let error = find(&search, None).unwrap_err();
        std::fs::remove_dir_all(&empty).unwrap();
        assert_eq!(
            error,
            NotFound {
                versions_dir: empty,
                wanted: None,
                others: Vec::new()
            }
        );
    }

    /// An executable shell script at `path`.
    fn script(path: &Path, body: &str) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    /// A folder with stand-ins for the server programs.
    fn server_binaries(dir: &Path) {
        for program in PROGRAMS {
            script(&dir.join(program), "exit 0");
        }
    }

    #[test]
    fn pg_config_then_path_then_the_newest_version() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path().canonicalize().unwrap();
        let (by_pg_config, on_path, versions) = (
            root.join("by-pg-config"),
            root.join("on-path"),
            root.join("versions"),
        );
        for dir in [
            &by_pg_config,
            &on_path,
            &versions.join("14/bin"),
            &versions.join("16/bin"),
        ] {
            server_binaries(dir);
        }
        // pg_config in a PATH folder of its own, before the one with initdb.
        let tools = root.join("tools");
        script(
            &tools.join("pg_config"),
            &format!("echo '{}'", by_pg_config.display()),
        );
        let path = std::env::join_paths([&tools, &on_path]).unwrap();
        let search = Search::new(Some(path.clone()), Some(versions.clone().into_os_string()));
        let expected = vec![
            by_pg_config.clone(),
            on_path.clone(),
            versions.join("16/bin"),
            versions.join("14/bin"),
        ];
        assert_eq!(candidates(&search), expected);
        assert_eq!(find(&search, None), Ok(by_pg_config.clone()));
        assert_eq!(find(&search, Some(14)), Ok(versions.join("14/bin")));
        // Without pg_config, PATH comes first; without either, the newest.
        std::fs::remove_file(tools.join("pg_config")).unwrap();
        assert_eq!(candidates(&search), expected[1..]);
        let search = Search::new(None, Some(versions.into_os_string()));
        assert_eq!(candidates(&search), expected[2..]);
    }
}
