//! `blogctl local` and `--local`: a private cluster per test, in its own
//! BLOGCTL_LOCAL_DIR, stopped and deleted when the test ends.

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::cluster::{free_port, is_root};
use crate::util::local::LocalDir;
use crate::util::process::run_on_terminal;
use crate::util::{Blogctl, Output};

/// `local status --format json`, parsed.
fn status(local: &LocalDir) -> Value {
    let out = local
        .blogctl()
        .args(["local", "status", "--format", "json"])
        .run()
        .success();
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

/// The OS user the server runs as: `postgres` when the tests run as root,
/// else the user running them.
fn expected_owner() -> String {
    if is_root() {
        "postgres".to_string()
    } else {
        let out = Command::new("id").arg("-un").output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }
}

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

#[test]
fn start_status_stop_and_destroy() {
    let local = LocalDir::new();
    let out = local.blogctl().args(["local", "start"]).run().success();
    assert!(
        out.stderr.contains("creating a PostgreSQL cluster"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("listening on the Unix socket"),
        "{}",
        out.stderr
    );
    assert_eq!(
        is_root(),
        out.stderr.contains("runs as the OS user postgres"),
        "{}",
        out.stderr
    );
    assert_eq!(local.mode(""), 0o700);
    assert_eq!(local.mode("socket"), 0o700);
    assert_eq!(local.mode("password"), 0o600);
    assert!(!local.exists("data.new"));

    let running = status(&local);
    assert_eq!(running["state"], "running");
    assert!(
        running["version"]
            .as_str()
            .unwrap()
            .starts_with(char::is_numeric)
    );
    assert_eq!(running["owner"], expected_owner().as_str());
    assert_eq!(running["folder"], local.dir.to_str().unwrap());
    assert_eq!(
        running["socket"],
        local.dir.join("socket/.s.PGSQL.5432").to_str().unwrap()
    );
    assert_eq!(running["tcp"], Value::Null);
    assert!(running["sizeBytes"].as_u64().unwrap() > 1_000_000);
    let table = local.blogctl().args(["local", "status"]).run().success();
    assert!(
        table.stdout.contains("| state   | running"),
        "{}",
        table.stdout
    );

    // Starting a started cluster changes nothing and says where it listens.
    let pid = local.pid().unwrap();
    let again = local.blogctl().args(["local", "start"]).run().success();
    assert!(again.stderr.contains("already runs"), "{}", again.stderr);
    assert!(again.stderr.contains(".s.PGSQL.5432"), "{}", again.stderr);
    assert!(!again.stderr.contains("creating"), "{}", again.stderr);
    assert_eq!(local.pid(), Some(pid));

    let out = local.blogctl().args(["local", "stop"]).run().success();
    assert!(
        out.stderr.contains("stopped the local cluster"),
        "{}",
        out.stderr
    );
    assert_eq!(local.pid(), None);
    assert_eq!(status(&local)["state"], "stopped");
    let out = local.blogctl().args(["local", "stop"]).run().success();
    assert!(out.stderr.contains("is not running"), "{}", out.stderr);

    // A second start reuses the cluster.
    let out = local.blogctl().args(["local", "start"]).run().success();
    assert!(!out.stderr.contains("creating"), "{}", out.stderr);
    assert_eq!(status(&local)["state"], "running");

    let out = local
        .blogctl()
        .args(["local", "destroy", "--yes"])
        .run()
        .success();
    assert!(
        out.stderr.contains("deleted the local cluster"),
        "{}",
        out.stderr
    );
    assert!(!local.dir.exists());
    assert_eq!(status(&local)["state"], "absent");
    let out = local
        .blogctl()
        .args(["local", "destroy", "--yes"])
        .run()
        .success();
    assert!(out.stderr.contains("no local cluster"), "{}", out.stderr);
}

#[test]
fn two_starts_at_once_make_one_cluster() {
    let local = LocalDir::new();
    let children: Vec<_> = (0..2)
        .map(|_| {
            local.blogctl().args(["local", "start"]).spawn(
                Stdio::null(),
                Stdio::piped(),
                Stdio::piped(),
            )
        })
        .collect();
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|child| child.wait_with_output())
        .collect();
    let stderrs: Vec<String> = outputs.iter().map(|o| o.stderr.clone()).collect();
    for out in &outputs {
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    let created = stderrs.iter().filter(|s| s.contains("creating")).count();
    assert_eq!(created, 1, "{stderrs:?}");
    assert_eq!(
        stderrs
            .iter()
            .filter(|s| s.contains("already runs"))
            .count(),
        1,
        "{stderrs:?}"
    );
    assert!(!local.exists("data.new"));
    assert_eq!(status(&local)["state"], "running");
}

#[test]
fn an_unfinished_cluster_is_replaced() {
    // What a crash during initdb leaves: data.new, never data.
    let local = LocalDir::new();
    local.blogctl().args(["local", "start"]).run().success();
    local
        .blogctl()
        .args(["local", "destroy", "--yes"])
        .run()
        .success();
    std::fs::create_dir_all(local.dir.join("data.new/base")).unwrap();
    std::fs::write(local.dir.join("data.new/PG_VERSION"), "15\n").unwrap();
    crate::util::cluster::give_to_server_user(&local.root);
    let out = local.blogctl().args(["local", "start"]).run().success();
    assert!(out.stderr.contains("creating"), "{}", out.stderr);
    assert!(!local.exists("data.new"));
    assert_eq!(status(&local)["state"], "running");
}

#[test]
fn without_server_binaries_it_fails_at_once_saying_how_to_install_them() {
    let local = LocalDir::new();
    let empty = tempfile::tempdir().unwrap();
    for args in [&["local", "start"][..], &["--local", "users", "list"]] {
        let out = local
            .blogctl()
            .args(args)
            // No pg_config or initdb on PATH, and no /usr/lib/postgresql.
            .env("PATH", empty.path())
            .env("BLOGCTL_PG_VERSIONS_DIR", empty.path())
            .run()
            .expect_code(1);
        assert!(
            out.stderr.contains("no PostgreSQL server binaries")
                && out.stderr.contains("apt-get install postgresql"),
            "{}",
            out.stderr
        );
        assert!(!local.exists("data"));
    }
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

    // A stopped cluster is started again by the next command.
    local.blogctl().args(["local", "stop"]).run().success();
    let out = run(&["articles", "show", "7"]);
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
    assert_eq!(status(&local)["tcp"], format!("127.0.0.1:{port}").as_str());

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
}

#[test]
fn destroy_asks_on_a_terminal_and_needs_yes_without_one() {
    let local = LocalDir::new();
    local.blogctl().args(["local", "start"]).run().success();
    let out = local
        .blogctl()
        .args(["local", "destroy"])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("pass --yes"), "{}", out.stderr);
    assert_eq!(status(&local)["state"], "running");

    let mut run = local.blogctl();
    run.args(["local", "destroy"]);
    let (code, screen) = run_on_terminal(&run, "n\n");
    assert_eq!(code, 1, "{screen}");
    assert!(screen.contains("with all its data? [y/N]"), "{screen}");
    // A choice, not an error: no `error:` prefix.
    assert!(
        screen.contains("nothing was deleted") && !screen.contains("error"),
        "{screen}"
    );
    assert!(local.dir.join("data").exists());
    let (code, screen) = run_on_terminal(&run, "y\n");
    assert_eq!(code, 0, "{screen}");
    assert!(!local.dir.exists(), "{screen}");
}

#[test]
fn a_normal_user_runs_the_server_as_itself() {
    // In CI the tests run as root: run blogctl as `postgres`, in a folder
    // that user owns (LocalDir gives it to postgres under root).
    let local = LocalDir::new();
    let as_user = || {
        let mut run = local.blogctl();
        run.current_dir(&local.root);
        if is_root() {
            run.as_os_user("postgres");
        }
        run
    };
    let out = as_user().args(["local", "start"]).run().success();
    assert!(
        !out.stderr.contains("runs as the OS user"),
        "{}",
        out.stderr
    );
    let out = as_user().args(["--local", "migrate"]).run().success();
    assert!(
        out.stderr.contains("the database is at V7"),
        "{}",
        out.stderr
    );
    let out = as_user()
        .args(["local", "status", "--format", "json"])
        .run()
        .success();
    let status: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(status["owner"], expected_owner().as_str());
    as_user().args(["local", "stop"]).run().success();
    as_user()
        .args(["local", "destroy", "--yes"])
        .run()
        .success();
    assert!(!local.dir.exists());
}

#[test]
fn a_folder_too_long_for_a_socket_is_refused() {
    let local = LocalDir::new();
    let long = local.root.join("x".repeat(90));
    let out = Blogctl::new()
        .args(["local", "start"])
        .env("BLOGCTL_LOCAL_DIR", &long)
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("too long for a Unix socket"),
        "{}",
        out.stderr
    );
    assert!(!long.exists());
}
