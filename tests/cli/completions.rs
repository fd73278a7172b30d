//! The committed completion scripts must match what the binary generates.
//! Regenerate them with `BLOGCTL_UPDATE_COMPLETIONS=1 cargo test completions`.

use std::path::Path;

use crate::util::Blogctl;

const SCRIPTS: &[(&str, &str)] = &[
    ("bash", "blogctl.bash"),
    ("zsh", "_blogctl"),
    ("fish", "blogctl.fish"),
    ("powershell", "_blogctl.ps1"),
    ("elvish", "blogctl.elv"),
];

#[test]
fn committed_completions_match_the_binary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("BLOGCTL_UPDATE_COMPLETIONS").is_some();
    for (shell, file) in SCRIPTS {
        let generated = Blogctl::new()
            .args(["completions", shell])
            .run()
            .success()
            .stdout;
        assert!(generated.len() > 100, "{shell} script is empty");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is out of date with the binary: run BLOGCTL_UPDATE_COMPLETIONS=1 cargo test completions"
        );
    }
}
