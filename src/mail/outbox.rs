//! The outbox table and the worker that empties it.
//!
//! Several instances of the portal may run the worker at once: a message is claimed with a conditional update
//! before it is sent, so each message goes out once. A claim expires, so a message claimed by an instance that
//! crashed is picked up again.

use std::sync::Arc;

use sqlx::{AnyConnection, Row};
use time::{Duration, OffsetDateTime};
use tokio::sync::watch;

use super::Email;
use super::transport::Outgoing;
use crate::AppState;
use crate::db;
use crate::gemeente::Gemeente;
use crate::i18n::Tr;
use crate::token;

/// How long an instance may hold a batch of messages while sending them. A pass that has used half of it
/// gives the rest of its batch back (a slow or hanging mail server), so a claim never runs out mid-send.
const CLAIM: Duration = Duration::minutes(5);
/// After this many failed attempts (about four days with the back-off below) a message is marked failed, kept
/// for staff to see, and no longer tried.
pub const MAX_ATTEMPTS: i64 = 100;
/// At most this many messages are claimed and sent in one pass. On SQLite each pass costs two writes that
/// residents' submissions wait behind, so a busy moment is better served by fewer, larger passes.
const BATCH: i64 = 50;
/// How long the worker waits after the bell before it sends, to take what comes in meanwhile along.
const GATHER: std::time::Duration = std::time::Duration::from_millis(20);
/// How often the worker looks for due messages when nobody rings the bell.
const POLL: std::time::Duration = std::time::Duration::from_secs(5);

/// Waiting time before attempt `attempts + 1`: 30 seconds, doubling, at most one hour.
pub fn backoff(attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.clamp(0, 7)).unwrap_or(7);
    (Duration::seconds(30) * 2_i32.pow(exponent)).min(Duration::hours(1))
}

/// A message with its bodies rendered, ready to be written. Rendering before the transaction begins keeps
/// the time a writer holds the database short.
pub struct Prepared {
    to: String,
    subject: String,
    text: String,
    html: String,
    erase_after_sending: bool,
}

impl Prepared {
    pub fn new(email: &Email, tr: &Tr, gemeente: &Gemeente) -> Prepared {
        Prepared {
            to: email.to.clone(),
            subject: email.subject.clone(),
            text: email.text(tr, gemeente),
            html: email.html(tr, gemeente),
            erase_after_sending: email.erase_after_sending,
        }
    }
}

/// Writes a message to the outbox, inside the caller's transaction. Call `app.mail.wake()` after the commit.
pub async fn enqueue(
    conn: &mut AnyConnection,
    now: OffsetDateTime,
    email: &Email,
    tr: &Tr,
    gemeente: &Gemeente,
) -> Result<(), sqlx::Error> {
    enqueue_prepared(conn, now, &Prepared::new(email, tr, gemeente)).await
}

/// Writes a prepared message to the outbox, inside the caller's transaction.
pub async fn enqueue_prepared(
    conn: &mut AnyConnection,
    now: OffsetDateTime,
    message: &Prepared,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO outbox (id, recipient, subject, body_text, body_html, erase_after_sending, created_at, \
         next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(token::new_id())
    .bind(&message.to)
    .bind(&message.subject)
    .bind(&message.text)
    .bind(&message.html)
    .bind(i64::from(message.erase_after_sending))
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// What one pass of the worker did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub failed: usize,
}

/// Sends every message that is due now, at most [`BATCH`] per pass. Returns what happened; errors are recorded
/// per message.
///
/// The messages are claimed in one conditional update, so that a busy portal spends one write per batch on
/// claiming rather than one per message (on SQLite every write waits for the one writer, and the submissions of
/// residents wait behind it). The sent ones are marked in one more write at the end of the pass. Delivery is at
/// least once: a crash mid-batch sends the batch's messages again after the claim expires, at most [`BATCH`].
pub async fn deliver_due(app: &AppState) -> Result<Pass, sqlx::Error> {
    let now = app.clock.now();
    // Only rows still unclaimed are taken: an instance that runs this at the same moment gets the others.
    let turn = app.db.write_turn().await;
    let claimed = sqlx::query(
        "UPDATE outbox SET claimed_until = $2 WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL \
         AND failed_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY next_attempt_at LIMIT $3) AND sent_at IS NULL AND failed_at IS NULL \
         AND (claimed_until IS NULL OR claimed_until < $1) \
         RETURNING id, recipient, subject, body_text, body_html, erase_after_sending, attempts",
    )
    .bind(db::ts(now))
    .bind(db::ts(now + CLAIM))
    .bind(BATCH)
    .fetch_all(&app.db.pool)
    .await?;
    // Not held while sending: residents' writes must not wait for a mail server.
    drop(turn);
    let mut pass = Pass::default();
    let mut sent = Vec::new();
    let mut sent_secret = Vec::new();
    let started = std::time::Instant::now();
    let mut claimed = claimed.into_iter();
    for message in claimed.by_ref() {
        let id: String = message.get("id");
        let (to, subject, text, html): (String, String, String, String) = (
            message.get("recipient"),
            message.get("subject"),
            message.get("body_text"),
            message.get("body_html"),
        );
        let outgoing = Outgoing {
            id: &id,
            to: &to,
            subject: &subject,
            text: &text,
            html: &html,
        };
        match app.mail.transport.send(&app.mail.from, &outgoing).await {
            Ok(()) => {
                tracing::info!(message_id = %id, "mail sent");
                // A sign-in link must not outlive its delivery in the database.
                if message.get::<i64, _>("erase_after_sending") == 1 {
                    sent_secret.push(id);
                } else {
                    sent.push(id);
                }
                pass.sent += 1;
            }
            Err(error) => {
                let attempts = message.get::<i64, _>("attempts") + 1;
                let later = app.clock.now();
                let gave_up = attempts >= MAX_ATTEMPTS;
                // Transport errors can quote the recipient; store only the first line, shortened.
                let error: String = error
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take(200)
                    .collect();
                let _turn = app.db.write_turn().await;
                sqlx::query(
                    "UPDATE outbox SET attempts = $2, next_attempt_at = $3, claimed_until = NULL, last_error = $4, \
                     failed_at = $5 WHERE id = $1",
                )
                .bind(&id)
                .bind(attempts)
                .bind(db::ts(later + backoff(attempts)))
                .bind(&error)
                .bind(gave_up.then(|| db::ts(later)))
                .execute(&app.db.pool)
                .await?;
                tracing::warn!(message_id = %id, attempts, gave_up, "mail not sent; will retry");
                pass.failed += 1;
            }
        }
        if started.elapsed() > CLAIM.unsigned_abs() / 2 {
            break;
        }
    }
    let rest: Vec<String> = claimed.map(|m| m.get("id")).collect();
    release(app, &rest).await?;
    mark_sent(app, &sent, false).await?;
    mark_sent(app, &sent_secret, true).await?;
    Ok(pass)
}

/// Gives claimed messages back unsent, for the next pass (of any instance).
async fn release(app: &AppState, ids: &[String]) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    let params: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "UPDATE outbox SET claimed_until = NULL WHERE id IN ({}) AND sent_at IS NULL",
        params.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(id);
    }
    let _turn = app.db.write_turn().await;
    query.execute(&app.db.pool).await.map(|_| ())
}

/// Marks these messages sent, in one statement; `erase` also empties their bodies.
async fn mark_sent(app: &AppState, ids: &[String], erase: bool) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    // The ids are bound as parameters ($2, $3, ...); only their number shapes the statement.
    let params: Vec<String> = (2..ids.len() + 2).map(|i| format!("${i}")).collect();
    let erase = if erase {
        ", body_text = '', body_html = ''"
    } else {
        ""
    };
    let sql = format!(
        "UPDATE outbox SET sent_at = $1, claimed_until = NULL, attempts = attempts + 1, last_error = NULL{erase} \
         WHERE id IN ({})",
        params.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(db::ts(app.clock.now()));
    for id in ids {
        query = query.bind(id);
    }
    let _turn = app.db.write_turn().await;
    query.execute(&app.db.pool).await.map(|_| ())
}

/// Removes what has no use any more: ended sessions, used or expired sign-in links, old sign-in attempts.
pub async fn housekeeping(app: &AppState) -> Result<(), sqlx::Error> {
    let now = db::ts(app.clock.now());
    let day_ago = db::ts(app.clock.now() - Duration::days(1));
    let _turn = app.db.write_turn().await;
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
        .bind(&now)
        .execute(&app.db.pool)
        .await?;
    sqlx::query("DELETE FROM sign_in_links WHERE expires_at < $1")
        .bind(&day_ago)
        .execute(&app.db.pool)
        .await?;
    sqlx::query("DELETE FROM sign_in_attempts WHERE at < $1")
        .bind(&day_ago)
        .execute(&app.db.pool)
        .await?;
    Ok(())
}

/// Runs until `shutdown` turns true: delivers due mail when rung and every few seconds, and tidies up hourly.
pub async fn run_worker(app: AppState, mut shutdown: watch::Receiver<bool>) {
    let bell: Arc<tokio::sync::Notify> = app.mail.bell();
    let mut last_housekeeping: Option<OffsetDateTime> = None;
    loop {
        let full = match deliver_due(&app).await {
            Ok(pass) => (pass.sent + pass.failed) as i64 >= BATCH,
            Err(e) => {
                tracing::error!(error = %e, "outbox: database error");
                false
            }
        };
        let now = app.clock.now();
        if last_housekeeping.is_none_or(|t| now - t > Duration::hours(1)) {
            if let Err(e) = housekeeping(&app).await {
                tracing::error!(error = %e, "housekeeping: database error");
            }
            last_housekeeping = Some(now);
        }
        // A full batch: more may be waiting, so go on at once.
        if full && !*shutdown.borrow() {
            continue;
        }
        tokio::select! {
            // A short pause after the bell gathers the mail of a busy moment into one batch: fewer writes
            // that residents' submissions would wait for, and mail that is at most a blink later.
            _ = bell.notified() => tokio::time::sleep(GATHER).await,
            _ = tokio::time::sleep(POLL) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;
    use time::Duration;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(0), Duration::seconds(30));
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(3), Duration::minutes(4));
        assert_eq!(backoff(7), Duration::hours(1));
        assert_eq!(backoff(50), Duration::hours(1));
    }
}
