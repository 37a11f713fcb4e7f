//! The mail outbox: a mail server that is down delays mail, but loses none.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

use axum::http::StatusCode;

use crate::support::{Options, TestApp, link_in};

/// How the test SMTP server behaves.
#[derive(Clone, Copy, Default)]
pub(crate) struct Behaviour {
    /// The first this many connections are accepted and never answered.
    silent_connections: usize,
    /// Every recipient is refused for good with a `550`.
    refuse: bool,
    /// Every recipient is refused for now with a `451` (greylisting).
    greylist: bool,
    /// The greeting refuses the conversation (`554`): the server's fault, not the message's.
    no_service: bool,
    /// After this many messages, the end of the next one gets no answer (a server that stops mid-message).
    hang_after: Option<usize>,
}

/// A small SMTP server on a port of its own that keeps what it received, in order.
#[derive(Clone)]
pub(crate) struct TestSmtp {
    port: u16,
    received: Arc<Mutex<Vec<String>>>,
    connections: Arc<AtomicUsize>,
    /// Rings at every new connection and every message received.
    bell: Arc<Notify>,
}

impl TestSmtp {
    pub(crate) async fn start(behaviour: Behaviour) -> TestSmtp {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        TestSmtp::on(listener, behaviour)
    }

    fn on(listener: TcpListener, behaviour: Behaviour) -> TestSmtp {
        let server = TestSmtp {
            port: listener.local_addr().unwrap().port(),
            received: Arc::new(Mutex::new(Vec::new())),
            connections: Arc::new(AtomicUsize::new(0)),
            bell: Arc::new(Notify::new()),
        };
        let shared = server.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let number = shared.connections.fetch_add(1, Ordering::SeqCst);
                shared.bell.notify_waiters();
                let shared = shared.clone();
                tokio::spawn(async move {
                    if number < behaviour.silent_connections {
                        // Accepts, reads, never answers.
                        let mut socket = socket;
                        let mut sink = Vec::new();
                        let _ = socket.read_to_end(&mut sink).await;
                        return;
                    }
                    shared.converse(socket, behaviour).await;
                });
            }
        });
        server
    }

    async fn converse(&self, socket: tokio::net::TcpStream, behaviour: Behaviour) {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        if behaviour.no_service {
            let _ = write.write_all(b"554 no service today\r\n").await;
            return;
        }
        let _ = write.write_all(b"220 test ESMTP\r\n").await;
        let mut data: Option<String> = None;
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(body) = data.as_mut() {
                if line == "." {
                    let count = {
                        let mut received = self.received.lock().unwrap();
                        received.push(std::mem::take(body));
                        received.len()
                    };
                    data = None;
                    self.bell.notify_waiters();
                    if behaviour.hang_after.is_some_and(|n| count > n) {
                        std::future::pending::<()>().await;
                    }
                    let _ = write.write_all(b"250 queued\r\n").await;
                } else {
                    body.push_str(&line);
                    body.push('\n');
                }
                continue;
            }
            let command = line.to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250-test\r\n250 8BITMIME\r\n"
            } else if command.starts_with("RCPT") && behaviour.refuse {
                b"550 5.1.1 no such mailbox\r\n"
            } else if command.starts_with("RCPT") && behaviour.greylist {
                b"451 4.7.1 greylisted, try again later\r\n"
            } else if command.starts_with("DATA") {
                data = Some(String::new());
                b"354 go ahead\r\n"
            } else if command.starts_with("QUIT") {
                let _ = write.write_all(b"221 bye\r\n").await;
                break;
            } else {
                b"250 ok\r\n"
            };
            let _ = write.write_all(reply).await;
        }
    }

    pub(crate) fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub(crate) fn received(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    /// Waits until at least `n` messages have come in.
    async fn wait_for_messages(&self, n: usize) {
        let wait = async {
            loop {
                let notified = self.bell.notified();
                if self.received.lock().unwrap().len() >= n {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(Duration::from_secs(10), wait)
            .await
            .expect("messages arrive");
    }

    async fn wait_for_connections(&self, n: usize) {
        let wait = async {
            loop {
                let notified = self.bell.notified();
                if self.connections.load(Ordering::SeqCst) >= n {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(Duration::from_secs(10), wait)
            .await
            .expect("connections arrive");
    }
}

/// A portal that sends over SMTP to `server`, with each step limited to `timeout_s` seconds.
async fn portal_with(server: &TestSmtp, timeout_s: u64) -> TestApp {
    TestApp::with(Options {
        smtp_url: Some(server.url()),
        vars: vec![("LOKET_SMTP_TIMEOUT", timeout_s.to_string())],
        ..Options::default()
    })
    .await
}

/// A portal whose SMTP server is down: a port was reserved and closed, so nothing listens there (a server
/// can be started on it later).
async fn portal_with_server_down() -> (TestApp, u16) {
    let port = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::with(Options {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        ..Options::default()
    })
    .await;
    (app, port)
}

/// The `Message-ID` header of a received message.
fn message_id(raw: &str) -> String {
    raw.lines()
        .find_map(|l| l.strip_prefix("Message-ID: "))
        .unwrap_or_default()
        .to_owned()
}

/// Queues a message to `to` about `subject`, as a change in the portal would.
async fn queue_mail(app: &TestApp, to: &str, subject: &str) {
    let tr = loket::i18n::Tr::new(app.state.i18n.clone(), loket::i18n::Lang::Nl);
    let email = loket::mail::Email {
        to: to.to_owned(),
        greeting: None,
        subject: subject.to_owned(),
        paragraphs: vec!["Er is iets veranderd.".to_owned()],
        action: None,
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    };
    let mut tx = app.state.db.begin_write().await.unwrap();
    loket::mail::enqueue(&mut tx, app.clock.now(), &email, &tr, &app.state.gemeente)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

/// Queues `n` notifications (the mail of a step in someone's case).
async fn queue_notifications(app: &TestApp, n: usize) {
    for i in 0..n {
        queue_mail(
            app,
            &format!("bewoner{i}@example.nl"),
            &format!("Nieuws over uw melding {i}"),
        )
        .await;
    }
}

async fn outbox_row(
    app: &TestApp,
    to: &str,
) -> (Option<String>, Option<String>, Option<String>, i64, String) {
    sqlx::query_as(
        "SELECT sent_at, failure, last_error, attempts, body_text FROM outbox WHERE recipient = $1",
    )
    .bind(to)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn mail_waits_while_the_server_is_down_and_is_delivered_later() {
    let (mut app, port) = portal_with_server_down().await;

    let response = app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    assert_eq!(
        response.location(),
        "/inloggen/verstuurd",
        "the resident is not bothered by the mail server"
    );

    let pass = app.deliver_mail().await;
    assert_eq!((pass.sent, pass.failed), (0, 1));
    let (attempts, sent, error): (i64, Option<String>, Option<String>) =
        sqlx::query_as("SELECT attempts, sent_at, last_error FROM outbox")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((attempts, sent), (1, None));
    assert!(error.is_some());

    // Not tried again before the back-off has passed.
    let server = TestSmtp::on(
        TcpListener::bind(("127.0.0.1", port)).await.unwrap(),
        Behaviour::default(),
    );
    assert_eq!(
        app.deliver_mail().await,
        loket::mail::outbox::Pass::default()
    );

    app.clock.advance(time::Duration::seconds(61));
    let pass = app.deliver_mail().await;
    assert_eq!((pass.sent, pass.failed), (1, 0));
    let messages = server.received();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("To: jan@example.nl"));
    let link = link_in(
        &messages[0].replace("=\n", "").replace("=3D", "="),
        "/inloggen/link/",
    );
    assert!(link.is_some(), "the sign-in link arrived");

    // Delivered once: the next pass sends nothing.
    assert_eq!(
        app.deliver_mail().await,
        loket::mail::outbox::Pass::default()
    );
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn two_workers_send_a_message_once() {
    let mut app = TestApp::new().await;
    app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    let (a, b) = tokio::join!(
        loket::mail::outbox::deliver_due(&app.state),
        loket::mail::outbox::deliver_due(&app.state)
    );
    assert_eq!(a.unwrap().sent + b.unwrap().sent, 1);
    assert_eq!(app.mails().len(), 1);
}

#[tokio::test]
async fn a_server_that_accepts_and_never_answers_does_not_hold_up_the_next_mail() {
    let server = TestSmtp::start(Behaviour {
        silent_connections: 1,
        ..Behaviour::default()
    })
    .await;
    let mut app = portal_with(&server, 1).await;
    app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    app.post("/inloggen", &[("email", "piet@example.nl")]).await;

    // The first message meets the silent server: given up for now after the time limit, not after minutes.
    let started = Instant::now();
    let pass = app.deliver_mail().await;
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert_eq!((pass.sent, pass.failed, pass.left), (0, 1, 1));
    // The next one goes out at once over a new connection; the first waits for its back-off.
    let pass = app.deliver_mail().await;
    assert_eq!((pass.sent, pass.failed), (1, 0));
    assert_eq!(server.received().len(), 1);
    app.clock.advance(loket::mail::outbox::backoff(1));
    assert_eq!(app.deliver_mail().await.sent, 1);
    let received = server.received().join("\n");
    assert!(received.contains("To: jan@example.nl") && received.contains("To: piet@example.nl"));
}

#[tokio::test]
async fn shutdown_ends_while_the_mail_server_hangs() {
    let server = TestSmtp::start(Behaviour {
        silent_connections: usize::MAX,
        ..Behaviour::default()
    })
    .await;
    let mut app = portal_with(&server, 2).await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(loket::run(app.state.clone(), listener, async {
        let _ = stopped.await;
    }));
    app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    app.state.mail.wake();
    server.wait_for_connections(1).await;

    // SIGTERM while the worker waits for the silent server: the portal stops within the SMTP time limit.
    let started = Instant::now();
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), running)
        .await
        .expect("the portal stops")
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // The worker finished its message (one failed attempt, the claim given back), not left behind.
    let (attempts, claimed): (i64, Option<String>) = sqlx::query_as(
        "SELECT attempts, claimed_until FROM outbox WHERE recipient = 'jan@example.nl'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!((attempts, claimed), (1, None));
}

#[tokio::test]
async fn a_refused_message_ends_as_niet_bezorgd_after_a_few_tries() {
    let server = TestSmtp::start(Behaviour {
        refuse: true,
        ..Behaviour::default()
    })
    .await;
    let mut app = portal_with(&server, 5).await;
    app.post("/inloggen", &[("email", "onbekend@example.nl")])
        .await;
    for attempt in 1..=loket::mail::outbox::MAX_REFUSALS {
        let pass = app.deliver_mail().await;
        assert_eq!((pass.sent, pass.failed), (0, 1), "attempt {attempt}");
        app.clock
            .advance(loket::mail::outbox::backoff(attempt) + time::Duration::seconds(1));
    }
    let (sent, failure, error, attempts, body) = outbox_row(&app, "onbekend@example.nl").await;
    assert_eq!(sent, None);
    assert_eq!(failure.as_deref(), Some("rejected"));
    assert!(error.unwrap_or_default().contains("550"));
    assert_eq!(attempts, loket::mail::outbox::MAX_REFUSALS);
    // The sign-in link is a secret: gone from the outbox now that it will not be sent.
    assert_eq!(body, "");
    // Not tried again.
    app.clock.advance(time::Duration::hours(2));
    assert_eq!(
        app.deliver_mail().await,
        loket::mail::outbox::Pass::default()
    );
    let status = loket::mail::outbox::status(&app.state).await.unwrap();
    assert_eq!((status.waiting, status.failed), (0, 1));
}

#[tokio::test]
async fn sign_in_mail_goes_before_a_queue_of_notifications() {
    let server = TestSmtp::start(Behaviour::default()).await;
    let mut app = portal_with(&server, 5).await;
    queue_notifications(&app, 120).await;
    app.clock.advance(time::Duration::seconds(1));
    app.post("/inloggen", &[("email", "jan@example.nl")]).await;

    app.deliver_mail().await;
    let received = server.received();
    assert!(!received.is_empty());
    assert!(
        received[0].contains("To: jan@example.nl"),
        "{}",
        received[0]
    );
    // The notifications follow, in the order they came.
    assert!(received[1].contains("To: bewoner0@example.nl"));
}

#[tokio::test]
async fn a_sign_in_link_that_expired_before_its_mail_could_go_out_is_not_sent() {
    let (mut app, port) = portal_with_server_down().await;
    app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    assert_eq!(app.deliver_mail().await.failed, 1);

    // The link works 20 minutes. The mail server is back after 21.
    app.clock.advance(time::Duration::minutes(21));
    let server = TestSmtp::on(
        TcpListener::bind(("127.0.0.1", port)).await.unwrap(),
        Behaviour::default(),
    );
    assert_eq!(app.deliver_mail().await.sent, 0);
    assert!(server.received().is_empty());
    let (sent, failure, _, _, body) = outbox_row(&app, "jan@example.nl").await;
    assert_eq!(
        (sent, failure.as_deref(), body.as_str()),
        (None, Some("expired"), "")
    );
}

#[tokio::test]
async fn messages_share_one_connection() {
    let server = TestSmtp::start(Behaviour::default()).await;
    let app = portal_with(&server, 5).await;
    queue_notifications(&app, 5).await;
    assert_eq!(app.deliver_mail().await.sent, 5);
    queue_notifications(&app, 2).await;
    assert_eq!(app.deliver_mail().await.sent, 2);
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_crash_between_sending_and_marking_sends_only_the_message_in_flight_again() {
    let server = TestSmtp::start(Behaviour {
        hang_after: Some(3),
        ..Behaviour::default()
    })
    .await;
    let app = portal_with(&server, 30).await;
    queue_notifications(&app, 10).await;

    // The worker sends three messages; the server takes in the fourth and never confirms it. The worker is
    // killed there, between sending and marking, as a crash would.
    let worker = tokio::spawn(loket::mail::outbox::run_worker(app.state.clone()));
    server.wait_for_messages(4).await;
    worker.abort();
    let _ = worker.await;

    // Started again: the claims of the crashed worker are taken back (on PostgreSQL once they have run out)
    // and the rest goes out, now to a server that answers.
    app.clock.advance(time::Duration::minutes(10));
    let server_after = TestSmtp::start(Behaviour::default()).await;
    let mut app = app;
    app.state = {
        let mut config = app.state.config.clone();
        config.mail = loket::config::MailConfig::Smtp(server_after.url());
        loket::App::build(config, app.clock.clone()).await.unwrap()
    };
    let (taken_back, _) = loket::mail::outbox::take_back_claims(&app.state)
        .await
        .unwrap();
    assert_eq!(
        taken_back, 7,
        "the message in flight and the six not yet sent"
    );
    loop {
        let pass = app.deliver_mail().await;
        if pass.sent + pass.failed + pass.left == 0 {
            break;
        }
    }
    // Every message arrived; only the one in flight arrived twice, with the same Message-ID.
    let mut ids: Vec<String> = server
        .received()
        .iter()
        .chain(server_after.received().iter())
        .map(|m| message_id(m))
        .collect();
    assert_eq!(ids.len(), 11);
    ids.sort();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(unique.len(), 10);
    let fourth = message_id(&server.received()[3]);
    assert_eq!(ids.iter().filter(|id| **id == fourth).count(), 2);
}

#[tokio::test]
async fn readiness_reports_the_database_and_whether_mail_flows() {
    let (mut app, _) = portal_with_server_down().await;
    let ready = app.get("/health/ready").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.header("content-type"), "application/json");
    let body: serde_json::Value = serde_json::from_str(&ready.body).unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["mail"]["waiting"], 0);

    // The mail server is down; a message waits. After the threshold (15 minutes) the portal is not ready,
    // while it stays alive.
    app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    app.deliver_mail().await;
    app.clock.advance(time::Duration::minutes(14));
    assert_eq!(app.get("/health/ready").await.status, StatusCode::OK);
    app.clock.advance(time::Duration::minutes(2));
    let ready = app.get("/health/ready").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = serde_json::from_str(&ready.body).unwrap();
    assert_eq!(
        (body["status"].as_str(), body["database"].as_str()),
        (Some("fail"), Some("ok"))
    );
    assert_eq!(body["mail"]["status"], "fail");
    assert_eq!(body["mail"]["waiting"], 1);
    assert_eq!(body["mail"]["oldest_waiting_s"], 16 * 60);
    assert_eq!(app.get("/health").await.status, StatusCode::OK);

    app.state.db.pool.close().await;
    let ready = app.get("/health/ready").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = serde_json::from_str(&ready.body).unwrap();
    assert_eq!(body["database"], "fail");
}

#[tokio::test]
async fn a_beheerder_sees_the_mail_that_did_not_arrive_and_others_do_not() {
    let mut app = TestApp::new().await;
    // A message the transport refuses for good: its address is not one.
    queue_mail(&app, "geen adres", "Uw melding is ontvangen").await;
    for attempt in 1..=loket::mail::outbox::MAX_REFUSALS {
        app.deliver_mail().await;
        app.clock
            .advance(loket::mail::outbox::backoff(attempt) + time::Duration::seconds(1));
    }

    app.add_staff("beheer@gemeente.example", "Ali Demir", true)
        .await;
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    app.sign_in("beheer@gemeente.example").await;
    let queue = app.get("/medewerker").await;
    assert!(
        queue
            .attrs("a", "href")
            .contains(&"/medewerker/beheer/e-mail".to_owned())
    );
    let page = app.get("/medewerker/beheer/e-mail").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1"), "E-mail van het loket");
    assert_eq!(page.text("dl div:nth-child(3) dd"), "1");
    assert_eq!(page.text("tbody th"), "geen adres");
    let row = page.text("tbody tr");
    assert!(row.contains("Uw melding is ontvangen"), "{row}");
    assert!(row.contains("De mailserver weigerde het bericht."), "{row}");

    for other in ["consulent@gemeente.example", "jan@example.nl"] {
        let mut browser = app.other_browser();
        browser.sign_in(other).await;
        assert_eq!(
            browser.get("/medewerker/beheer/e-mail").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn a_server_that_refuses_the_conversation_does_not_use_up_the_messages() {
    let server = TestSmtp::start(Behaviour {
        no_service: true,
        ..Behaviour::default()
    })
    .await;
    let app = portal_with(&server, 5).await;
    queue_notifications(&app, 3).await;
    // A 554 at the greeting is the server's, not the message's: no refusal counted, the other messages not
    // tried, and the worker told to wait.
    for _ in 0..5 {
        let pass = app.deliver_mail().await;
        assert!(pass.unreachable);
        assert_eq!((pass.sent, pass.failed), (0, 1));
        app.clock.advance(time::Duration::hours(1));
    }
    let (refused, failed): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM outbox WHERE refusals > 0), \
         (SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL)",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!((refused, failed), (0, 0));
}

#[tokio::test]
async fn a_message_that_waits_for_its_recipients_server_does_not_stop_readiness() {
    let server = TestSmtp::start(Behaviour {
        greylist: true,
        ..Behaviour::default()
    })
    .await;
    let mut app = portal_with(&server, 5).await;
    queue_notifications(&app, 1).await;
    let pass = app.deliver_mail().await;
    assert_eq!((pass.failed, pass.unreachable), (1, false));
    // Greylisted for 20 minutes: mail as a whole is flowing, so the portal stays ready.
    app.clock.advance(time::Duration::minutes(20));
    let ready = app.get("/health/ready").await;
    assert_eq!(ready.status, StatusCode::OK, "{}", ready.body);
    let body: serde_json::Value = serde_json::from_str(&ready.body).unwrap();
    assert_eq!(body["mail"]["waiting"], 1);
}
