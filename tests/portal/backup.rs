//! Backups that can be restored: `loket backup` copies the SQLite database while the portal runs, and on
//! PostgreSQL `pg_dump` and `pg_restore` do; a portal started on the copy shows the resident's melding.

use std::process::Command;

use axum::http::StatusCode;

use crate::support::{Options, TestApp};

const HULPVRAAG: &str = "Ik kan de trap niet meer op.";

fn loket(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("LOKET_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn database_url(app: &TestApp) -> String {
    app.state.config.database_url.clone()
}

fn on_postgres() -> bool {
    std::env::var("LOKET_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres"))
}

/// What the resident reads of their melding: its reference on the dossier, and what they asked for on the
/// receipt.
async fn melding_as_read(app: &mut TestApp, id: &str) -> (String, String) {
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert_eq!(dossier.status, StatusCode::OK, "{}", dossier.body);
    let nummer = dossier
        .texts("main p")
        .into_iter()
        .find(|p| p.contains("M-2026-"))
        .expect("the melding's reference");
    let bewijs = app.get(&format!("/melding/{id}/ontvangstbewijs")).await;
    assert_eq!(bewijs.status, StatusCode::OK, "{}", bewijs.body);
    assert!(bewijs.body.contains(HULPVRAAG), "{}", bewijs.body);
    (nummer, bewijs.text("main"))
}

/// A portal on the copy, with the resident's session cookie from the original (sessions live in the
/// database, so they are in the copy too), shows the melding as the original did; the resident can also sign
/// in anew.
async fn shows_the_melding(copy_url: String, original: &mut TestApp, id: &str) {
    let expected = melding_as_read(original, id).await;
    let mut restored = TestApp::with(Options {
        database_url: Some(copy_url),
        ..Options::default()
    })
    .await;
    restored.use_cookie_jar(original.cookie_jar());
    assert_eq!(melding_as_read(&mut restored, id).await, expected);
    restored.clear_cookies();
    restored.sign_in("bewoner@example.nl").await;
    assert_eq!(melding_as_read(&mut restored, id).await, expected);
}

#[tokio::test]
async fn a_backup_taken_while_the_portal_runs_opens_with_the_residents_melding() {
    if on_postgres() {
        return; // PostgreSQL: see the pg_dump test below.
    }
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("loket-backup.db");
    let copy_arg = copy.display().to_string();

    // The portal keeps its pool open (and the resident keeps working) while the copy is made.
    let out = loket(&database_url(&app), &["backup", &copy_arg]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    let size = std::fs::metadata(&copy).unwrap().len();
    assert!(
        said.contains(&copy_arg) && said.contains(&format!("{size} bytes")) && said.contains(" s"),
        "{said}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the copy is for its owner only: {mode:o}");
    }
    // A later change is not in the copy.
    let later = app.new_melding().await;

    // Never over an existing file: the copy stays as it was.
    let before = std::fs::read(&copy).unwrap();
    let again = loket(&database_url(&app), &["backup", &copy_arg]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("exists already"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(std::fs::read(&copy).unwrap(), before);

    // A database that does not exist is not made by the backup.
    let missing = dir.path().join("nergens.db");
    let out = loket(
        &format!("sqlite://{}?mode=rwc", missing.display()),
        &["backup", &dir.path().join("x.db").display().to_string()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!missing.exists() && !dir.path().join("x.db").exists());

    let copy_url = format!("sqlite://{}?mode=rwc", copy.display());
    shows_the_melding(copy_url, &mut app, &id).await;
    let restored_later =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM meldingen WHERE id = $1")
            .bind(later.trim_start_matches("/melding/"))
            .fetch_one(
                &sqlx::AnyPool::connect(&format!("sqlite://{}", copy.display()))
                    .await
                    .unwrap(),
            )
            .await
            .unwrap();
    assert_eq!(restored_later, 0);
}

#[test]
fn the_backup_command_points_to_pg_dump_on_postgresql() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("kopie.db");
    let out = loket(
        "postgres://loket@127.0.0.1:1/loket",
        &["backup", &target.display().to_string()],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("pg_dump -Fc") && said.contains("pg_restore"),
        "{said}"
    );
    assert!(!target.exists());
}

/// Runs a PostgreSQL client program; fails the test with what to install when it is missing.
fn pg(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!(
            "{program} could not be started ({e}): the PostgreSQL backup test needs {program} on PATH \
             (Debian: apt-get install postgresql-client)"
        )
    });
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn a_pg_dump_restored_into_a_new_database_opens_with_the_residents_melding() {
    if !on_postgres() {
        return; // Only when the suite runs on PostgreSQL.
    }
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    let url = database_url(&app);
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("loket.dump");
    let dump_arg = dump.display().to_string();
    pg("pg_dump", &["-Fc", "-f", &dump_arg, &url]);

    // A new, empty database, restored from the dump.
    let (base, _) = url.rsplit_once('/').unwrap();
    let name = format!("loket_restore_{}", loket::token::random_hex(6));
    let admin = sqlx::AnyPool::connect(&std::env::var("LOKET_TEST_DATABASE_URL").unwrap())
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let restored_url = format!("{base}/{name}");
    pg(
        "pg_restore",
        &[
            "--no-owner",
            "--exit-on-error",
            "-d",
            &restored_url,
            &dump_arg,
        ],
    );
    shows_the_melding(restored_url, &mut app, &id).await;
}
