//! Broken networks, in private network namespaces: a network that stops
//! forwarding in the middle of an export (TCP keepalives end it, or
//! `tcp_user_timeout` long before them), and a DNS server that never
//! answers (the connect timeout ends it, and the process does not wait
//! for the stuck lookup). And on a working network, the keepalives a TCP
//! connection has when the URL names none (blogctl's, not the system's).

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::time::Duration;

use crate::util::netns::{explain, in_new_netns, set_loopback, silent_dns};
use crate::util::race::{start, wait_until_blocked};
use crate::util::{Blogctl, TestDb, client, own_cluster, wait_until};

/// Forward TCP connections on `listener` to the Unix socket `target`, both
/// ways, until either side ends.
fn relay(listener: std::net::TcpListener, target: std::path::PathBuf) {
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { return };
            let Ok(server) = std::os::unix::net::UnixStream::connect(&target) else {
                return;
            };
            let (mut c1, mut s1) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut c2, mut s2) = (client, server);
            std::thread::spawn(move || std::io::copy(&mut c1, &mut s1));
            std::thread::spawn(move || std::io::copy(&mut s2, &mut c2));
        }
    });
}

/// `articles list --all --format csv` on a database of 200 MB of articles,
/// over TCP through a relay in a private network namespace, connected with
/// the URL query `params` (after `sslmode=disable`); once the first MB has
/// come out, the network stops forwarding. The export must end within
/// `limit` in exit 3, saying that the output is incomplete and how many
/// rows it holds; a run still going after `limit` fails the test (a hang).
fn export_until_the_network_stops(tag: &str, params: &str, limit: Duration) {
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, tag);
    Blogctl::new()
        .env("DATABASE_URL", &db.url)
        .arg("migrate")
        .run()
        .success();
    // About 200 MB of CSV: far more than the pipe and socket buffers hold.
    client(&db.url)
        .batch_execute(
            "INSERT INTO users (email, name, password) VALUES ('a@example.com', 'A', 'x'); \
             INSERT INTO articles (title, article_content, author_id) \
             SELECT 'title ' || g, repeat('x', 2000), 1 FROM generate_series(1, 100000) g",
        )
        .unwrap();
    let socket = cluster
        .socket_dir
        .join(format!(".s.PGSQL.{}", cluster.port));
    let name = db.name.clone();
    let params = params.to_string();
    let (code, stdout, stderr, port) = in_new_netns(move || {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        relay(listener, socket);
        let mut run = Blogctl::new();
        run.env(
            "DATABASE_URL",
            format!("postgres://postgres@127.0.0.1:{port}/{name}?sslmode=disable&{params}"),
        )
        .args(["articles", "list", "--all", "--format", "csv"]);
        let mut child = run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
        let mut out = child.stdout();
        let mut err = child.stderr();
        let mut stdout = vec![0; 1024 * 1024];
        if let Err(e) = out.read_exact(&mut stdout) {
            let mut stderr = String::new();
            let _ = err.read_to_string(&mut stderr);
            panic!("the export ended before its first MB ({e}): {stderr}");
        }
        // The network stops forwarding: packets vanish, nothing is refused.
        set_loopback(false).unwrap();
        let reader = std::thread::spawn(move || {
            let mut rest = Vec::new();
            out.read_to_end(&mut rest).map(|_| rest)
        });
        // Still running after this: a dead network hung the export (the
        // bounds in `params` not in effect).
        let code = child.wait_within(limit).code().unwrap_or(-1);
        stdout.extend(reader.join().unwrap().unwrap());
        let mut stderr = String::new();
        err.read_to_string(&mut stderr).unwrap();
        (code, stdout, stderr, port)
    });
    assert_eq!(code, 3, "{stderr}");
    let rows = String::from_utf8(stdout).unwrap().lines().count() - 1;
    assert!(
        stderr.starts_with(&format!(
            "blogctl: error: the output is incomplete: the connection to 127.0.0.1:{port} was \
             lost after {rows} rows were written"
        )),
        "{stderr}"
    );
}

#[test]
fn an_export_over_a_network_that_stops_forwarding_ends_in_exit_3() {
    // Keepalives give up after about 1 + 3 x 1 s.
    export_until_the_network_stops(
        "dead_network",
        "keepalives_idle=1&keepalives_interval=1&keepalives_count=3",
        Duration::from_secs(90),
    );
}

#[test]
fn tcp_user_timeout_ends_an_export_long_before_keepalives_would() {
    // Keepalives alone would give up after 1 + 100 x 10 s (a count above
    // 127 is refused, as Linux refuses it). With tcp_user_timeout, Linux
    // ends the connection at the first probe's turn after one went
    // unanswered and nothing came for 3 s: after about 11 s.
    export_until_the_network_stops(
        "dead_network_user_timeout",
        "keepalives_idle=1&keepalives_interval=10&keepalives_count=100&tcp_user_timeout=3000",
        Duration::from_secs(90),
    );
}

#[test]
fn a_silent_dns_server_does_not_outlive_the_connect_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let resolv = dir.path().join("resolv.conf");
    // glibc would wait 30 s per try, twice, before giving up.
    std::fs::write(
        &resolv,
        "nameserver 127.0.0.1\noptions timeout:30 attempts:2\n",
    )
    .unwrap();
    let resolv = std::ffi::CString::new(resolv.display().to_string()).unwrap();
    let resolv = resolv.as_bytes_with_nul().to_vec();
    let mut run = Blogctl::new();
    run.env(
        "DATABASE_URL",
        "postgres://postgres@db.blogctl-test.invalid:5432/blog",
    )
    .args(["--connect-timeout", "1", "migrate", "status"]);
    let mut child = run
        .spawn_with(|command| {
            command.stdout(Stdio::null()).stderr(Stdio::piped());
            // SAFETY: silent_dns makes only system calls (no allocation, no locks).
            unsafe { command.pre_exec(move || silent_dns(&resolv)) };
        })
        .unwrap_or_else(|e| panic!("{}", explain(&e)));
    // Still running after this: it waited for the stuck name lookup after
    // giving up on it.
    let code = child
        .wait_within(Duration::from_secs(20))
        .code()
        .unwrap_or(-1);
    let mut stderr = String::new();
    child.stderr().read_to_string(&mut stderr).unwrap();
    assert_eq!(code, 3, "{stderr}");
    assert_eq!(
        stderr,
        "blogctl: error: cannot connect to db.blogctl-test.invalid:5432/blog as postgres: no \
         answer within 1 s (--connect-timeout)\n"
    );
}

/// The keepalive timers on the TCP sockets process `pid` has to port
/// `port`, in whole seconds left (`None` for a socket with no keepalive
/// timer), as `ss` shows them once none of these sockets has data in
/// flight: until the peer acknowledges what was sent (a delayed ACK), `ss`
/// shows the retransmission timer instead.
fn keepalive_timers(pid: u32, port: u16) -> Vec<Option<u64>> {
    let mut lines = Vec::new();
    wait_until(
        &format!("sockets of pid {pid} to port {port} with nothing in flight"),
        || {
            let out = std::process::Command::new("ss")
                .args([
                    "-tnoHp",
                    "state",
                    "established",
                    "dport",
                    "=",
                    &format!(":{port}"),
                ])
                .output()
                .expect("run ss (iproute2)");
            assert!(out.status.success(), "ss: {out:?}");
            lines = String::from_utf8(out.stdout)
                .unwrap()
                .lines()
                .filter(|line| line.contains(&format!(",pid={pid},")))
                .map(str::to_string)
                .collect();
            // Recv-Q, Send-Q, local and peer address, process, timer.
            !lines.is_empty()
                && lines.iter().all(|line| {
                    line.split_whitespace().nth(1) == Some("0") && !line.contains("timer:(on,")
                })
        },
    );
    lines
        .iter()
        .map(|line| {
            let (_, rest) = line.split_once("timer:(keepalive,")?;
            Some(ss_seconds(rest.split(',').next()?).unwrap_or_else(|| panic!("{line}")))
        })
        .collect()
}

/// Whole seconds in a time as `ss` prints one: `1min`, `59sec`,
/// `1min30sec`, `9.500ms`, `120ms`.
fn ss_seconds(text: &str) -> Option<u64> {
    let (minutes, rest) = match text.split_once("min") {
        Some((m, rest)) => (m.parse::<u64>().ok()?, rest),
        None => (0, text),
    };
    let seconds = if rest.is_empty() || (rest.ends_with("ms") && !rest.contains('.')) {
        0
    } else {
        let end = rest.find(['s', '.'])?;
        rest[..end].parse::<u64>().ok()?
    };
    Some(minutes * 60 + seconds)
}

#[test]
fn a_tcp_connection_has_blogctls_keepalives_by_default_and_none_with_keepalives_0() {
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, "default_keepalives");
    db.blogctl().arg("migrate").run().success();
    // Every run waits, connected and silent, for this lock.
    let mut holder = db.client();
    let mut tx = holder.transaction().unwrap();
    tx.batch_execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let tcp = format!("{}?sslmode=disable", cluster.tcp_url("postgres", &db.name));
    for (params, keepalives) in [("", true), ("&keepalives=0", false)] {
        let started = std::time::Instant::now();
        let mut run = Blogctl::new();
        run.env("DATABASE_URL", format!("{tcp}{params}"))
            .args(["articles", "list"]);
        let mut running = start(&run);
        wait_until_blocked(&db, &mut running);
        let timers = keepalive_timers(running.id(), cluster.port);
        // Left of blogctl's 60 s idle time: at most 60 s, and at least what
        // had not passed yet when ss looked (the system's default is 2 h).
        let passed = started.elapsed().as_secs() + 1;
        for timer in &timers {
            match (keepalives, timer) {
                (true, Some(left)) => assert!(
                    (60u64.saturating_sub(passed)..=60).contains(left),
                    "{left} s left of the keepalive idle time, {passed} s after the start"
                ),
                (false, None) => {}
                _ => panic!("keepalive timers {timers:?} with {params:?}"),
            }
        }
        running.kill();
        running.wait();
    }
    tx.rollback().unwrap();
}
