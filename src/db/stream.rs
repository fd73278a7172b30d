//! What the list queries share: streaming rows one at a time into a
//! callback (so a million rows never sit in memory together, and a stream
//! cut short says how far it got).

use std::pin::pin;

use futures_util::TryStreamExt;
use tokio_postgres::{GenericClient, Row};

use super::sql::Params;
use super::{compat, failed};
use crate::error::{Error, PgError, Result};

/// Run `sql` and hand each row to `each` as it arrives; returns how many
/// rows there were. `context` says what blogctl was doing, for errors.
pub async fn rows(
    client: &impl GenericClient,
    sql: &str,
    params: Params<'_>,
    context: &str,
    mut each: impl FnMut(&Row) -> Result<()>,
) -> Result<u64> {
    let stream = match client.query_typed_raw(sql, params).await {
        Ok(stream) => stream,
        Err(e) => return Err(compat::query_error(client, context, e, |_| None).await),
    };
    let mut stream = pin!(stream);
    let mut count = 0;
    loop {
        let row = match stream.try_next().await {
            Ok(Some(row)) => row,
            Ok(None) => return Ok(count),
            // Cut short after `count` rows: say so (the caller knows where
            // the rows went), and whether the connection is gone.
            Err(e) if count > 0 || super::connect::is_connection_lost(&e) => {
                return Err(Error::OutputCut {
                    rows: count,
                    server: String::new(),
                    lost: super::connect::is_connection_lost(&e),
                    source: PgError(e),
                });
            }
            Err(e) => return Err(failed(context)(e)),
        };
        each(&row)?;
        count += 1;
    }
}
