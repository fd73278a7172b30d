//! Runs of blogctl that a test manages itself (concurrent, killed, with a
//! pipe closed early, on a terminal). Whatever such a run prints passes
//! the same no-secrets check as [`super::Blogctl::run`]: a test never gets
//! a child's output but through [`Running`]. Every wait is bounded: a run
//! still going after its limit is killed and the test fails (a hang).

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::{Child, ExitStatus};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::terminal::Terminal;
use super::{Blogctl, Output, assert_no_secrets, wait_until};

/// How long a run may take before it counts as hung, unless the test says.
pub const RUN_LIMIT: Duration = Duration::from_secs(600);

/// A blogctl process started by [`Blogctl::spawn`] or [`spawn_on_terminal`].
pub struct Running {
    child: Child,
    args: Vec<OsString>,
    /// Text typed on the terminal: the terminal echoes it, so it is not a
    /// leak when it shows up.
    typed: String,
    /// Output read in the background as it comes (see [`Running::watch`]).
    seen: Option<Seen>,
    /// The terminal the run is on, if any (its screen is the run's stdout).
    terminal: Option<Terminal>,
}

/// stdout and stderr, each read to its end by a thread of its own.
struct Seen {
    stdout: Arc<Mutex<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    readers: Vec<JoinHandle<()>>,
}

impl Running {
    pub(super) fn new(child: Child, args: Vec<OsString>) -> Running {
        Running {
            child,
            args,
            typed: String::new(),
            seen: None,
            terminal: None,
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

    /// Wait for the end (within [`RUN_LIMIT`]).
    #[track_caller]
    pub fn wait(&mut self) -> ExitStatus {
        self.wait_within(RUN_LIMIT)
    }

    /// Wait for the end; a run still going after `limit` is killed and
    /// the test fails, with what the run printed so far.
    #[track_caller]
    pub fn wait_within(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.try_wait() {
                return status;
            }
            if Instant::now() > deadline {
                self.kill();
                self.child.wait().unwrap();
                let (stdout, stderr) = self.so_far();
                panic!(
                    "blogctl {:?} was still running after {limit:?}: killed\nstdout:\n{stdout}\nstderr:\n{stderr}",
                    self.args
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
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

    /// Read what is piped (stdout, stderr) in the background from now on,
    /// so that a test can wait for a line while the run goes on.
    fn watch(&mut self) {
        if self.seen.is_some() {
            return;
        }
        fn read_all(mut from: impl Read + Send + 'static) -> (Arc<Mutex<Vec<u8>>>, JoinHandle<()>) {
            let into = Arc::new(Mutex::new(Vec::new()));
            let reader = {
                let into = into.clone();
                std::thread::spawn(move || {
                    let mut buf = [0; 8192];
                    while let Ok(n @ 1..) = from.read(&mut buf) {
                        into.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                })
            };
            (into, reader)
        }
        let mut readers = Vec::new();
        let mut stream = |pipe: Option<Box<dyn Read + Send>>| match pipe {
            Some(pipe) => {
                let (into, reader) = read_all(pipe);
                readers.push(reader);
                into
            }
            None => Arc::default(),
        };
        let stdout = stream(self.child.stdout.take().map(|p| Box::new(p) as _));
        let stderr = stream(self.child.stderr.take().map(|p| Box::new(p) as _));
        self.seen = Some(Seen {
            stdout,
            stderr,
            readers,
        });
    }

    /// What the run printed so far: stdout (or the terminal's screen) and stderr.
    fn so_far(&self) -> (String, String) {
        if let Some(terminal) = &self.terminal {
            return (
                String::from_utf8_lossy(&terminal.screen()).into_owned(),
                String::new(),
            );
        }
        match &self.seen {
            Some(seen) => (
                String::from_utf8_lossy(&seen.stdout.lock().unwrap()).into_owned(),
                String::from_utf8_lossy(&seen.stderr.lock().unwrap()).into_owned(),
            ),
            None => Default::default(),
        }
    }

    /// Wait until the run has printed `text` (on stdout, stderr or its
    /// terminal): the way a test knows the run got somewhere (it waits,
    /// it asks) before doing what the run must then meet. Fails if the
    /// run ends without printing it.
    #[track_caller]
    pub fn wait_for_output(&mut self, text: &str) {
        self.watch();
        let shows = |this: &Self| {
            let (stdout, stderr) = this.so_far();
            stdout.contains(text) || stderr.contains(text)
        };
        let mut ended = false;
        wait_until(
            &format!("blogctl {:?} to print {text:?}", self.args),
            || {
                ended = self.try_wait().is_some();
                ended || shows(self)
            },
        );
        if ended && !shows(self) {
            let args = self.args.clone();
            let out = self.wait_output();
            panic!(
                "blogctl {args:?} ended (exit {}) without printing {text:?}\nstdout:\n{}\nstderr:\n{}",
                out.code, out.stdout, out.stderr
            );
        }
    }

    /// Type `text` on the run's terminal now (or write it to its stdin).
    pub fn type_text(&mut self, text: &str) {
        self.typed.push_str(text);
        match &mut self.terminal {
            Some(terminal) => terminal.type_text(text),
            None => self
                .child
                .stdin
                .as_mut()
                .expect("stdin was piped")
                .write_all(text.as_bytes())
                .unwrap(),
        }
    }

    /// Type `text` on the run's terminal once the run reads it without
    /// echo (a password), as a person types after a password prompt.
    #[track_caller]
    pub fn type_hidden(&mut self, text: &str) {
        let terminal = self.terminal.as_mut().expect("a run on a terminal");
        super::wait_until("the program to read from its terminal without echo", || {
            (terminal.asks() && !terminal.echoes()) || terminal.closed()
        });
        self.type_text(text);
    }

    /// Type `input` on the run's terminal a line at a time, each when the
    /// run asks for it (see [`Terminal::answer`]), until it ends.
    #[track_caller]
    pub fn answer(&mut self, input: &str) {
        let terminal = self.terminal.as_mut().expect("a run on a terminal");
        let untyped = terminal.answer(input);
        self.typed.push_str(&input[..input.len() - untyped.len()]);
    }

    /// Wait for the end (within [`RUN_LIMIT`]); what was not read yet is
    /// read and checked.
    #[track_caller]
    pub fn wait_with_output(self) -> Output {
        self.wait_with_output_within(RUN_LIMIT)
    }

    /// [`Running::wait_with_output`], killing the run and failing the test
    /// if it has not ended after `limit` (a hang).
    #[track_caller]
    pub fn wait_with_output_within(mut self, limit: Duration) -> Output {
        self.watch();
        self.wait_within(limit);
        self.wait_output()
    }

    /// The whole output of a run that has ended, checked for secrets.
    #[track_caller]
    fn wait_output(&mut self) -> Output {
        let code = self.wait().code().unwrap_or(-1);
        let (stdout, stderr) = match (self.terminal.take(), self.seen.take()) {
            (Some(terminal), _) => (terminal.finish(), Vec::new()),
            (None, Some(seen)) => {
                for reader in seen.readers {
                    reader.join().unwrap();
                }
                (
                    std::mem::take(&mut *seen.stdout.lock().unwrap()),
                    std::mem::take(&mut *seen.stderr.lock().unwrap()),
                )
            }
            (None, None) => Default::default(),
        };
        let output = Output {
            code,
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
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

/// Start `run` on a terminal of its own (see [`Terminal`]) that does not
/// say its size, with nothing typed yet; the screen is the run's stdout.
pub fn spawn_on_terminal(run: &Blogctl) -> Running {
    spawn_terminal(run, None)
}

/// [`spawn_on_terminal`] on a terminal `cols` wide and `rows` high, with
/// `TERM=xterm` for a pager.
pub fn spawn_on_sized_terminal(run: &Blogctl, cols: u16, rows: u16) -> Running {
    spawn_terminal(run, Some((cols, rows)))
}

fn spawn_terminal(run: &Blogctl, size: Option<(u16, u16)>) -> Running {
    let mut cmd = run.command();
    if size.is_some() {
        cmd.env("TERM", "xterm");
    }
    let (child, terminal) =
        Terminal::spawn(cmd, size).unwrap_or_else(|e| panic!("start blogctl on a terminal: {e}"));
    let mut running = Running::new(child, run.args.clone());
    running.terminal = Some(terminal);
    running
}

/// Run on a terminal that does not say its size to the end, typing
/// `input` a line at a time when asked. Returns the exit code and what
/// the terminal showed.
#[track_caller]
pub fn run_on_terminal(run: &Blogctl, input: &str) -> (i32, String) {
    let mut running = spawn_on_terminal(run);
    running.answer(input);
    let out = running.wait_with_output();
    (out.code, out.stdout)
}

/// Run on a terminal `cols` wide and `rows` high to the end, typing
/// `input` when asked. Returns the exit code and what the terminal showed,
/// with the terminal's `\r\n` line ends made `\n`.
#[track_caller]
pub fn run_on_sized_terminal(run: &Blogctl, cols: u16, rows: u16, input: &str) -> (i32, String) {
    run_on_sized_terminal_within(run, cols, rows, input, RUN_LIMIT)
}

/// [`run_on_sized_terminal`], failing the test if the run has not ended
/// after `limit` (a hang).
#[track_caller]
pub fn run_on_sized_terminal_within(
    run: &Blogctl,
    cols: u16,
    rows: u16,
    input: &str,
    limit: Duration,
) -> (i32, String) {
    let mut running = spawn_on_sized_terminal(run, cols, rows);
    running.answer(input);
    let out = running.wait_with_output_within(limit);
    (out.code, out.stdout.replace("\r\n", "\n"))
}
