//! What the people who run the portal watch: `/metrics` in the Prometheus text format, with its token, and the
//! health checks while the database is being migrated (the listener answers before the portal is ready).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use time::macros::datetime;

use crate::support::{Options, TestApp, fresh_database_url};

/// One sample line: the metric's name, its labels and its value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// Parses the Prometheus text format strictly: every line is `# HELP name text`, `# TYPE name type`, or
/// `name{label="value",...} value`; every sample belongs to a family with HELP and TYPE given before it.
fn parse(text: &str) -> Vec<Sample> {
    let mut help = HashSet::new();
    let mut types: HashMap<String, String> = HashMap::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, text) = rest.split_once(' ').expect("HELP with a text");
            assert!(!text.trim().is_empty(), "{line}");
            help.insert(name.to_owned());
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect("TYPE with a type");
            assert!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}"
            );
            types.insert(name.to_owned(), kind.to_owned());
            continue;
        }
        assert!(!line.starts_with('#'), "unknown comment: {line}");
        if line.is_empty() {
            continue;
        }
        let (series, value) = line.rsplit_once(' ').expect("a value after the series");
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v.parse().unwrap_or_else(|_| panic!("not a number: {line}")),
        };
        let (name, labels) = match series.split_once('{') {
            None => (series.to_owned(), BTreeMap::new()),
            Some((name, rest)) => {
                let body = rest.strip_suffix('}').expect("labels end with }");
                let mut labels = BTreeMap::new();
                // Values here hold no quotes or commas of their own.
                for pair in body.split("\",").filter(|p| !p.is_empty()) {
                    let (k, v) = pair.split_once("=\"").expect("label=\"value\"");
                    assert!(
                        k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                        "{line}"
                    );
                    labels.insert(k.to_owned(), v.trim_end_matches('"').to_owned());
                }
                (name.to_owned(), labels)
            }
        };
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
            "{line}"
        );
        // A counter's samples end in _total like its family; a histogram's add _bucket, _sum and _count.
        let family = if types.contains_key(&name) {
            name.clone()
        } else {
            ["_bucket", "_sum", "_count"]
                .iter()
                .find_map(|s| name.strip_suffix(s).filter(|f| types.contains_key(*f)))
                .unwrap_or(&name)
                .to_owned()
        };
        assert!(
            types.contains_key(&family) && help.contains(&family),
            "no HELP or TYPE before {line}"
        );
        samples.push(Sample {
            name,
            labels,
            value,
        });
    }
    samples
}

/// The value of the sample with this name and these labels (among others), if there is one.
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
}

async fn scrape(app: &mut TestApp) -> (String, Vec<Sample>) {
    let response = app.get("/metrics").await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert!(
        response
            .header("content-type")
            .starts_with("text/plain; version=0.0.4"),
        "{}",
        response.header("content-type")
    );
    let samples = parse(&response.body);
    (response.body, samples)
}

fn requests(samples: &[Sample], route: &str, method: &str, status: &str) -> f64 {
    value(
        samples,
        "loket_http_requests_total",
        &[("route", route), ("method", method), ("status", status)],
    )
    .unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_count_requests_per_route_template_and_read_the_database() {
    let mut app = TestApp::new().await;
    let (_, before) = scrape(&mut app).await;
    assert_eq!(value(&before, "loket_database_up", &[]), Some(1.0));
    assert_eq!(
        value(&before, "loket_db_pool_max_connections", &[]),
        Some(4.0)
    );
    assert_eq!(value(&before, "loket_mail_outbox_waiting", &[]), Some(0.0));
    assert_eq!(value(&before, "loket_virus_scan_waiting", &[]), Some(0.0));
    assert_eq!(
        value(&before, "loket_retention_last_run_timestamp_seconds", &[]),
        Some(0.0)
    );
    assert_eq!(
        value(&before, "loket_retention_drafts_awaiting_deletion", &[]),
        Some(0.0)
    );

    // A sign-in mail waits in the outbox until the worker sends it.
    app.post("/inloggen", &[("email", "bewoner@example.nl")])
        .await;
    app.clock.advance(time::Duration::minutes(3));
    let (_, waiting) = scrape(&mut app).await;
    assert_eq!(value(&waiting, "loket_mail_outbox_waiting", &[]), Some(1.0));
    assert_eq!(
        value(&waiting, "loket_mail_outbox_oldest_waiting_seconds", &[]),
        Some(180.0)
    );
    assert_eq!(
        requests(&waiting, "/inloggen", "POST", "3xx"),
        1.0,
        "the sign-in post was counted"
    );

    let id = app.submitted_melding("bewoner@example.nl").await;
    let (_, before) = scrape(&mut app).await;
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert_eq!(dossier.status, StatusCode::OK);
    let (body, after) = scrape(&mut app).await;
    assert_eq!(
        requests(&after, "/melding/{id}", "GET", "2xx"),
        requests(&before, "/melding/{id}", "GET", "2xx") + 1.0
    );
    // The template, never the path: an id in a path says whose case it is.
    assert!(!body.contains(&id), "{body}");
    let count = value(
        &after,
        "loket_http_request_duration_seconds_count",
        &[("route", "/melding/{id}")],
    )
    .unwrap();
    let inf = value(
        &after,
        "loket_http_request_duration_seconds_bucket",
        &[("route", "/melding/{id}"), ("le", "+Inf")],
    )
    .unwrap();
    assert!(count >= 1.0 && count == inf, "{count} {inf}");
    // The scrape before this one was counted too.
    assert!(requests(&after, "/metrics", "GET", "2xx") >= 3.0);

    // A path that matches no route counts under one fixed label.
    let before_unmatched = requests(&after, "unmatched", "GET", "4xx");
    assert_eq!(
        app.get("/bestaat/niet/8f3a9c").await.status,
        StatusCode::NOT_FOUND
    );
    let (body, after) = scrape(&mut app).await;
    assert_eq!(
        requests(&after, "unmatched", "GET", "4xx"),
        before_unmatched + 1.0
    );
    assert!(!body.contains("8f3a9c"));
    assert!(value(&after, "loket_db_pool_connections", &[]).unwrap() >= 1.0);
}

#[tokio::test]
async fn metrics_show_the_retention_run_and_drafts_that_go() {
    let mut app = TestApp::with(Options {
        nu: Some(datetime!(2026-01-05 09:00 UTC)),
        ..Options::default()
    })
    .await;
    // A draft untouched for long: its owner is warned by the next run, and it waits for deletion.
    app.sign_in("bewoner@example.nl").await;
    app.new_melding().await;
    app.clock.advance(time::Duration::days(100));
    loket::bewaren::dagelijks(&app.state)
        .await
        .unwrap()
        .expect("the day's run");
    let (_, samples) = scrape(&mut app).await;
    assert_eq!(
        value(&samples, "loket_retention_drafts_awaiting_deletion", &[]),
        Some(1.0)
    );
    let ran = value(&samples, "loket_retention_last_run_timestamp_seconds", &[]).unwrap();
    assert_eq!(ran, app.clock.now().unix_timestamp() as f64);
    // A week later the draft is gone and the run says so.
    app.clock.advance(time::Duration::days(8));
    loket::bewaren::dagelijks(&app.state)
        .await
        .unwrap()
        .expect("the day's run");
    let (_, samples) = scrape(&mut app).await;
    assert_eq!(
        value(&samples, "loket_retention_drafts_awaiting_deletion", &[]),
        Some(0.0)
    );
    assert_eq!(
        value(
            &samples,
            "loket_retention_last_run_deleted",
            &[("kind", "concept")]
        ),
        Some(1.0)
    );
}

#[tokio::test]
async fn metrics_ask_for_the_token_when_one_is_set() {
    let mut app = TestApp::with(Options {
        vars: vec![("LOKET_METRICS_TOKEN", "s3cr3t-scrape".to_owned())],
        ..Options::default()
    })
    .await;
    let none = app.get("/metrics").await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.header("www-authenticate"), "Bearer");
    assert!(!none.body.contains("loket_http_requests"));
    for wrong in [
        "Bearer verkeerd",
        "Bearer s3cr3t-scrapE",
        "s3cr3t-scrape",
        "Basic czNjcjN0",
    ] {
        let response = app.get_with("/metrics", &[("authorization", wrong)]).await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED, "{wrong}");
    }
    let right = app
        .get_with("/metrics", &[("authorization", "Bearer s3cr3t-scrape")])
        .await;
    assert_eq!(right.status, StatusCode::OK);
    let samples = parse(&right.body);
    assert_eq!(requests(&samples, "/metrics", "GET", "4xx"), 5.0);
}

/// A plain HTTP/1.1 request over a new connection: status, headers (lower-case names) and body.
async fn vraag(
    addr: std::net::SocketAddr,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, HashMap<String, String>, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: loket.test\r\nConnection: close\r\n");
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

/// The key of the lock sqlx's migrator takes on PostgreSQL (`pg_advisory_lock`), for this database name.
fn migration_lock_id(database: &str) -> i64 {
    0x3d32ad9e_i64 * i64::from(crc32fast::hash(database.as_bytes()))
}

#[tokio::test]
async fn the_portal_answers_while_its_database_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url(dir.path()).await;
    let vars: HashMap<String, String> = [
        ("DATABASE_URL", database_url.clone()),
        ("LOKET_BASE_URL", crate::support::BASE_URL.to_owned()),
        (
            "LOKET_MAIL_DIR",
            dir.path().join("mail").display().to_string(),
        ),
        ("LOKET_DB_MAX_CONNECTIONS", "4".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let config = loket::config::Config::from_vars(vars).unwrap();
    let clock = loket::clock::Clock::fixed(datetime!(2026-11-23 09:00 UTC));

    // On PostgreSQL the migration itself is held back: the test holds the lock the migrator waits for.
    let lock = if database_url.starts_with("postgres") {
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&database_url)
            .await
            .unwrap();
        let name = database_url.rsplit('/').next().unwrap();
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(migration_lock_id(name))
            .execute(&mut conn)
            .await
            .unwrap();
        Some(conn)
    } else {
        None
    };
    // On both, the start waits for this hook before it connects.
    let (go, hook) = tokio::sync::oneshot::channel::<()>();
    let build = async move {
        let _ = hook.await;
        loket::App::build(config, clock).await
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let limits = loket::http::server::Limits::new(64, 4);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(loket::starten(listener, limits, build, async {
        let _ = stopped.await;
    }));

    let starting = |addr| async move {
        let (status, _, body) = vraag(addr, "/health", &[]).await;
        assert_eq!(status, 200, "alive while starting: {body}");
        let (status, headers, body) = vraag(addr, "/health/ready", &[]).await;
        assert_eq!(status, 503, "{body}");
        assert_eq!(headers["content-type"], "application/json");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["status"], "migrating");
        let (status, headers, body) = vraag(addr, "/", &[]).await;
        assert_eq!(status, 503);
        assert_eq!(headers["retry-after"], "60");
        assert!(headers["content-type"].starts_with("text/html"));
        assert!(body.contains("<html lang=\"nl\">"), "{body}");
        assert!(body.contains("Het loket start op"), "{body}");
        assert!(
            body.contains("Probeer het over een minuut opnieuw."),
            "{body}"
        );
        let (status, _, body) = vraag(
            addr,
            "/melding/abc",
            &[("Accept-Language", "en-GB,en;q=0.9")],
        )
        .await;
        assert_eq!(status, 503);
        assert!(body.contains("The portal is starting"), "{body}");
        assert!(body.contains("Please try again in a minute."), "{body}");
    };
    starting(addr).await;
    go.send(()).unwrap();
    if let Some(mut conn) = lock {
        // The migrator has connected and waits for the lock, before it made any table: still starting.
        let begun = Instant::now();
        loop {
            let waiting: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database \
                 WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()",
            )
            .fetch_one(&mut conn)
            .await
            .unwrap();
            if waiting == 1 {
                break;
            }
            assert!(
                begun.elapsed() < Duration::from_secs(20),
                "the migration does not wait for the migrator's lock"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let tabel: Option<String> =
            sqlx::query_scalar("SELECT CAST(to_regclass('_sqlx_migrations') AS TEXT)")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(tabel, None);
        starting(addr).await;
        sqlx::query("SELECT pg_advisory_unlock_all()")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    let begun = Instant::now();
    loop {
        let (status, _, body) = vraag(addr, "/health/ready", &[]).await;
        if status == 200 {
            assert!(body.contains("\"status\":\"ok\""), "{body}");
            break;
        }
        assert!(
            begun.elapsed() < Duration::from_secs(60),
            "not ready after a minute: {body}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, _, body) = vraag(addr, "/", &[]).await;
    assert_eq!(status, 200, "{body}");
    let (status, _, body) = vraag(addr, "/health", &[]).await;
    assert_eq!((status, body.as_str()), (200, "ok"));
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(20), server)
        .await
        .expect("the portal stops")
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn a_start_that_fails_stops_the_listener_and_says_why() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let limits = loket::http::server::Limits::new(64, 4);
    let result = tokio::time::timeout(
        Duration::from_secs(20),
        loket::starten(
            listener,
            limits,
            async { Err("database (loket): connection refused".to_owned()) },
            std::future::pending::<()>(),
        ),
    )
    .await
    .expect("the start gives up");
    assert_eq!(result.unwrap_err(), "database (loket): connection refused");
}

#[tokio::test]
async fn a_visitors_copy_of_a_public_page_is_counted_under_its_route() {
    let mut app = TestApp::new().await;
    let (_, id) = crate::uitdaagrecht::ingediend(&mut app, "ja").await;
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");
    let (_, before) = scrape(&mut app).await;

    let mut bezoeker = app.zonder_cookies();
    let eerst = bezoeker.get(&openbaar).await;
    assert_eq!(eerst.status, StatusCode::OK);
    // Changed behind the portal's back: the visitor's next look within the second is the copy.
    sqlx::query("UPDATE uitdaag_voorstellen SET taak = 'Een heel andere taak' WHERE id = $1")
        .bind(&id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let kopie = bezoeker.get(&openbaar).await;
    assert_eq!(kopie.body, eerst.body, "the second look is the copy");
    app.clock.advance(time::Duration::seconds(2));
    let later = bezoeker.get(&openbaar).await;
    assert!(
        later.body.contains("Een heel andere taak"),
        "{}",
        later.body
    );
    for _ in 0..2 {
        assert_eq!(bezoeker.get("/").await.status, StatusCode::OK);
    }

    let (body, after) = scrape(&mut app).await;
    assert_eq!(
        requests(&after, "/uitdaagrecht/voorstellen/{id}", "GET", "2xx"),
        requests(&before, "/uitdaagrecht/voorstellen/{id}", "GET", "2xx") + 3.0,
        "every look, the copy too: {body}"
    );
    assert_eq!(
        requests(&after, "/", "GET", "2xx"),
        requests(&before, "/", "GET", "2xx") + 2.0
    );
    assert!(!body.contains(&id), "{body}");
}
