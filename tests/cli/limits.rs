//! Issue 14, 8: values out of range are refused before connecting (exit
//! 2), and an over-long value is never echoed: the refusal says its length
//! and the limit. The limits are the model's rules (src/model/rules.rs).

use crate::util::{Blogctl, TestDb, secret};

/// No server listens here: a run that connected would exit 3.
const NOWHERE: &str = "postgres://nobody@127.0.0.1:1/none?connect_timeout=2";

fn nowhere() -> Blogctl {
    let mut run = Blogctl::new();
    run.env("DATABASE_URL", NOWHERE);
    run
}

#[test]
fn lock_timeout_beyond_what_postgresql_takes_is_refused_before_connecting() {
    let out = nowhere()
        .args(["migrate", "--lock-timeout", "2147484"])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains("2147484 is not in 0..=2147483"),
        "{}",
        out.stderr
    );
    for args in [
        &["setup", "--lock-timeout", "99999999999"][..],
        &["migrate", "--lock-timeout", "-1"],
    ] {
        nowhere()
            .args(args)
            .env("ADMIN_EMAIL", "admin@example.com")
            .env("ADMIN_PASSWORD", secret("limits-admin-pw"))
            .run()
            .expect_code(2);
    }
    // The largest one is what PostgreSQL takes (INT_MAX milliseconds).
    let db = TestDb::new("limits_lock_timeout");
    db.blogctl()
        .args(["migrate", "--lock-timeout", "2147483"])
        .run()
        .success();
}

/// A value of `n` characters that a refusal must not echo.
fn huge(n: usize) -> String {
    "q".repeat(n)
}

#[test]
fn over_long_text_is_refused_before_connecting_and_never_echoed() {
    let long = huge(5000);
    let long_email = format!("{}@example.com", huge(4988));
    let digits = "9".repeat(5000);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["users", "create", "--email", &long_email, "--name", "N"],
            "the email address (--email) is 5000 characters long; at most 254",
        ),
        (
            vec!["users", "create", "--email", "a@b.io", "--name", &long],
            "the name (--name) is 5000 characters long; at most 255",
        ),
        (
            vec![
                "users", "create", "--email", "a@b.io", "--name", "N", "--street", &long,
            ],
            "the street (--street) is 5000 characters long; at most 255",
        ),
        (
            vec![
                "users", "create", "--email", "a@b.io", "--name", "N", "--city", &long,
            ],
            "the city (--city) is 5000",
        ),
        (
            vec![
                "users",
                "create",
                "--email",
                "a@b.io",
                "--name",
                "N",
                "--country",
                &long,
            ],
            "the country (--country) is 5000",
        ),
        (
            vec!["users", "update", "2", "--name", &long],
            "the name (--name) is 5000",
        ),
        (
            vec!["users", "update", "2", "--city", &long],
            "the city (--city) is 5000",
        ),
        (
            vec!["users", "list", "--search", &long],
            "the search text (--search) is 5000 characters long; at most 1000",
        ),
        (
            vec!["users", "show", &long_email],
            "a value of 5000 characters is neither a user id nor an email address",
        ),
        (
            vec!["users", "delete", "--yes", &long],
            "a value of 5000 characters",
        ),
        (
            vec![
                "articles",
                "create",
                "--title",
                &long,
                "--author",
                "1",
                "--content",
                "x",
            ],
            "the title (--title) is 5000 characters long; at most 255",
        ),
        (
            vec![
                "articles",
                "create",
                "--title",
                "T",
                "--author",
                &long_email,
                "--content",
                "x",
            ],
            "a value of 5000 characters",
        ),
        (
            vec!["articles", "update", "1", "--title", &long],
            "the title (--title) is 5000",
        ),
        (
            vec!["articles", "list", "--author", &long],
            "a value of 5000 characters",
        ),
        (
            vec!["articles", "list", "--search", &long],
            "the search text (--search) is 5000",
        ),
        // A value clap itself refuses is not echoed either.
        (
            vec!["migrate", "--lock-timeout", &digits],
            "invalid value '<a value of 5000 characters>'",
        ),
    ];
    for (args, says) in &cases {
        let out = nowhere()
            .args(args)
            .arg("--password-stdin")
            .stdin(format!("{}\n", secret("limits-user-pw")))
            .run();
        // clap refuses --password-stdin where there is none: run without it.
        let out = if out
            .stderr
            .contains("unexpected argument '--password-stdin'")
        {
            nowhere().args(args).run()
        } else {
            out
        };
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert!(
            !out.stderr.contains(&huge(300)),
            "{args:?} echoed the value"
        );
        assert!(
            !out.stderr.contains(&digits[..300]),
            "{args:?} echoed the value"
        );
    }
}

#[test]
fn over_long_content_admin_variables_and_passwords_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.txt");
    std::fs::write(&path, huge(10_000_001)).unwrap();
    let out = nowhere()
        .args(["articles", "create", "--title", "T", "--author", "1"])
        .arg("--content-file")
        .arg(&path)
        .run()
        .expect_code(2);
    assert!(
        out.stderr
            .contains("the content is 10000001 characters long; at most 10000000"),
        "{}",
        out.stderr
    );

    let long = huge(5000);
    for (var, value, says) in [
        (
            "ADMIN_EMAIL",
            format!("{long}@example.com"),
            "ADMIN_EMAIL is 5012 characters long; at most 254",
        ),
        (
            "ADMIN_NAME",
            long.clone(),
            "ADMIN_NAME is 5000 characters long; at most 255",
        ),
    ] {
        for command in ["seed", "setup"] {
            let out = nowhere()
                .arg(command)
                .env("ADMIN_EMAIL", "admin@example.com")
                .env("ADMIN_PASSWORD", secret("limits-admin-pw"))
                .env(var, &value)
                .run()
                .expect_code(2);
            assert!(out.stderr.contains(says), "{command} {var}: {}", out.stderr);
            assert!(!out.stderr.contains(&huge(300)), "{command} {var} echoed");
        }
    }

    let password = secret(&"p".repeat(2000));
    let out = nowhere()
        .args(["--password-hash", "argon2id", "users", "create"])
        .args(["--email", "a@b.io", "--name", "N", "--password-stdin"])
        .stdin(format!("{password}\n"))
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains(
            "--password-stdin: the first line of standard input is longer than 1024 bytes, the \
             most a password may have"
        ),
        "{}",
        out.stderr
    );
}

/// Run `run` with standard input from `stdin` (a file such as /dev/zero)
/// and at most 1 GiB of address space, so that reading without a limit
/// ends in an allocation failure (abort) instead of eating the machine's
/// memory; killed (a failed test) if it has not ended after a minute.
fn run_with_endless_input(run: &Blogctl, stdin: &std::path::Path) -> crate::util::Output {
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;
    let input = std::fs::File::open(stdin).unwrap();
    let mut running = run
        .spawn_with(|cmd| {
            cmd.stdin(input)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            // SAFETY: setrlimit is async-signal-safe.
            unsafe {
                cmd.pre_exec(|| {
                    let limit = libc::rlimit {
                        rlim_cur: 1 << 30,
                        rlim_max: 1 << 30,
                    };
                    if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        })
        .expect("spawn blogctl");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while running.try_wait().is_none() {
        if std::time::Instant::now() > deadline {
            running.kill();
            panic!("blogctl was still reading its endless input after a minute: killed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    running.wait_with_output()
}

#[test]
fn endless_password_and_content_input_is_refused_not_read_to_the_end() {
    let zero = std::path::Path::new("/dev/zero");
    for args in [
        &["users", "set-password", "1", "--password-stdin"][..],
        &["users", "check-password", "1", "--password-stdin"],
        &["seed", "--password-stdin"],
    ] {
        let mut run = nowhere();
        run.args(args).env("ADMIN_EMAIL", "admin@example.com");
        let out = run_with_endless_input(&run, zero);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains(
                "--password-stdin: the first line of standard input is longer than 1024 bytes"
            ),
            "{args:?}: {}",
            out.stderr
        );
    }
    for content_file in ["-", "/dev/zero"] {
        let mut run = nowhere();
        run.args(["articles", "create", "--title", "T", "--author", "1"])
            .args(["--content-file", content_file]);
        let out = run_with_endless_input(&run, zero);
        assert_eq!(out.code, 2, "{content_file}: {}", out.stderr);
        assert!(
            out.stderr.contains(
                "is longer than 40000000 bytes, more than 10000000 characters can take; at most \
                 10000000 characters are accepted"
            ),
            "{content_file}: {}",
            out.stderr
        );
    }
    // The same, by update.
    let mut run = nowhere();
    run.args(["articles", "update", "1", "--content-file", "-"]);
    let out = run_with_endless_input(&run, zero);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn a_5000_character_email_changes_nothing_on_a_real_database() {
    let db = TestDb::migrated("limits_real_db");
    let long_email = format!("{}@example.com", huge(4988));
    let out = db
        .blogctl()
        .args([
            "users",
            "create",
            "--email",
            &long_email,
            "--name",
            "N",
            "--password-stdin",
        ])
        .stdin(format!("{}\n", secret("limits-real-pw")))
        .run()
        .expect_code(2);
    assert!(!out.stderr.contains("SQLSTATE"), "{}", out.stderr);
    assert!(!out.stderr.contains(&huge(300)), "echoed");
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM users", &[])
        .unwrap()
        .get(0);
    assert_eq!(users, 0);
    // Just within the limits, the same command works.
    let email = format!("{}@example.com", huge(242));
    let name = huge(255);
    db.blogctl()
        .args([
            "users", "create", "--email", &email, "--name", &name, "--street", &name,
        ])
        .arg("--password-stdin")
        .stdin(format!("{}\n", secret("limits-real-pw")))
        .run()
        .success();
}
