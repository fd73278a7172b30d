//! Running the server's programs: as the server's user, with a clean
//! environment, with their output kept for the error message.

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};

use super::Layout;
use super::owner::OsUser;
use crate::error::{Error, LocalError, Result};

/// A server program run as the server's user, in the cluster's folder (the
/// caller's folder may be closed to that user), with a clean environment
/// (see [`clean_env`]).
pub fn server_command(program: &Path, layout: &Layout, user: Option<&OsUser>) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(&layout.dir);
    clean_env(&mut cmd);
    if let Some(user) = user {
        // std drops root's supplementary groups before setuid.
        cmd.uid(user.uid).gid(user.gid);
    }
    cmd
}

/// Give a server program only what it needs from the caller's
/// environment: `PATH` (for the shell commands the programs run, such as
/// `archive_command`), the locale (`LANG`, `LC_*`: initdb derives the
/// cluster's messages from them) and `TZ` (initdb sets the cluster's
/// timezone from it). Nothing else: the server runs for a long time, as
/// another OS user when blogctl runs as root, and its /proc/<pid>/environ
/// must hold none of the caller's secrets (ADMIN_PASSWORD,
/// POSTGRES_PASSWORD, a token); PG* variables (PGDATA, PGPORT, ...) would
/// change what it does.
fn clean_env(cmd: &mut Command) {
    cmd.env_clear();
    for (key, value) in std::env::vars_os() {
        let keep = key
            .to_str()
            .is_some_and(|k| matches!(k, "PATH" | "LANG" | "TZ") || k.starts_with("LC_"));
        if keep {
            cmd.env(key, value);
        }
    }
}

/// Run to completion; on failure, the error holds the end of its output.
pub fn run(cmd: &mut Command, stdin: Option<String>, what: &'static str) -> Result<()> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| Error::io(format!("cannot run {what}"), e))?;
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(input.as_bytes())
            .map_err(|e| Error::io(format!("cannot write to {what}"), e))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Error::io(format!("cannot run {what}"), e))?;
    if out.status.success() {
        return Ok(());
    }
    let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stdout));
    Err(LocalError::ToolFailed {
        what,
        status: out.status,
        output: last_lines(&text, 6),
    }
    .into())
}

/// What the server wrote to its log since `from`, its last lines.
pub fn log_tail(log: &Path, from: u64) -> String {
    let text = std::fs::read(log).unwrap_or_default();
    let start = (from as usize).min(text.len());
    let tail = last_lines(&String::from_utf8_lossy(&text[start..]), 6);
    if tail.is_empty() {
        format!("nothing in the log {}", log.display())
    } else {
        tail
    }
}

pub fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}
