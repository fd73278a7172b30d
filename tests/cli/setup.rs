//! `blogctl setup`: create the database when missing (quoted name, a role
//! without CREATEDB), migrate, seed; a second run changes nothing.

use crate::seed::{ADMIN_EMAIL, stored_hash, verifies};
use crate::util::{self, Blogctl, TestDb, own_cluster, secret, server};

/// A database name that does not exist yet; dropped (if created) at the end.
pub struct MissingDb {
    pub name: String,
    admin_url: String,
}

impl MissingDb {
    pub fn new(name: &str, admin_url: String) -> MissingDb {
        let db = MissingDb {
            name: format!("{name}_{}", std::process::id()),
            admin_url,
        };
        db.drop_it();
        db
    }

    pub fn exists(&self) -> bool {
        util::client(&self.admin_url)
            .query_opt(
                "SELECT 1 FROM pg_database WHERE datname = $1",
                &[&self.name],
            )
            .unwrap()
            .is_some()
    }

    fn drop_it(&self) {
        util::client(&self.admin_url)
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name.replace('"', "\"\"")
            ))
            .unwrap();
    }
}

impl Drop for MissingDb {
    fn drop(&mut self) {
        self.drop_it();
    }
}

/// The URL path segment for a database name.
fn encoded(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn setup(url: &str, password: &str) -> Blogctl {
    let mut run = Blogctl::new();
    run.arg("setup")
        .env("DATABASE_URL", url)
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .env("ADMIN_PASSWORD", password);
    run
}

fn scalar(url: &str, sql: &str) -> i64 {
    util::client(url).query_one(sql, &[]).unwrap().get(0)
}

#[test]
fn setup_creates_a_missing_database_migrates_and_seeds_and_twice_is_a_no_op() {
    let missing = MissingDb::new("t_setup_new", server().url("postgres"));
    assert!(!missing.exists());
    let url = server().url(&missing.name);
    let password = secret("setup-new-pw");
    let out = setup(&url, &password).arg("--demo").run().success();
    assert!(
        out.stderr
            .contains(&format!("created database {}", missing.name)),
        "{}",
        out.stderr
    );
    // Created once, by the migration's admin step, and reported once.
    assert_eq!(
        out.stderr
            .matches("created the admin admin@example.com")
            .count(),
        1,
        "{}",
        out.stderr
    );
    assert!(missing.exists());
    let versions = scalar(&url, "SELECT count(*) FROM refinery_schema_history");
    assert!(versions >= 7, "{versions} migrations applied");
    assert_eq!(scalar(&url, "SELECT count(*) FROM users"), 5);
    assert_eq!(scalar(&url, "SELECT count(*) FROM articles"), 6);
    let hash: String = util::client(&url)
        .query_one(
            "SELECT password FROM users WHERE email = $1",
            &[&ADMIN_EMAIL],
        )
        .unwrap()
        .get(0);
    assert!(verifies(&password, &hash));

    let again = setup(&url, &password).arg("--demo").run().success();
    assert!(!again.stderr.contains("created"), "{}", again.stderr);
    assert!(!again.stderr.contains("applied"), "{}", again.stderr);
    assert!(again.stderr.contains("already loaded"), "{}", again.stderr);
    assert!(
        again.stderr.contains("admin@example.com already exists"),
        "{}",
        again.stderr
    );
    assert_eq!(
        scalar(&url, "SELECT count(*) FROM refinery_schema_history"),
        versions
    );
    assert_eq!(scalar(&url, "SELECT count(*) FROM users"), 5);
    assert_eq!(scalar(&url, "SELECT count(*) FROM addresses"), 3);
    assert_eq!(scalar(&url, "SELECT count(*) FROM articles"), 6);
}

#[test]
fn setup_quotes_the_database_name() {
    let missing = MissingDb::new("t_setup \"odd\"; name", server().url("postgres"));
    let url = server().url(&encoded(&missing.name));
    setup(&url, &secret("setup-odd-pw")).run().success();
    assert!(missing.exists(), "no database named {:?}", missing.name);
    assert_eq!(scalar(&url, "SELECT count(*) FROM users"), 1);
}

#[test]
fn setup_on_an_existing_empty_database_migrates_and_seeds() {
    let db = TestDb::new("setup_existing");
    let password = secret("setup-existing-pw");
    let out = setup(&db.url, &password).run().success();
    assert!(!out.stderr.contains("created database"), "{}", out.stderr);
    assert!(verifies(&password, &stored_hash(&db, ADMIN_EMAIL)));
    setup(&db.url, &password).run().success();
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 1);
}

#[test]
fn setup_without_the_admin_variables_exits_2_and_creates_nothing() {
    let missing = MissingDb::new("t_setup_no_admin", server().url("postgres"));
    let url = server().url(&missing.name);
    let out = Blogctl::new()
        .arg("setup")
        .env("DATABASE_URL", &url)
        .env("ADMIN_EMAIL", ADMIN_EMAIL)
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("ADMIN_PASSWORD"), "{}", out.stderr);
    let out = Blogctl::new()
        .arg("setup")
        .env("DATABASE_URL", &url)
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("ADMIN_EMAIL"), "{}", out.stderr);
    assert!(!missing.exists());
}

#[test]
fn setup_says_clearly_when_the_role_may_not_create_databases() {
    let cluster = own_cluster();
    let admin_url = cluster.socket_url("postgres");
    let role = format!("nocreatedb_{}", std::process::id());
    util::client(&admin_url)
        .batch_execute(&format!(
            "DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN NOCREATEDB"
        ))
        .unwrap();
    let missing = MissingDb::new("t_setup_nocreatedb", admin_url.clone());
    let url = cluster
        .socket_url(&missing.name)
        .replacen("postgres@", &format!("{role}@"), 1);
    let out = setup(&url, &secret("setup-nocreatedb-pw"))
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("may not create databases"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("ALTER ROLE \"{role}\" CREATEDB")),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("SQLSTATE 42501"), "{}", out.stderr);
    assert!(!missing.exists());
    util::client(&admin_url)
        .batch_execute(&format!("DROP ROLE {role}"))
        .unwrap();
}

/// A server that keeps the role `limited` (which may create databases) out
/// of the `postgres` database, as managed services often do: setup creates
/// the database through `template1`, as createdb does; kept out of both, it
/// names both.
#[test]
fn setup_falls_back_to_template1_as_createdb_does() {
    use crate::util::cluster::{Cluster, ClusterOptions};
    let hba = |also_template1: bool| {
        format!(
            "local all all trust\n\
             host postgres limited 127.0.0.1/32 reject\n\
             {}host all all 127.0.0.1/32 trust\n",
            if also_template1 {
                "host template1 limited 127.0.0.1/32 reject\n"
            } else {
                ""
            }
        )
    };
    let cluster = Cluster::new(ClusterOptions {
        hba: Some(hba(false)),
        ..Default::default()
    });
    util::client(&cluster.socket_url("postgres"))
        .batch_execute("CREATE ROLE limited LOGIN CREATEDB")
        .unwrap();
    let password = secret("setup-template1-pw");
    let out = setup(&cluster.tcp_url("limited", "newdb"), &password)
        .run()
        .success();
    assert!(
        out.stderr.starts_with(&format!(
            "cannot use the postgres database (cannot connect to 127.0.0.1:{port}/postgres as \
             limited: pg_hba.conf rejects connection",
            port = cluster.port
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(
            "): trying template1 instead\ndatabase newdb does not exist: creating it \
                       (through the template1 database)\ncreated database newdb\n"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.ends_with("setup complete\n"), "{}", out.stderr);

    // Kept out of template1 too: both named, nothing created (exit 3, as
    // for any database blogctl cannot log in to).
    std::fs::write(cluster.data.join("pg_hba.conf"), hba(true)).unwrap();
    util::client(&cluster.socket_url("postgres"))
        .batch_execute("SELECT pg_reload_conf()")
        .unwrap();
    let out = setup(&cluster.tcp_url("limited", "otherdb"), &password)
        .run()
        .expect_code(3);
    let last = out.stderr.lines().last().unwrap();
    assert!(
        last.starts_with(
            "blogctl: error: cannot create the database otherdb: neither maintenance database \
             let blogctl in (postgres: cannot connect to"
        ),
        "{}",
        out.stderr
    );
    assert!(
        last.contains(&format!(
            "; then template1): cannot connect to 127.0.0.1:{}/template1 as limited: \
             pg_hba.conf rejects connection",
            cluster.port
        )),
        "{}",
        out.stderr
    );
    let exists: i64 = util::client(&cluster.socket_url("postgres"))
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname = 'otherdb'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(exists, 0);
    cluster.stop();
}
