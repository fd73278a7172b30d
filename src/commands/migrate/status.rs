//! `blogctl migrate status [--check]`: every migration with its state, in
//! table, JSON or CSV, then the newer blog API's own (`external`). Reads
//! both histories without creating either. `--check -q` prints no
//! records: the exit code (and the error line) says it all.

use std::process::ExitCode;

use super::Context;
use crate::cli::StatusArgs;
use crate::db::migrate as dbm;
use crate::error::{MigrateError, Result};
use crate::model::{MigrationStatus, State};
use crate::output::{Shape, Sink};

/// `migrate status [--check]`.
pub async fn run(ctx: &Context, args: &StatusArgs) -> Result<ExitCode> {
    let session = ctx.session().await?;
    let client = session.client;
    if session.server.in_recovery {
        let behind = match crate::db::server::replay_lag(&client).await? {
            Some(secs) => format!(
                "its last replayed transaction committed {} ago on the primary",
                human_secs(secs)
            ),
            None => "it has replayed no transaction yet".to_string(),
        };
        ctx.msgs.info(format!(
            "reading a standby at {}: {behind}; the primary may be ahead",
            session.server
        ));
    }
    let embedded = dbm::embedded();
    let applied = dbm::read_history(&client).await?.unwrap_or_default();
    let unreadable: Vec<String> = applied.iter().filter_map(dbm::unreadable).collect();
    if !unreadable.is_empty() {
        ctx.msgs.warn(format!(
            "`blogctl migrate` will refuse: refinery cannot read {}",
            unreadable.join("; ")
        ));
    }
    let external = match dbm::plan_sync(&client, &embedded, &applied).await {
        Ok(sync) => {
            report_sync(ctx, &sync, applied.is_empty());
            sync.external
        }
        Err(e) => {
            ctx.msgs.warn(format!("`blogctl migrate` will refuse: {e}"));
            Vec::new()
        }
    };
    let rows = dbm::status_rows(&embedded, &applied, &external);
    // `--check -q` is for scripts that want the exit code alone (and the
    // one error line on stderr when not up to date): no table.
    if !(args.check && ctx.settings.output.quiet) {
        let mut sink = Sink::new::<MigrationStatus>(&ctx.settings.output, Shape::List);
        for row in &rows {
            sink.push(row)?;
        }
        sink.finish()?;
    }
    // A newer blog API's migrations are not blogctl's to apply.
    let behind: Vec<String> = rows
        .iter()
        .filter(|r| !matches!(r.state, State::Applied | State::External))
        .map(|r| format!("V{} {}", r.version.unwrap_or_default(), r.state.as_str()))
        .collect();
    if args.check && !behind.is_empty() {
        return Err(MigrateError::NotUpToDate { behind }.into());
    }
    Ok(ExitCode::SUCCESS)
}

/// What `blogctl migrate` will write to bring the histories in step.
fn report_sync(ctx: &Context, sync: &dbm::Sync, no_history: bool) {
    if !sync.adopt.is_empty() {
        ctx.msgs.info(format!(
            "{}`blogctl migrate` will adopt the blog API's migrations {} from kysely_migration",
            if no_history {
                "no blogctl history yet: "
            } else {
                ""
            },
            dbm::span(sync.adopt.iter().map(|a| a.version))
        ));
    }
    if !sync.backfill.is_empty() {
        ctx.msgs.info(format!(
            "the blog API's kysely_migration lacks {}, which blogctl applied: `blogctl migrate` \
             will record {}",
            dbm::span(
                sync.backfill
                    .iter()
                    .filter_map(|row| dbm::kysely::version_of(&row.name))
            ),
            if sync.backfill.len() == 1 {
                "it"
            } else {
                "them"
            }
        ));
    }
}

/// `0.4 s`, `12 s`, `3 min 5 s`, `2 h 3 min`.
fn human_secs(secs: f64) -> String {
    let secs = secs.max(0.0);
    if secs < 10.0 {
        return format!("{secs:.1} s");
    }
    let whole = secs.round() as u64;
    match whole {
        0..60 => format!("{whole} s"),
        60..3600 => format!("{} min {} s", whole / 60, whole % 60),
        _ => format!("{} h {} min", whole / 3600, whole % 3600 / 60),
    }
}
