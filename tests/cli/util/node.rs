//! The blog API's own tooling, for the interoperability tests: Kysely
//! 0.26's `Migrator` on `pg`, and npm `bcrypt`, as the API uses them.
//!
//! They live in tests/node (package.json and package-lock.json committed;
//! node_modules not). The first test that needs them runs `npm ci` there,
//! once per test process, and again only when package-lock.json changed;
//! bcrypt 6 ships prebuilt binaries in its npm tarball, so nothing is
//! downloaded from anywhere but the npm registry. Without node and npm the
//! tests fail with a message saying what to install: they never skip.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// tests/node, where package.json is.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node")
}

/// Make sure tests/node/node_modules matches package-lock.json (npm ci).
pub fn installed() -> &'static Path {
    static DONE: OnceLock<PathBuf> = OnceLock::new();
    DONE.get_or_init(|| {
        let dir = dir();
        let lock =
            std::fs::read(dir.join("package-lock.json")).expect("tests/node/package-lock.json");
        let stamp = dir.join("node_modules/.blogctl-installed-lock");
        if std::fs::read(&stamp).ok().as_deref() == Some(&lock[..]) {
            return dir;
        }
        for tool in ["node", "npm"] {
            let found = Command::new(tool)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            assert!(
                found,
                "the interoperability tests need `{tool}` (Node.js 18 or newer with npm) to run \
                 the blog API's Kysely migrator and bcrypt: install them (apt-get install nodejs \
                 npm), then run the tests again; they install their npm packages themselves \
                 (`npm ci --prefix tests/node`)"
            );
        }
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .expect("run npm ci");
        assert!(
            out.status.success(),
            "`npm ci` in {} failed; run `npm ci --prefix tests/node` by hand to see why \
             (it needs the npm registry):\n{}{}",
            dir.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::write(&stamp, &lock).expect("write the npm ci stamp");
        dir
    })
}

/// A `node SCRIPT` command in tests/node with an empty environment but PATH.
pub fn node(script: &str) -> Command {
    let dir = installed();
    let mut cmd = Command::new("node");
    cmd.arg(script)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

/// Run `cmd` with `input` on standard input; panic unless it succeeds.
fn run_with_input(mut cmd: Command, input: &str) -> String {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn node");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// npm bcrypt's `bcrypt.hash(password, 10)`, as the blog API hashes.
pub fn bcrypt_hash(password: &str) -> String {
    let request = serde_json::json!({ "hash": password }).to_string();
    run_with_input(node("bcrypt.js"), &request)
}

/// npm bcrypt's `bcrypt.compare(password, hash)`, the blog API's log-in check.
pub fn bcrypt_compare(password: &str, hash: &str) -> bool {
    let request = serde_json::json!({ "compare": [password, hash] }).to_string();
    match run_with_input(node("bcrypt.js"), &request).as_str() {
        "true" => true,
        "false" => false,
        other => panic!("bcrypt.compare printed {other:?}"),
    }
}

/// The blog API's migrator (Kysely 0.26 `Migrator.migrateToLatest()`) on
/// `url`, knowing the API's migrations up to `until` (its version: part-120
/// knows three, part-121 five, ...), with the admin variables its
/// migrations read. Ready to spawn.
pub fn kysely_migrate(url: &str, until: &str, admin: (&str, &str)) -> Command {
    let mut cmd = node("migrate.js");
    cmd.env("DATABASE_URL", url)
        .env("MIGRATE_UNTIL", until)
        .env("ADMIN_EMAIL", admin.0)
        .env("ADMIN_PASSWORD", admin.1);
    cmd
}

/// Run the migrator to completion (killed, and the test failed, if it has
/// not ended within 5 minutes: a hang): exit code, stdout, stderr.
pub fn run(mut cmd: Command) -> (i32, String, String) {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run node");
    let pid = child.id();
    let (done, finished) = std::sync::mpsc::channel();
    let watchdog = std::thread::spawn(move || {
        let hung = finished
            .recv_timeout(std::time::Duration::from_secs(300))
            .is_err();
        if hung {
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
        }
        hung
    });
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait for node");
    let _ = done.send(());
    assert!(
        !watchdog.join().unwrap(),
        "node {cmd:?} hung: killed after 5 minutes"
    );
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}
