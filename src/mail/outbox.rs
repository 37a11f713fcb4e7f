//! The outbox table and the worker that empties it.
//!
//! Several instances of the portal may run the worker at once: messages are claimed with a conditional update
//! before they are sent, so each message goes out once. A claim expires, so a message claimed by an instance
//! that crashed is picked up again. Each message is marked sent right after its own delivery, so a crash sends
//! again at most the one message that was on its way; its `Message-ID` stays the same, so a receiving server
//! can tell the repeat.
//!
//! Order: messages whose link works only for a short time (sign-in links, confirmation links) go before all
//! others, and are not sent at all once their link has stopped working. A message that the mail server refuses
//! for good (a `5xx` reply to its recipient or content) ends after [`MAX_REFUSALS`] refusals; one that fails for
//! a passing reason is tried again with a growing pause for about four days. Either way it ends "niet bezorgd"
//! (failed), with its reason, for staff to see. A mail server that cannot be reached (or refuses the
//! conversation itself) ends the pass: the worker waits before it tries again, and the messages it did not
//! try are not held responsible.

use std::sync::Arc;

use sqlx::{AnyConnection, Row};
use time::{Duration, OffsetDateTime};

use super::Email;
use super::smtp::Fault;
use super::transport::Outgoing;
use crate::AppState;
use crate::db::{self, BindAlle};
use crate::gemeente::Gemeente;
use crate::i18n::Tr;
use crate::token;

/// How long an instance holds the messages it claimed: at least this long, and long enough for a pass (which
/// takes new messages for [`PASS`] and then finishes the one it is sending, within the transport's limit), so
/// a claim does not run out mid-send.
const CLAIM: Duration = Duration::minutes(2);

fn claim_time(app: &AppState) -> Duration {
    let message = Duration::try_from(app.mail.transport.message_limit()).unwrap_or(CLAIM);
    CLAIM.max(message * 2 + Duration::seconds(10))
}
/// A pass stops taking new messages from its batch after this long, and gives the rest back: the next pass
/// claims again in order, so a sign-in link that came in meanwhile waits at most this long behind others.
const PASS: std::time::Duration = std::time::Duration::from_secs(1);
/// After this many failed attempts for a passing reason (about four days with the back-off below) a message
/// is given up.
pub const MAX_ATTEMPTS: i64 = 100;
/// After this many refusals for good (`5xx`) a message is given up: a refusal can be a server's mistake of the
/// moment, but it does not pass in days.
pub const MAX_REFUSALS: i64 = 3;
/// At most this many messages are claimed in one pass. On SQLite each claim is a write that residents'
/// submissions wait behind, so a busy moment is better served by fewer, larger claims.
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

/// Why a message ended unsent ("niet bezorgd").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The mail server refused it for good (a `5xx` reply), [`MAX_REFUSALS`] times.
    Rejected,
    /// Its link stopped working before it could be sent.
    Expired,
    /// It failed for passing reasons for [`MAX_ATTEMPTS`] attempts.
    GaveUp,
}

impl Failure {
    pub fn code(self) -> &'static str {
        match self {
            Failure::Rejected => "rejected",
            Failure::Expired => "expired",
            Failure::GaveUp => "gave_up",
        }
    }

    pub fn from_code(code: &str) -> Option<Failure> {
        match code {
            "rejected" => Some(Failure::Rejected),
            "expired" => Some(Failure::Expired),
            "gave_up" => Some(Failure::GaveUp),
            _ => None,
        }
    }
}

/// A message with its bodies rendered, ready to be written. Rendering before the transaction begins keeps
/// the time a writer holds the database short.
pub struct Prepared {
    to: String,
    subject: String,
    text: String,
    html: String,
    erase_after_sending: bool,
    link_geldig_tot: Option<OffsetDateTime>,
    bijlage: Option<super::Bijlage>,
}

impl Prepared {
    pub fn new(email: &Email, tr: &Tr, gemeente: &Gemeente) -> Prepared {
        Prepared {
            to: email.to.clone(),
            subject: email.subject.clone(),
            text: email.text(tr, gemeente),
            html: email.html(tr, gemeente),
            erase_after_sending: email.erase_after_sending,
            link_geldig_tot: email.link_geldig_tot,
            bijlage: email.bijlage.clone(),
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
    // Someone without an address of their own (known through a representative, or signed in with DigiD and
    // no address given yet): nothing to send.
    if message.to.starts_with(super::GEEN_ADRES) {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO outbox (id, recipient, subject, body_text, body_html, erase_after_sending, created_at, \
         next_attempt_at, priority, expires_at, bijlage_naam, bijlage_type, bijlage) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10, $11, $12)",
    )
    .bind(token::new_id())
    .bind(&message.to)
    .bind(&message.subject)
    .bind(&message.text)
    .bind(&message.html)
    .bind(i64::from(message.erase_after_sending))
    .bind(db::ts(now))
    .bind(if message.link_geldig_tot.is_some() { 0_i64 } else { 1 })
    .bind(message.link_geldig_tot.map(db::ts))
    .bind(message.bijlage.as_ref().map(|b| b.naam.as_str()))
    .bind(message.bijlage.as_ref().map(|b| b.soort.as_str()))
    .bind(message.bijlage.as_ref().map(|b| b.inhoud.as_str()))
    .execute(conn)
    .await?;
    Ok(())
}

/// What one pass of the worker did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    /// Not sent this time; tried again later, or given up.
    pub failed: usize,
    /// Messages that were due but were not tried in this pass (its time was up, the mail server could not be
    /// reached, or the portal is stopping).
    pub left: usize,
    /// The mail server could not be reached: wait before the next pass.
    pub unreachable: bool,
}

/// One claimed message.
struct Claimed {
    id: String,
    to: String,
    subject: String,
    text: String,
    html: String,
    bijlage: Option<super::Bijlage>,
    erase_after_sending: bool,
    expires_at: Option<OffsetDateTime>,
    attempts: i64,
    refusals: i64,
}

/// Sends the messages that are due now, most urgent first, at most [`BATCH`] per pass and for at most [`PASS`].
/// Errors of delivery are recorded per message; an error of the database ends the pass, after giving back
/// what it had not tried.
pub async fn deliver_due(app: &AppState) -> Result<Pass, sqlx::Error> {
    let now = app.clock.now();
    expire(app, now).await?;
    // This pass's token: only this pass marks or gives back the messages it claims.
    let pass_id = token::new_id();
    let claimed = claim(app, now, &pass_id).await?;
    let mut pass = Pass::default();
    let mut rest = claimed.into_iter();
    let result = send_claimed(app, &pass_id, &mut rest, &mut pass).await;
    let rest: Vec<String> = rest.map(|m| m.id).collect();
    pass.left = rest.len();
    let released = release(app, &pass_id, &rest).await;
    result?;
    released?;
    Ok(pass)
}

async fn send_claimed(
    app: &AppState,
    pass_id: &str,
    claimed: &mut std::vec::IntoIter<Claimed>,
    pass: &mut Pass,
) -> Result<(), sqlx::Error> {
    let started = std::time::Instant::now();
    for message in claimed.by_ref() {
        if message.expires_at.is_some_and(|t| t <= app.clock.now()) {
            give_up(
                app,
                pass_id,
                &message,
                Failure::Expired,
                "the link expired before sending",
            )
            .await?;
            pass.failed += 1;
            continue;
        }
        let outgoing = Outgoing {
            id: &message.id,
            to: &message.to,
            subject: &message.subject,
            text: &message.text,
            html: &message.html,
            bijlage: message.bijlage.as_ref(),
        };
        match app.mail.transport.send(&app.mail.from, &outgoing).await {
            Ok(()) => {
                // Marked at once: a crash after this point does not send it again.
                mark_sent(app, pass_id, &message).await?;
                tracing::info!(message_id = %message.id, "mail sent");
                pass.sent += 1;
            }
            Err(error) => {
                record_failure(app, pass_id, &message, error.kind, &error.message).await?;
                pass.failed += 1;
                if error.kind == Fault::Server {
                    // The next message would wait for the same time limit: wait, then try again.
                    pass.unreachable = true;
                    return Ok(());
                }
            }
        }
        if started.elapsed() > PASS || app.mail.is_stopping() {
            break;
        }
    }
    Ok(())
}

/// Ends the unsent messages whose link stopped working: sending them would only confuse.
async fn expire(app: &AppState, now: OffsetDateTime) -> Result<(), sqlx::Error> {
    let _turn = app.db.write_turn().await;
    let expired = sqlx::query(
        "UPDATE outbox SET failed_at = $1, failure = 'expired', last_error = 'the link expired before sending', \
         body_text = CASE WHEN erase_after_sending = 1 THEN '' ELSE body_text END, \
         body_html = CASE WHEN erase_after_sending = 1 THEN '' ELSE body_html END \
         WHERE priority = 0 AND sent_at IS NULL AND failed_at IS NULL AND expires_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until < $1)",
    )
    .bind(db::ts(now))
    .execute(&app.db.pool)
    .await?
    .rows_affected();
    if expired > 0 {
        tracing::error!(
            messages = expired,
            "mail not delivered: its link expired before it could be sent"
        );
    }
    Ok(())
}

/// Claims the due messages of this pass in one conditional update: only rows still unclaimed are taken, so an
/// instance that runs this at the same moment gets the others.
async fn claim(
    app: &AppState,
    now: OffsetDateTime,
    pass_id: &str,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let until = now + claim_time(app);
    // On PostgreSQL, rows that another instance is claiming at this moment are skipped rather than waited
    // for: after the wait they would be claimed already, and this pass would get nothing instead of the next
    // messages. The messages to claim are chosen once, in a `WITH` (which PostgreSQL reads once): inside the
    // `UPDATE`'s own condition the choice was made again when a row turned out to be changed meanwhile, and
    // an instance claiming at the same moment as another got nothing, round after round. SQLite has one writer
    // at a time and no row locks.
    let skip = match app.db.backend {
        db::Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        db::Backend::Sqlite => "",
    };
    let sql = format!(
        "WITH vrij AS (SELECT id FROM outbox \
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY priority, next_attempt_at LIMIT $3{skip}) \
         UPDATE outbox SET claimed_until = $2, claimed_by = $4 WHERE id IN (SELECT id FROM vrij) \
         AND sent_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until < $1) \
         RETURNING id, recipient, subject, body_text, body_html, erase_after_sending, expires_at, attempts, \
         refusals, priority, next_attempt_at, bijlage_naam, bijlage_type, bijlage"
    );
    let _turn = app.db.write_turn().await;
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(db::ts(now))
        .bind(db::ts(until))
        .bind(BATCH)
        .bind(pass_id)
        .fetch_all(&app.db.pool)
        .await?;
    // RETURNING gives no order: put them in the order of the queue again.
    let mut rows: Vec<(i64, String, Claimed)> = rows
        .into_iter()
        .map(|row| {
            let expires: Option<String> = row.get("expires_at");
            let naam: Option<String> = row.get("bijlage_naam");
            let soort: Option<String> = row.get("bijlage_type");
            let inhoud: Option<String> = row.get("bijlage");
            (
                row.get("priority"),
                row.get("next_attempt_at"),
                Claimed {
                    id: row.get("id"),
                    to: row.get("recipient"),
                    subject: row.get("subject"),
                    text: row.get("body_text"),
                    html: row.get("body_html"),
                    bijlage: match (naam, soort, inhoud) {
                        (Some(naam), Some(soort), Some(inhoud)) => Some(super::Bijlage {
                            naam,
                            soort,
                            inhoud,
                        }),
                        _ => None,
                    },
                    erase_after_sending: row.get::<i64, _>("erase_after_sending") == 1,
                    expires_at: expires.as_deref().and_then(db::parse_ts),
                    attempts: row.get("attempts"),
                    refusals: row.get("refusals"),
                },
            )
        })
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    Ok(rows.into_iter().map(|(_, _, m)| m).collect())
}

/// Marks one message sent; one that holds a secret also loses its bodies.
async fn mark_sent(app: &AppState, pass_id: &str, message: &Claimed) -> Result<(), sqlx::Error> {
    let erase = if message.erase_after_sending {
        ", body_text = '', body_html = ''"
    } else {
        ""
    };
    let sql = format!(
        "UPDATE outbox SET sent_at = $1, claimed_until = NULL, claimed_by = NULL, attempts = attempts + 1, \
         last_error = NULL, waits_on_recipient = 0{erase} WHERE id = $2 AND claimed_by = $3"
    );
    let _turn = app.db.write_turn().await;
    let marked = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(db::ts(app.clock.now()))
        .bind(&message.id)
        .bind(pass_id)
        .execute(&app.db.pool)
        .await?
        .rows_affected();
    if marked == 0 {
        // Its claim ran out and another pass took it: that pass may send it too.
        tracing::warn!(message_id = %message.id, "mail sent after its claim ran out");
    }
    Ok(())
}

/// A failed attempt: tried again after the back-off, or given up. A failure of the server is not held
/// against the message: its attempts and refusals stay as they were.
async fn record_failure(
    app: &AppState,
    pass_id: &str,
    message: &Claimed,
    fault: Fault,
    error: &str,
) -> Result<(), sqlx::Error> {
    // Replies can quote the recipient: the first line only, shortened, in the table (staff see the recipient
    // anyway); in the log without addresses.
    let error: String = error
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect();
    let attempts = message.attempts + 1;
    let refusals = message.refusals + i64::from(fault == Fault::Refused);
    if refusals >= MAX_REFUSALS {
        return give_up(app, pass_id, message, Failure::Rejected, &error).await;
    }
    if attempts >= MAX_ATTEMPTS {
        return give_up(app, pass_id, message, Failure::GaveUp, &error).await;
    }
    let later = app.clock.now();
    let _turn = app.db.write_turn().await;
    sqlx::query(
        "UPDATE outbox SET attempts = $2, refusals = $3, next_attempt_at = $4, claimed_until = NULL, \
         claimed_by = NULL, last_error = $5, waits_on_recipient = $6 WHERE id = $1 AND claimed_by = $7",
    )
    .bind(&message.id)
    .bind(attempts)
    .bind(refusals)
    .bind(db::ts(later + backoff(attempts)))
    .bind(&error)
    .bind(i64::from(fault == Fault::Passing))
    .bind(pass_id)
    .execute(&app.db.pool)
    .await?;
    tracing::warn!(message_id = %message.id, attempts, fault = ?fault, error = %without_addresses(&error), "mail not sent; will retry");
    Ok(())
}

/// Ends a message unsent ("niet bezorgd"), with its reason; a message that holds a secret loses its bodies.
async fn give_up(
    app: &AppState,
    pass_id: &str,
    message: &Claimed,
    failure: Failure,
    error: &str,
) -> Result<(), sqlx::Error> {
    let attempts = message.attempts + i64::from(failure != Failure::Expired);
    let refusals = message.refusals + i64::from(failure == Failure::Rejected);
    let _turn = app.db.write_turn().await;
    sqlx::query(
        "UPDATE outbox SET attempts = $2, refusals = $3, failed_at = $4, failure = $5, claimed_until = NULL, \
         claimed_by = NULL, last_error = $6, \
         body_text = CASE WHEN erase_after_sending = 1 THEN '' ELSE body_text END, \
         body_html = CASE WHEN erase_after_sending = 1 THEN '' ELSE body_html END \
         WHERE id = $1 AND claimed_by = $7",
    )
    .bind(&message.id)
    .bind(attempts)
    .bind(refusals)
    .bind(db::ts(app.clock.now()))
    .bind(failure.code())
    .bind(error)
    .bind(pass_id)
    .execute(&app.db.pool)
    .await?;
    tracing::error!(message_id = %message.id, attempts, failure = failure.code(), error = %without_addresses(error), "mail not delivered; given up");
    Ok(())
}

/// A mail server's reply with every address in it left out, for the log.
fn without_addresses(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.contains('@') {
                "<address>"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Gives claimed messages back unsent, for the next pass (of any instance).
async fn release(app: &AppState, pass_id: &str, ids: &[String]) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    // The ids are bound as parameters ($2, $3, ...); only their number shapes the statement.
    let sql = format!(
        "UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE id IN ({}) AND claimed_by = $1",
        db::plekken(2, ids.len())
    );
    let query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(pass_id)
        .bind_alle(ids);
    let _turn = app.db.write_turn().await;
    query.execute(&app.db.pool).await.map(|_| ())
}

/// At start: takes back the messages that a stopped instance claimed and whose claim has run out, and says
/// how many, and how many are still held. Other instances (on PostgreSQL, or one still stopping) may be
/// sending right now, so a claim that still holds is left alone: it is taken back once it runs out.
pub async fn take_back_claims(app: &AppState) -> Result<(u64, u64), sqlx::Error> {
    let now = db::ts(app.clock.now());
    let (taken_back, held) = {
        let _turn = app.db.write_turn().await;
        let taken_back = sqlx::query(
            "UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE sent_at IS NULL \
             AND failed_at IS NULL AND claimed_until < $1",
        )
        .bind(&now)
        .execute(&app.db.pool)
        .await?
        .rows_affected();
        let held: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND claimed_until >= $1",
        )
        .bind(&now)
        .fetch_one(&app.db.pool)
        .await?;
        (taken_back, u64::try_from(held).unwrap_or(0))
    };
    if taken_back > 0 || held > 0 {
        // The message each stopped instance was sending may have gone out just before: it goes out once
        // more, with the same Message-ID.
        tracing::warn!(
            taken_back,
            still_claimed = held,
            "outbox: claimed mail of a stopped instance"
        );
    } else {
        tracing::info!("outbox: no claimed mail to take back");
    }
    Ok((taken_back, held))
}

/// The state of the outbox, for the readiness check and for staff.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Status {
    /// Messages not sent yet and not given up.
    pub waiting: i64,
    /// How long the oldest of them has waited, leaving out those that wait for their recipient's mail server
    /// (greylisting, a full mailbox): that is not the portal's mail that stopped flowing.
    pub oldest_waiting: Option<Duration>,
    /// Messages that ended unsent ("niet bezorgd").
    pub failed: i64,
}

pub async fn status(app: &AppState) -> Result<Status, sqlx::Error> {
    let mut conn = app.db.pool.acquire().await?;
    status_op(&mut conn, app.clock.now()).await
}

/// [`status`] on a connection the caller holds, as of `nu`.
pub async fn status_op(
    conn: &mut AnyConnection,
    nu: OffsetDateTime,
) -> Result<Status, sqlx::Error> {
    // Each on a partial index of its own (`outbox_queue`, `outbox_wacht_sinds`, `outbox_failed`): the readiness
    // check and `/metrics` read them often.
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
    )
    .fetch_one(&mut *conn)
    .await?;
    let oldest: Option<String> = sqlx::query_scalar(
        "SELECT MIN(created_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL \
         AND waits_on_recipient = 0",
    )
    .fetch_one(&mut *conn)
    .await?;
    let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL")
        .fetch_one(&mut *conn)
        .await?;
    Ok(Status {
        waiting,
        oldest_waiting: oldest.as_deref().and_then(db::parse_ts).map(|t| nu - t),
        failed,
    })
}

/// One message that ended unsent, for staff.
#[derive(Debug, Clone)]
pub struct NietBezorgd {
    pub recipient: String,
    pub subject: String,
    pub created_at: OffsetDateTime,
    pub failed_at: OffsetDateTime,
    pub failure: Option<Failure>,
    pub error: String,
}

/// The messages that ended unsent most recently, newest first.
pub async fn niet_bezorgd(
    conn: &mut AnyConnection,
    limit: i64,
) -> Result<Vec<NietBezorgd>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT recipient, subject, created_at, failed_at, failure, last_error FROM outbox \
         WHERE failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let failure: Option<String> = row.get("failure");
            Some(NietBezorgd {
                recipient: row.get("recipient"),
                subject: row.get("subject"),
                created_at: db::parse_ts(row.get::<String, _>("created_at").as_str())?,
                failed_at: db::parse_ts(row.get::<String, _>("failed_at").as_str())?,
                failure: failure.as_deref().and_then(Failure::from_code),
                error: row
                    .get::<Option<String>, _>("last_error")
                    .unwrap_or_default(),
            })
        })
        .collect())
}

/// A delivered message is deleted this long after delivery: long enough to answer "did you get my mail?".
pub const BEZORGD_BEWAARD: Duration = Duration::days(7);

/// A message that could not be delivered stays listed for the beheerder this long.
pub const NIET_BEZORGD_BEWAARD: Duration = Duration::days(30);

/// Removes what has no use any more: ended sessions, used or expired sign-in links, old sign-in attempts,
/// delivered mail after [`BEZORGD_BEWAARD`] and undelivered mail after [`NIET_BEZORGD_BEWAARD`], sign-ins at a
/// provider that never came back, and kept forms whose time is up.
pub async fn housekeeping(app: &AppState) -> Result<(), sqlx::Error> {
    let nu = app.clock.now();
    let now = db::ts(nu);
    let day_ago = db::ts(nu - Duration::days(1));
    let _turn = app.db.write_turn().await;
    for (sql, voor) in [
        (
            "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1",
            nu - BEZORGD_BEWAARD,
        ),
        (
            "DELETE FROM outbox WHERE failed_at IS NOT NULL AND failed_at < $1",
            nu - NIET_BEZORGD_BEWAARD,
        ),
        (
            "DELETE FROM inlogpogingen WHERE aangemaakt_op < $1",
            nu - Duration::days(1),
        ),
        (
            "DELETE FROM bewaarde_formulieren WHERE bewaard_tot < $1",
            nu,
        ),
        (
            "DELETE FROM mail_tellingen WHERE op < $1",
            nu - super::limiet::VENSTER,
        ),
        (
            "DELETE FROM ongescande_uploads WHERE op < $1",
            nu - Duration::days(1),
        ),
        (
            "DELETE FROM virusvondsten WHERE op < $1",
            nu - Duration::days(90),
        ),
    ] {
        sqlx::query(sql)
            .bind(db::ts(voor))
            .execute(&app.db.pool)
            .await?;
    }
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

/// Runs until the mailer is stopped ([`super::Mailer::stop`]): delivers due mail when rung and every few
/// seconds, and tidies up hourly. A pass in progress ends after its current message.
pub async fn run_worker(app: AppState) {
    let bell: Arc<tokio::sync::Notify> = app.mail.bell();
    let mut last_housekeeping: Option<OffsetDateTime> = None;
    while !app.mail.is_stopping() {
        let more = match deliver_due(&app).await {
            Ok(pass) if pass.unreachable => false,
            Ok(pass) => pass.left > 0 || (pass.sent + pass.failed) as i64 >= BATCH,
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
        if app.mail.is_stopping() {
            break;
        }
        // More is waiting: go on at once.
        if more {
            continue;
        }
        tokio::select! {
            // A short pause after the bell gathers the mail of a busy moment into one batch: fewer writes
            // that residents' submissions would wait for, and mail that is at most a blink later.
            _ = bell.notified() => tokio::time::sleep(GATHER).await,
            _ = tokio::time::sleep(POLL) => {}
        }
    }
    app.mail.transport.close().await;
}

#[cfg(test)]
mod tests {
    use super::{Failure, backoff};
    use time::Duration;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(0), Duration::seconds(30));
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(3), Duration::minutes(4));
        assert_eq!(backoff(7), Duration::hours(1));
        assert_eq!(backoff(50), Duration::hours(1));
    }

    #[test]
    fn addresses_stay_out_of_the_log() {
        assert_eq!(
            super::without_addresses("550 5.1.1 <jan@example.nl>: Recipient address rejected"),
            "550 5.1.1 <address> Recipient address rejected"
        );
    }

    #[test]
    fn failures_round_trip_through_their_codes() {
        for f in [Failure::Rejected, Failure::Expired, Failure::GaveUp] {
            assert_eq!(Failure::from_code(f.code()), Some(f));
        }
        assert_eq!(Failure::from_code("other"), None);
    }
}
