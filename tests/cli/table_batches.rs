//! `--all` as a table prints in batches of 1,000 rows, each laid out on
//! its own as psql does with FETCH_COUNT (a header again when the widths
//! change), so memory stays flat however many rows there are.

use std::io::Read;
use std::process::Stdio;

use crate::util::TestDb;

/// A migrated database with one author and `n` articles titled `a1`, `a2`, ...
fn articles(tag: &str, n: i32) -> TestDb {
    let db = TestDb::migrated(tag);
    db.client()
        .batch_execute(&format!(
            "INSERT INTO users (email, name, password) VALUES ('w@example.com', 'W', 'x');
             INSERT INTO articles (title, article_content, author_id)
             SELECT 'a' || n, 'x', 1 FROM generate_series(1, {n}) n;"
        ))
        .unwrap();
    db
}

#[test]
fn all_as_a_table_prints_batches_each_laid_out_on_its_own() {
    let db = articles("batches_layout", 2500);
    let long = "x".repeat(60);
    db.client()
        .execute("UPDATE articles SET title = $1 WHERE id = 1500", &[&long])
        .unwrap();
    let out = db
        .blogctl()
        .args(["articles", "list", "--all"])
        .run()
        .success();
    let lines: Vec<&str> = out.stdout.lines().collect();
    let ids: Vec<u32> = lines
        .iter()
        .filter_map(|l| l.split('|').next()?.trim().parse().ok())
        .collect();
    assert_eq!(ids, (1..=2500).collect::<Vec<_>>());
    // Rows 1001-2000 hold the long title: their batch is wider, and each
    // change of widths starts with a header.
    let headers: Vec<usize> = (lines.iter().enumerate())
        .filter(|(_, l)| l.starts_with("   id | title"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(headers.len(), 3, "{headers:?}");
    assert!(lines[headers[1] + 2].starts_with(" 1001 | a1001 "));
    assert!(lines[headers[2] + 2].starts_with(" 2001 | a2001 "));
    let width = |id: &str| {
        let line = lines.iter().find(|l| l.starts_with(id)).unwrap();
        line.find("| W").unwrap()
    };
    assert_eq!(width("    1 |"), width(" 2001 |"));
    assert!(width(" 1001 |") > width("    1 |") + 50);
}

/// The peak resident memory of process `pid` so far (VmHWM, KiB): its own
/// address space since exec. (wait4's ru_maxrss would not do: the kernel
/// counts in it the memory of the test process the child was spawned from.)
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_table_of_200000_rows_stays_under_20_mb() {
    let db = articles("batches_memory", 200_000);
    let mut running = db.blogctl().args(["articles", "list", "--all"]).spawn(
        Stdio::null(),
        Stdio::piped(),
        Stdio::piped(),
    );
    let pid = running.id();
    let (mut lines, mut peak) = (0, 0);
    let mut buf = vec![0; 1 << 16];
    let mut stdout = running.stdout();
    loop {
        // Sampled as the rows stream: the last samples see the whole run
        // but for its last batch.
        peak = peak.max(peak_kib(pid).unwrap_or(0));
        let n = stdout.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count();
    }
    drop(stdout);
    assert_eq!(running.wait_with_output().code, 0);
    // The rows and a header (and rule) for each change of widths.
    assert!(lines >= 200_002, "{lines} lines");
    eprintln!("articles list --all, 200,000 rows as a table: peak RSS {peak} KiB");
    assert!(peak > 0, "no sample of /proc/{pid}/status");
    assert!(peak < 20 * 1024, "peak RSS {peak} KiB");
}
