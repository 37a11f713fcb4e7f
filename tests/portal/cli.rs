//! The command line behaves like one: help exits 0, a mistake prints the error and usage and exits 2, and
//! nothing starts a server by accident.

use std::process::Command;

fn loket(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(args)
        // A database and mail folder that the commands below never get to use.
        .env("DATABASE_URL", "sqlite::memory:")
        .env(
            "LOKET_MAIL_DIR",
            std::env::temp_dir().join("loket-cli-test"),
        )
        .output()
        .expect("the binary runs")
}

#[test]
fn help_prints_usage_and_exits_0() {
    for args in [
        &["--help"][..],
        &["help"],
        &["serve", "--help"],
        &["medewerker", "toevoegen", "--help"],
        &["clientondersteuner", "toevoegen", "--help"],
    ] {
        let out = loket(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage: loket"), "{args:?}: {text}");
    }
    let staff =
        String::from_utf8_lossy(&loket(&["medewerker", "toevoegen", "--help"]).stdout).into_owned();
    assert!(
        staff.contains("--beheerder") && staff.contains("--naam <NAAM>"),
        "{staff}"
    );
}

#[test]
fn a_mistake_prints_the_error_and_usage_and_exits_2() {
    for (args, says) in [
        (&["onzin"][..], "unrecognized subcommand 'onzin'"),
        (&["--poort", "80"], "unexpected argument '--poort'"),
        (&["medewerker", "toevoegen", "a@b.nl"], "--naam <NAAM>"),
        (
            &["clientondersteuner", "toevoegen", "a@b.nl", "--naam", "A"],
            "--organisatie <ORGANISATIE>",
        ),
    ] {
        let out = loket(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(
            text.contains(says) && text.contains("Usage:"),
            "{args:?}: {text}"
        );
    }
    // A value that is not one: the error names it.
    let out = loket(&[
        "medewerker",
        "toevoegen",
        "a@b.nl",
        "--naam",
        "A",
        "--taal",
        "de",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("\"de\" is not a language of the portal")
    );
}
