//! Runs of blogctl that a test manages itself (concurrent, killed, with a
//! pipe closed early, on a pseudo-terminal). Whatever such a run prints
//! passes the same no-secrets check as [`super::Blogctl::run`]: a test
//! never gets a child's output but through [`Running`].

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};

use super::{Blogctl, Output, assert_no_secrets};

/// A blogctl process started by [`Blogctl::spawn`] or [`spawn_on_terminal`].
pub struct Running {
    child: Child,
    args: Vec<OsString>,
    /// Text typed on the terminal: the terminal echoes it, so it is not a
    /// leak when it shows up.
    typed: String,
}

impl Running {
    pub(super) fn new(child: Child, args: Vec<OsString>, typed: &str) -> Running {
        Running {
            child,
            args,
            typed: typed.to_string(),
        }
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    pub fn try_wait(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().unwrap()
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
    }

    pub fn wait(&mut self) -> ExitStatus {
        self.child.wait().unwrap()
    }

    /// Keep standard input open (and unwritten) for as long as the value lives.
    pub fn hold_stdin(&mut self) -> Option<std::process::ChildStdin> {
        self.child.stdin.take()
    }

    /// Standard output to read while the process runs, checked as it is read.
    pub fn stdout(&mut self) -> CheckedReader<std::process::ChildStdout> {
        let inner = self.child.stdout.take().expect("stdout was piped");
        CheckedReader::new(inner, self.args.clone())
    }

    /// Standard error to read while the process runs, checked as it is read.
    pub fn stderr(&mut self) -> CheckedReader<std::process::ChildStderr> {
        let inner = self.child.stderr.take().expect("stderr was piped");
        CheckedReader::new(inner, self.args.clone())
    }

    /// Wait for the end; what was piped and not read yet is checked.
    #[track_caller]
    pub fn wait_with_output(self) -> Output {
        let out = self.child.wait_with_output().expect("wait for blogctl");
        let output = Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert_no_secrets(&self.args, &output, &self.typed);
        output
    }
}

/// Bytes kept from the previous read, so that a secret split across two
/// reads is still seen; longer than any secret or hash prefix the tests use.
const OVERLAP: usize = 256;

/// A child's output stream, checked for secrets as it is read: each read
/// with the end of the one before, so a long stream costs no more than
/// reading it.
pub struct CheckedReader<R> {
    inner: R,
    tail: Vec<u8>,
    args: Vec<OsString>,
}

impl<R: Read> CheckedReader<R> {
    fn new(inner: R, args: Vec<OsString>) -> Self {
        CheckedReader {
            inner,
            tail: Vec::new(),
            args,
        }
    }
}

impl<R: Read> Read for CheckedReader<R> {
    #[track_caller]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.tail.extend_from_slice(&buf[..n]);
        let output = Output {
            code: 0,
            stdout: String::from_utf8_lossy(&self.tail).into_owned(),
            stderr: String::new(),
        };
        assert_no_secrets(&self.args, &output, "");
        let keep = self.tail.len().saturating_sub(OVERLAP);
        self.tail.drain(..keep);
        Ok(n)
    }
}

/// Start `run` with a pseudo-terminal as its controlling terminal, stdin,
/// stdout and stderr (util-linux `script`), typing `input`; the screen is
/// the run's stdout.
pub fn spawn_on_terminal(run: &Blogctl, input: &str) -> Running {
    let mut running = spawn_on_terminal_open(run, input);
    let mut stdin = running.hold_stdin().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    running
}

/// [`spawn_on_terminal`] with nothing typed yet: the test types later,
/// through [`Running::hold_stdin`] (closing it ends the input). `typed` is
/// what it will type (the terminal echoes it).
pub fn spawn_on_terminal_open(run: &Blogctl, typed: &str) -> Running {
    spawn_script(run, None, typed)
}

/// [`spawn_on_terminal_open`] on a terminal `cols` wide and `rows` high
/// (set with `stty`, as a terminal emulator sets its window size), with
/// `TERM=xterm` for a pager.
pub fn spawn_on_sized_terminal_open(run: &Blogctl, cols: u16, rows: u16, typed: &str) -> Running {
    spawn_script(run, Some((cols, rows)), typed)
}

/// Run on a terminal `cols` wide and `rows` high to the end, typing
/// `input`. Returns the exit code and what the terminal showed, with the
/// terminal's `\r\n` line ends made `\n`.
#[track_caller]
pub fn run_on_sized_terminal(run: &Blogctl, cols: u16, rows: u16, input: &str) -> (i32, String) {
    let mut running = spawn_on_sized_terminal_open(run, cols, rows, input);
    let mut stdin = running.hold_stdin().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let out = running.wait_with_output();
    (out.code, (out.stdout + &out.stderr).replace("\r\n", "\n"))
}

fn spawn_script(run: &Blogctl, size: Option<(u16, u16)>, typed: &str) -> Running {
    let cmd = run.command();
    let quote = |s: &std::ffi::OsStr| format!("'{}'", s.to_str().unwrap().replace('\'', "'\\''"));
    let mut line = match size {
        Some((cols, rows)) => format!("stty cols {cols} rows {rows} && exec "),
        None => String::new(),
    };
    line.push_str(&quote(cmd.get_program()));
    for arg in cmd.get_args() {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    let mut script = Command::new("script");
    script
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .current_dir(cmd.get_current_dir().unwrap())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if size.is_some() {
        script.env("TERM", "xterm");
    }
    for (key, value) in cmd.get_envs() {
        if let Some(value) = value {
            script.env(key, value);
        }
    }
    let child = script.spawn().expect("spawn script (util-linux)");
    Running::new(child, run.args.clone(), typed)
}

/// Run on a pseudo-terminal (see [`spawn_on_terminal`]) to the end.
/// Returns the exit code and what the terminal showed.
#[track_caller]
pub fn run_on_terminal(run: &Blogctl, input: &str) -> (i32, String) {
    let out = spawn_on_terminal(run, input).wait_with_output();
    (out.code, out.stdout + &out.stderr)
}
