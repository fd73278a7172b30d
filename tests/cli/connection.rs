//! Connection and configuration: precedence, libpq variables, the password
//! file, --wait, timeouts, authentication failures, TLS, closed stdout.

use crate::util::TestDb;

#[test]
fn migrate_connects_with_database_url() {
    let db = TestDb::new("smoke");
    db.blogctl().arg("migrate").run().success();
    let mut client = db.client();
    let n: i64 = client
        .query_one("SELECT count(*) FROM refinery_schema_history", &[])
        .unwrap()
        .get(0);
    assert!(n >= 6);
}

#[test]
fn migrated_template_databases_have_the_schema() {
    let db = TestDb::migrated("template_check");
    let n: i64 = db
        .client()
        .query_one("SELECT count(*) FROM articles", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 0);
}
