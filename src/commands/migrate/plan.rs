//! Planning a `blogctl migrate` run before anything is written: both
//! histories read and brought in step on paper (adoption, backfill, a
//! newer blog API's migrations), the refusals (unreadable, changed or
//! unknown history rows, migrations out of order), and the admin that
//! V4/V5 need.

use refinery::Migration;
use tokio_postgres::Client;

use super::AdminSource;
use crate::admin::{self, AdminSpec, Known};
use crate::db::migrate::{self as dbm, ADMIN_VERSION, ARTICLES_VERSION, AUTHOR_VERSION, Applied};
use crate::error::{Error, MigrateError, Result};
use crate::model::State;
use crate::password_hash::Scheme;

/// What a run would do, worked out before anything is written.
pub struct Plan {
    /// Rows to adopt and backfill, and the newer blog API's migrations.
    pub sync: dbm::Sync,
    /// The latest applied version (counting adopted ones), if any.
    pub current: Option<i32>,
    pub pending: Vec<Migration>,
    /// The admin to make sure of in V4/V5's transactions, when one is
    /// needed or given, with what is known of it so far.
    pub admin: Option<(AdminSpec, Known)>,
}

/// Read both histories, work out what to adopt and backfill, refuse what
/// must be refused, and check V5's admin. Writes nothing.
pub async fn plan(
    client: &Client,
    embedded: &[Migration],
    target: i32,
    admin: AdminSource<'_>,
    scheme: Scheme,
) -> Result<Plan> {
    let mut applied = dbm::read_history(client).await?.unwrap_or_default();
    refuse_unreadable(&applied)?;
    let sync = dbm::plan_sync(client, embedded, &applied).await?;
    applied.extend(sync.adopt.iter().cloned());
    applied.sort_by_key(|a| a.version);
    refuse_divergent(embedded, &applied)?;
    let current = applied.last().map(|a| a.version);
    let pending = pending(embedded, &applied, target)?;
    let admin = check_admin(client, &pending, admin, scheme).await?;
    Ok(Plan {
        sync,
        current,
        pending,
        admin,
    })
}

/// The migrations up to `target` that are not applied, in order; refused
/// when one of them comes before an applied one.
pub(super) fn pending(
    embedded: &[Migration],
    applied: &[Applied],
    target: i32,
) -> Result<Vec<Migration>> {
    let pending: Vec<Migration> = embedded
        .iter()
        .filter(|m| m.version() <= target && !applied.iter().any(|a| a.version == m.version()))
        .cloned()
        .collect();
    let current = applied.last().map(|a| a.version);
    if let (Some(first), Some(current)) = (pending.first(), current)
        && first.version() < current
    {
        return Err(MigrateError::OutOfOrder {
            version: first.version(),
            name: first.name().to_string(),
            current,
        }
        .into());
    }
    Ok(pending)
}

/// refinery's reader panics on a history row whose time is not RFC 3339
/// as the `time` crate reads it (a leap second where there can be none)
/// or whose checksum is not a number (a row written by hand): refuse such
/// a history before anything is written, naming each row and its fault.
pub(super) fn refuse_unreadable(applied: &[Applied]) -> Result<()> {
    let rows: Vec<String> = applied.iter().filter_map(dbm::unreadable).collect();
    if rows.is_empty() {
        return Ok(());
    }
    Err(MigrateError::UnreadableHistory { rows }.into())
}

/// Refuse a history with changed or unknown migrations, naming them.
pub(super) fn refuse_divergent(embedded: &[Migration], applied: &[Applied]) -> Result<()> {
    let rows = dbm::status_rows(embedded, applied, &[]);
    let list = |state: State| -> Vec<String> {
        rows.iter()
            .filter(|r| r.state == state)
            .map(|r| r.label())
            .collect()
    };
    let (missing, changed) = (list(State::Missing), list(State::Divergent));
    if missing.is_empty() && changed.is_empty() {
        return Ok(());
    }
    Err(MigrateError::Divergent { missing, changed }.into())
}

/// V5 gives every existing article the admin as author: with articles and
/// no usable admin, refuse before anything is written. Returns the admin to
/// ensure before V4/V5, if any, and what is known of it. The admin's
/// password is checked against a new password's rules only when V4/V5
/// would create the admin with it: when it exists, whatever ADMIN_PASSWORD
/// holds is left unused.
pub async fn check_admin(
    client: &Client,
    pending: &[Migration],
    admin: AdminSource<'_>,
    scheme: Scheme,
) -> Result<Option<(AdminSpec, Known)>> {
    let admin_pending = pending.iter().any(|m| m.version() == ADMIN_VERSION);
    let author_pending = pending.iter().any(|m| m.version() == AUTHOR_VERSION);
    // With V1 pending, V1 makes the articles table, empty: no query.
    let articles_table = !pending.iter().any(|m| m.version() == ARTICLES_VERSION);
    let needs_admin = author_pending && articles_table && dbm::has_articles(client).await?;
    if !admin_pending && !needs_admin {
        return Ok(None);
    }
    let env = match admin {
        AdminSource::Given(spec, known) => return Ok(Some((spec.clone(), known.clone()))),
        AdminSource::Env(env) => env,
    };
    let Some(email) = &env.email else {
        if needs_admin {
            return Err(MigrateError::NoAdminForArticles.into());
        }
        return Ok(None);
    };
    let spec = AdminSpec::new(email, env.name.as_deref(), env.password.clone(), scheme)?;
    // A password that would do needs no look-up now (V4/V5's own finds
    // the admin, or creates it with it); without one, or with one that
    // would not do, the admin must be there already.
    if spec.password.is_some() && spec.new_password().is_ok() {
        return Ok(Some((spec, Known::Unknown)));
    }
    let known = admin::look_up(client, email).await?;
    if known == Known::Missing {
        if spec.password.is_none() {
            return Err(Error::AdminMissingForMigration {
                email: email.clone(),
                for_articles: needs_admin,
            });
        }
        spec.new_password()?;
    }
    Ok(Some((spec, known)))
}
