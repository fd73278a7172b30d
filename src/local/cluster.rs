//! The server's lifecycle: where it listens, started in the background,
//! stopped with a signal (the cluster is made by [`super::init`]).
//!
//! blogctl starts `postgres` itself rather than through `pg_ctl`: pg_ctl
//! passes the data and log paths through `/bin/sh` inside double quotes (a
//! `$` or `"` in a home folder breaks it) and checks for readiness every
//! 100 ms; spawning the server with its arguments as they are and reading
//! `postmaster.pid` every 10 ms does both better. Stopping is the signal
//! pg_ctl sends (SIGINT: fast shutdown; SIGQUIT: immediate), so it needs no
//! binaries at all.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use nix::errno::Errno;
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

use super::owner::{self, OsUser};
use super::process::{Programs, log_tail};
use super::{Layout, SOCKET_ONLY_PORT};
use crate::error::{Error, LocalError, Result};

/// How long a start or a stop may take (pg_ctl's default).
const TIMEOUT: Duration = Duration::from_secs(60);
/// How often to look at `postmaster.pid` while waiting.
const POLL: Duration = Duration::from_millis(10);
/// The file, in the data folder, with the settings of each start.
pub const START_CONF: &str = "blogctl.conf";

/// Where a running server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub socket_dir: PathBuf,
    pub port: u16,
    /// The TCP address it listens on (127.0.0.1), if any.
    pub listen: Option<String>,
    /// The postmaster's process id, when running.
    pub pid: Option<i32>,
}

impl Endpoint {
    /// The endpoint of a server started without `--port`.
    pub fn socket_only(layout: &Layout) -> Endpoint {
        Endpoint {
            socket_dir: layout.socket_dir(),
            port: SOCKET_ONLY_PORT,
            listen: None,
            pid: None,
        }
    }

    pub fn socket_path(&self) -> PathBuf {
        self.socket_dir.join(format!(".s.PGSQL.{}", self.port))
    }

    pub fn tcp_port(&self) -> Option<u16> {
        self.listen.as_ref().map(|_| self.port)
    }

    /// `127.0.0.1:5433 and the Unix socket …`, or the socket alone.
    pub fn describe(&self) -> String {
        match &self.listen {
            Some(host) => format!(
                "{host}:{} (password authentication) and the Unix socket {}",
                self.port,
                self.socket_path().display()
            ),
            None => format!(
                "the Unix socket {} only (no TCP port)",
                self.socket_path().display()
            ),
        }
    }
}

/// How to stop the server.
#[derive(Debug, Clone, Copy)]
pub enum Shutdown {
    /// End the sessions, checkpoint, exit (SIGINT).
    Fast,
    /// Exit at once; recovery runs at the next start (SIGQUIT).
    Immediate,
}

/// The endpoint of the server when it is running and ready, from its
/// `postmaster.pid`: pid, data folder, start time, port, socket folder,
/// listen address, shared memory key, status.
pub fn running(layout: &Layout) -> Option<Endpoint> {
    let text = std::fs::read_to_string(layout.data().join("postmaster.pid")).ok()?;
    let lines: Vec<&str> = text.lines().collect();
    let pid: i32 = lines.first()?.trim().parse().ok()?;
    let port: u16 = lines.get(3)?.trim().parse().ok()?;
    let socket_dir = PathBuf::from(lines.get(4)?.trim());
    let listen = lines
        .get(5)
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    if lines.get(7).map(|s| s.trim()) != Some("ready") || !alive(pid) {
        return None;
    }
    let endpoint = Endpoint {
        socket_dir,
        port,
        listen,
        pid: Some(pid),
    };
    endpoint.socket_path().exists().then_some(endpoint)
}

/// The major version of the cluster's data folder (`PG_VERSION`).
pub fn major_version(layout: &Layout) -> Option<u32> {
    std::fs::read_to_string(layout.data().join("PG_VERSION"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Start the server and wait until it accepts connections.
pub fn start(layout: &Layout, programs: &Programs<'_>, port: Option<u16>) -> Result<Endpoint> {
    let user = programs.user;
    let socket_dir = layout.socket_dir();
    match std::fs::DirBuilder::new().mode(0o700).create(&socket_dir) {
        Ok(()) => {
            if let Some(user) = user {
                owner::give(&socket_dir, user)?;
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => {
            return Err(Error::io(
                format!("cannot create {}", socket_dir.display()),
                e,
            ));
        }
    }
    let wanted = Endpoint {
        socket_dir,
        port: port.unwrap_or(SOCKET_ONLY_PORT),
        listen: port.map(|_| "127.0.0.1".to_string()),
        pid: None,
    };
    write_start_conf(&layout.data(), &wanted, user)?;

    let log_path = layout.log();
    let log = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(&log_path)
        .map_err(|e| Error::io(format!("cannot open the log {}", log_path.display()), e))?;
    if let Some(user) = user {
        owner::give(&log_path, user)?;
    }
    let log_start = log.metadata().map_or(0, |m| m.len());
    let log_err = log
        .try_clone()
        .map_err(|e| Error::io("cannot open the log", e))?;
    let mut postgres = programs.command("postgres", layout);
    postgres
        .arg("-D")
        .arg(layout.data())
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err)
        // Its own process group: a Ctrl-C meant for blogctl (or for a
        // `blogctl --local` command) does not stop the server.
        .process_group(0);
    // The server outlives blogctl by design; it is never waited for once ready.
    #[allow(clippy::zombie_processes)]
    let mut child = postgres.spawn().map_err(|e| {
        Error::io(
            format!("cannot run {}", programs.path("postgres").display()),
            e,
        )
    })?;
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(LocalError::StartFailed {
                status,
                log: log_tail(&log_path, log_start),
            }
            .into());
        }
        if let Some(endpoint) = running(layout)
            && endpoint.pid == Some(child.id() as i32)
        {
            return Ok(endpoint);
        }
        if Instant::now() > deadline {
            return Err(LocalError::NotReady {
                secs: TIMEOUT.as_secs(),
                tail: log_tail(&log_path, log_start),
                log: log_path,
            }
            .into());
        }
        std::thread::sleep(POLL);
    }
}

/// Signal the postmaster and wait until it is gone.
pub fn stop(layout: &Layout, endpoint: &Endpoint, how: Shutdown) -> Result<()> {
    let Some(pid) = endpoint.pid else {
        return Ok(());
    };
    let signal = match how {
        Shutdown::Fast => Signal::SIGINT,
        Shutdown::Immediate => Signal::SIGQUIT,
    };
    match kill(Pid::from_raw(pid), signal) {
        Ok(()) => {}
        Err(Errno::ESRCH) => return Ok(()),
        Err(errno) => {
            return Err(Error::io(
                format!("cannot signal the server (pid {pid})"),
                errno.into(),
            ));
        }
    }
    let pid_file = layout.data().join("postmaster.pid");
    let deadline = Instant::now() + TIMEOUT;
    // The postmaster removes its pid file last; a process that is gone
    // without removing it (killed) is gone too.
    while pid_file.exists() && alive(pid) {
        if Instant::now() > deadline {
            return Err(LocalError::StopTimedOut {
                pid,
                secs: TIMEOUT.as_secs(),
                log: layout.log(),
            }
            .into());
        }
        std::thread::sleep(POLL);
    }
    Ok(())
}

/// Whether process `pid` exists (signal 0 checks without signalling).
fn alive(pid: i32) -> bool {
    matches!(kill(Pid::from_raw(pid), None), Ok(()) | Err(Errno::EPERM))
}

/// The settings of one start: port, TCP address, socket folder.
pub fn write_start_conf(data: &Path, endpoint: &Endpoint, user: Option<&OsUser>) -> Result<()> {
    let text = format!(
        "# Written by blogctl at every start; other settings belong in postgresql.conf.\n\
         port = {}\nlisten_addresses = {}\nunix_socket_directories = {}\n",
        endpoint.port,
        conf_string(endpoint.listen.as_deref().unwrap_or("")),
        conf_string(&endpoint.socket_dir.to_string_lossy()),
    );
    let path = data.join(START_CONF);
    let mut file = OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    if let Some(user) = user {
        owner::give(&path, user)?;
    }
    Ok(())
}

/// A quoted postgresql.conf string: `'` doubled, `\` escaped.
fn conf_string(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conf_strings_are_quoted() {
        assert_eq!(conf_string("/a b/it's\\x"), "'/a b/it''s\\\\x'");
        assert_eq!(conf_string(""), "''");
    }
}
