//! Running a block's commands in a session (a folder, its variables, the
//! databases the README names) with bash, as a reader would type them, and
//! comparing what they print (stdout and stderr, in the order printed)
//! with the README after normalising what changes from run to run.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use regex::Regex;

use super::compare::{expected_code, matches, normalize, trim_trailing_empty};
use super::{Block, Cmd};
use crate::util::terminal::Terminal;

/// Where a block's commands run.
pub struct Session {
    /// The working folder, also HOME.
    pub dir: tempfile::TempDir,
    pub env: BTreeMap<String, String>,
    /// README text -> this run's, for URLs in commands (see [`rewrite`]):
    /// database names, and `127.0.0.1` ports.
    pub databases: Vec<(String, String)>,
    pub ports: Vec<(u16, u16)>,
    /// This run's text -> the README's, for what the commands print.
    pub shown: Vec<(String, String)>,
    /// The exit code of the last command (for `echo $?`).
    pub last_code: i32,
    /// What must live as long as the session (clusters, folders).
    pub keep: Vec<Box<dyn std::any::Any>>,
    /// Run the commands as this OS user (runuser; the tests run as root
    /// in CI, where `blogctl local` would say it runs its server as another).
    pub run_as: Option<String>,
    /// Run the commands on a terminal this many columns wide, typing
    /// `input`, for what only a terminal shows.
    pub terminal: Option<(u16, String)>,
    /// Sessions holding something (a lock) while the block's commands run.
    pub holds: Vec<Hold>,
}

/// Another session, holding what its SQL took until the block's commands
/// have run, or until one of them has printed `release_when`.
pub struct Hold {
    /// Never read: dropping it ends the session and what it held.
    pub _session: postgres::Client,
    pub release_when: Option<String>,
}

/// Where a command's output goes while it runs.
enum Screen {
    Terminal(Terminal),
    Pipe(Arc<Mutex<Vec<u8>>>, JoinHandle<()>),
}

impl Screen {
    fn so_far(&self) -> Vec<u8> {
        match self {
            Screen::Terminal(terminal) => terminal.screen(),
            Screen::Pipe(output, _) => output.lock().unwrap().clone(),
        }
    }

    /// Everything, once the command and its children have closed it.
    fn finish(self) -> Vec<u8> {
        match self {
            Screen::Terminal(terminal) => terminal.finish(),
            Screen::Pipe(output, reading) => {
                reading.join().unwrap();
                std::mem::take(&mut *output.lock().unwrap())
            }
        }
    }
}

/// A command that printed something else than the README says.
pub struct Mismatch {
    pub cmd: Cmd,
    pub actual: Vec<String>,
    pub message: String,
}

impl Session {
    pub fn new() -> Session {
        let dir = tempfile::Builder::new()
            .prefix("blogctl-readme-")
            .tempdir()
            .unwrap();
        let mut env = BTreeMap::new();
        let bin = Path::new(env!("CARGO_BIN_EXE_blogctl")).parent().unwrap();
        let path = std::env::var("PATH").unwrap_or_default();
        env.insert("PATH".into(), format!("{}:{path}", bin.display()));
        env.insert("HOME".into(), dir.path().display().to_string());
        env.insert("USER".into(), whoami());
        env.insert("LANG".into(), "C.UTF-8".into());
        // The passwords the README's commands pass as `$PW`, `$NEW_PW`,
        // `$ADMIN_PW`: never to be printed.
        for (name, value) in [
            ("PW", "readme-user-password"),
            ("NEW_PW", "readme-new-password"),
            ("ADMIN_PW", "readme-admin-password"),
        ] {
            env.insert(name.into(), crate::util::secret(value));
        }
        Session {
            dir,
            env,
            databases: Vec::new(),
            ports: Vec::new(),
            shown: Vec::new(),
            last_code: 0,
            keep: Vec::new(),
            run_as: None,
            terminal: None,
            holds: Vec::new(),
        }
    }

    /// Run every command of `block`; the ones that printed something else.
    pub fn run(&mut self, block: &Block) -> Vec<Mismatch> {
        let mut mismatches = Vec::new();
        for cmd in &block.commands {
            let (code, output) = self.execute(cmd);
            let actual: Vec<String> = output.lines().map(|l| self.normalize(l)).collect();
            let actual = trim_trailing_empty(actual);
            let expected: Vec<String> = cmd.expected.iter().map(|l| normalize(l)).collect();
            let mut problems = Vec::new();
            if !matches(&expected, &actual) {
                problems.push("it printed something else".to_string());
            }
            let wanted = expected_code(cmd);
            if !wanted.accepts(code) {
                problems.push(format!("it exited {code}, and the README says {wanted:?}"));
            }
            self.last_code = code;
            if !problems.is_empty() {
                mismatches.push(Mismatch {
                    cmd: cmd.clone(),
                    actual: output.lines().map(|l| self.readme_form(l)).collect(),
                    message: problems.join("; "),
                });
            }
        }
        // What other sessions held is for this block's commands alone.
        self.holds.clear();
        mismatches
    }

    /// Run one command with bash, in the session's folder and variables;
    /// the variables it exports are kept for the next.
    fn execute(&mut self, cmd: &Cmd) -> (i32, String) {
        // `$ cat FILE` shows a file the README asks the reader to have:
        // written as shown, so that the commands after it read it.
        if let Some(file) = cmd.text.strip_prefix("cat ") {
            let file = file.split_whitespace().next().unwrap_or_default();
            let contents = cmd.expected.join("\n") + "\n";
            std::fs::write(self.dir.path().join(file), contents).unwrap();
        }
        let text = rewrite(self, &cmd.text);
        let env_file = self.dir.path().join(".readme-env");
        let script_file = self.dir.path().join(".readme-command.sh");
        let script = format!(
            "(exit {})\n{text}\n__readme_rc=$?\n/usr/bin/env -0 > '{}'\nexit $__readme_rc\n",
            self.last_code,
            env_file.display()
        );
        std::fs::write(&script_file, script).unwrap();
        let bash = format!("/bin/bash --norc --noprofile '{}'", script_file.display());
        let mut command = match &self.run_as {
            Some(user) => {
                let mut command = Command::new("/usr/sbin/runuser");
                command.args(["-u", user, "--", "/bin/sh", "-c", &bash]);
                command
            }
            None => {
                let mut command = Command::new("/bin/sh");
                command.args(["-c", &bash]);
                command
            }
        };
        command
            .env_clear()
            .envs(&self.env)
            .current_dir(self.dir.path());
        // What the command shows: a terminal's screen, or one pipe for
        // stdout and stderr (in the order printed).
        let (mut child, screen) = if let Some((cols, input)) = self.terminal.clone() {
            // The terminal merges stdout and stderr; tall enough that
            // nothing is paged; no colour, as the README shows.
            command.env("TERM", "xterm").env("NO_COLOR", "1");
            let (child, mut terminal) =
                Terminal::spawn(command, Some((cols, 500))).expect("run bash on a terminal");
            // Typed when the command asks, as a person would, so that the
            // terminal's echo of it follows the question.
            terminal.answer(&input);
            (child, Screen::Terminal(terminal))
        } else {
            let (reader, writer) = std::io::pipe().unwrap();
            let child = command
                .stdin(Stdio::null())
                .stdout(writer.try_clone().unwrap())
                .stderr(writer)
                .spawn()
                .expect("run bash");
            // The command keeps its copies of the pipe's writing end:
            // closed here, so that the reader sees the end when bash and
            // its children have closed theirs.
            drop(command);
            let output = Arc::new(Mutex::new(Vec::new()));
            let reading = {
                let output = output.clone();
                std::thread::spawn(move || {
                    let mut reader = reader;
                    let mut buf = [0; 8192];
                    while let Ok(n @ 1..) = reader.read(&mut buf) {
                        output.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                })
            };
            (child, Screen::Pipe(output, reading))
        };
        let deadline = Instant::now() + Duration::from_secs(300);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            // A session holding a lock lets go once the command has shown
            // it waits (`release-when:`).
            let shown = String::from_utf8_lossy(&screen.so_far()).into_owned();
            self.holds.retain(|hold| {
                hold.release_when
                    .as_ref()
                    .is_none_or(|t| !shown.contains(t))
            });
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!(
                    "README.md:{}: `{}` was still running after 5 minutes",
                    cmd.line, cmd.text
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let output = screen.finish();
        let output = String::from_utf8_lossy(&output).replace("\r\n", "\n");
        check_secrets(&cmd.text, &output);
        if let Ok(vars) = std::fs::read(&env_file) {
            self.env = vars
                .split(|b| *b == 0)
                .filter_map(|var| {
                    let var = String::from_utf8_lossy(var);
                    let (k, v) = var.split_once('=')?;
                    (!k.starts_with("__readme") && !["PWD", "OLDPWD", "SHLVL", "_"].contains(&k))
                        .then(|| (k.to_string(), v.to_string()))
                })
                .collect();
        }
        (status.code().unwrap_or(-1), output)
    }

    /// A line as the README would show it: this run's names replaced.
    pub fn readme_form(&self, line: &str) -> String {
        let mut line = line.trim_end().to_string();
        for (actual, shown) in &self.shown {
            line = line.replace(actual.as_str(), shown);
        }
        line
    }

    fn normalize(&self, line: &str) -> String {
        normalize(&self.readme_form(line))
    }
}

fn whoami() -> String {
    std::env::var("USER").unwrap_or_else(|_| "root".into())
}

/// What a command runs as: `cargo run --` is the installed `blogctl`; the
/// blog API's `npm run migrations` its migrator (tests/node, the API
/// version named by `# part N`, else part 121); URLs point at this run's
/// servers and databases.
pub fn rewrite(session: &Session, text: &str) -> String {
    let mut text = text
        .replace("cargo run -q -- ", "blogctl ")
        .replace("cargo run -- ", "blogctl ");
    for (readme, actual) in &session.ports {
        text = text.replace(&format!("--port {readme}"), &format!("--port {actual}"));
    }
    if text.contains("npm run migrations") {
        let dir = crate::util::node::installed();
        let until = match part(&text) {
            Some(120) => "20230813192709_add_addresses_table",
            Some(122) => "20230827204025_add_categories_table",
            Some(127) => "20230928231458_add_paragraphs_column",
            _ => "20230817230950_add_author_id",
        };
        text = text.replace(
            "npm run migrations",
            &format!("MIGRATE_UNTIL={until} node '{}/migrate.js'", dir.display()),
        );
    }
    static URL: OnceLock<Regex> = OnceLock::new();
    static PARTS: OnceLock<Regex> = OnceLock::new();
    let url = URL.get_or_init(|| Regex::new(r"postgres(ql)?://[^\s'\x22]*").unwrap());
    let parts =
        PARTS.get_or_init(|| Regex::new(r"^(postgres(?:ql)?://[^/]*)/([^?]*)(.*)$").unwrap());
    url.replace_all(&text, |m: &regex::Captures<'_>| {
        let mut url = m[0].to_string();
        for (readme, actual) in &session.ports {
            url = url.replace(
                &format!("127.0.0.1:{readme},"),
                &format!("127.0.0.1:{actual},"),
            );
            url = url.replace(
                &format!("127.0.0.1:{readme}/"),
                &format!("127.0.0.1:{actual}/"),
            );
        }
        if let Some((_, actual)) = session.ports.iter().find(|(r, _)| *r == 5432) {
            url = url.replace("127.0.0.1/", &format!("127.0.0.1:{actual}/"));
        }
        if let Some(c) = parts.captures(&url)
            && let Some((_, actual)) = session.databases.iter().find(|(r, _)| *r == c[2])
        {
            url = format!("{}/{actual}{}", &c[1], &c[3]);
        }
        url
    })
    .into_owned()
}

/// The API version in a command's `# part N` comment.
fn part(text: &str) -> Option<u32> {
    let comment = text.split_once(" #")?.1;
    let digits = comment.split("part ").nth(1)?;
    digits
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

/// No password the tests use and no hash in what a command printed.
fn check_secrets(command: &str, output: &str) {
    let run = crate::util::Output {
        code: 0,
        stdout: output.to_string(),
        stderr: String::new(),
    };
    crate::util::check_no_secrets(command, &run);
}

/// README.md with the output of each mismatched command replaced by what
/// it printed.
pub fn updated(readme: &str, mismatches: &[Mismatch]) -> String {
    let mut lines: Vec<String> = readme.lines().map(str::to_string).collect();
    let mut sorted: Vec<&Mismatch> = mismatches.iter().collect();
    sorted.sort_by_key(|m| std::cmp::Reverse(m.cmd.line));
    for m in sorted {
        let start = m.cmd.line - 1 + m.cmd.lines;
        let end = start + m.cmd.expected.len();
        let actual = trim_trailing_empty(m.actual.clone());
        lines.splice(start..end, actual);
    }
    lines.join("\n") + "\n"
}

/// The folder of the blogctl binary under test.
pub fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_blogctl"))
        .parent()
        .unwrap()
        .to_path_buf()
}
