//! The terminal records are printed on: its size, and the pager for
//! output longer than it.

use super::process_var;

/// The terminal's width and height, `COLUMNS` and `LINES` winning so that a
/// user (or a test) can force them. A pseudo-terminal without a window
/// size reports 0: unknown.
pub fn size() -> (Option<u16>, Option<u16>) {
    let size = terminal_size::terminal_size_of(std::io::stdout());
    let from_env = |name: &str| process_var(name).and_then(|v| v.parse().ok());
    let cols = from_env("COLUMNS").or(size.map(|(w, _)| w.0));
    let rows = from_env("LINES").or(size.map(|(_, h)| h.0));
    (cols.filter(|c| *c > 0), rows.filter(|r| *r > 0))
}

/// The pager for long output on a terminal: `BLOGCTL_PAGER`, else `PAGER`,
/// else `less -FRX`; set but empty (or `cat`) means none, as with git.
/// From the process environment only: a .env file never picks a program.
pub fn pager_command() -> Option<String> {
    let command = std::env::var("BLOGCTL_PAGER")
        .or_else(|_| std::env::var("PAGER"))
        .unwrap_or_else(|_| "less -FRX".to_string());
    let command = command.trim();
    (!command.is_empty() && command != "cat").then(|| command.to_string())
}

/// What the pager is given where the user set nothing, as git gives it:
/// `LESS=FRX` (quit when the text fits, pass colours, leave the screen as
/// it is) and `LV=-c` (lv passes colours).
pub fn pager_env() -> Vec<(&'static str, &'static str)> {
    [("LESS", "FRX"), ("LV", "-c")]
        .into_iter()
        .filter(|(name, _)| std::env::var_os(name).is_none())
        .collect()
}
