//! Where records go: standard output, or, on a terminal, a pager once they
//! pass a screenful (`$PAGER`, default `less -FRX`), as git and psql do.
//! Output that fits the screen is printed as it is, without starting a
//! pager; longer output goes to the pager as it streams, so a list of any
//! length reaches it in flat memory.
//!
//! What must not change with a pager: errors and messages go to stderr
//! (printed after the pager ends, since every sink waits for it before the
//! command returns); quitting the pager early is a closed pipe, so
//! success (exit 0); and Ctrl-C, which the pager answers itself, ends
//! blogctl only once the pager has ended, so that the terminal is never
//! left to a pager that outlives blogctl (git does the same).

use std::io::{self, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

/// The pager to use and the screen it pages for, decided once (config/):
/// only when stdout is a terminal of known height, without `--no-pager`,
/// and with a pager command (`BLOGCTL_PAGER`, else `PAGER`, else
/// `less -FRX`; empty or `cat` means none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagerSettings {
    pub command: String,
    pub rows: usize,
    pub cols: usize,
    /// Variables the pager is given on top of the environment: the ones
    /// that make less and lv pass colours, where the user set none.
    pub env: Vec<(&'static str, &'static str)>,
}

/// Standard output, or the pager.
pub struct Stdout {
    state: State,
}

enum State {
    Direct(io::StdoutLock<'static>),
    /// Held back until it passes a screenful or ends.
    Holding {
        pager: PagerSettings,
        held: Vec<u8>,
        lines: usize,
        column: usize,
        in_escape: bool,
    },
    Paging {
        child: Child,
        input: Option<ChildStdin>,
    },
    Done,
}

impl Stdout {
    pub fn new(pager: Option<&PagerSettings>) -> Stdout {
        let state = match pager {
            Some(pager) => State::Holding {
                pager: pager.clone(),
                held: Vec::new(),
                lines: 0,
                column: 0,
                in_escape: false,
            },
            None => State::Direct(io::stdout().lock()),
        };
        Stdout { state }
    }

    /// The end of the records: held text goes to the terminal as it is;
    /// the pager's input is closed and the pager waited for.
    pub fn finish(&mut self) -> io::Result<()> {
        match std::mem::replace(&mut self.state, State::Done) {
            State::Direct(mut out) => out.flush(),
            State::Holding { held, .. } => {
                let mut out = io::stdout().lock();
                out.write_all(&held).and_then(|()| out.flush())
            }
            State::Paging { mut child, input } => {
                drop(input);
                child.wait().map(|_| ())
            }
            State::Done => Ok(()),
        }
    }

    /// Start the pager with what was held back; when it cannot be started,
    /// say so and print to the terminal instead.
    fn start_pager(&mut self) -> io::Result<()> {
        let State::Holding { pager, held, .. } = std::mem::replace(&mut self.state, State::Done)
        else {
            return Ok(());
        };
        match spawn(&pager) {
            Ok(mut child) => {
                let mut input = child.stdin.take();
                wait_for_the_pager_on_interrupt(child.id());
                self.state = State::Paging {
                    child,
                    input: input.take().map(|mut stdin| {
                        // A pager that ended at once shows as a closed pipe
                        // on the next write.
                        let _ = stdin.write_all(&held);
                        stdin
                    }),
                };
                Ok(())
            }
            Err(e) => {
                eprintln!(
                    "blogctl: warning: cannot start the pager `{}`: {e}; printing without one \
                     (BLOGCTL_PAGER or PAGER names it; --no-pager turns it off)",
                    pager.command
                );
                let mut out = io::stdout().lock();
                out.write_all(&held)?;
                self.state = State::Direct(out);
                Ok(())
            }
        }
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.state {
            State::Direct(out) => out.write(buf),
            State::Holding {
                pager,
                held,
                lines,
                column,
                in_escape,
            } => {
                held.extend_from_slice(buf);
                count_lines(buf, pager.cols, lines, column, in_escape);
                // A screenful and the prompt after it would not fit.
                if *lines >= pager.rows {
                    self.start_pager()?;
                }
                Ok(buf.len())
            }
            State::Paging { input, .. } => match input {
                Some(input) => input.write(buf),
                None => Err(io::ErrorKind::BrokenPipe.into()),
            },
            State::Done => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.state {
            State::Direct(out) => out.flush(),
            State::Paging {
                input: Some(input), ..
            } => input.flush(),
            _ => Ok(()),
        }
    }
}

impl Drop for Stdout {
    /// Output cut short by an error still shows what was written, and a
    /// pager is still waited for (the error is printed after it).
    fn drop(&mut self) {
        let _ = self.finish();
    }
}

/// Count the screen lines `bytes` take on a `cols`-wide terminal, going
/// on from `lines` and `column`; ANSI colour sequences take no room.
fn count_lines(
    bytes: &[u8],
    cols: usize,
    lines: &mut usize,
    column: &mut usize,
    in_escape: &mut bool,
) {
    for &b in bytes {
        if *in_escape {
            *in_escape = !(0x40..=0x7e).contains(&b) || b == b'[';
            continue;
        }
        match b {
            b'\n' => {
                *lines += 1;
                *column = 0;
            }
            0x1b => *in_escape = true,
            // A UTF-8 continuation byte is part of the character before.
            0x80..=0xbf => {}
            _ => {
                if *column == cols {
                    *lines += 1;
                    *column = 0;
                }
                *column += 1;
            }
        }
    }
}

/// Start the pager: directly when the command is a program and plain
/// arguments, through `sh -c` when it needs a shell (quotes, pipes), as
/// git does, with the variables of [`PagerSettings::env`].
fn spawn(pager: &PagerSettings) -> io::Result<Child> {
    let command = pager.command.as_str();
    let plain = command
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " -_./=+,:".contains(c));
    let mut cmd = if plain {
        let mut words = command.split_whitespace();
        let mut cmd = Command::new(words.next().unwrap_or("less"));
        cmd.args(words);
        cmd
    } else {
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg(command);
        cmd
    };
    cmd.envs(pager.env.iter().copied());
    cmd.stdin(Stdio::piped()).spawn()
}

/// Ctrl-C (or Ctrl-\) reaches the pager and blogctl alike. The pager
/// answers it itself (less stops what it was doing and stays); blogctl
/// waits for the pager to end (the user quits it), then ends as the
/// signal asks. Without this, blogctl would end at once and leave the
/// pager holding the terminal under the shell's prompt.
fn wait_for_the_pager_on_interrupt(pid: u32) {
    use signal_hook::consts::{SIGINT, SIGQUIT};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGQUIT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            // Our own child; when the main thread has reaped it already,
            // this returns at once (ECHILD).
            let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid as i32), None);
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::count_lines;

    fn lines(text: &str, cols: usize) -> usize {
        let (mut lines, mut column, mut esc) = (0, 0, false);
        count_lines(text.as_bytes(), cols, &mut lines, &mut column, &mut esc);
        lines
    }

    #[test]
    fn screen_lines_count_wrapping_not_colour_or_utf8() {
        assert_eq!(lines("a\nb\n", 80), 2);
        assert_eq!(lines(&format!("{}\n", "x".repeat(80)), 80), 1);
        assert_eq!(lines(&format!("{}\n", "x".repeat(81)), 80), 2);
        assert_eq!(lines(&format!("\x1b[1m{}\x1b[0m\n", "x".repeat(80)), 80), 1);
        assert_eq!(lines(&format!("{}\n", "é".repeat(80)), 80), 1);
    }
}
