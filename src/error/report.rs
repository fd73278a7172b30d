//! Printing the one error of a run, and telling a closed stdout from a
//! failure.

use std::io::Write;

use super::Error;

/// True when the error comes from writing to a closed pipe (`| head`):
/// that is success, not a failure.
pub fn is_broken_pipe(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return true;
        }
        if let Some(json) = e.downcast_ref::<serde_json::Error>()
            && json.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe)
        {
            return true;
        }
        current = e.source();
    }
    false
}

/// `message: cause: cause`, leaving out a cause whose text is already there
/// (TLS libraries repeat themselves down the chain).
pub(super) fn with_causes(
    message: &str,
    mut source: Option<&(dyn std::error::Error + 'static)>,
) -> String {
    let mut line = message.to_string();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !text.is_empty() && !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        source = cause.source();
    }
    line
}

/// `<message>: <cause>: <cause>`, as [`report`] prints it. The message may
/// quote the database (a name in a history table, the server's detail, a
/// row): no password hash, escaped, its own line breaks kept.
pub fn line(error: &Error) -> String {
    let line = with_causes(&error.to_string(), std::error::Error::source(error));
    let line = super::redact::hashes(&line);
    crate::escape::lines(&line).into_owned()
}

/// Print `blogctl: error: <message>: <cause>: <cause>` to stderr; a
/// declined confirmation as the plain outcome it is (`nothing was deleted`).
pub fn report(error: &Error) {
    let line = line(error);
    let prefix = match error {
        Error::NotConfirmed => "",
        _ => "blogctl: error: ",
    };
    let _ = writeln!(std::io::stderr().lock(), "{prefix}{line}");
}
