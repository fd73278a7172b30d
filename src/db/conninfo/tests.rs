use super::*;
use crate::error::Result;

/// The generator of connection strings holding a secret, shared with the
/// binary's tests.
use crate::conninfo_fuzz as fuzz;

fn resolve_from(
    conn_str: Option<&str>,
    origin: Origin,
    vars: &[(&str, &str)],
) -> Result<ConnSettings> {
    let request = Request {
        conn_str: conn_str.map(String::from),
        origin,
        connect_timeout: None,
        wait: None,
    };
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    ConnSettings::resolve(&request, &move |name| {
        vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    })
}

fn resolve(url: Option<&str>, vars: &[(&str, &str)]) -> Result<ConnSettings> {
    let origin = match url {
        Some(_) => Origin::DatabaseUrl,
        None => Origin::Libpq,
    };
    resolve_from(url, origin, vars)
}

fn tcp(name: &str, port: u16) -> HostSpec {
    HostSpec {
        endpoint: Endpoint::Tcp {
            name: Some(name.into()),
            addr: None,
        },
        port,
    }
}

#[test]
fn verify_modes_and_root_certificates_from_urls_and_key_values() {
    let s = resolve(
        Some(
            "postgres://u@h/db?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem&application_name=x",
        ),
        &[],
    )
    .unwrap();
    assert_eq!(s.ssl_mode, SslMode::VerifyFull);
    assert_eq!(s.ssl_root_cert, Some(PathBuf::from("/tmp/ca.pem")));
    assert_eq!(s.application_name, "x");
    let s = resolve(
        Some("host=h user=u sslmode=verify-ca sslrootcert='/a b/ca.pem' dbname='it\\'s'"),
        &[],
    )
    .unwrap();
    assert_eq!(s.ssl_mode, SslMode::VerifyCa);
    assert_eq!(s.ssl_root_cert, Some(PathBuf::from("/a b/ca.pem")));
    assert_eq!(s.dbname, "it's");
}

#[test]
fn libpq_variables_fill_what_the_url_leaves_out() {
    let s = resolve(
        Some("postgres://alice@db.example/blog"),
        &[
            ("PGHOST", "other"),
            ("PGPORT", "6543"),
            ("PGUSER", "bob"),
            ("PGSSLMODE", "require"),
            ("PGCONNECT_TIMEOUT", "4"),
            ("PGTARGETSESSIONATTRS", "prefer-standby"),
        ],
    )
    .unwrap();
    assert_eq!(s.hosts, vec![tcp("db.example", 6543)]);
    assert_eq!(s.user, "alice");
    assert_eq!(s.application_name, "blogctl");
    assert_eq!(s.ssl_mode, SslMode::Require);
    assert_eq!(s.target, TargetSessionAttrs::PreferStandby);
    assert_eq!(s.connect_timeout, Duration::from_secs(4));
    let s = resolve(
        None,
        &[
            ("PGHOST", "/run/pg"),
            ("PGUSER", "bob"),
            ("PGPASSWORD", "pw"),
        ],
    )
    .unwrap();
    assert_eq!(
        s.hosts,
        vec![HostSpec {
            endpoint: Endpoint::Socket("/run/pg".into()),
            port: 5432
        }]
    );
    assert_eq!(s.dbname, "bob");
    assert_eq!(s.password, Some(Password("pw".into())));
    assert_eq!(
        s.connect_timeout,
        Duration::from_secs(DEFAULT_CONNECT_TIMEOUT)
    );
}

#[test]
fn the_blog_apis_variables_then_libpqs() {
    let vars = [
        ("POSTGRES_HOST", "api-db"),
        ("POSTGRES_PORT", "5433"),
        ("POSTGRES_USER", "api"),
        ("POSTGRES_PASSWORD", "pw"),
        ("PGDATABASE", "from_pg"),
        ("PGHOST", "ignored"),
        ("PGSSLMODE", "disable"),
    ];
    let s = resolve_from(None, Origin::PostgresVars, &vars).unwrap();
    assert_eq!(s.hosts, vec![tcp("api-db", 5433)]);
    assert_eq!((s.user.as_str(), s.dbname.as_str()), ("api", "from_pg"));
    assert_eq!(s.password, Some(Password("pw".into())));
    assert_eq!(s.ssl_mode, SslMode::Disable);
    let error = resolve_from(None, Origin::PostgresVars, &[("POSTGRES_PORT", "S3cret")])
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "invalid POSTGRES_PORT: not a port number (1 to 65535)"
    );
}

#[test]
fn several_hosts_ports_and_addresses_as_libpq_matches_them() {
    let s = resolve(Some("host=a,b,/sock port=1,2,3 user=u"), &[]).unwrap();
    assert_eq!(s.hosts[0], tcp("a", 1));
    assert_eq!(s.hosts[2].endpoint, Endpoint::Socket("/sock".into()));
    let s = resolve(Some("postgres://a:7,b/db"), &[("PGPORT", "9")]).unwrap();
    assert_eq!(s.hosts, vec![tcp("a", 7), tcp("b", 5432)]);
    let s = resolve(Some("hostaddr=127.0.0.1,::1 port=5 user=u"), &[]).unwrap();
    assert_eq!(
        s.hosts[1],
        HostSpec {
            endpoint: Endpoint::Tcp {
                name: None,
                addr: Some("::1".parse().unwrap())
            },
            port: 5
        }
    );
    assert_eq!(s.hosts[1].to_string(), "[::1]:5");
    assert!(resolve(Some("host=a,b port=1,2,3"), &[]).is_err());
    assert!(resolve(Some("host=a,b hostaddr=127.0.0.1"), &[]).is_err());
}

#[test]
fn bad_values_name_the_key_and_position_and_the_good_values() {
    let error = resolve(Some("user=u target_session_attrs=S3cret"), &[])
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "invalid target_session_attrs at position 29 of the connection string (DATABASE_URL): \
         use any, read-write, read-only, primary, standby or prefer-standby"
    );
    let error = resolve(None, &[("PGTARGETSESSIONATTRS", "S3cret")])
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("invalid PGTARGETSESSIONATTRS: use any,"),
        "{error}"
    );
    for bad in [
        "sslmode=require;password=S3cret",
        "port=S3cret",
        "host=h hostaddr=S3cret",
        "keepalives_idle=S3cret",
        "connect_timeout=S3cret",
        "Password=S3cret",
        "passwd=S3cret",
        "password=correct S3cret battery",
        "postgres://u:S3cret/x@h/db",
        "postgres://u:pw@h/db?sslmode=S3cret",
        // Settings run together: the host swallowed the password.
        "host=127.0.0.1user=upassword=S3cretport=5432",
        "host='h password=S3cret'",
        "postgres://u@h=S3cret/db",
    ] {
        let error = resolve(Some(bad), &[]).unwrap_err().to_string();
        assert!(!error.contains("S3cret"), "{bad}: {error}");
    }
}

#[test]
fn verify_full_needs_a_host_name() {
    let error = resolve(Some("hostaddr=127.0.0.1 sslmode=verify-full"), &[])
        .unwrap_err()
        .to_string();
    assert!(error.contains("add host=NAME"), "{error}");
    resolve(
        Some("host=db.example hostaddr=127.0.0.1 sslmode=verify-full sslrootcert=/ca"),
        &[],
    )
    .unwrap();
}

#[test]
fn keepalives_default_on_with_bounds_and_honour_libpqs_keys() {
    let s = resolve(Some("host=h"), &[]).unwrap();
    assert_eq!(
        s.keepalives,
        Keepalives {
            enabled: true,
            idle: Some(Keepalives::IDLE),
            interval: Some(Keepalives::INTERVAL),
            count: Some(Keepalives::COUNT)
        }
    );
    assert_eq!(s.tcp_user_timeout, None);
    let s = resolve(
        Some("host=h keepalives_idle=1 keepalives_interval=2 keepalives_count=3 tcp_user_timeout=4500"),
        &[],
    )
    .unwrap();
    assert_eq!(s.keepalives.idle, Some(Duration::from_secs(1)));
    assert_eq!(s.keepalives.interval, Some(Duration::from_secs(2)));
    assert_eq!(s.keepalives.count, Some(3));
    assert_eq!(s.tcp_user_timeout, Some(Duration::from_millis(4500)));
    assert!(
        !resolve(Some("host=h keepalives=0"), &[])
            .unwrap()
            .keepalives
            .enabled
    );
}

#[test]
fn passwords_never_in_debug_or_describe() {
    let s = resolve(Some("postgres://u:S3cret@h/db"), &[]).unwrap();
    assert!(!format!("{s:?}").contains("S3cret"));
    assert_eq!(s.describe(), "h:5432/db as u");
}

/// What a successful parse may legitimately show: the values `describe`
/// prints. The marker there means the string put it there (a mutation moved
/// it out of the password), which is not a leak.
fn shown_values(s: &ConnSettings) -> String {
    let hosts: Vec<String> = s.hosts.iter().map(ToString::to_string).collect();
    format!("{} {} {}", s.user, s.dbname, hosts.join(","))
}

#[test]
fn generated_connection_strings_never_leak_the_password() {
    let mut rng = fastrand::Rng::with_seed(14);
    let mut errors = 0;
    for i in 0..20_000 {
        let clean = fuzz::conn_str(&mut rng, 1);
        let text = match i % 3 {
            0 => clean,
            _ => fuzz::mutate(&mut rng, &clean),
        };
        for origin in [Origin::Flag, Origin::DatabaseUrl] {
            match resolve_from(Some(&text), origin, &[]) {
                Err(e) => {
                    errors += 1;
                    assert!(!fuzz::leaks(&e.to_string()), "{text:?}: {e}");
                }
                Ok(s) if fuzz::leaks(&shown_values(&s)) => {}
                Ok(s) => assert!(!fuzz::leaks(&s.describe()), "{text:?}: {}", s.describe()),
            }
        }
    }
    // The generator reaches both outcomes.
    assert!(errors > 5_000 && errors < 35_000, "{errors} errors");
}

#[test]
fn well_formed_generated_strings_give_the_marker_as_the_password() {
    // Unmutated, every string that parses has the marker as its password
    // (or in a value it was glued to), never in the user, database or host.
    let mut rng = fastrand::Rng::with_seed(15);
    for _ in 0..5_000 {
        let text = fuzz::conn_str(&mut rng, 1);
        if let Ok(s) = resolve(Some(&text), &[]) {
            assert!(
                !fuzz::leaks(&shown_values(&s)),
                "{text:?}: {}",
                shown_values(&s)
            );
        }
    }
}
