//! A pseudo-terminal for the runs that must have one (tables sized to the
//! window, the pager, prompts): the program runs in a session of its own
//! with the terminal as its controlling terminal, stdin, stdout and stderr,
//! and the test reads what the terminal shows until the last process
//! holding it has closed it, so nothing printed is lost.
//!
//! Why not util-linux `script`: once its child has ended it leaves after
//! 10 ms without output, and drops the terminal when it sees the hang-up,
//! so output written just before the end could be lost on a loaded machine
//! (a prompt test once saw an empty screen); and it sent the end of input
//! (^D) as soon as its own standard input ended, however far the program
//! had got.

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// The test's side of a terminal: what it shows, and a keyboard.
pub struct Terminal {
    keyboard: File,
    screen: Arc<Mutex<Vec<u8>>>,
    reader: Option<JoinHandle<()>>,
    /// Screen length just before the last line was typed, and that line's
    /// echo as the terminal shows it (see [`Terminal::asks`]).
    typed_at: usize,
    echo: Vec<u8>,
}

impl Terminal {
    /// Start `cmd` on a new terminal `size` = (columns, rows) big (none:
    /// 0 x 0, as a terminal that does not say). The command's own stdin,
    /// stdout and stderr settings are replaced.
    pub fn spawn(mut cmd: Command, size: Option<(u16, u16)>) -> io::Result<(Child, Terminal)> {
        let (master, slave) = open_pty()?;
        if let Some((cols, rows)) = size {
            let size = libc::winsize {
                ws_row: rows,
                ws_col: cols,
                ws_xpixel: 0,
                ws_ypixel: 0,
            };
            // SAFETY: TIOCSWINSZ reads one winsize.
            if unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSWINSZ, &size) } != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        cmd.stdin(Stdio::from(slave.try_clone()?))
            .stdout(Stdio::from(slave.try_clone()?))
            .stderr(Stdio::from(slave));
        // SAFETY: setsid and ioctl are system calls, safe between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) != 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn();
        // The command holds copies of the terminal's program side: closed
        // here, so that the screen ends when the program's processes end.
        drop(cmd);
        let child = child?;
        let master = File::from(master);
        let mut from_terminal = master.try_clone()?;
        let screen = Arc::new(Mutex::new(Vec::new()));
        let reader = {
            let screen = screen.clone();
            std::thread::spawn(move || {
                let mut buf = [0; 8192];
                loop {
                    match from_terminal.read(&mut buf) {
                        Ok(0) => return,
                        Ok(n) => screen.lock().unwrap().extend_from_slice(&buf[..n]),
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        // EIO: every process has closed the terminal, and
                        // (since Linux 4.1) all it wrote has been read.
                        Err(_) => return,
                    }
                }
            })
        };
        let terminal = Terminal {
            keyboard: master,
            screen,
            reader: Some(reader),
            typed_at: 0,
            echo: Vec::new(),
        };
        Ok((child, terminal))
    }

    /// What the terminal has shown so far.
    pub fn screen(&self) -> Vec<u8> {
        self.screen.lock().unwrap().clone()
    }

    /// Whether the terminal echoes what is typed (off while a program
    /// reads a password).
    pub fn echoes(&self) -> bool {
        let mut termios = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills one termios (the program side's, read
        // through the controlling side); it is read only when that worked.
        unsafe {
            if libc::tcgetattr(self.keyboard.as_raw_fd(), termios.as_mut_ptr()) != 0 {
                return true;
            }
            termios.assume_init().c_lflag & libc::ECHO != 0
        }
    }

    /// Whether every process has closed the terminal.
    pub fn closed(&self) -> bool {
        self.reader.as_ref().is_none_or(|r| r.is_finished())
    }

    /// Type `text` now.
    pub fn type_text(&mut self, text: &str) {
        // The length is taken before typing: taken after, it could already
        // hold the next question the program printed once it had read the
        // line, and that question would never be seen as asked (a CI run
        // hung so, waiting for the repeated password prompt).
        self.typed_at = self.screen.lock().unwrap().len();
        self.echo = text.replace('\n', "\r\n").into_bytes();
        self.keyboard.write_all(text.as_bytes()).unwrap();
    }

    /// Whether the program asks something: it showed more since the last
    /// line typed, and stopped on a line it has not ended (a prompt, a
    /// pager's `:`), as a person sees it. The echo of the line typed, whole or in part, is not a question.
    pub fn asks(&self) -> bool {
        let screen = self.screen.lock().unwrap();
        let shown = &screen[self.typed_at..];
        !self.echo.starts_with(shown) && shown.last().is_some_and(|b| *b != b'\n')
    }

    /// Type `input` a line at a time, each when the program asks for it, as
    /// a person would (so the terminal's echo follows the question), until
    /// the terminal closes; what was left untyped then is returned.
    #[track_caller]
    pub fn answer<'a>(&mut self, input: &'a str) -> &'a str {
        let mut rest = input;
        while !rest.is_empty() {
            super::wait_until("the program to ask for input or to end", || {
                self.asks() || self.closed()
            });
            if self.closed() {
                break;
            }
            let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
            self.type_text(&rest[..end]);
            rest = &rest[end..];
        }
        rest
    }

    /// Everything the terminal showed, once every process has closed it.
    pub fn finish(mut self) -> Vec<u8> {
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        std::mem::take(&mut *self.screen.lock().unwrap())
    }
}

/// A new pseudo-terminal: (the controlling side, the program's side), both
/// close-on-exec (another test's child must not hold them open).
fn open_pty() -> io::Result<(OwnedFd, OwnedFd)> {
    // SAFETY: plain system calls; each descriptor is owned once checked.
    unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        if master < 0 {
            return Err(io::Error::last_os_error());
        }
        let master = OwnedFd::from_raw_fd(master);
        if libc::grantpt(master.as_raw_fd()) != 0 || libc::unlockpt(master.as_raw_fd()) != 0 {
            return Err(io::Error::last_os_error());
        }
        let mut name = [0 as libc::c_char; 128];
        if libc::ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len()) != 0 {
            return Err(io::Error::last_os_error());
        }
        let slave = libc::open(
            name.as_ptr(),
            libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
        );
        if slave < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((master, OwnedFd::from_raw_fd(slave)))
    }
}
