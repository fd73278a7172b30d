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

#[test]
fn pgbouncer_harness_reaches_the_test_database() {
    let db = TestDb::migrated("pgbouncer_smoke");
    let url = crate::util::pgbouncer::pgbouncer().url(&db.name);
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let rows = client.simple_query("SELECT current_database()").unwrap();
    let name = rows.iter().find_map(|m| match m {
        postgres::SimpleQueryMessage::Row(row) => row.get(0).map(String::from),
        _ => None,
    });
    assert_eq!(name.as_deref(), Some(db.name.as_str()));
}
