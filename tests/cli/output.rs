//! Colour is decided once: `--color always|never|auto`, with `NO_COLOR`
//! and a terminal check for `auto`. Piped output is plain by default.

use crate::util::TestDb;
use crate::util::process::run_on_terminal;

const ESC: char = '\u{1b}';

#[test]
fn color_follows_the_flag_and_no_color() {
    let db = TestDb::migrated("color");
    let status = |args: &[&str], no_color: bool| {
        let mut run = db.blogctl();
        run.args(["migrate", "status"]).args(args);
        if no_color {
            run.env("NO_COLOR", "1");
        }
        run.run().success().stdout
    };
    let always = status(&["--color", "always"], false);
    assert!(always.starts_with(&format!(" {ESC}[1mversion")), "{always}");
    assert!(
        always.contains(ESC) && always.contains("applied"),
        "{always}"
    );
    // --color always is an explicit request: it wins over NO_COLOR.
    assert!(status(&["--color", "always"], true).contains(ESC));
    // Piped: auto means plain; never is plain.
    for (args, no_color) in [
        (&[][..], false),
        (&["--color", "never"][..], false),
        (&[][..], true),
    ] {
        let out = status(args, no_color);
        assert!(!out.contains(ESC), "{args:?}: {out}");
        assert!(out.contains("| applied |"), "{out}");
    }
}

#[test]
fn an_empty_no_color_does_not_turn_colour_off() {
    // no-color.org: only a NO_COLOR that is set and not empty counts.
    let db = TestDb::migrated("color_empty_no_color");
    for (no_color, coloured) in [("", true), ("1", false)] {
        let mut run = db.blogctl();
        run.args(["migrate", "status"]).env("NO_COLOR", no_color);
        let (code, screen) = run_on_terminal(&run, "");
        assert_eq!(code, 0, "{screen}");
        assert_eq!(
            screen.contains(&format!("{ESC}[1m")),
            coloured,
            "NO_COLOR={no_color:?}: {screen:?}"
        );
    }
}
