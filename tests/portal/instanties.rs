//! Two instances of the portal on one database, as behind a load balancer: they start together (the migrator's
//! lock on PostgreSQL lets one migrate while the other waits), a session made on one works on the other, and
//! when both mail workers deliver at the same moment every message leaves exactly once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::http::StatusCode;

use crate::outbox::{Behaviour, TestSmtp};
use crate::support::{MELDING_ZELF, Options, TestApp, fresh_database_url, link_in, mail_text};

/// The outbox id in a message's `Message-ID: <id@domain>`.
fn message_id(mail: &str) -> String {
    mail.lines()
        .find_map(|l| l.strip_prefix("Message-ID: <"))
        .and_then(|rest| rest.split('@').next())
        .expect("a Message-ID")
        .to_owned()
}

/// The rounds in which both instances' mail workers pass at the same moment.
struct Rondes {
    begin: tokio::sync::Barrier,
    einde: tokio::sync::Barrier,
    /// Per round (by its parity), how many workers found something to do.
    bezig: [AtomicUsize; 2],
}

impl Rondes {
    fn new() -> Rondes {
        Rondes {
            begin: tokio::sync::Barrier::new(2),
            einde: tokio::sync::Barrier::new(2),
            bezig: [AtomicUsize::new(0), AtomicUsize::new(0)],
        }
    }
}

/// Delivers until neither worker finds anything due, as the worker does, in rounds that both begin at the same
/// moment, so that their claims meet every round (however long either took to start, the other cannot send
/// everything first). Returns how many this instance sent.
async fn deliver_all(state: loket::AppState, rondes: std::sync::Arc<Rondes>) -> usize {
    let mut sent = 0;
    for ronde in 0usize.. {
        rondes.begin.wait().await;
        let pass = loket::mail::outbox::deliver_due(&state)
            .await
            .expect("deliver");
        sent += pass.sent;
        let bezig = &rondes.bezig[ronde % 2];
        if pass.sent + pass.failed + pass.left > 0 {
            bezig.fetch_add(1, Ordering::SeqCst);
        }
        if rondes.einde.wait().await.is_leader() {
            // The other parity's count was read by both before this round began.
            rondes.bezig[(ronde + 1) % 2].store(0, Ordering::SeqCst);
        }
        if bezig.load(Ordering::SeqCst) == 0 {
            break;
        }
    }
    sent
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_sessions_and_send_every_mail_once() {
    let smtp = TestSmtp::start(Behaviour::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path()).await;
    let options = || Options {
        database_url: Some(url.clone()),
        smtp_url: Some(smtp.url()),
        ..Options::default()
    };
    let postgres = url.starts_with("postgres");
    let (mut a, mut b) = if postgres {
        // At the same moment, on an empty database.
        tokio::join!(TestApp::with(options()), TestApp::with(options()))
    } else {
        // SQLite has no migrator's lock between processes: the second starts on the migrated file.
        let a = TestApp::with(options()).await;
        (a, TestApp::with(options()).await)
    };
    let all = if postgres {
        loket::db::MIGRATIONS_POSTGRES.versions()
    } else {
        loket::db::MIGRATIONS_SQLITE.versions()
    };
    assert_eq!(a.state.db.applied_versions().await.unwrap(), all);
    assert_eq!(b.state.db.applied_versions().await.unwrap(), all);

    // Sign in on A, with the link from the mail A sent.
    let asked = a
        .post("/inloggen", &[("email", "bewoner@example.nl")])
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    assert_eq!(a.deliver_mail().await.sent, 1);
    let link = smtp
        .received()
        .iter()
        .find_map(|m| link_in(&mail_text(m), "/inloggen/link/"))
        .expect("a sign-in link");
    let signed_in = a.post(&link, &[]).await;
    assert_eq!(signed_in.location(), "/mijn-loket");

    // The session works on B: it lives in the database.
    b.use_cookie_jar(a.cookie_jar());
    let mijn = b.get("/mijn-loket").await;
    assert_eq!(mijn.status, StatusCode::OK, "{}", mijn.body);
    assert!(mijn.body.contains("bewoner@example.nl"));

    // A melding begun on A, its steps saved on A and B in turn, submitted on A, read on B.
    let pad = a.new_melding().await;
    for (i, (slug, velden)) in MELDING_ZELF.iter().enumerate() {
        let instance = if i % 2 == 0 { &mut a } else { &mut b };
        let response = instance.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{slug}");
    }
    let submitted = a.post(&format!("{pad}/indienen"), &[]).await;
    assert_eq!(submitted.location(), format!("{pad}/bevestiging"));
    let dossier = b.get(&pad).await;
    assert_eq!(dossier.status, StatusCode::OK);
    assert!(
        dossier.body.contains("Melding ontvangen"),
        "{}",
        dossier.body
    );

    // Mail for eight batches, so that both workers claim while the other sends.
    let tr = loket::i18n::Tr::new(a.state.i18n.clone(), loket::i18n::Lang::Nl);
    let mut tx = a.state.db.begin_write().await.unwrap();
    for n in 0..400 {
        let email = loket::mail::Email {
            to: format!("inwoner{n}@example.nl"),
            greeting: None,
            subject: format!("Bericht {n}"),
            paragraphs: vec![format!("Dit is bericht {n}.")],
            action: None,
            after: Vec::new(),
            erase_after_sending: false,
            link_geldig_tot: None,
            bijlage: None,
        };
        loket::mail::enqueue(&mut tx, a.clock.now(), &email, &tr, &a.state.gemeente)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let rondes = std::sync::Arc::new(Rondes::new());
    let (sent_a, sent_b) = tokio::join!(
        tokio::spawn(deliver_all(a.state.clone(), rondes.clone())),
        tokio::spawn(deliver_all(b.state.clone(), rondes))
    );
    let (sent_a, sent_b) = (sent_a.unwrap(), sent_b.unwrap());
    assert!(sent_a > 0 && sent_b > 0, "A sent {sent_a}, B sent {sent_b}");

    // Every message in the outbox was sent, and the mail server received each exactly once.
    let (rows, unsent): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END), 0) FROM outbox",
    )
    .fetch_one(&a.state.db.pool)
    .await
    .unwrap();
    assert_eq!(unsent, 0);
    let received = smtp.received();
    let mut times: HashMap<String, usize> = HashMap::new();
    for mail in &received {
        *times.entry(message_id(mail)).or_default() += 1;
    }
    let twice: Vec<_> = times.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "received more than once: {twice:?}");
    assert_eq!(received.len() as i64, rows);
    assert_eq!(1 + sent_a + sent_b, received.len());
    assert!(
        received
            .iter()
            .any(|m| mail_text(m).contains("Subject: Bericht 399")),
        "the last message arrived"
    );
}
