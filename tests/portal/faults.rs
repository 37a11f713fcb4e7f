//! Faults the portal must survive: a write that fails half-way, and what the resident sees meanwhile.

use std::time::{Duration, Instant};

use axum::http::StatusCode;
use loket::db::Backend;

use crate::support::{Options, TestApp};

/// Makes every write to `table` fail inside its transaction, the way a full disk or a lost connection does:
/// on SQLite the database itself ends the transaction (as it does on a full disk, `SQLITE_FULL`, after which
/// the driver's own rollback fails); on PostgreSQL the server closes the connection half-way.
async fn break_writes(app: &TestApp, table: &str) {
    let statements: Vec<String> = match app.state.db.backend {
        Backend::Sqlite => ["INSERT", "UPDATE"]
            .iter()
            .map(|event| {
                format!(
                    "CREATE TRIGGER storing_{event} BEFORE {event} ON {table} \
                     BEGIN SELECT RAISE(ROLLBACK, 'database or disk is full'); END"
                )
            })
            .collect(),
        Backend::Postgres => vec![
            "CREATE OR REPLACE FUNCTION storing() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$"
                .to_owned(),
            format!(
                "CREATE TRIGGER storing BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW \
                 EXECUTE FUNCTION storing()"
            ),
        ],
    };
    for sql in statements {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&app.state.db.pool)
            .await
            .unwrap();
    }
}

/// Room again: writes work as before.
async fn repair_writes(app: &TestApp, table: &str) {
    let statements = match app.state.db.backend {
        Backend::Sqlite => vec![
            "DROP TRIGGER storing_INSERT".to_owned(),
            "DROP TRIGGER storing_UPDATE".to_owned(),
        ],
        Backend::Postgres => vec![format!("DROP TRIGGER storing ON {table}")],
    };
    for sql in statements {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&app.state.db.pool)
            .await
            .unwrap();
    }
}

fn one_connection() -> Options {
    // With one connection, the write after a failure gets the very connection that failed, unless the pool
    // put it aside.
    Options {
        db_max_connections: Some(1),
        ..Options::default()
    }
}

#[tokio::test]
async fn a_write_that_fails_half_way_keeps_the_answer_and_the_next_write_works() {
    let mut app = TestApp::with(one_connection()).await;
    app.sign_in("jan@example.nl").await;
    let pad = app.new_melding().await;
    app.post(&format!("{pad}/stap/voor-wie"), &[("voor_wie", "zelf")])
        .await;
    app.post(
        &format!("{pad}/stap/spoed"),
        &[("spoed_gevaar", "nee"), ("spoed_zorg", "nee")],
    )
    .await;

    break_writes(&app, "meldingen").await;
    let typed = "Ik kan de trap niet meer op.\nDouchen lukt niet meer alleen.";
    let response = app
        .post(&format!("{pad}/stap/hulpvraag"), &[("hulpvraag", typed)])
        .await;
    assert!(response.status.is_server_error(), "{}", response.status);
    // The same step comes back, with what the resident typed and a plain message; not an error page.
    assert_eq!(
        response.text("textarea#hulpvraag"),
        typed.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    assert!(
        response.text("title").starts_with("Fout"),
        "{}",
        response.text("title")
    );
    let alert = response.text("[role=alert]");
    assert!(
        alert.contains("Wij konden niet bewaren wat u invulde"),
        "{alert}"
    );
    assert!(
        alert.contains("Uw antwoorden staan nog op deze pagina"),
        "{alert}"
    );

    // Room again. The next write succeeds without a restart.
    repair_writes(&app, "meldingen").await;
    let response = app
        .post(&format!("{pad}/stap/hulpvraag"), &[("hulpvraag", typed)])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let response = app.get(&format!("{pad}/stap/hulpvraag")).await;
    assert!(
        response
            .text("textarea#hulpvraag")
            .contains("Douchen lukt niet meer alleen.")
    );
    // And so do sign-ins and new drafts, which use other tables.
    let mut other = app.other_browser();
    other.sign_in("piet@example.nl").await;
    assert_eq!(
        other.post("/melding", &[]).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_form_that_could_not_be_saved_shows_what_was_typed() {
    let mut app = TestApp::with(one_connection()).await;
    let id = app.submitted_melding("jan@example.nl").await;
    break_writes(&app, "persoonlijke_plannen").await;
    // Any form of the portal that fails on the database: the error page repeats the text the resident
    // typed, so that they can copy it, and leaves out the choices that were not typed.
    let response = app
        .post(
            &format!("/melding/{id}/plan/schrijven"),
            &[
                ("doelen", "Zelf boodschappen doen.\nWeer naar de markt."),
                ("zelf", "Mijn dochter helpt op zaterdag."),
                ("ondersteuning", ""),
                ("actie", "opslaan"),
            ],
        )
        .await;
    assert!(response.status.is_server_error(), "{}", response.status);
    assert!(
        response.texts("h2").contains(&"Wat u invulde".to_owned()),
        "{}",
        response.body
    );
    assert_eq!(
        response.texts(".loket-invoer"),
        [
            "Zelf boodschappen doen. Weer naar de markt.",
            "Mijn dochter helpt op zaterdag."
        ]
    );

    repair_writes(&app, "persoonlijke_plannen").await;
    let response = app
        .post(
            &format!("/melding/{id}/plan/schrijven"),
            &[("doelen", "Zelf boodschappen doen."), ("actie", "opslaan")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
}

/// The portal on a real port, with its limits, until [`Running::stop`].
struct Running {
    addr: std::net::SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    server: tokio::task::JoinHandle<()>,
}

impl Running {
    async fn start(app: &TestApp, limits: loket::http::server::Limits) -> Running {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let router = loket::app(app.state.clone());
        let server = tokio::spawn(loket::http::server::serve(
            listener,
            router,
            limits,
            async {
                let _ = stopped.await;
            },
        ));
        Running { addr, stop, server }
    }

    /// Stops it as SIGTERM does; it must be done within a few seconds.
    async fn stop(self) {
        self.stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(5), self.server)
            .await
            .unwrap()
            .unwrap();
    }
}

/// A plain GET over a new connection; the status line of the answer.
async fn get_status_line(addr: std::net::SocketAddr, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: loket.test\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await
        .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    String::from_utf8_lossy(&answer)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn short_limits(max_connections: usize) -> loket::http::server::Limits {
    loket::http::server::Limits {
        header_read: Duration::from_secs(1),
        idle: Duration::from_secs(5),
        max_connections,
        shutdown_grace: Duration::from_secs(1),
    }
}

#[tokio::test]
async fn a_slow_client_is_cut_off_after_the_header_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::new().await;
    let running = Running::start(&app, short_limits(16)).await;
    let addr = running.addr;

    // A byte every 200 ms, never the end of the headers.
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: loket.test\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let cut = loop {
        if slow.write_all(b"X").await.is_err() {
            break started.elapsed();
        }
        let mut buf = [0u8; 256];
        if let Ok(Ok(0) | Err(_)) =
            tokio::time::timeout(Duration::from_millis(200), slow.read(&mut buf)).await
        {
            break started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the slow client was not cut off"
        );
    };
    assert!(cut >= Duration::from_millis(900), "{cut:?}");
    // Everyone else is served meanwhile.
    assert_eq!(get_status_line(addr, "/health").await, "HTTP/1.1 200 OK");

    running.stop().await;
}

#[tokio::test]
async fn at_the_connection_cap_new_clients_wait_until_a_connection_ends() {
    let app = TestApp::new().await;
    let running = Running::start(&app, short_limits(2)).await;
    let addr = running.addr;
    // Two connections that say nothing hold both places.
    let _a = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _b = tokio::net::TcpStream::connect(addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    // The third is not refused: it waits in the queue and is served once the header timeout ends the others.
    let started = Instant::now();
    assert_eq!(get_status_line(addr, "/health").await, "HTTP/1.1 200 OK");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(700), "{waited:?}");
    assert!(waited < Duration::from_secs(4), "{waited:?}");

    running.stop().await;
}

#[tokio::test]
async fn a_full_disk_is_a_503_that_keeps_the_text_and_passes_without_a_restart() {
    let mut app = TestApp::with(one_connection()).await;
    if app.state.db.backend != Backend::Sqlite {
        return;
    }
    let id = app.submitted_melding("jan@example.nl").await;
    // The database may not grow: every write that needs a new page fails with SQLITE_FULL, as on a full disk.
    let pool = app.state.db.pool.clone();
    let set_limit = |limit: Option<i64>| {
        let pool = pool.clone();
        async move {
            let mut conn = pool.acquire().await.unwrap();
            if limit.is_none() {
                // No free pages left inside the file either (the migrations drop tables).
                sqlx::query("VACUUM").execute(&mut *conn).await.unwrap();
            }
            let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            let sql = format!("PRAGMA max_page_count = {}", limit.unwrap_or(pages));
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *conn)
                .await
                .unwrap();
        }
    };
    set_limit(None).await;
    let doelen = "Zelf boodschappen doen. ".repeat(80);
    let plan = [
        ("doelen", doelen.as_str()),
        ("zelf", doelen.as_str()),
        ("ondersteuning", doelen.as_str()),
        ("actie", "opslaan"),
    ];
    let response = app
        .post(&format!("/melding/{id}/plan/schrijven"), &plan)
        .await;
    assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.text("h1"), "Er ging iets mis bij ons");
    assert_eq!(response.texts(".loket-invoer").len(), 3);

    // Room again.
    set_limit(Some(1_073_741_823)).await;
    let response = app
        .post(&format!("/melding/{id}/plan/schrijven"), &plan)
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
}

#[tokio::test]
async fn a_slow_reader_gets_all_of_a_long_download() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("jan@example.nl").await;
    let mut content = b"%PDF-1.7\n".to_vec();
    content.resize(9 * 1024 * 1024, b'1');
    let (ct, body) = crate::support::multipart(&[], Some(("plan.pdf", &content)));
    let done = app
        .post_bytes(&format!("/melding/{id}/plan/uploaden"), &ct, body)
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let cookie = app
        .cookie_jar()
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");

    // Nothing may stand still for a second; the download takes longer than that, but it keeps moving.
    let limits = loket::http::server::Limits {
        idle: Duration::from_secs(1),
        header_read: Duration::from_secs(10),
        ..short_limits(16)
    };
    let running = Running::start(&app, limits).await;
    let addr = running.addr;
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(16 * 1024).unwrap();
    let mut stream = socket.connect(addr).await.unwrap();
    stream
        .write_all(
            format!(
                "GET /melding/{id}/plan/bestand HTTP/1.1\r\nHost: loket.test\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = stream.read(&mut buf).await.unwrap();
        if n == 0 {
            break;
        }
        received.extend_from_slice(&buf[..n]);
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        started.elapsed() > Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let head_end = received.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    assert!(received[..head_end].starts_with(b"HTTP/1.1 200"));
    assert!(
        received[head_end..] == content[..],
        "the download was cut off: {} of {} bytes after {:?}; {}",
        received.len() - head_end,
        content.len(),
        started.elapsed(),
        String::from_utf8_lossy(&received[..head_end])
    );

    running.stop().await;
}
