//! `blogctl migrate status [--check]` in table, JSON and CSV.

use crate::migrate::version;
use crate::util::TestDb;

#[test]
fn migrate_status_of_a_fresh_database_creates_nothing() {
    let db = TestDb::new("status_fresh");
    let out = db
        .blogctl()
        .args(["migrate", "status", "--format", "json"])
        .run()
        .success();
    let rows: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    assert!(
        rows.iter()
            .all(|r| r["state"] == "pending" && r["appliedAt"].is_null())
    );
    assert_eq!(rows[4]["name"], "add_author_id");
    assert_eq!(version(&db), None);
    let out = db
        .blogctl()
        .args(["migrate", "status", "--check"])
        .run()
        .expect_code(1);
    assert!(
        out.stderr.contains("not up to date: V1 pending"),
        "{}",
        out.stderr
    );
    assert_eq!(version(&db), None);
}

#[test]
fn migrate_status_states_and_formats() {
    let db = TestDb::new("status_states");
    db.blogctl()
        .args(["migrate", "--target", "4"])
        .run()
        .success();
    let mut c = db.client();
    c.execute(
        "UPDATE refinery_schema_history SET checksum = '1' WHERE version = 2",
        &[],
    )
    .unwrap();
    c.execute(
        "INSERT INTO refinery_schema_history VALUES (9, 'from_the_future', '2030-01-01T00:00:00Z', '9')",
        &[],
    )
    .unwrap();
    let out = db
        .blogctl()
        .args(["migrate", "status", "--format", "csv"])
        .run()
        .success();
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["version", "name", "state", "appliedAt"]
    );
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect();
    let want = [
        ("1", "add_articles_table", "applied"),
        ("2", "add_users_table", "divergent"),
        ("3", "add_addresses_table", "applied"),
        ("4", "insert_admin", "applied"),
        ("5", "add_author_id", "pending"),
        ("6", "add_articles_author_id_index", "pending"),
        ("7", "validate_articles_author_id_fkey", "pending"),
        ("9", "from_the_future", "missing"),
    ];
    assert_eq!(
        rows,
        want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );
    let out = db.blogctl().args(["migrate", "status"]).run().success();
    assert!(
        out.stdout.contains("\n       2 | add_users_table"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("divergent"), "{}", out.stdout);
    let out = db
        .blogctl()
        .args(["migrate", "status", "--check"])
        .run()
        .expect_code(1);
    assert!(out.stderr.contains("V2 divergent"), "{}", out.stderr);
    assert!(out.stderr.contains("V9 missing"), "{}", out.stderr);
}

#[test]
fn migrate_status_check_passes_when_up_to_date() {
    let db = TestDb::migrated("status_ok");
    let out = db
        .blogctl()
        .args(["migrate", "status", "--check", "--format", "json"])
        .run()
        .success();
    let rows: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    for r in rows.as_array().unwrap() {
        assert_eq!(r["state"], "applied");
        // refinery's own format: RFC 3339.
        assert!(r["appliedAt"].as_str().unwrap().contains('T'));
    }
}

/// `-q` with `--check` is the exit code alone: nothing on stdout, and the
/// one error line on stderr when not up to date.
#[test]
fn quiet_check_prints_no_table() {
    let db = TestDb::migrated("status_quiet_ok");
    for format in ["table", "json", "csv"] {
        let out = db
            .blogctl()
            .args(["-q", "migrate", "status", "--check", "--format", format])
            .run()
            .success();
        assert_eq!(out.stdout, "", "{format}");
        assert_eq!(out.stderr, "", "{format}");
    }
    // -q alone still prints the records: they are what was asked for.
    let out = db
        .blogctl()
        .args(["migrate", "status", "-q"])
        .run()
        .success();
    assert!(out.stdout.contains("add_articles_table"), "{}", out.stdout);

    let behind = TestDb::new("status_quiet_behind");
    behind
        .blogctl()
        .args(["migrate", "--target", "3"])
        .run()
        .success();
    let out = behind
        .blogctl()
        .args(["migrate", "status", "--check", "-q"])
        .run()
        .expect_code(1);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "blogctl: error: the database is not up to date: V4 pending, V5 pending, V6 pending, \
         V7 pending\n"
    );
}
