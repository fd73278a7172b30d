//! No secret in any output about a connection string or a `.env` file: the
//! cases found by fuzzing (issue 14, items 2 and 10), generated samples run
//! through the real binary, and passwords with unencoded `@` and `?` that
//! must work.

use std::sync::OnceLock;
use std::time::Duration;

use crate::util::conninfo_fuzz as fuzz;
use crate::util::envfile_fuzz;
use crate::util::ports::RefusedPort;
use crate::util::{Blogctl, TestDb, client, own_cluster, secret};

/// The marker, registered so that every run's output is checked for it.
fn marker() -> &'static str {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        for piece in fuzz::marker_pieces() {
            secret(piece);
        }
    });
    fuzz::MARKER
}

/// Run `migrate status -v` with `conn` from the environment (or the flag),
/// within a bound; the harness checks that no piece of the marker is printed.
fn run_with(conn: &str, flag: bool) -> crate::util::Output {
    let mut run = Blogctl::new();
    run.args(["-v", "--connect-timeout", "2", "migrate", "status"]);
    if flag {
        run.args(["--database-url", conn]);
    } else {
        run.env("DATABASE_URL", conn);
    }
    // Bounded: a hang is a failure, not a stuck test.
    run.run_within(Duration::from_secs(30))
}

#[test]
fn connection_string_errors_never_print_the_password() {
    let m = marker();
    let refused = RefusedPort::new();
    let port = refused.port;
    for conn in [
        format!("Postgres://root:{m}@127.0.0.1:{port}/db"),
        format!("postgress://root:{m}@127.0.0.1:{port}/db"),
        format!("mysql://root:{m}@127.0.0.1:{port}/db"),
        format!("postgres://root@127.0.0.1:{port}/db?Password={m}"),
        format!("postgres://root@127.0.0.1:{port}/db?pass%77ord={m}&x=1"),
        format!("postgres://root:pa/{m}@127.0.0.1:{port}/db"),
        format!("postgres://root:pa?{m}@127.0.0.1:notaport/db"),
        format!("host=127.0.0.1 port={port} Password={m}"),
        format!("host=127.0.0.1 port={port} passwd={m}"),
        format!("host=127.0.0.1 port={port} password=correct {m} battery"),
        format!("host=127.0.0.1 port={port} dbname= password={m}"),
        format!("host=127.0.0.1 port={port} user= password={m}"),
        format!("host= port={port} password={m}"),
        format!("host=127.0.0.1 port={port} sslmode= password={m}"),
        format!("host=127.0.0.1 port={port} sslmode=require;password={m}"),
        format!("host=127.0.0.1 port={port} sslmode=verify-ca sslrootcert=/ca.pem;password={m}"),
        format!("host=127.0.0.1 port={port} 'password={m}"),
        format!("host=127.0.0.1 port={port};password={m}"),
    ] {
        for flag in [false, true] {
            let out = run_with(&conn, flag);
            assert!(
                [2, 3].contains(&out.code),
                "{conn}: exit {}\n{}",
                out.code,
                out.stderr
            );
        }
    }
}

#[test]
fn a_generated_sample_never_prints_the_password_nor_panics_nor_hangs() {
    marker();
    let refused = RefusedPort::new();
    let port = refused.port;
    let mut rng = fastrand::Rng::with_seed(1414);
    for i in 0..120 {
        let conn = fuzz::conn_str(&mut rng, port);
        let out = run_with(&conn, i % 4 == 0);
        // 2: refused as written; 3: nothing listens on the port.
        assert!(
            [2, 3].contains(&out.code),
            "{conn}: exit {}\n{}",
            out.code,
            out.stderr
        );
    }
}

#[test]
fn a_generated_sample_of_env_files_never_prints_a_secret_nor_panics_nor_hangs() {
    marker();
    let refused = RefusedPort::new();
    let mut rng = fastrand::Rng::with_seed(1415);
    let mut runs = 0;
    for i in 0..110 {
        let clean = envfile_fuzz::env_file(&mut rng, refused.port);
        let bytes = match i % 3 {
            0 => clean,
            _ => envfile_fuzz::mutate(&mut rng, &clean),
        };
        if envfile_fuzz::marker_as_key(&bytes) {
            // The file names the marker as a key, which -v lists.
            continue;
        }
        runs += 1;
        let mut run = Blogctl::new();
        std::fs::write(run.home().join(".env"), &bytes).unwrap();
        // Where libpq's defaults would go when the file names no server.
        run.env("PGHOST", "/nonexistent").args([
            "-v",
            "--connect-timeout",
            "2",
            "migrate",
            "status",
        ]);
        // Bounded: a hang is a failure; the harness checks both streams.
        let out = run.run_within(Duration::from_secs(30));
        // 2: the file or a setting refused; 3: nothing to connect to.
        assert!(
            [2, 3].contains(&out.code),
            "{:?}: exit {}\n{}",
            String::from_utf8_lossy(&bytes),
            out.code,
            out.stderr
        );
    }
    assert!(runs >= 100, "{runs} runs");
}

#[test]
fn unencoded_at_and_question_marks_in_a_url_password_work() {
    static ROLE: OnceLock<()> = OnceLock::new();
    const USER: &str = "blogctl_at";
    let pw = "Sup3r@S3cr?t";
    let cluster = own_cluster();
    ROLE.get_or_init(|| {
        secret("S3cr?t");
        client(&cluster.socket_url("postgres"))
            .batch_execute(&format!(
                "DROP ROLE IF EXISTS {USER}; CREATE ROLE {USER} LOGIN SUPERUSER PASSWORD '{pw}'"
            ))
            .unwrap();
    });
    let db = TestDb::on_cluster(cluster, "at_in_password");
    let out = Blogctl::new()
        .env(
            "DATABASE_URL",
            format!(
                "postgres://{USER}:{pw}@127.0.0.1:{}/{}",
                cluster.port, db.name
            ),
        )
        .args(["-v", "migrate"])
        .run()
        .success();
    assert!(
        out.stderr.contains(&format!(
            "connected to 127.0.0.1:{} (primary)",
            cluster.port
        )),
        "{}",
        out.stderr
    );
}
