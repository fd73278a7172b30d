//! Making a cluster: a generated password, `initdb` into `data.new`, the
//! database [`DATABASE`] created in single-user mode, then the rename to
//! `data`. Only complete clusters are ever called `data`.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::cluster::{self, START_CONF};
use super::owner::{self, OsUser};
use super::process::{Programs, run};
use super::{DATABASE, Layout, SUPERUSER};
use crate::error::{Error, LocalError, Result};

/// Make the cluster: a password, `initdb` into `data.new`, the database
/// [`DATABASE`] (single-user mode), then rename to `data`. Called with the
/// folder's lock held; leftovers of a crashed attempt are removed first.
pub fn init(layout: &Layout, programs: &Programs<'_>) -> Result<()> {
    let user = programs.user;
    let new = layout.data_new();
    if new.exists() {
        std::fs::remove_dir_all(&new).map_err(|e| {
            Error::io(
                format!("cannot remove an unfinished cluster in {}", new.display()),
                e,
            )
        })?;
    }
    write_password(layout, user)?;
    let mut initdb = programs.command("initdb", layout);
    initdb
        .arg("-D")
        .arg(&new)
        .args(["-U", SUPERUSER, "-E", "UTF8"])
        .arg(format!("--locale={}", locale()))
        .args(["--auth-local=trust", "--auth-host=scram-sha-256"])
        // The password goes in a file, never on a command line.
        .arg(format!("--pwfile={}", layout.password_file().display()));
    run(&mut initdb, None, "initdb")?;

    let mut conf = OpenOptions::new()
        .append(true)
        .open(new.join("postgresql.conf"))
        .map_err(|e| Error::io("cannot open the new cluster's postgresql.conf", e))?;
    writeln!(
        conf,
        "\n# blogctl: where to listen, rewritten at every start\ninclude = '{START_CONF}'"
    )
    .map_err(|e| Error::io("cannot write the new cluster's postgresql.conf", e))?;
    cluster::write_start_conf(&new, &super::Endpoint::socket_only(layout), user)?;

    // Single-user mode reads statements from standard input: the database
    // exists before the server ever listens.
    let mut single = programs.command("postgres", layout);
    single
        .arg("--single")
        .arg("-D")
        .arg(&new)
        .args(["-c", "exit_on_error=true", "postgres"]);
    run(
        &mut single,
        Some(format!("CREATE DATABASE {DATABASE}\n")),
        "creating the database",
    )?;

    std::fs::rename(&new, layout.data())
        .map_err(|e| Error::io("cannot move the new cluster into place", e))?;
    // Make the rename durable (initdb and the shutdown checkpoint synced
    // the files themselves).
    if let Ok(dir) = std::fs::File::open(&layout.dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// A random password (160 bits, hex: nothing to quote anywhere), in a
/// 0600 file only the server's user and the caller read.
fn write_password(layout: &Layout, user: Option<&OsUser>) -> Result<()> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| LocalError::NoRandomness(e.to_string()))?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let path = layout.password_file();
    let tmp = layout.dir.join("password.new");
    let _ = std::fs::remove_file(&tmp);
    let mut file = OpenOptions::new()
        .create_new(true)
        .write(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| Error::io(format!("cannot write {}", tmp.display()), e))?;
    file.write_all(format!("{hex}\n").as_bytes())
        .and_then(|_| file.sync_all())
        .map_err(|e| Error::io(format!("cannot write {}", tmp.display()), e))?;
    if let Some(user) = user {
        owner::give(&tmp, user)?;
    }
    std::fs::rename(&tmp, &path)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
}

/// `C.UTF-8` where the C library has it (UTF-8 character classes for
/// ILIKE and upper/lower, byte order for sorting), else `C`.
fn locale() -> &'static str {
    if Path::new("/usr/lib/locale/C.utf8").exists() || Path::new("/usr/lib/locale/C.UTF-8").exists()
    {
        "C.UTF-8"
    } else {
        "C"
    }
}
