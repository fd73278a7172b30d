//! Migrations: the embedded refinery migrations (migrations/) and the runner
//! around them.

use tokio_postgres::Client;

use crate::admin::{self, AdminSpec};
use crate::error::{Error, Result};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The migration that adds `articles.author_id` and needs the admin.
pub const AUTHOR_VERSION: i32 = 5;
/// The migration that creates the admin.
pub const ADMIN_VERSION: i32 = 4;

/// Apply every pending migration (basic runner: no lock, no checks yet).
pub async fn apply(client: &mut Client, admin: Option<&AdminSpec>) -> Result<Vec<(i32, String)>> {
    let runner = || {
        embedded::migrations::runner()
            .set_abort_divergent(true)
            .set_abort_missing(true)
    };
    let mut applied = Vec::new();
    let report = runner()
        .set_target(refinery::Target::Version(ADMIN_VERSION - 1))
        .run_async(client)
        .await
        .map_err(|e| Error::failed(format!("migration failed: {e}")))?;
    applied.extend(
        report
            .applied_migrations()
            .iter()
            .map(|m| (m.version(), m.name().to_string())),
    );
    if let Some(admin) = admin {
        let outcome = admin::ensure(&*client, admin, false).await?;
        client
            .query_typed(
                "SELECT set_config('blogctl.admin_id', $1, false)",
                &[(&outcome.id().to_string(), tokio_postgres::types::Type::TEXT)],
            )
            .await
            .map_err(|e| Error::db("cannot pass the admin to the migration", e))?;
    }
    let report = runner()
        .run_async(client)
        .await
        .map_err(|e| Error::failed(format!("migration failed: {e}")))?;
    applied.extend(
        report
            .applied_migrations()
            .iter()
            .map(|m| (m.version(), m.name().to_string())),
    );
    Ok(applied)
}
