//! Primaries, standbys and failover, against a real primary and a real
//! streaming standby (pg_basebackup -R): routing by target_session_attrs in
//! both host orders, per-host timeouts, every host's failure, refusals of
//! every write on a standby, `--wait` across a promotion, and an export cut
//! by an immediate stop.

use std::io::Read;
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::Duration;

use crate::util::cluster::{Cluster, ClusterOptions};
use crate::util::ports::RefusedPort;
use crate::util::{Blogctl, TestDb, client};

/// A primary and its standby, with a database `blog` set up with the demo
/// data on the primary and replayed on the standby. Shared by the tests
/// that only read or are refused.
struct Pair {
    primary: Cluster,
    standby: Cluster,
}

const DB: &str = "blog";

fn pair() -> &'static Pair {
    static PAIR: OnceLock<Pair> = OnceLock::new();
    PAIR.get_or_init(|| {
        let primary = Cluster::new(ClusterOptions::default());
        client(&primary.socket_url("postgres"))
            .batch_execute(&format!("CREATE DATABASE {DB}"))
            .unwrap();
        Blogctl::new()
            .env("DATABASE_URL", primary.socket_url(DB))
            .env("ADMIN_EMAIL", "admin@example.com")
            .env("ADMIN_PASSWORD", "admin-password-1")
            .args(["setup", "--demo"])
            .run()
            .success();
        let standby = primary.standby();
        // A transaction after the base backup, for the standby to replay.
        client(&primary.socket_url(DB))
            .batch_execute("CREATE TABLE replayed (); DROP TABLE replayed")
            .unwrap();
        primary.wait_for_replay(&standby);
        Pair { primary, standby }
    })
}

/// `postgres://postgres@127.0.0.1:A,127.0.0.1:B/blog?<params>`.
fn url(ports: &[u16], params: &str) -> String {
    let hosts: Vec<String> = ports.iter().map(|p| format!("127.0.0.1:{p}")).collect();
    format!("postgres://postgres@{}/{DB}?{params}", hosts.join(","))
}

/// The port `-v` says the run connected to, and the role it named.
fn landed(stderr: &str) -> (u16, String) {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("connected to 127.0.0.1:"))
        .unwrap_or_else(|| panic!("no `connected to` line:\n{stderr}"));
    let rest = &line["connected to 127.0.0.1:".len()..];
    let (port, role) = rest.split_once(' ').unwrap();
    (
        port.parse().unwrap(),
        role.trim_matches(['(', ')']).to_string(),
    )
}

#[test]
fn routing_follows_target_session_attrs_in_both_host_orders() {
    let Pair { primary, standby } = pair();
    let (p, s) = (primary.port, standby.port);
    let expected_csv = Blogctl::new()
        .env("DATABASE_URL", url(&[p], ""))
        .args(["articles", "list", "--format", "csv"])
        .run()
        .success()
        .stdout;
    for order in [[p, s], [s, p]] {
        for (attrs, want) in [
            ("any", order[0]),
            ("read-write", p),
            ("primary", p),
            ("read-only", s),
            ("standby", s),
            ("prefer-standby", s),
        ] {
            let out = Blogctl::new()
                .env(
                    "DATABASE_URL",
                    url(&order, &format!("target_session_attrs={attrs}")),
                )
                .args(["-v", "articles", "list", "--format", "csv"])
                .run()
                .success();
            let (port, role) = landed(&out.stderr);
            assert_eq!(port, want, "{attrs} with hosts {order:?}:\n{}", out.stderr);
            assert_eq!(role, if port == p { "primary" } else { "standby" });
            // Reads on the standby give what the primary has.
            assert_eq!(out.stdout, expected_csv, "{attrs} {order:?}");
        }
    }
    // The same from PGTARGETSESSIONATTRS, and from a key=value string.
    let out = Blogctl::new()
        .env("DATABASE_URL", url(&[p, s], ""))
        .env("PGTARGETSESSIONATTRS", "standby")
        .args(["-v", "users", "list"])
        .run()
        .success();
    assert_eq!(landed(&out.stderr).0, s, "{}", out.stderr);
    // Users' reads go to the standby with prefer-standby too.
    for order in [[p, s], [s, p]] {
        for args in [
            &["users", "list", "--format", "csv"][..],
            &["users", "show", "ada@example.com", "--format", "json"],
        ] {
            let out = Blogctl::new()
                .env(
                    "DATABASE_URL",
                    url(&order, "target_session_attrs=prefer-standby"),
                )
                .arg("-v")
                .args(args)
                .run()
                .success();
            assert_eq!(landed(&out.stderr), (s, "standby".to_string()), "{args:?}");
            let on_primary = Blogctl::new()
                .env("DATABASE_URL", url(&[p], ""))
                .args(args)
                .run()
                .success();
            assert_eq!(out.stdout, on_primary.stdout, "{args:?}");
        }
    }
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            format!(
                "host=127.0.0.1,127.0.0.1 port={s},{p} user=postgres dbname={DB} \
                 target_session_attrs=read-write"
            ),
        )
        .args(["-v", "users", "show", "ada@example.com"])
        .run()
        .success();
    assert_eq!(landed(&out.stderr).0, p, "{}", out.stderr);
}

#[test]
fn prefer_standby_falls_back_to_the_primary_and_standby_does_not() {
    let Pair { primary, .. } = pair();
    let refused = RefusedPort::new();
    let down = refused.port;
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            url(&[primary.port, down], "target_session_attrs=prefer-standby"),
        )
        .args(["-v", "articles", "show", "1"])
        .run()
        .success();
    assert_eq!(landed(&out.stderr), (primary.port, "primary".into()));

    // No acceptable host: every host's failure, one line each.
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            url(&[down, primary.port], "target_session_attrs=standby"),
        )
        .args(["articles", "show", "1"])
        .run()
        .expect_code(3);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stderr);
    assert!(
        lines[0].starts_with("blogctl: error: cannot connect to "),
        "{}",
        out.stderr
    );
    assert!(
        lines[1].starts_with(&format!(
            "  127.0.0.1:{down}: error connecting to server: Connection refused"
        )),
        "{}",
        out.stderr
    );
    assert_eq!(
        lines[2],
        format!(
            "  127.0.0.1:{}: the server is a primary that accepts writes, and \
             target_session_attrs=standby asks for a standby",
            primary.port
        )
    );
}

#[test]
fn a_bad_target_session_attrs_lists_the_good_ones() {
    for (var, value) in [
        ("DATABASE_URL", url(&[1], "target_session_attrs=master")),
        ("PGTARGETSESSIONATTRS", "primary-only".to_string()),
    ] {
        let out = Blogctl::new()
            .env(var, value)
            .args(["users", "list"])
            .run()
            .expect_code(2);
        assert!(
            out.stderr
                .contains("use any, read-write, read-only, primary, standby or prefer-standby"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn a_silent_first_host_times_out_and_the_next_one_is_tried() {
    let Pair { primary, .. } = pair();
    // Accepts TCP connections and never says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    for flags in [&["-v"][..], &["-v", "--wait", "30"][..]] {
        let out = Blogctl::new()
            .env(
                "DATABASE_URL",
                url(
                    &[silent_port, primary.port],
                    "connect_timeout=2&sslmode=disable",
                ),
            )
            .args(flags)
            .args(["users", "list", "--format", "json"])
            .run()
            .success();
        assert!(
            out.stderr.contains(&format!(
                "127.0.0.1:{silent_port}: no answer within 2 s (--connect-timeout)"
            )),
            "{}",
            out.stderr
        );
        assert_eq!(landed(&out.stderr).0, primary.port);
    }
    drop(silent);
}

#[test]
fn every_write_command_refuses_a_standby_and_reads_work() {
    let Pair { primary, standby } = pair();
    let refusal = format!(
        "blogctl: error: the server at 127.0.0.1:{} is a read-only standby; point blogctl at \
         the primary (target_session_attrs=read-write)\n",
        standby.port
    );
    let on_standby = || {
        let mut run = Blogctl::new();
        run.env("DATABASE_URL", url(&[standby.port], ""))
            .env("ADMIN_EMAIL", "admin@example.com")
            .env("ADMIN_PASSWORD", "admin-password-1");
        run
    };
    let writes: &[&[&str]] = &[
        &["migrate"],
        &["setup"],
        &["setup", "--demo"],
        &["seed"],
        &["seed", "--reset-password"],
        &[
            "articles",
            "create",
            "--title",
            "T",
            "--author",
            "1",
            "--content",
            "C",
        ],
        &["users", "delete", "4", "--yes"],
        &["articles", "update", "1", "--title", "T"],
        &["articles", "delete", "1", "--yes"],
        &["users", "update", "2", "--name", "N", "--city", "C"],
        &["users", "update", "2", "--no-address"],
    ];
    for args in writes {
        let out = on_standby().args(*args).run().expect_code(1);
        assert_eq!(out.stderr, refusal, "{args:?}");
    }
    let out = on_standby()
        .args(["users", "set-password", "2", "--password-stdin"])
        .stdin("another-password-2\n")
        .run()
        .expect_code(1);
    assert_eq!(out.stderr, refusal);
    let out = on_standby()
        .args([
            "users",
            "create",
            "--email",
            "new@example.com",
            "--name",
            "N",
            "--password-stdin",
        ])
        .stdin("new-user-password\n")
        .run()
        .expect_code(1);
    assert_eq!(out.stderr, refusal);
    // setup on a standby where the database does not exist: the
    // maintenance connection refuses too, before CREATE DATABASE.
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            format!("postgres://postgres@127.0.0.1:{}/nosuchdb", standby.port),
        )
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", "admin-password-1")
        .arg("setup")
        .run()
        .expect_code(1);
    // Without first saying it creates the database.
    assert_eq!(out.stderr, refusal);

    // Reads work, and migrate status says it reads a standby.
    for args in [
        &["users", "list"][..],
        &["users", "show", "1"],
        &["articles", "list"],
        &["articles", "show", "1"],
        &["migrate", "--dry-run"],
        &["users", "list", "--search", "example"],
        &["articles", "list", "--search", "engine"],
    ] {
        on_standby().args(args).run().success();
    }
    // Checking a password only reads.
    on_standby()
        .args([
            "users",
            "check-password",
            "admin@example.com",
            "--password-stdin",
        ])
        .stdin("admin-password-1\n")
        .run()
        .success();
    let out = on_standby()
        .args(["migrate", "status", "--check"])
        .run()
        .success();
    assert!(
        out.stderr.starts_with(&format!(
            "reading a standby at 127.0.0.1:{}: its last replayed transaction committed ",
            standby.port
        )),
        "{}",
        out.stderr
    );
    // Nothing was written on the primary either.
    let users: i64 = client(&primary.socket_url(DB))
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 5);
}

#[test]
fn a_primary_with_default_transaction_read_only_refuses_writes() {
    let db = TestDb::migrated("dtro");
    db.client()
        .batch_execute(&format!(
            "ALTER DATABASE \"{}\" SET default_transaction_read_only = on",
            db.name
        ))
        .unwrap();
    let out = db
        .blogctl()
        .args([
            "articles",
            "create",
            "--title",
            "T",
            "--author",
            "1",
            "--content",
            "C",
        ])
        .run()
        .expect_code(1);
    assert!(
        out.stderr
            .contains("allows only read-only transactions (default_transaction_read_only is on)"),
        "{}",
        out.stderr
    );
}

/// A fresh primary (with a migrated `blog`) and its standby, for a test
/// that promotes.
fn own_pair() -> (Cluster, Cluster) {
    let primary = Cluster::new(ClusterOptions::default());
    client(&primary.socket_url("postgres"))
        .batch_execute(&format!("CREATE DATABASE {DB}"))
        .unwrap();
    Blogctl::new()
        .env("DATABASE_URL", primary.socket_url(DB))
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", "admin-password-1")
        .arg("setup")
        .run()
        .success();
    let standby = primary.standby();
    primary.wait_for_replay(&standby);
    (primary, standby)
}

fn wait_across_a_promotion(dead_primary_first: bool) {
    let (primary, standby) = own_pair();
    let old = primary.port;
    primary.stop();
    let ports = if dead_primary_first {
        [old, standby.port]
    } else {
        [standby.port, old]
    };
    let mut run = Blogctl::new();
    run.env(
        "DATABASE_URL",
        url(&ports, "target_session_attrs=read-write"),
    )
    .args([
        "--wait",
        "60",
        "-v",
        "articles",
        "create",
        "--title",
        "After failover",
    ])
    .args([
        "--author",
        "admin@example.com",
        "--content",
        "Written on the new primary.",
    ]);
    let mut child = run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
    // Promote once blogctl has met both refusals and said it waits.
    child.wait_for_output("target_session_attrs=read-write asks for one that accepts writes");
    child.wait_for_output("waiting for the server at");
    standby.promote();
    let out = child.wait_with_output();
    let stderr = &out.stderr;
    assert_eq!(out.code, 0, "{stderr}");
    assert!(stderr.contains("waiting for the server at"), "{stderr}");
    assert!(
        stderr.contains("target_session_attrs=read-write asks for one that accepts writes"),
        "{stderr}"
    );
    assert_eq!(landed(stderr), (standby.port, "primary".into()));
    let titles: i64 = client(&standby.socket_url(DB))
        .query_one(
            "SELECT count(*) FROM articles WHERE title = 'After failover'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(titles, 1);
    standby.stop();
}

#[test]
fn wait_rides_out_a_promotion_with_the_dead_primary_listed_first() {
    wait_across_a_promotion(true);
}

#[test]
fn wait_rides_out_a_promotion_with_the_dead_primary_listed_last() {
    wait_across_a_promotion(false);
}

#[test]
fn an_export_cut_by_an_immediate_stop_says_it_is_incomplete() {
    let cluster = Cluster::new(ClusterOptions::default());
    client(&cluster.socket_url("postgres"))
        .batch_execute(&format!("CREATE DATABASE {DB}"))
        .unwrap();
    Blogctl::new()
        .env("DATABASE_URL", cluster.socket_url(DB))
        .arg("migrate")
        .run()
        .success();
    // About 200 MB of CSV: far more than the pipe and socket buffers hold.
    let mut filler = client(&cluster.socket_url(DB));
    filler
        .batch_execute(
            "INSERT INTO users (email, name, password) VALUES ('a@example.com', 'A', 'x'); \
             INSERT INTO articles (title, article_content, author_id) \
             SELECT 'title ' || g, repeat('x', 2000), 1 FROM generate_series(1, 100000) g",
        )
        .unwrap();
    // The test cluster runs with synchronous_commit off: without a
    // checkpoint (after the commit) the immediate stop loses the rows, and
    // the second export finds none.
    filler.batch_execute("CHECKPOINT").unwrap();
    for format in ["csv", "json"] {
        let mut run = Blogctl::new();
        run.env("DATABASE_URL", url(&[cluster.port], "sslmode=disable"))
            .args(["articles", "list", "--all", "--format", format]);
        let mut child = run.spawn(Stdio::null(), Stdio::piped(), Stdio::piped());
        let mut stdout = child.stdout();
        let mut head = vec![0; 256 * 1024];
        if let Err(e) = stdout.read_exact(&mut head) {
            drop(stdout);
            let out = child.wait_with_output();
            panic!(
                "{format}: the export ended before 256 kB ({e}): exit {}\n{}",
                out.code, out.stderr
            );
        }
        cluster.stop();
        let mut rest = Vec::new();
        stdout.read_to_end(&mut rest).unwrap();
        let out = child.wait_with_output();
        head.extend(rest);
        let stderr = &out.stderr;
        assert_eq!(out.code, 3, "{stderr}");
        let text = String::from_utf8(head).unwrap();
        let rows = text.lines().count() - 1; // the CSV header or the JSON `[`
        assert!(rows > 0 && rows < 100_000, "{rows} rows");
        assert!(
            stderr.starts_with(&format!(
                "blogctl: error: the output is incomplete: the connection to 127.0.0.1:{} was \
                 lost after {rows} rows were written",
                cluster.port
            )),
            "{format}: {stderr}"
        );
        if format == "json" {
            assert!(
                !text.trim_end().ends_with(']'),
                "a cut JSON array looks whole"
            );
        }
        cluster.start();
    }
    cluster.stop();
}

#[test]
fn wait_gives_up_at_once_on_what_waiting_cannot_fix() {
    let Pair { primary, .. } = pair();
    // A missing database, on every host: no retry, no "waiting".
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            format!(
                "postgres://postgres@127.0.0.1:{0},127.0.0.1:{0}/nosuchdb",
                primary.port
            ),
        )
        .args(["--wait", "60", "users", "list"])
        .run_within(Duration::from_secs(30))
        .expect_code(3);
    assert!(!out.stderr.contains("waiting"), "{}", out.stderr);
    assert!(out.stderr.contains("3D000"), "{}", out.stderr);
    // A wrong password.
    client(&primary.socket_url("postgres"))
        .batch_execute(
            "DO $$ BEGIN CREATE ROLE wait_pw LOGIN PASSWORD 'right-Pw-1'; \
             EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        )
        .unwrap();
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            format!("postgres://wait_pw@127.0.0.1:{}/{DB}", primary.port),
        )
        .env("PGPASSWORD", crate::util::secret("wrong-Pw-1"))
        .args(["--wait", "60", "users", "list"])
        .run_within(Duration::from_secs(30))
        .expect_code(3);
    assert!(!out.stderr.contains("waiting"), "{}", out.stderr);
    assert!(
        out.stderr.contains("password authentication failed"),
        "{}",
        out.stderr
    );
    // A host that is down could come up: that one is waited for.
    let refused = RefusedPort::new();
    let down = refused.port;
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            format!("postgres://postgres@127.0.0.1:{down}/{DB}"),
        )
        .args(["--wait", "1", "users", "list"])
        .run_within(Duration::from_secs(30))
        .expect_code(3);
    assert!(
        out.stderr.contains("waiting for the server"),
        "{}",
        out.stderr
    );
}
