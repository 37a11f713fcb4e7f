//! `/metrics`: what the people who run the portal watch, in the Prometheus text format. Counts and times only,
//! never about one person: requests per route template, method and status class, their latency, the database
//! pool, the mail outbox, retention and the virus-scan queue.
//!
//! The request metrics are this instance's own since it started ([`crate::http::metriek`]); the others are read
//! from the database at every scrape, so every instance on one database shows the same values for them. When
//! `LOKET_METRICS_TOKEN` is set, a scrape must send `Authorization: Bearer <token>`; otherwise it answers 401.
//!
//! Path: `/metrics`.

pub mod repo;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::prometheus_text::{CONTENT_TYPE, encode};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::{Registry, Unit};
use std::sync::atomic::AtomicU64;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(metrics))
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Soort {
    kind: String,
}

/// Whether the request may read the metrics.
fn toegelaten(app: &AppState, headers: &HeaderMap) -> bool {
    let Some(token) = app.config.metrics_token.as_deref() else {
        return true;
    };
    let gegeven = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    // Compared as hashes: the time the comparison takes tells nothing about the token.
    gegeven.is_some_and(|g| crate::token::hash(g) == crate::token::hash(token))
}

fn gauge(registry: &mut Registry, naam: &str, uitleg: &str, waarde: i64) {
    let g: Gauge = Gauge::default();
    g.set(waarde);
    registry.register(naam, uitleg, g);
}

fn gauge_f64(registry: &mut Registry, naam: &str, uitleg: &str, unit: Unit, waarde: f64) {
    let g: Gauge<f64, AtomicU64> = Gauge::default();
    g.set(waarde);
    registry.register_with_unit(naam, uitleg, unit, g);
}

/// `GET /metrics`.
async fn metrics(State(app): State<AppState>, headers: HeaderMap) -> Response {
    if !toegelaten(&app, &headers) {
        return (
            StatusCode::UNAUTHORIZED,
            [
                (header::WWW_AUTHENTICATE, "Bearer"),
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            ],
            "401 Unauthorized: /metrics needs Authorization: Bearer <LOKET_METRICS_TOKEN>\n",
        )
            .into_response();
    }
    let mut registry = Registry::default();
    app.verkeer.registreer(&mut registry);
    let pool = &app.db.pool;
    gauge(
        &mut registry,
        "loket_db_pool_connections",
        "Connections the database pool holds now, in use and idle",
        i64::from(pool.size()),
    );
    gauge(
        &mut registry,
        "loket_db_pool_idle_connections",
        "Idle connections in the database pool",
        i64::try_from(pool.num_idle()).unwrap_or(i64::MAX),
    );
    gauge(
        &mut registry,
        "loket_db_pool_max_connections",
        "Most connections the database pool opens (LOKET_DB_MAX_CONNECTIONS)",
        i64::from(pool.options().get_max_connections()),
    );
    let uit_database = lees(&app, &mut registry).await;
    if let Err(e) = &uit_database {
        tracing::error!(error = %e, "metrics: the database did not answer");
    }
    gauge(
        &mut registry,
        "loket_database_up",
        "1 when the database answered the queries of this scrape, 0 when it did not",
        i64::from(uit_database.is_ok()),
    );
    let mut tekst = String::with_capacity(16 * 1024);
    if let Err(e) = encode(&mut tekst, &registry) {
        tracing::error!(error = %e, "metrics: could not encode");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        tekst,
    )
        .into_response()
}

/// The gauges read from the database. Nothing is added when a query fails.
async fn lees(app: &AppState, registry: &mut Registry) -> Result<(), sqlx::Error> {
    let pool = &app.db.pool;
    let mail = crate::mail::outbox::status(app).await?;
    let ongescand = repo::ongescand(pool).await?;
    let ronde = repo::laatste_bewaarronde(pool).await?;
    let concepten = repo::concepten_voor_verwijdering(pool).await?;

    gauge(
        registry,
        "loket_mail_outbox_waiting",
        "Messages in the outbox not sent yet and not given up",
        mail.waiting,
    );
    gauge(
        registry,
        "loket_mail_outbox_failed",
        "Messages that ended undelivered (niet bezorgd), kept 30 days and listed at /medewerker/beheer/e-mail",
        mail.failed,
    );
    gauge_f64(
        registry,
        "loket_mail_outbox_oldest_waiting",
        "Age of the oldest message not sent yet, leaving out those that wait for their recipient's mail \
         server (greylisting); 0 when none waits. /health/ready fails at LOKET_MAIL_MAX_WAIT",
        Unit::Seconds,
        mail.oldest_waiting
            .map_or(0.0, |d| d.as_seconds_f64().max(0.0)),
    );
    gauge(
        registry,
        "loket_virus_scan_waiting",
        "Uploads stored while clamd could not be reached, waiting for their scan (no one can open them yet)",
        ongescand,
    );
    gauge_f64(
        registry,
        "loket_retention_last_run_timestamp",
        "When the last finished daily retention run ended (Unix time); 0 when none has",
        Unit::Seconds,
        ronde
            .as_ref()
            .map_or(0.0, |r| r.klaar_op.unix_timestamp() as f64),
    );
    let verwijderd: Family<Soort, Gauge> = Family::default();
    for (soort, n) in ronde.iter().flat_map(|r| &r.tellingen) {
        // Warnings are mails sent, not rows deleted.
        if soort != "waarschuwing" {
            verwijderd
                .get_or_create(&Soort {
                    kind: soort.clone(),
                })
                .set(*n);
        }
    }
    registry.register(
        "loket_retention_last_run_deleted",
        "Rows the last finished retention run deleted, by kind",
        verwijderd,
    );
    gauge(
        registry,
        "loket_retention_drafts_awaiting_deletion",
        "Drafts whose owner was warned that they go, unchanged since: a later run deletes them",
        concepten,
    );
    Ok(())
}
