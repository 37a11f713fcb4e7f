//! Nothing typed is lost when a session ends. A form posted after its session ended (a DigiD session ends
//! after a quarter of an hour without a request) is kept on the server for [`BEWAARD`], for the person whose
//! session it was, under the hash of a random cookie: never in an address. The resident signs in again and
//! comes back to `/verder-invullen`, which gives the form back with their input, to send once more.
//!
//! Only forms of fields (`application/x-www-form-urlencoded`): a browser cannot be handed a file back.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use sqlx::Row;
use time::{Duration, OffsetDateTime};

use super::session::Verlopen;
use crate::AppState;
use crate::auth::Person;
use crate::db;
use crate::ids::PersoonId;
use crate::token;

/// How long a kept form waits for its person to sign in again.
pub const BEWAARD: Duration = Duration::minutes(30);

/// The page after signing in again.
pub const VERDER_PAD: &str = "/verder-invullen";

const COOKIE_NAAM: &str = "loket-bewaard";

/// Put on a response by the sign-in redirect of a page that needs a signed-in person.
#[derive(Clone, Copy, Debug)]
pub struct InloggenNodig;

/// A kept form: where it was sent and its fields, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bewaard {
    pub pad: String,
    pub velden: Vec<(String, String)>,
}

/// Keeps a form that comes in after its session ended, when its page asks to sign in.
pub async fn bewaar(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let verlopen = request.extensions().get::<Verlopen>().cloned();
    let formulier = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let Some(verlopen) = verlopen.filter(|_| {
        request.method() == Method::POST
            && formulier
            && request.extensions().get::<Person>().is_none()
    }) else {
        return next.run(request).await;
    };
    let pad = request.uri().path().to_owned();
    let (parts, body) = request.into_parts();
    let Ok(bytes) = http_body_util::Limited::new(body, super::BODY_LIMIT)
        .collect()
        .await
        .map(|b| b.to_bytes())
    else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let velden: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    if response.extensions().get::<InloggenNodig>().is_none() {
        return response;
    }
    let geheim = token::new_secret();
    let bewaard = Bewaard { pad, velden };
    if let Err(e) = sla_op(&app, &token::hash(&geheim), &verlopen.persoon_id, &bewaard).await {
        tracing::error!(error = %e, "could not keep a form posted after its session ended");
        return response;
    }
    let mut response = super::inloggen_met_terug(VERDER_PAD);
    response.headers_mut().append(
        axum::http::header::SET_COOKIE,
        cookie(&app, &geheim, BEWAARD.whole_seconds()),
    );
    response
}

fn cookie(app: &AppState, waarde: &str, max_age: i64) -> HeaderValue {
    super::cookie_header(app, COOKIE_NAAM, waarde, "/", max_age)
}

/// The header that clears the cookie of a kept form.
pub fn wis_cookie(app: &AppState) -> HeaderValue {
    cookie(app, "", 0)
}

/// The value of the kept form's cookie in this request, if any.
pub fn cookie_waarde(headers: &axum::http::HeaderMap) -> Option<String> {
    super::geheim_cookie(headers, COOKIE_NAAM)
}

async fn sla_op(
    app: &AppState,
    sleutel_hash: &str,
    persoon_id: &PersoonId,
    bewaard: &Bewaard,
) -> Result<(), sqlx::Error> {
    let now = app.clock.now();
    let velden = serde_json::to_string(&bewaard.velden).unwrap_or_default();
    let mut tx = app.db.begin_write().await?;
    sqlx::query("DELETE FROM bewaarde_formulieren WHERE bewaard_tot < $1")
        .bind(db::ts(now))
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO bewaarde_formulieren (sleutel_hash, persoon_id, pad, velden, bewaard_tot) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(sleutel_hash)
    .bind(persoon_id)
    .bind(&bewaard.pad)
    .bind(velden)
    .bind(db::ts(now + BEWAARD))
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Takes the kept form of this cookie for this person, once: it is gone after.
pub async fn neem(
    app: &AppState,
    geheim: &str,
    persoon_id: &PersoonId,
    now: OffsetDateTime,
) -> Result<Option<Bewaard>, sqlx::Error> {
    let hash = token::hash(geheim);
    let mut tx = app.db.begin_write().await?;
    let row = sqlx::query(
        "SELECT pad, velden FROM bewaarde_formulieren \
         WHERE sleutel_hash = $1 AND persoon_id = $2 AND bewaard_tot > $3",
    )
    .bind(&hash)
    .bind(persoon_id)
    .bind(db::ts(now))
    .fetch_optional(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM bewaarde_formulieren WHERE sleutel_hash = $1 AND persoon_id = $2")
        .bind(&hash)
        .bind(persoon_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(row.map(|row| Bewaard {
        pad: row.get("pad"),
        velden: serde_json::from_str(&row.get::<String, _>("velden")).unwrap_or_default(),
    }))
}
