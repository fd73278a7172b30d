//! `blogctl migrate status [--check]`: every migration with its state, in
//! table, JSON or CSV. Reads the history without creating it.

use std::process::ExitCode;

use super::Context;
use crate::cli::StatusArgs;
use crate::db::migrate as dbm;
use crate::error::{Error, Result};
use crate::model::{MigrationStatus, State};
use crate::output::{Shape, Sink};

/// `migrate status [--check]`.
pub async fn run(ctx: &Context, args: &StatusArgs) -> Result<ExitCode> {
    let client = ctx.connect().await?;
    let embedded = dbm::embedded();
    let applied = dbm::read_history(&client).await?.unwrap_or_default();
    if applied.is_empty() {
        match dbm::plan_adoption(&client, &embedded).await {
            Ok(Some(adoption)) => ctx.msgs.info(format!(
                "no blogctl history yet: `blogctl migrate` will adopt the blog API's migrations \
                 V1 to V{} from kysely_migration",
                adoption.version()
            )),
            Ok(None) => {}
            Err(e) => ctx.msgs.warn(format!("`blogctl migrate` will refuse: {e}")),
        }
    }
    let rows = dbm::status_rows(&embedded, &applied);
    let mut sink = Sink::new::<MigrationStatus>(&ctx.settings.output, Shape::List);
    for row in &rows {
        sink.push(row)?;
    }
    sink.finish()?;
    let behind: Vec<String> = rows
        .iter()
        .filter(|r| r.state != State::Applied)
        .map(|r| format!("V{} {}", r.version, r.state.as_str()))
        .collect();
    if args.check && !behind.is_empty() {
        return Err(Error::NotUpToDate { behind });
    }
    Ok(ExitCode::SUCCESS)
}
