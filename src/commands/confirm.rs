//! Asking before a deletion: on a terminal a question on stderr and a
//! `y`/`N` answer from stdin; without one, `--yes` or a usage error, so a
//! script never hangs on a question nobody sees.

use std::io::{BufRead, Read, Write};

use crate::error::{Error, Result};

/// Refuse (exit 2, before connecting) when a confirmation is needed and
/// there is no terminal to ask on. `what`: "the user 3", "article 4".
pub fn needs_terminal(
    yes: bool,
    stdin_is_terminal: bool,
    what: impl FnOnce() -> String,
) -> Result<()> {
    if !yes && !stdin_is_terminal {
        return Err(Error::NoConfirmation { what: what() });
    }
    Ok(())
}

/// Ask `question` (already escaped: it may quote database text) followed
/// by ` [y/N] `; true only for a yes.
pub fn ask(question: &str) -> Result<bool> {
    // One write: stderr is unbuffered, and `write!` wrote the question and
    // ` [y/N] ` apart, so a reader could see a question without its end
    // (the terminal tests once answered in between).
    let mut stderr = std::io::stderr().lock();
    stderr
        .write_all(format!("{question} [y/N] ").as_bytes())
        .and_then(|_| stderr.flush())
        .map_err(|e| Error::io("cannot write the question", e))?;
    // A terminal's line is bounded by its line discipline; an answer is a
    // few bytes anyway.
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .take(256)
        .read_line(&mut answer)
        .map_err(|e| Error::io("cannot read the answer", e))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
}
