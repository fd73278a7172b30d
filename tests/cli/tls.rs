//! TLS against a cluster that only accepts encrypted TCP connections
//! (`hostssl` in pg_hba.conf), with a certificate made for the test:
//! libpq's sslmode meanings, checked one by one.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::util::cluster::{Cluster, ClusterOptions};
use crate::util::{Blogctl, TestDb, secret};

struct TlsServer {
    cluster: Cluster,
    certs: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the TLS tests need the openssl command (apt-get install openssl)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA, a server certificate it signed for `localhost` only, and a second
/// CA that signed nothing.
fn make_certs() -> PathBuf {
    let dir = tempfile::Builder::new()
        .prefix("blogctl-certs-")
        .tempdir()
        .unwrap()
        .keep();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    for ca in ["ca", "other-ca"] {
        let key = format!("{ca}.key");
        let crt = format!("{ca}.crt");
        let subj = format!("/CN=blogctl test {ca}");
        let mut args = vec!["req", "-x509", "-days", "2"];
        args.extend(ec);
        args.extend(["-keyout", &key, "-out", &crt, "-subj", &subj]);
        openssl(&dir, &args);
    }
    let mut args = vec!["req"];
    args.extend(ec);
    args.extend([
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    openssl(&dir, &args);
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(
        &dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-out",
            "server.crt",
            "-extfile",
            "server.ext",
        ],
    );
    dir
}

fn server() -> &'static TlsServer {
    static SERVER: OnceLock<TlsServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        let certs = make_certs();
        let cluster = tls_cluster(&certs, "hostssl", false);
        // Keep the certificates with the cluster: removed with it at exit.
        let kept = cluster.root.join("certs");
        std::fs::rename(&certs, &kept).unwrap();
        TlsServer {
            cluster,
            certs: kept,
        }
    })
}

/// A cluster with the same certificate that takes plain and encrypted
/// TCP connections alike, and logs each with whether it is encrypted.
fn optional_tls_server() -> &'static Cluster {
    static SERVER: OnceLock<Cluster> = OnceLock::new();
    SERVER.get_or_init(|| tls_cluster(&server().certs, "host", true))
}

/// A cluster serving TLS with the certificate in `certs`, that lets
/// `postgres` in on TCP by the pg_hba.conf connection type `tcp` (`host`:
/// plain or encrypted, `hostssl`: encrypted only), logging each connection
/// when `log_connections`.
fn tls_cluster(certs: &Path, tcp: &str, log_connections: bool) -> Cluster {
    let read = |name: &str| std::fs::read(certs.join(name)).unwrap();
    let mut conf: Vec<String> = vec![
        "ssl = on".into(),
        "ssl_cert_file = 'server.crt'".into(),
        "ssl_key_file = 'server.key'".into(),
    ];
    if log_connections {
        conf.push("log_connections = on".into());
    }
    Cluster::new(ClusterOptions {
        conf,
        files: vec![
            ("server.crt".into(), read("server.crt")),
            ("server.key".into(), read("server.key")),
        ],
        hba: Some(format!(
            "local all all trust\n{tcp} all all 127.0.0.1/32 trust\n"
        )),
        ..Default::default()
    })
}

/// Run `migrate` on a fresh database of the TLS cluster, reached as `host`
/// with the given extra URL parameters; return the exit code and stderr.
fn migrate(host: &str, params: &str) -> (i32, String) {
    let server = server();
    let db = TestDb::on_cluster(&server.cluster, "tls");
    let url = format!(
        "postgres://postgres@{host}:{}/{}?{params}",
        server.cluster.port, db.name
    );
    let out = crate::util::Blogctl::new()
        .args(["migrate", "--database-url", &url])
        .run();
    (out.code, out.stderr)
}

fn cert(name: &str) -> String {
    crate::util::cluster::percent(&server().certs.join(name).display().to_string())
}

#[test]
fn plain_text_is_refused_and_require_encrypts() {
    let (code, stderr) = migrate("127.0.0.1", "sslmode=disable");
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("no pg_hba.conf entry"), "{stderr}");
    // require: encrypted, the certificate is not checked (a wrong host name
    // and an unknown CA are fine).
    let (code, stderr) = migrate("127.0.0.1", "sslmode=require");
    assert_eq!(code, 0, "{stderr}");
    // prefer tries TLS first.
    let (code, stderr) = migrate("127.0.0.1", "sslmode=prefer");
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn verify_full_checks_the_ca_and_the_host_name() {
    let ca = cert("ca.crt");
    let (code, stderr) = migrate(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    assert_eq!(code, 0, "{stderr}");

    let (code, stderr) = migrate(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={}", cert("other-ca.crt")),
    );
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("invalid peer certificate: UnknownIssuer"),
        "{stderr}"
    );

    // The certificate names localhost, not 127.0.0.1.
    let (code, stderr) = migrate(
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("not valid for name"), "{stderr}");
}

#[test]
fn verify_ca_checks_the_ca_but_not_the_host_name() {
    let (code, stderr) = migrate(
        "127.0.0.1",
        &format!("sslmode=verify-ca&sslrootcert={}", cert("ca.crt")),
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = migrate(
        "127.0.0.1",
        &format!("sslmode=verify-ca&sslrootcert={}", cert("other-ca.crt")),
    );
    assert_eq!(code, 3, "{stderr}");
    // libpq: require with a root certificate behaves as verify-ca.
    let (code, stderr) = migrate(
        "127.0.0.1",
        &format!("sslmode=require&sslrootcert={}", cert("other-ca.crt")),
    );
    assert_eq!(code, 3, "{stderr}");
}

#[test]
fn verify_full_without_a_root_certificate_is_a_clear_error() {
    let (code, stderr) = migrate("localhost", "sslmode=verify-full");
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("root.crt") && stderr.contains("sslrootcert"),
        "{stderr}"
    );
}

#[test]
fn a_root_certificate_in_home_makes_require_check_the_chain() {
    let server = server();
    let db = TestDb::on_cluster(&server.cluster, "tls_home");
    let url = format!(
        "postgres://postgres@127.0.0.1:{}/{}?sslmode=require",
        server.cluster.port, db.name
    );
    let mut run = crate::util::Blogctl::new();
    let dir = run.home().join(".postgresql");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(server.certs.join("other-ca.crt"), dir.join("root.crt")).unwrap();
    let out = run
        .args(["migrate", "--database-url", &url])
        .run()
        .expect_code(3);
    assert!(out.stderr.contains("UnknownIssuer"), "{}", out.stderr);
    std::fs::copy(server.certs.join("ca.crt"), dir.join("root.crt")).unwrap();
    run.run().success();
}

/// `migrate` with a key=value string or URL against `port`; exit code and stderr.
fn migrate_with(conn: &str, vars: &[(&str, &str)]) -> (i32, String) {
    let mut run = crate::util::Blogctl::new();
    run.env("DATABASE_URL", conn);
    for (k, v) in vars {
        run.env(k, v);
    }
    let out = run.arg("migrate").run();
    (out.code, out.stderr)
}

#[test]
fn sslmode_is_enforced_when_only_hostaddr_names_the_server() {
    // A server without TLS: every mode that requires it must refuse
    // (exit 3), never fall back to plain text.
    let plain = crate::util::own_cluster();
    let db = TestDb::on_cluster(plain, "hostaddr_plain");
    let ca = server().certs.join("ca.crt").display().to_string();
    let port = plain.port;
    let name = &db.name;
    for (conn, vars) in [
        (
            format!("hostaddr=127.0.0.1 port={port} user=postgres dbname={name} sslmode=require"),
            vec![],
        ),
        (
            format!(
                "hostaddr=127.0.0.1 port={port} user=postgres dbname={name} sslmode=verify-ca \
                 sslrootcert={ca}"
            ),
            vec![],
        ),
        (
            format!("postgres://postgres@:{port}/{name}?hostaddr=127.0.0.1&sslmode=require"),
            vec![],
        ),
        (
            format!("hostaddr=127.0.0.1 port={port} user=postgres dbname={name}"),
            vec![("PGSSLMODE", "require")],
        ),
    ] {
        let (code, stderr) = migrate_with(&conn, &vars);
        assert_eq!(code, 3, "{conn}: {stderr}");
        assert!(
            stderr.contains("server does not support TLS"),
            "{conn}: {stderr}"
        );
    }
    // verify-full needs a name to check the certificate against (libpq:
    // "host name must be specified for a verified SSL connection").
    let (code, stderr) = migrate_with(
        &format!(
            "hostaddr=127.0.0.1 port={port} user=postgres dbname={name} sslmode=verify-full \
             sslrootcert={ca}"
        ),
        &[],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("add host=NAME"), "{stderr}");
    assert!(!was_migrated(&db));

    // The TLS server (hostssl only): hostaddr alone encrypts, and a host
    // name beside hostaddr is what verify-full checks.
    let tls_port = server().cluster.port;
    for (tag, extra) in [
        ("hostaddr_require", "sslmode=require".to_string()),
        ("hostaddr_ca", format!("sslmode=verify-ca sslrootcert={ca}")),
        (
            "hostaddr_full",
            format!("host=localhost sslmode=verify-full sslrootcert={ca}"),
        ),
    ] {
        let db = TestDb::on_cluster(&server().cluster, tag);
        let (code, stderr) = migrate_with(
            &format!(
                "hostaddr=127.0.0.1 port={tls_port} user=postgres dbname={} {extra}",
                db.name
            ),
            &[],
        );
        assert_eq!(code, 0, "{extra}: {stderr}");
    }
}

fn was_migrated(db: &TestDb) -> bool {
    db.client()
        .query_one(
            "SELECT to_regclass('refinery_schema_history') IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0)
}

/// libpq's `allow`: plain text first, and TLS only when the server refuses
/// the plain connection. (blogctl used to take it for `prefer`, which asks
/// for TLS first.)
#[test]
fn allow_tries_plain_text_first_and_tls_when_refused() {
    let cluster = optional_tls_server();
    for (mode, encrypted) in [
        ("allow", false),
        ("prefer", true),
        ("disable", false),
        ("require", true),
    ] {
        let db = TestDb::on_cluster(cluster, &format!("tls_optional_{mode}"));
        let url = format!(
            "postgres://postgres@127.0.0.1:{}/{}?sslmode={mode}",
            cluster.port, db.name
        );
        let out = crate::util::Blogctl::new()
            .args(["-v", "migrate", "--database-url", &url])
            .run()
            .success();
        assert!(
            out.stderr.contains(&format!("sslmode={mode},")),
            "{}",
            out.stderr
        );
        let log = std::fs::read_to_string(cluster.root.join("server.log")).unwrap();
        let connections: Vec<&str> = log
            .lines()
            .filter(|l| {
                l.contains(&format!(
                    "connection authorized: user=postgres database={} application_name=blogctl",
                    db.name
                ))
            })
            .collect();
        assert!(!connections.is_empty(), "{log}");
        for line in connections {
            assert_eq!(line.contains("SSL enabled"), encrypted, "{mode}: {line}");
        }
    }
    // A server that takes only encrypted connections (hostssl) refuses the
    // plain attempt; the second one, encrypted, gets in.
    let (code, stderr) = migrate("127.0.0.1", "sslmode=allow");
    assert_eq!(code, 0, "{stderr}");
}

/// Every run ends its sessions as psql does (Terminate, then close): the
/// server logs no connection reset for any of them. Before, each run's
/// socket was dropped with the server's last TLS records unread, and the
/// server logged "could not receive data from client: Connection reset by
/// peer" once per run. A cluster of its own, so that its log holds only
/// these runs' sessions.
#[test]
fn every_run_ends_its_sessions_cleanly() {
    let cluster = tls_cluster(&server().certs, "hostssl", true);
    let db = TestDb::on_cluster(&cluster, "goodbye");
    let url = format!(
        "postgres://postgres@127.0.0.1:{}/{}?sslmode=require",
        cluster.port, db.name
    );
    let log = cluster.root.join("server.log");
    let before = std::fs::metadata(&log).unwrap().len() as usize;
    let runs: &[&[&str]] = &[
        &["migrate"],
        &["seed", "--demo"],
        &["users", "list"],
        &["articles", "list", "--format", "csv"],
        &["articles", "show", "1", "--format", "json"],
        &["migrate", "status"],
    ];
    for args in runs {
        Blogctl::new()
            .env("DATABASE_URL", &url)
            .env("ADMIN_EMAIL", "admin@example.com")
            .env("ADMIN_PASSWORD", secret("goodbye-admin-pw"))
            .args(*args)
            .run()
            .success();
    }
    let text = std::fs::read(&log).unwrap();
    let text = String::from_utf8_lossy(&text[before..]);
    let sessions = text
        .lines()
        .filter(|l| l.contains("connection authorized") && l.contains("SSL enabled"))
        .count();
    assert!(sessions >= runs.len(), "{text}");
    let broken: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.contains("could not receive data from client") || l.contains("unexpected EOF")
        })
        .collect();
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
