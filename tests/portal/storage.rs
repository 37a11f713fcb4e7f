//! Storage: the same migrations on both backends, and SQLite set up for durability.

use loket::db::{Backend, MIGRATIONS_POSTGRES, MIGRATIONS_SQLITE};

use crate::support::TestApp;

#[test]
fn both_backends_have_the_same_migration_versions() {
    let sqlite = MIGRATIONS_SQLITE.versions();
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, MIGRATIONS_POSTGRES.versions());
}

#[tokio::test]
async fn a_fresh_database_is_migrated_to_the_latest_version() {
    let app = TestApp::new().await;
    let expected = match app.state.db.backend {
        Backend::Sqlite => MIGRATIONS_SQLITE.versions(),
        Backend::Postgres => MIGRATIONS_POSTGRES.versions(),
    };
    assert_eq!(app.state.db.applied_versions().await.unwrap(), expected);
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_foreign_keys() {
    let app = TestApp::new().await;
    if app.state.db.backend != Backend::Sqlite {
        return;
    }
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!((mode.as_str(), fk), ("wal", 1));
    // Foreign keys are enforced: a session for nobody is refused.
    let orphan = sqlx::query("INSERT INTO sessions (token_hash, persoon_id, created_at, expires_at) VALUES ('x', 'nobody', '', '')")
        .execute(&mut *conn)
        .await;
    assert!(orphan.is_err());
}

#[tokio::test]
async fn a_stored_moment_that_does_not_read_back_is_an_error_not_1970() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("jan@example.nl").await;
    assert_eq!(
        app.get(&format!("/melding/{id}")).await.status,
        axum::http::StatusCode::OK
    );
    // A damaged value: the portal says something went wrong rather than showing the Unix epoch.
    sqlx::query("UPDATE meldingen SET aangemaakt_op = 'gisteren' WHERE id = $1")
        .bind(&id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let page = app.get(&format!("/melding/{id}")).await;
    assert_eq!(page.status, axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    // (The page holds random ids, which may contain the digits 1970: the epoch shows as a date.)
    for epoch in ["januari 1970", "01-01-1970", "1970-01-01"] {
        assert!(!page.body.contains(epoch), "{epoch}");
    }
}

/// A read transaction sees one state of the database from its first read to its end, on both databases, while
/// another connection writes: Mijn gegevens' counts and rows, and the parts of the download, agree.
#[tokio::test]
async fn a_read_transaction_sees_one_state_while_another_connection_writes() {
    let app = TestApp::new().await;
    let tel = "SELECT COUNT(*) FROM personen";
    let mut lees = app.state.db.begin_read().await.unwrap();
    let voor: i64 = sqlx::query_scalar(tel).fetch_one(&mut *lees).await.unwrap();
    sqlx::query(
        "INSERT INTO personen (id, email, taal, rol, aangemaakt_op) \
         VALUES ('tussendoor', 'tussendoor@example.nl', 'nl', 'inwoner', $1)",
    )
    .bind(loket::db::ts(app.clock.now()))
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let tijdens: i64 = sqlx::query_scalar(tel).fetch_one(&mut *lees).await.unwrap();
    assert_eq!(tijdens, voor, "the same state until its end");
    lees.commit().await.unwrap();
    let na: i64 = sqlx::query_scalar(tel)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(na, voor + 1);
}

/// PostgreSQL ends the portal's resting connections (a restart, a fail-over, a firewall that forgets them): the
/// next pages get new ones instead of an error, because a connection that rested is tested before it is used.
#[tokio::test]
async fn a_connection_the_database_ended_while_it_rested_is_replaced_before_a_page_uses_it() {
    let mut app = TestApp::new().await;
    if app.state.db.backend != Backend::Postgres {
        return;
    }
    app.sign_in("jan@example.nl").await;
    // Every connection of the pool busy at once, so that all of them rest afterwards.
    let mut bezet = Vec::new();
    for _ in 0..app.state.db.pool.options().get_max_connections() {
        bezet.push(app.state.db.pool.acquire().await.unwrap());
    }
    drop(bezet);
    let beheer_url = app.state.config.database_url.clone();
    let mut beheer = <sqlx::AnyConnection as sqlx::Connection>::connect(&beheer_url)
        .await
        .unwrap();
    let beeindigd: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .fetch_all(&mut beheer)
    .await
    .unwrap();
    assert!(beeindigd.len() >= 2, "{beeindigd:?}");
    tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
    for _ in 0..beeindigd.len() + 1 {
        let page = app.get("/mijn-loket").await;
        assert_eq!(page.status, axum::http::StatusCode::OK, "{}", page.body);
    }
}
