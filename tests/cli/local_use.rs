//! Using the cluster of `blogctl local`: `--local` with every command
//! family, and `local env` evaluated by a shell for psql, blogctl and the
//! blog API's variables. A private cluster per test (see local.rs).

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::local::LocalDir;
use crate::util::ports::free_port;
use crate::util::{Blogctl, Output};

/// Run `script` in sh with `env_output` evaluated first.
fn sh_after_eval(env_output: &str, script: &str) -> std::process::Output {
    Command::new("sh")
        .args(["-c", &format!("eval \"$BLOGCTL_ENV\"\n{script}")])
        .env("BLOGCTL_ENV", env_output)
        .env_remove("DATABASE_URL")
        .env_remove("PGHOST")
        .env_remove("PGPORT")
        .env_remove("PGUSER")
        .env_remove("PGPASSWORD")
        .env_remove("PGDATABASE")
        .stdin(Stdio::null())
        .output()
        .expect("run sh")
}

/// The `NAME='value'` pairs of `local env`'s sh output (no quote inside).
fn exported(env_output: &str) -> Vec<(String, String)> {
    env_output
        .lines()
        .map(|line| {
            let (name, value) = line
                .strip_prefix("export ")
                .and_then(|l| l.split_once('='))
                .unwrap_or_else(|| panic!("not an export line: {line}"));
            let value = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\''));
            (name.to_string(), value.unwrap().to_string())
        })
        .collect()
}

/// blogctl run with only the blog API's POSTGRES_* variables of `local env`
/// (no DATABASE_URL): blogctl's own POSTGRES_* source reads them.
fn blogctl_with_postgres_vars(env_output: &str) -> Blogctl {
    let mut run = Blogctl::new();
    for (name, value) in exported(env_output) {
        if name.starts_with("POSTGRES_") {
            run.env(&name, value);
        }
    }
    run
}

#[test]
fn local_runs_every_command_family() {
    let local = LocalDir::new();
    let run = |args: &[&str]| -> Output {
        local
            .blogctl()
            .arg("--local")
            .args(args)
            .env("ADMIN_EMAIL", "admin@example.com")
            .env("ADMIN_PASSWORD", crate::util::secret("local-admin-pw"))
            .run()
            .success()
    };
    // The first command creates and starts the cluster.
    let out = run(&["setup", "--demo"]);
    assert!(
        out.stderr.contains("creating a PostgreSQL cluster"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("setup complete"), "{}", out.stderr);
    let out = run(&["migrate"]);
    assert!(out.stderr.contains("nothing to apply"), "{}", out.stderr);
    assert!(!out.stderr.contains("started"), "{}", out.stderr);
    run(&["migrate", "status", "--check"]);
    let out = run(&["seed"]);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    let users = run(&["users", "list", "--format", "json"]);
    let users: Value = serde_json::from_str(&users.stdout).unwrap();
    assert_eq!(users.as_array().unwrap().len(), 5);
    let out = run(&["users", "show", "ada@example.com", "--format", "json"]);
    assert!(out.stdout.contains("Ada Lovelace"), "{}", out.stdout);
    let out = run(&[
        "articles",
        "create",
        "--title",
        "Local",
        "--author",
        "1",
        "--content",
        "x",
    ]);
    assert!(out.stderr.contains("created article 7"), "{}", out.stderr);
    let out = run(&["articles", "list", "--format", "csv"]);
    let rows = csv::Reader::from_reader(out.stdout.as_bytes())
        .records()
        .count();
    assert_eq!(rows, 7, "{}", out.stdout);

    // The other write commands, and the password ones through stdin.
    let with_password = |args: &[&str], password: &str, code: i32| -> Output {
        local
            .blogctl()
            .arg("--local")
            .args(args)
            .arg("--password-stdin")
            .stdin(format!("{password}\n"))
            .run()
            .expect_code(code)
    };
    let password = crate::util::secret("local-user-pw");
    with_password(
        &["users", "create", "--email", "l@example.com", "--name", "L"],
        &password,
        0,
    );
    run(&[
        "users",
        "update",
        "l@example.com",
        "--name",
        "Local",
        "--city",
        "Here",
    ]);
    let other = crate::util::secret("local-user-pw-2");
    with_password(&["users", "set-password", "l@example.com"], &other, 0);
    with_password(&["users", "check-password", "l@example.com"], &other, 0);
    with_password(&["users", "check-password", "l@example.com"], &password, 1);
    run(&["articles", "update", "7", "--author", "l@example.com"]);
    let out = run(&[
        "users",
        "delete",
        "l@example.com",
        "--reassign-articles-to",
        "1",
        "--yes",
    ]);
    assert!(out.stdout.contains("Local"), "{}", out.stdout);
    run(&["articles", "delete", "7", "--yes"]);
    run(&[
        "articles",
        "create",
        "--title",
        "Local",
        "--author",
        "1",
        "--content",
        "x",
    ]);

    // A stopped cluster is started again by the next command.
    local.blogctl().args(["local", "stop"]).run().success();
    let out = run(&["articles", "show", "8"]);
    assert!(
        out.stderr.contains("started the local cluster"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("Local"), "{}", out.stdout);
}

#[test]
fn local_with_a_database_url_is_a_usage_error() {
    let local = LocalDir::new();
    let out = local
        .blogctl()
        .args([
            "--local",
            "--database-url",
            "postgres://x@127.0.0.1/db",
            "users",
            "list",
        ])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("--local and a database URL"),
        "{}",
        out.stderr
    );
    let out = local
        .blogctl()
        .args(["users", "list", "--local"])
        .env("DATABASE_URL", "postgres://x@127.0.0.1/db")
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("DATABASE_URL"), "{}", out.stderr);
    assert!(!local.dir.exists(), "nothing may be created");
}

#[test]
fn env_with_a_port_points_psql_and_the_blog_api_at_it_with_a_password() {
    let local = LocalDir::new();
    let port = free_port();
    let out = local
        .blogctl()
        .args(["local", "start", "--port", &port.to_string()])
        .run()
        .success();
    assert!(
        out.stderr
            .contains(&format!("127.0.0.1:{port} (password authentication)")),
        "{}",
        out.stderr
    );
    let password = local.password();
    assert_eq!(password.len(), 40);
    assert!(!out.stderr.contains(&password) && !out.stdout.contains(&password));
    // Nor in the server's command line or its log (initdb read it from a file).
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", local.pid().unwrap())).unwrap();
    assert!(!String::from_utf8_lossy(&cmdline).contains(&password));
    let log = std::fs::read_to_string(local.dir.join("server.log")).unwrap();
    assert!(!log.contains(&password));
    let out = local.blogctl().args(["local", "status"]).run().success();
    assert!(!out.stdout.contains(&password));
    assert!(
        out.stdout.contains(&format!("127.0.0.1:{port}")),
        "{}",
        out.stdout
    );

    let env = local.blogctl().args(["local", "env"]).run().success();
    assert!(env.stderr.is_empty(), "{}", env.stderr);
    assert!(
        env.stdout
            .contains(&format!("export POSTGRES_PORT='{port}'"))
    );
    assert!(env.stdout.contains("export POSTGRES_HOST='127.0.0.1'"));
    assert!(
        env.stdout
            .contains(&format!("export POSTGRES_PASSWORD='{password}'"))
    );
    // Through the URL, and through the blog API's variables, over TCP.
    let psql = sh_after_eval(
        &env.stdout,
        "psql \"$DATABASE_URL\" -XAtc 'select 1' && \
         PGPASSWORD=\"$POSTGRES_PASSWORD\" psql -h \"$POSTGRES_HOST\" -p \"$POSTGRES_PORT\" \
           -U \"$POSTGRES_USER\" -d \"$POSTGRES_DB\" -XAtc 'select inet_server_port()'",
    );
    assert!(
        psql.status.success(),
        "{}",
        String::from_utf8_lossy(&psql.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&psql.stdout),
        format!("1\n{port}\n")
    );

    // TCP takes the password, and only the password (scram-sha-256).
    let out = Blogctl::new()
        .args(["users", "list"])
        .env(
            "DATABASE_URL",
            format!("postgres://postgres:wrong-password@127.0.0.1:{port}/blog"),
        )
        .run()
        .expect_code(3);
    assert!(
        out.stderr.contains("password authentication failed"),
        "{}",
        out.stderr
    );
    let psql = sh_after_eval(
        &env.stdout,
        "psql \"$DATABASE_URL\" -XAtc \"select rolpassword like 'SCRAM-SHA-256%' from pg_authid where rolname = 'postgres'\"",
    );
    assert_eq!(String::from_utf8_lossy(&psql.stdout), "t\n");

    // blogctl reads the blog API's variables as the API does.
    let out = blogctl_with_postgres_vars(&env.stdout)
        .args(["-v", "migrate", "status"])
        .run()
        .success();
    assert!(
        out.stderr
            .contains(&format!("127.0.0.1:{port}/blog as postgres")),
        "{}",
        out.stderr
    );

    // blogctl itself takes DATABASE_URL from `local env`.
    let url = env
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("export DATABASE_URL='"))
        .and_then(|l| l.strip_suffix('\''))
        .unwrap();
    Blogctl::new()
        .args(["migrate", "status"])
        .env("DATABASE_URL", url)
        .run()
        .success();

    // Another port while it runs: refused, it keeps running as it was.
    let out = local
        .blogctl()
        .args(["local", "start", "--port", &free_port().to_string()])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("stop it first"), "{}", out.stderr);
    assert_eq!(local.status()["tcp"], format!("127.0.0.1:{port}").as_str());

    let fish = local
        .blogctl()
        .args(["local", "env", "--shell", "fish"])
        .run()
        .success();
    assert!(
        fish.stdout.lines().all(|l| l.starts_with("set -gx ")),
        "{}",
        fish.stdout
    );
    assert!(fish.stdout.contains("set -gx POSTGRES_DB 'blog'"));
}

#[test]
fn env_without_a_port_names_the_socket_and_says_how_to_get_tcp() {
    let local = LocalDir::new();
    let out = local.blogctl().args(["local", "env"]).run().expect_code(1);
    assert!(out.stderr.contains("not running"), "{}", out.stderr);
    assert!(out.stdout.is_empty());

    local.blogctl().args(["local", "start"]).run().success();
    let env = local.blogctl().args(["local", "env"]).run().success();
    assert!(env.stderr.contains("--port"), "{}", env.stderr);
    let socket_dir = local.dir.join("socket");
    assert!(
        env.stdout
            .contains(&format!("export POSTGRES_HOST='{}'", socket_dir.display())),
        "{}",
        env.stdout
    );
    let psql = sh_after_eval(
        &env.stdout,
        "psql \"$DATABASE_URL\" -XAtc 'select current_database()'",
    );
    assert!(
        psql.status.success(),
        "{}",
        String::from_utf8_lossy(&psql.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&psql.stdout), "blog\n");
    blogctl_with_postgres_vars(&env.stdout)
        .args(["migrate", "status"])
        .run()
        .success();
}
