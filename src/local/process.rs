//! Running the server's programs: as the server's user, with a clean
//! environment, with their output kept for the error message.

use std::ffi::OsString;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::Layout;
use super::owner::OsUser;
use crate::error::{Error, LocalError, Result};

/// How the server's programs (initdb, postgres) run.
#[derive(Debug, Clone, Copy)]
pub struct Programs<'a> {
    /// The folder of the server binaries.
    pub bindir: &'a Path,
    /// The OS user they run as when blogctl runs as root.
    pub user: Option<&'a OsUser>,
    /// Their whole environment (`LocalSettings::server_env`).
    pub env: &'a [(OsString, OsString)],
}

impl Programs<'_> {
    /// The path of `program` in the binaries' folder.
    pub fn path(&self, program: &str) -> PathBuf {
        self.bindir.join(program)
    }

    /// `program` run as the server's user, in the cluster's folder (the
    /// caller's folder may be closed to that user), with nothing of the
    /// caller's environment but [`Programs::env`]: the server runs for a
    /// long time, and its /proc/<pid>/environ must hold none of the
    /// caller's secrets.
    pub fn command(&self, program: &str, layout: &Layout) -> Command {
        let mut cmd = Command::new(self.path(program));
        cmd.current_dir(&layout.dir);
        cmd.env_clear();
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        if let Some(user) = self.user {
            // std drops root's supplementary groups before setuid.
            cmd.uid(user.uid).gid(user.gid);
        }
        cmd
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
