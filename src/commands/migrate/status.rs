//! `blogctl migrate status [--check]`: every migration with its state, in
//! table, JSON or CSV. Reads the history without creating it.

use std::process::ExitCode;

use comfy_table::{Cell, Color};

use super::Context;
use crate::cli::StatusArgs;
use crate::db::migrate::{self as dbm, State};
use crate::error::{Error, Result};
use crate::output::{self, Format};

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
    let settings = &ctx.settings.output;
    match settings.format {
        Format::Table => {
            let mut table =
                output::new_table(settings, &["version", "name", "state", "applied at"]);
            for r in &rows {
                let color = match r.state {
                    State::Applied => Color::Green,
                    State::Pending => Color::Yellow,
                    State::Divergent | State::Missing => Color::Red,
                };
                table.add_row(vec![
                    Cell::new(r.version),
                    Cell::new(&r.name),
                    output::colored(settings, r.state.as_str(), color),
                    Cell::new(r.applied_at.as_deref().unwrap_or_default()),
                ]);
            }
            output::print_table(&table)?;
        }
        Format::Json => {
            let mut out = output::JsonArray::new(output::stdout())?;
            for r in &rows {
                out.push(r)?;
            }
            out.finish()?;
        }
        Format::Csv => {
            let mut out = output::csv_writer();
            out.write_record(["version", "name", "state", "appliedAt"])
                .map_err(output::csv_error)?;
            for r in &rows {
                out.write_record([
                    r.version.to_string(),
                    r.name.clone(),
                    r.state.as_str().to_string(),
                    r.applied_at.clone().unwrap_or_default(),
                ])
                .map_err(output::csv_error)?;
            }
            out.flush()
                .map_err(|e| output::csv_error(csv::Error::from(e)))?;
        }
    }
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
