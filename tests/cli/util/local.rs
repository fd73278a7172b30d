//! A folder for one test's `blogctl local` cluster (BLOGCTL_LOCAL_DIR),
//! whose server is stopped and folder deleted when the test ends, passed or
//! failed (Drop), or when the test process ends however it does (the
//! cluster module's atexit hook and watchdog).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::Blogctl;
use super::cluster;

/// One test's local cluster folder. The path is short on purpose: the
/// socket's path must fit in 107 bytes (`/tmp/bl-XXXXXX/l/socket/.s.PGSQL.N`).
pub struct LocalDir {
    /// The temporary folder holding it (deleted at the end).
    pub root: PathBuf,
    /// BLOGCTL_LOCAL_DIR.
    pub dir: PathBuf,
}

impl LocalDir {
    /// A new folder (not yet created: blogctl creates it). When the tests
    /// run as root, the temporary folder belongs to `postgres`, the user
    /// blogctl runs the server as, which must be able to reach it.
    pub fn new() -> LocalDir {
        let root = tempfile::Builder::new()
            .prefix("bl-")
            .tempdir_in("/tmp")
            .unwrap()
            .keep();
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o755)).unwrap();
        cluster::give_to_server_user(&root);
        let dir = root.join("l");
        cluster::guard(&dir.join("data"), &root);
        LocalDir { root, dir }
    }

    /// A blogctl run with BLOGCTL_LOCAL_DIR set to this folder.
    pub fn blogctl(&self) -> Blogctl {
        let mut run = Blogctl::new();
        run.env("BLOGCTL_LOCAL_DIR", &self.dir);
        run
    }

    pub fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    /// `local status --format json`, parsed.
    pub fn status(&self) -> serde_json::Value {
        let out = self
            .blogctl()
            .args(["local", "status", "--format", "json"])
            .run()
            .success();
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
    }

    /// The postmaster's pid, while the server runs.
    pub fn pid(&self) -> Option<i32> {
        std::fs::read_to_string(self.data().join("postmaster.pid"))
            .ok()?
            .lines()
            .next()?
            .trim()
            .parse()
            .ok()
    }

    /// The generated password.
    pub fn password(&self) -> String {
        std::fs::read_to_string(self.dir.join("password"))
            .unwrap()
            .trim()
            .to_string()
    }

    /// Mode bits of a path under the folder.
    pub fn mode(&self, name: &str) -> u32 {
        std::fs::metadata(self.dir.join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    }

    pub fn exists(&self, name: &str) -> bool {
        Path::new(&self.dir.join(name)).exists()
    }
}

impl Drop for LocalDir {
    fn drop(&mut self) {
        let data = self.data();
        cluster::stop_data_dir(&data);
        cluster::unguard(&data);
        let _ = std::fs::remove_dir_all(&self.root);
    }
}
