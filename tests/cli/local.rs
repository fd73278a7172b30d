//! `blogctl local start|stop|status|destroy`: a private cluster per test,
//! in its own BLOGCTL_LOCAL_DIR, stopped and deleted when the test ends.
//! Using it (`--local`, `local env`) is in local_use.rs.

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::cluster::is_root;
use crate::util::local::LocalDir;
use crate::util::process::run_on_terminal;
use crate::util::{Blogctl, Output};

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

    let running = local.status();
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
        table.stdout.lines().any(|l| l == "state   | running"),
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
    assert_eq!(local.status()["state"], "stopped");
    let out = local.blogctl().args(["local", "stop"]).run().success();
    assert!(out.stderr.contains("is not running"), "{}", out.stderr);

    // A second start reuses the cluster.
    let out = local.blogctl().args(["local", "start"]).run().success();
    assert!(!out.stderr.contains("creating"), "{}", out.stderr);
    assert_eq!(local.status()["state"], "running");

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
    assert_eq!(local.status()["state"], "absent");
    let out = local
        .blogctl()
        .args(["local", "destroy", "--yes"])
        .run()
        .success();
    assert!(out.stderr.contains("no local cluster"), "{}", out.stderr);
}

#[test]
fn destroy_deletes_only_what_blogctl_made() {
    // BLOGCTL_LOCAL_DIR pointed at a folder that holds other things.
    let local = LocalDir::new();
    std::fs::create_dir_all(&local.dir).unwrap();
    std::fs::write(local.dir.join("notes.txt"), "mine").unwrap();
    local.blogctl().args(["local", "start"]).run().success();
    let out = local
        .blogctl()
        .args(["local", "destroy", "--yes"])
        .run()
        .success();
    assert!(out.stderr.contains("the folder stays"), "{}", out.stderr);
    let left: Vec<String> = std::fs::read_dir(&local.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left, ["notes.txt"]);
    assert_eq!(local.status()["state"], "absent");
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
    assert_eq!(local.status()["state"], "running");
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
    assert_eq!(local.status()["state"], "running");
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
fn destroy_asks_on_a_terminal_and_needs_yes_without_one() {
    let local = LocalDir::new();
    local.blogctl().args(["local", "start"]).run().success();
    let out = local
        .blogctl()
        .args(["local", "destroy"])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("pass --yes"), "{}", out.stderr);
    assert_eq!(local.status()["state"], "running");

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

#[test]
fn the_server_inherits_none_of_the_callers_environment() {
    let local = LocalDir::new();
    let admin_pw = crate::util::secret("Local-Admin-Pw-6630");
    let api_pw = crate::util::secret("Local-Api-Pw-6630");
    local
        .blogctl()
        .args(["local", "start"])
        .env("ADMIN_PASSWORD", &admin_pw)
        .env("POSTGRES_PASSWORD", &api_pw)
        .env("AWS_SECRET_ACCESS_KEY", &api_pw)
        .env("LD_LIBRARY_PATH", "/nonexistent")
        .env("LANG", "C.UTF-8")
        .env("TZ", "UTC")
        .run()
        .success();
    let pid = local.pid().expect("the server runs");
    let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap();
    let names: Vec<String> = environ
        .split(|b| *b == 0)
        .filter(|var| !var.is_empty())
        .map(|var| {
            let var = String::from_utf8_lossy(var);
            var.split('=').next().unwrap().to_string()
        })
        .collect();
    for name in &names {
        assert!(
            ["PATH", "LANG", "TZ"].contains(&name.as_str()) || name.starts_with("LC_"),
            "the server got {name} from blogctl's environment: {names:?}"
        );
    }
    assert!(names.iter().any(|n| n == "LANG"), "{names:?}");
    let environ = String::from_utf8_lossy(&environ);
    assert!(!environ.contains(&admin_pw) && !environ.contains(&api_pw));
}

#[test]
fn the_folder_is_xdg_data_home_else_home_and_var_lib_for_root() {
    let folder = |run: &mut Blogctl| -> String {
        let out = run
            .args(["local", "status", "--format", "json"])
            .run()
            .success();
        let status: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(status["state"], "absent", "{}", out.stdout);
        status["folder"].as_str().unwrap().to_string()
    };
    let mut run = Blogctl::new();
    run.env("XDG_DATA_HOME", "/nonexistent-blogctl-data");
    assert_eq!(folder(&mut run), "/nonexistent-blogctl-data/blogctl/local");
    // The XDG spec: a relative XDG_DATA_HOME is ignored.
    let mut run = Blogctl::new();
    run.env("XDG_DATA_HOME", "relative/data");
    let root_default = folder(&mut run);
    let mut run = Blogctl::new();
    let home = run.home().to_path_buf();
    let plain_default = folder(&mut run);
    assert_eq!(root_default, plain_default);
    if is_root() {
        // Root's home is usually closed to the user the server runs as.
        assert_eq!(plain_default, "/var/lib/blogctl/local");
        // Another user's is under its HOME (runuser sets the user's own).
        let passwd = Command::new("getent")
            .args(["passwd", "postgres"])
            .output()
            .unwrap();
        let passwd = String::from_utf8(passwd.stdout).unwrap();
        let home = passwd.split(':').nth(5).unwrap();
        let mut run = Blogctl::new();
        run.as_os_user("postgres").current_dir("/");
        assert_eq!(
            folder(&mut run),
            format!("{home}/.local/share/blogctl/local")
        );
    } else {
        assert_eq!(
            plain_default,
            home.join(".local/share/blogctl/local").to_str().unwrap()
        );
    }
}
