//! The mail outbox: a mail server that is down delays mail, but loses none.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::support::{Options, TestApp, link_in};

/// A small SMTP server that accepts every message and keeps what it received.
async fn smtp_server(listener: TcpListener) -> Arc<Mutex<Vec<String>>> {
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            store.lock().unwrap().push(std::mem::take(body));
                            data = None;
                            let _ = write.write_all(b"250 queued\r\n").await;
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let command = line.to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO")
                    {
                        b"250-test\r\n250 8BITMIME\r\n"
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
            });
        }
    });
    received
}

#[tokio::test]
async fn mail_waits_while_the_server_is_down_and_is_delivered_later() {
    // Reserve a port, then close it: nothing listens there while the server is "down".
    let port = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut app = TestApp::with(Options {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        ..Options::default()
    })
    .await;

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
    let received = smtp_server(TcpListener::bind(("127.0.0.1", port)).await.unwrap()).await;
    assert_eq!(
        app.deliver_mail().await,
        loket::mail::outbox::Pass::default()
    );

    app.clock.advance(time::Duration::seconds(61));
    let pass = app.deliver_mail().await;
    assert_eq!((pass.sent, pass.failed), (1, 0));
    let messages = received.lock().unwrap().clone();
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
    assert_eq!(received.lock().unwrap().len(), 1);
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
