//! The `.env` file is data, not an environment: only the settings the
//! README documents as settable in it are read (DATABASE_URL, the blog
//! API's POSTGRES_*, libpq's PG*, ADMIN_*, BLOGCTL_PASSWORD_HASH), the
//! process environment wins, other keys are ignored (named under -v, never
//! their values), and nothing of the file reaches a child process: a file
//! cannot choose the pager, the local cluster's folder or PATH, and the
//! pager does not see the file's secrets.

use crate::pager::{marking_pager, with_articles};
use crate::util::local::LocalDir;
use crate::util::process::run_on_sized_terminal;
use crate::util::{Blogctl, TestDb, own_cluster, secret};

#[test]
fn a_pager_named_in_the_env_file_is_never_run() {
    let db = with_articles("envfile_pager", 60);
    let dir = tempfile::tempdir().unwrap();
    let mark = dir.path().join("pwned");
    let pager = marking_pager(&mark, "PAGED:");
    std::fs::write(
        dir.path().join(".env"),
        format!(
            "DATABASE_URL={}\nBLOGCTL_PAGER=\"{pager}\"\nPAGER=\"{pager}\"\n",
            db.url
        ),
    )
    .unwrap();
    let mut run = Blogctl::new();
    run.current_dir(dir.path())
        .args(["articles", "list"])
        // The default pager, less, quits at the end of the text (-F) only
        // when it fits: `q` leaves it.
        .env("LESS", "FRX");
    let (code, screen) = run_on_sized_terminal(&run, 200, 24, "q");
    assert_eq!(code, 0, "{screen}");
    assert!(!mark.exists(), "the .env file's pager ran:\n{screen}");
    assert!(!screen.contains("PAGED:"), "{screen}");
}

#[test]
fn the_pager_does_not_inherit_the_env_files_secrets() {
    let db = with_articles("envfile_child", 60);
    let dir = tempfile::tempdir().unwrap();
    let admin_pw = secret("Env-File-Admin-Pw-5521");
    let pg_pw = secret("Env-File-Pg-Pw-5521");
    std::fs::write(
        dir.path().join(".env"),
        format!(
            "DATABASE_URL={}\nADMIN_PASSWORD={admin_pw}\nPGPASSWORD={pg_pw}\n\
             POSTGRES_PASSWORD={pg_pw}\nJWT_SECRET={admin_pw}\n",
            db.url
        ),
    )
    .unwrap();
    let dump = dir.path().join("pager-env");
    let mut run = Blogctl::new();
    run.current_dir(dir.path())
        .args(["articles", "list"])
        .env("BLOGCTL_PAGER", format!("env > '{}'; cat", dump.display()));
    let (code, screen) = run_on_sized_terminal(&run, 200, 24, "");
    assert_eq!(code, 0, "{screen}");
    let env = std::fs::read_to_string(&dump).expect("the pager ran and wrote its environment");
    assert!(env.contains("BLOGCTL_PAGER="), "{env}");
    for (name, value) in [("ADMIN_PASSWORD", &admin_pw), ("PGPASSWORD", &pg_pw)] {
        assert!(
            !env.contains(value.as_str()),
            "the pager inherited {name} from the .env file"
        );
    }
    for name in ["DATABASE_URL", "POSTGRES_PASSWORD", "JWT_SECRET"] {
        assert!(
            !env.lines().any(|l| l.starts_with(&format!("{name}="))),
            "the pager inherited {name} from the .env file"
        );
    }
}

/// The `folder` of `local status --format json`.
fn folder(json: &str) -> String {
    let status: serde_json::Value = serde_json::from_str(json).unwrap();
    status["folder"].as_str().unwrap().to_string()
}

#[test]
fn the_env_file_cannot_choose_the_local_clusters_folder() {
    let local = LocalDir::new();
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("chosen-by-the-file");
    std::fs::write(
        dir.path().join(".env"),
        format!("BLOGCTL_LOCAL_DIR={}\n", elsewhere.display()),
    )
    .unwrap();
    // The process environment's BLOGCTL_LOCAL_DIR.
    let out = local
        .blogctl()
        .current_dir(dir.path())
        .args(["local", "status", "--format", "json"])
        .run()
        .success();
    assert_eq!(folder(&out.stdout), local.dir.display().to_string());
    // No process variable: the default folder under HOME, not the file's.
    let mut run = Blogctl::new();
    let home = run.home().to_path_buf();
    let out = run
        .current_dir(dir.path())
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["local", "status", "--format", "json"])
        .run()
        .success();
    assert_eq!(
        folder(&out.stdout),
        home.join("data/blogctl/local").display().to_string()
    );
    assert!(!elsewhere.exists());
}

#[test]
fn ignored_keys_are_named_under_verbose_never_their_values() {
    let db = TestDb::migrated("envfile_ignored");
    let dir = tempfile::tempdir().unwrap();
    let jwt = secret("Jwt-S3cret-Value-4410");
    std::fs::write(
        dir.path().join(".env"),
        format!(
            "JWT_SECRET={jwt}\nJWT_EXPIRATION_TIME=3600\nLD_PRELOAD=/nonexistent/evil.so\n\
             PATH=/nonexistent\nDATABASE_URL={}\n",
            db.url
        ),
    )
    .unwrap();
    let out = Blogctl::new()
        .current_dir(dir.path())
        .args(["-v", "users", "list"])
        .run()
        .success();
    assert!(
        out.stderr.contains(
            "ignored in env file .env: JWT_SECRET, JWT_EXPIRATION_TIME, LD_PRELOAD, PATH \
             (blogctl takes only DATABASE_URL"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("3600") && !out.stderr.contains("evil"));
    // Without -v, nothing is said.
    let out = Blogctl::new()
        .current_dir(dir.path())
        .args(["users", "list"])
        .run()
        .success();
    assert!(!out.stderr.contains("ignored"), "{}", out.stderr);
}

#[test]
fn every_documented_setting_still_works_from_the_file() {
    // libpq's PG* variables.
    let cluster = own_cluster();
    let db = TestDb::on_cluster(cluster, "envfile_pg");
    let dir = tempfile::tempdir().unwrap();
    let admin_pw = secret("Env-File-Seed-Pw-7781");
    std::fs::write(
        dir.path().join(".env"),
        format!(
            "PGHOST={}\nPGPORT={}\nPGUSER=postgres\nPGDATABASE={}\nPGAPPNAME=from-dotenv\n\
             ADMIN_EMAIL=file@example.com\nADMIN_PASSWORD={admin_pw}\nADMIN_NAME=\"From File\"\n\
             BLOGCTL_PASSWORD_HASH=argon2id\n",
            cluster.socket_dir.display(),
            cluster.port,
            db.name
        ),
    )
    .unwrap();
    let out = Blogctl::new()
        .current_dir(dir.path())
        .args(["-v", "setup"])
        .run()
        .success();
    assert!(
        out.stderr.contains(&format!(
            "/{} as postgres (settings from libpq's PG* variables and defaults;",
            db.name
        )),
        "{}",
        out.stderr
    );
    let row = db
        .client()
        .query_one(
            "SELECT name, password FROM users WHERE email = 'file@example.com'",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "From File");
    assert!(row.get::<_, String>(1).starts_with("$argon2id$"));

    // The process environment wins over the file, even set empty (which
    // counts as unset: the default, bcrypt).
    Blogctl::new()
        .current_dir(dir.path())
        .env("BLOGCTL_PASSWORD_HASH", "")
        .args(["seed", "--reset-password"])
        .run()
        .success();
    let hash: String = db
        .client()
        .query_one(
            "SELECT password FROM users WHERE email = 'file@example.com'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(hash.starts_with("$2b$10$"), "not bcrypt");

    // A scheme the file names wrongly is a usage error naming the file.
    std::fs::write(
        dir.path().join(".env"),
        format!("DATABASE_URL={}\nBLOGCTL_PASSWORD_HASH=scrypt\n", db.url),
    )
    .unwrap();
    let out = Blogctl::new()
        .current_dir(dir.path())
        .args(["users", "list"])
        .run()
        .expect_code(2);
    assert!(
        out.stderr.contains(
            "BLOGCTL_PASSWORD_HASH in env file .env names no scheme blogctl writes: use one of \
             bcrypt, argon2id"
        ),
        "{}",
        out.stderr
    );
}
