//! The pure planning of `blogctl migrate`: which target, what is pending,
//! which history is refused. No database: the history is made up here.

use refinery::Migration;

use super::plan::{pending, refuse_divergent, refuse_unreadable};
use super::{resolve_target, up_to_date};
use crate::db::migrate::{self as dbm, Applied, status_rows};
use crate::error::{Error, MigrateError};
use crate::model::State;

/// `m` as refinery records it when applied.
fn applied(m: &Migration) -> Applied {
    Applied {
        version: m.version(),
        name: m.name().to_string(),
        applied_on: "2023-08-06T21:33:13.512+00:00".to_string(),
        checksum: m.checksum().to_string(),
    }
}

fn versions(migrations: &[Migration]) -> Vec<i32> {
    migrations.iter().map(|m| m.version()).collect()
}

#[test]
fn the_target_is_a_version_this_binary_has() {
    let embedded = dbm::embedded();
    let latest = embedded.last().unwrap().version();
    assert_eq!(resolve_target(&embedded, None).unwrap(), latest);
    assert_eq!(resolve_target(&embedded, Some(3)).unwrap(), 3);
    for missing in [0, 99] {
        let error = resolve_target(&embedded, Some(missing)).unwrap_err();
        assert!(
            matches!(error, Error::NoSuchTarget { target, .. } if target == missing),
            "{error:?}"
        );
        assert_eq!(error.exit_code(), 2);
    }
}

#[test]
fn pending_is_what_is_missing_up_to_the_target() {
    let embedded = dbm::embedded();
    let first_two: Vec<Applied> = embedded[..2].iter().map(applied).collect();
    assert_eq!(
        versions(&pending(&embedded, &first_two, 7).unwrap()),
        [3, 4, 5, 6, 7]
    );
    assert_eq!(
        versions(&pending(&embedded, &first_two, 4).unwrap()),
        [3, 4]
    );
    assert!(pending(&embedded, &first_two, 2).unwrap().is_empty());
    assert_eq!(versions(&pending(&embedded, &[], 1).unwrap()), [1]);
}

#[test]
fn a_hole_in_the_history_is_refused() {
    let embedded = dbm::embedded();
    let with_hole = [applied(&embedded[0]), applied(&embedded[2])];
    let error = pending(&embedded, &with_hole, 7).unwrap_err();
    assert!(
        matches!(
            error,
            Error::Migrate(MigrateError::OutOfOrder {
                version: 2,
                current: 3,
                ..
            })
        ),
        "{error:?}"
    );
}

#[test]
fn status_names_every_state() {
    let embedded = dbm::embedded();
    let mut changed = applied(&embedded[1]);
    changed.checksum = "1".to_string();
    let unknown = Applied {
        version: 99,
        name: "from_the_future".to_string(),
        ..applied(&embedded[0])
    };
    let rows = status_rows(&embedded, &[applied(&embedded[0]), changed, unknown], &[]);
    let states: Vec<(Option<i32>, State)> = rows.iter().map(|r| (r.version, r.state)).collect();
    assert_eq!(
        &states[..3],
        [
            (Some(1), State::Applied),
            (Some(2), State::Divergent),
            (Some(3), State::Pending)
        ]
    );
    assert_eq!(states.last(), Some(&(Some(99), State::Missing)));
    assert_eq!(rows.last().unwrap().name, "from_the_future");
    assert_eq!(
        rows[0].applied_at.as_deref(),
        Some("2023-08-06T21:33:13.512+00:00")
    );
    assert_eq!(rows[2].applied_at, None);
}

#[test]
fn a_changed_or_unknown_migration_is_refused_by_name() {
    let embedded = dbm::embedded();
    let all: Vec<Applied> = embedded.iter().map(applied).collect();
    assert!(refuse_divergent(&embedded, &all).is_ok());
    let mut changed = all.clone();
    changed[0].name = "renamed".to_string();
    changed.push(Applied {
        version: 99,
        name: "newer".to_string(),
        ..all[0].clone()
    });
    match refuse_divergent(&embedded, &changed).unwrap_err() {
        Error::Migrate(MigrateError::Divergent { missing, changed }) => {
            assert_eq!(missing, ["V99 newer"]);
            assert_eq!(changed, ["V1 add_articles_table"]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn history_rows_refinery_cannot_read_are_refused() {
    let embedded = dbm::embedded();
    let mut rows: Vec<Applied> = embedded[..3].iter().map(applied).collect();
    assert!(refuse_unreadable(&rows).is_ok());
    // A leap second where refinery's `time` takes one: at the end of a month.
    rows[0].applied_on = "2016-12-31T23:59:60Z".to_string();
    assert!(refuse_unreadable(&rows).is_ok());
    rows[0].applied_on = "2023-08-06T23:59:60Z".to_string();
    rows[1].applied_on = "yesterday".to_string();
    rows[2].checksum = "not a number".to_string();
    match refuse_unreadable(&rows).unwrap_err() {
        Error::Migrate(MigrateError::UnreadableHistory { rows }) => {
            assert_eq!(rows.len(), 3);
            assert!(
                rows[0].starts_with(
                    "V1 add_articles_table: applied_on `2023-08-06T23:59:60Z` has a leap second"
                ),
                "{rows:?}"
            );
            assert!(
                rows[1].starts_with("V2 add_users_table: applied_on `yesterday` is not"),
                "{rows:?}"
            );
            assert!(
                rows[2].starts_with("V3 add_addresses_table: checksum `not a number`"),
                "{rows:?}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn nothing_to_apply_says_where_the_database_is() {
    assert_eq!(up_to_date(None, 7), "nothing to apply");
    assert_eq!(
        up_to_date(Some(7), 7),
        "nothing to apply: the database is at V7"
    );
    assert!(up_to_date(Some(5), 2).contains("past --target 2"));
}
