//! `blogctl migrate`: fresh databases, the admin step and V5 on existing
//! articles, --target, --dry-run, refusals, failures and their messages.

use crate::util::{TestDb, secret};

/// The highest applied version, or None without a history table.
pub fn version(db: &TestDb) -> Option<i32> {
    let mut c = db.client();
    let exists: bool = c
        .query_one(
            "SELECT to_regclass('refinery_schema_history') IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    if !exists {
        return None;
    }
    c.query_one("SELECT max(version) FROM refinery_schema_history", &[])
        .unwrap()
        .get(0)
}

/// A database at V3 (migrated by blogctl) holding `n` articles.
pub fn at_v3_with_articles(tag: &str, n: i64) -> TestDb {
    let db = TestDb::new(tag);
    db.blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    db.client()
        .execute(
            "INSERT INTO articles (title, article_content)
             SELECT 'title ' || i, 'content ' || i FROM generate_series(1, $1::int8) i",
            &[&n],
        )
        .unwrap();
    db
}

/// Everything a refused run must leave as it was.
pub fn snapshot(db: &TestDb) -> String {
    let mut c = db.client();
    let mut out = String::new();
    for q in [
        "SELECT string_agg(version || ' ' || name || ' ' || applied_on || ' ' || checksum, '|' ORDER BY version) FROM refinery_schema_history",
        "SELECT string_agg(id || ' ' || title || ' ' || article_content, '|' ORDER BY id) FROM articles",
        "SELECT string_agg(id || ' ' || email || ' ' || password, '|' ORDER BY id) FROM users",
        "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name) FROM information_schema.columns WHERE table_schema = 'public'",
    ] {
        let v: Option<String> = c.query_one(q, &[]).unwrap().get(0);
        out.push_str(&v.unwrap_or_default());
        out.push('\n');
    }
    out
}

fn count(db: &TestDb, sql: &str) -> i64 {
    db.client().query_one(sql, &[]).unwrap().get(0)
}

const LATEST: i32 = 7;

#[test]
fn migrate_fresh_database_without_admin_variables() {
    let db = TestDb::new("mig_fresh");
    let out = db.blogctl().arg("migrate").run().success();
    assert_eq!(version(&db), Some(LATEST));
    assert_eq!(count(&db, "SELECT count(*) FROM users"), 0);
    for line in [
        "applied V1 add_articles_table (",
        "applied V5 add_author_id (",
        "applied V7 validate_articles_author_id_fkey (",
    ] {
        assert!(out.stderr.contains(line), "{}", out.stderr);
    }
    // One line per migration, each with its time.
    assert_eq!(out.stderr.matches("applied V").count(), LATEST as usize);
    assert!(out.stdout.is_empty());
    // Text is identical on every run: a second run finds nothing to do.
    let again = db.blogctl().arg("migrate").run().success();
    assert!(
        again
            .stderr
            .contains("nothing to apply: the database is at V7"),
        "{}",
        again.stderr
    );
}

#[test]
fn migrate_fresh_database_with_admin_from_env_file() {
    let db = TestDb::new("mig_admin_env");
    let dir = tempfile::tempdir().unwrap();
    let pw = secret("file-admin-pass-1");
    std::fs::write(
        dir.path().join(".env"),
        format!("ADMIN_EMAIL=boss@example.com\nADMIN_PASSWORD={pw}\nADMIN_NAME=\"The Boss\"\n"),
    )
    .unwrap();
    let out = db
        .blogctl()
        .arg("migrate")
        .current_dir(dir.path())
        .run()
        .success();
    assert!(
        out.stderr.contains("created the admin boss@example.com"),
        "{}",
        out.stderr
    );
    let row = db
        .client()
        .query_one(
            "SELECT name, password FROM users WHERE email = 'boss@example.com'",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "The Boss");
    assert!(
        row.get::<_, String>(1)
            .starts_with(crate::seed::BCRYPT_PREFIX)
    );
}

#[test]
fn migrate_fresh_database_with_admin_default_name() {
    let db = TestDb::new("mig_admin_default");
    let pw = secret("env-admin-pass-1");
    db.blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    let name: String = db
        .client()
        .query_one(
            "SELECT name FROM users WHERE email = 'admin@example.com'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(name, "Admin");
}

#[test]
fn migrate_refuses_articles_without_admin_and_changes_nothing() {
    let db = at_v3_with_articles("mig_no_admin", 5);
    let before = snapshot(&db);
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(out.stderr.contains("ADMIN_EMAIL"), "{}", out.stderr);
    assert!(out.stderr.contains("ADMIN_PASSWORD"), "{}", out.stderr);
    assert_eq!(version(&db), Some(3));
    assert_eq!(snapshot(&db), before);

    // An email whose user does not exist, and no password: refused too.
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "nobody@example.com")
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("ADMIN_PASSWORD"), "{}", out.stderr);
    assert_eq!(snapshot(&db), before);
}

#[test]
fn migrate_gives_existing_articles_the_new_admin_without_rewriting_the_table() {
    let db = at_v3_with_articles("mig_new_admin", 1000);
    let filenode = |db: &TestDb| -> u32 {
        db.client()
            .query_one("SELECT pg_relation_filenode('articles')::oid", &[])
            .unwrap()
            .get(0)
    };
    let before = filenode(&db);
    let pw = secret("new-admin-pass-1");
    db.blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "admin@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    assert_eq!(version(&db), Some(LATEST));
    let admin_id: i32 = db
        .client()
        .query_one(
            "SELECT id FROM users WHERE email = 'admin@example.com'",
            &[],
        )
        .unwrap()
        .get(0);
    let by_admin = count(
        &db,
        &format!("SELECT count(*) FROM articles WHERE author_id = {admin_id}"),
    );
    assert_eq!(by_admin, 1000);
    // Metadata only: the table was not rewritten.
    assert_eq!(filenode(&db), before);
    // The column has no default left and the foreign key is validated.
    let mut c = db.client();
    let row = c
        .query_one(
            "SELECT (SELECT column_default FROM information_schema.columns
                     WHERE table_name = 'articles' AND column_name = 'author_id'),
                    (SELECT convalidated FROM pg_constraint WHERE conname = 'articles_author_id_fkey'),
                    to_regclass('articles_author_id_idx') IS NOT NULL",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, Option<String>>(0), None);
    assert!(row.get::<_, bool>(1));
    assert!(row.get::<_, bool>(2));
}

#[test]
fn migrate_uses_an_existing_user_as_author_and_keeps_their_password() {
    let db = at_v3_with_articles("mig_existing_user", 3);
    let hash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo";
    let id: i32 = db
        .client()
        .query_one(
            "INSERT INTO users (email, name, password) VALUES ('owner@example.com', 'Owner', $1) RETURNING id",
            &[&hash],
        )
        .unwrap()
        .get(0);
    let pw = secret("another-pass-1");
    let out = db
        .blogctl()
        .arg("migrate")
        .env("ADMIN_EMAIL", "owner@example.com")
        .env("ADMIN_PASSWORD", &pw)
        .run()
        .success();
    assert!(
        out.stderr.contains("its password is untouched"),
        "{}",
        out.stderr
    );
    assert_eq!(
        count(
            &db,
            &format!("SELECT count(*) FROM articles WHERE author_id = {id}")
        ),
        3
    );
    let stored: String = db
        .client()
        .query_one("SELECT password FROM users WHERE id = $1", &[&id])
        .unwrap()
        .get(0);
    assert_eq!(stored, hash);
    assert_eq!(count(&db, "SELECT count(*) FROM users"), 1);
}

#[test]
fn migrate_target_then_the_rest() {
    let db = TestDb::new("mig_target");
    let out = db
        .blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    assert_eq!(out.stderr.matches("applied V").count(), 3);
    assert_eq!(version(&db), Some(3));
    let out = db
        .blogctl()
        .args(["migrate", "--target", "2"])
        .run()
        .success();
    assert!(out.stderr.contains("past --target 2"), "{}", out.stderr);
    db.blogctl().arg("migrate").run().success();
    assert_eq!(version(&db), Some(LATEST));
    let out = db
        .blogctl()
        .args(["migrate", "--target", "99"])
        .run()
        .expect_code(2);
    assert!(out.stderr.contains("--target 99"), "{}", out.stderr);
}

#[test]
fn migrate_dry_run_creates_nothing() {
    let db = TestDb::new("mig_dry");
    let out = db.blogctl().args(["migrate", "--dry-run"]).run().success();
    assert_eq!(
        out.stdout,
        "V1 add_articles_table\nV2 add_users_table\nV3 add_addresses_table\nV4 insert_admin\n\
         V5 add_author_id\nV6 add_articles_author_id_index\nV7 validate_articles_author_id_fkey\n"
    );
    assert_eq!(version(&db), None);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ),
        0
    );
    let out = db
        .blogctl()
        .args(["migrate", "--dry-run", "-v", "--target", "1"])
        .run()
        .success();
    assert!(
        out.stdout.starts_with("V1 add_articles_table\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("    CREATE TABLE articles ("),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("V2"), "{}", out.stdout);
    assert_eq!(version(&db), None);
}

#[test]
fn migrate_refuses_a_changed_applied_migration() {
    let db = TestDb::migrated("mig_divergent");
    db.client()
        .execute(
            "UPDATE refinery_schema_history SET checksum = '42' WHERE version = 2",
            &[],
        )
        .unwrap();
    db.client()
        .execute("DELETE FROM refinery_schema_history WHERE version = 7", &[])
        .unwrap();
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(out.stderr.contains("V2 add_users_table"), "{}", out.stderr);
    assert!(
        out.stderr.contains("changed after they were applied"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), Some(6));
}

#[test]
fn migrate_refuses_a_database_newer_than_the_binary() {
    let db = TestDb::migrated("mig_newer");
    db.client()
        .execute(
            "INSERT INTO refinery_schema_history VALUES (8, 'add_tags', '2030-01-01T00:00:00Z', '1'),
                                                         (9, 'add_likes', '2030-01-01T00:00:00Z', '2')",
            &[],
        )
        .unwrap();
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(
        out.stderr.contains("newer than this blogctl"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("V8 add_tags, V9 add_likes"),
        "{}",
        out.stderr
    );
}

#[test]
fn migrate_failure_names_the_migration_the_error_and_what_applied() {
    let db = TestDb::new("mig_fail");
    // Something in the way of V3.
    db.client()
        .batch_execute("CREATE TABLE addresses (x int)")
        .unwrap();
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    let err = &out.stderr;
    assert!(
        err.contains("migration V3 add_addresses_table failed"),
        "{err}"
    );
    assert!(
        err.contains("relation \"addresses\" already exists"),
        "{err}"
    );
    assert!(err.contains("SQLSTATE 42P07"), "{err}");
    assert!(
        err.contains("applied in this run: V1 add_articles_table, V2 add_users_table"),
        "{err}"
    );
    assert!(err.contains("the database is at V2"), "{err}");
    assert_eq!(version(&db), Some(2));
}

#[test]
fn migrate_refuses_a_history_row_refinery_cannot_read() {
    let db = TestDb::migrated("mig_bad_row");
    db.client()
        .execute(
            "UPDATE refinery_schema_history SET applied_on = 'yesterday' WHERE version = 3",
            &[],
        )
        .unwrap();
    let out = db.blogctl().arg("migrate").run().expect_code(1);
    assert!(
        out.stderr.contains("V3 add_addresses_table"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}
