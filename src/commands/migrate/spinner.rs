//! A spinner on stderr for a long migration, and how durations read.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::Context;

/// "12 ms" or "3.4 s".
pub fn human(elapsed: Duration) -> String {
    if elapsed < Duration::from_secs(1) {
        format!("{} ms", elapsed.as_millis())
    } else {
        format!("{:.1} s", elapsed.as_secs_f64())
    }
}

/// A spinner on stderr for a migration that takes a while, shown only on a
/// terminal (never in CI logs) and not with -q. Dropping it clears the line.
pub struct Spinner {
    task: Option<tokio::task::JoinHandle<()>>,
    shown: Arc<AtomicBool>,
}

impl Spinner {
    pub fn start(ctx: &Context, label: String) -> Spinner {
        let shown = Arc::new(AtomicBool::new(false));
        let settings = &ctx.settings.output;
        if !settings.stderr_is_terminal || settings.quiet {
            return Spinner { task: None, shown };
        }
        let flag = shown.clone();
        let task = tokio::spawn(async move {
            const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
            let started = Instant::now();
            tokio::time::sleep(Duration::from_millis(500)).await;
            for frame in FRAMES.iter().cycle() {
                flag.store(true, Ordering::Relaxed);
                eprint!("\r{frame} {label} ({})", human(started.elapsed()));
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
        Spinner {
            task: Some(task),
            shown,
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
        if self.shown.load(Ordering::Relaxed) {
            eprint!("\r\x1b[2K");
        }
    }
}
