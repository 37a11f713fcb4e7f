//! Routes that belong to the portal as a whole: the health checks, the stylesheet, the icon and the language
//! switch.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::session::with_cookie;
use super::{local_path, see_other};
use crate::AppState;
use crate::auth::Person;
use crate::error::AppError;
use crate::i18n::{LANG_COOKIE, Lang};
use crate::ui;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/health/ready", get(ready))
        .route("/static/{file}", get(stylesheet))
        .route("/favicon.ico", get(favicon))
        .route("/taal/{code}", get(switch_language))
}

/// `200 ok` when the database answers, `503` when it does not. For load balancers and monitoring.
async fn health(State(app): State<AppState>) -> Response {
    match app.db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "ok",
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "database",
            )
                .into_response()
        }
    }
}

/// Readiness, for an orchestrator or a monitor: `200` when the database answers and mail is flowing (the
/// oldest unsent message has waited less than `LOKET_MAIL_MAX_WAIT`), `503` otherwise. The JSON body names
/// each check: `{"status":"ok","database":"ok","mail":{"status":"ok","waiting":0,"oldest_waiting_s":null,
/// "not_delivered":0}}`. `/health` stays the liveness check: it fails only when the database does not answer.
async fn ready(State(app): State<AppState>) -> Response {
    let database = app.db.ping().await;
    let mail = match &database {
        Ok(()) => crate::mail::outbox::status(&app).await.ok(),
        Err(_) => None,
    };
    let late = mail.as_ref().is_none_or(|m| {
        m.oldest_waiting
            .is_some_and(|d| d.unsigned_abs() >= app.config.mail_max_wait)
    });
    let ok = database.is_ok() && !late;
    if let Err(e) = &database {
        tracing::error!(error = %e, "readiness: database does not answer");
    } else if late {
        tracing::warn!("readiness: mail is not flowing");
    }
    let word = |good: bool| if good { "ok" } else { "fail" };
    let body = serde_json::json!({
        "status": word(ok),
        "database": word(database.is_ok()),
        "mail": mail.map(|m| serde_json::json!({
            "status": word(!late),
            "waiting": m.waiting,
            "oldest_waiting_s": m.oldest_waiting.map(|d| d.whole_seconds()),
            "not_delivered": m.failed,
        })),
    });
    let status = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// The portal's own files: the stylesheet and the profile's logo under names that change with their content,
/// so browsers may keep them for a year, and the icon.
async fn stylesheet(
    State(app): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let pad = format!("/static/{file}");
    let (soort, inhoud, cache): (&str, String, &str) = if pad == ui::stylesheet_href() {
        (
            "text/css; charset=utf-8",
            ui::STYLESHEET.to_owned(),
            "public, max-age=31536000, immutable",
        )
    } else if pad == ui::FAVICON_HREF {
        (
            "image/svg+xml",
            ui::FAVICON.to_owned(),
            "public, max-age=86400",
        )
    } else if let Some(logo) = app.gemeente.logo.as_ref().filter(|l| l.href == pad) {
        (
            "image/svg+xml",
            logo.svg.clone(),
            "public, max-age=31536000, immutable",
        )
    } else {
        return Err(AppError::NotFound);
    };
    Ok((
        [
            (header::CONTENT_TYPE, soort),
            (header::CACHE_CONTROL, cache),
        ],
        inhoud,
    )
        .into_response())
}

/// Browsers and bookmark tools ask for `/favicon.ico` by themselves: it moves them for good to the icon.
async fn favicon() -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [
            (header::LOCATION, ui::FAVICON_HREF),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
    )
        .into_response()
}

#[derive(Deserialize)]
struct Terug {
    terug: Option<String>,
}

/// The language switch: a plain link, remembered in a cookie (and for a signed-in person, for their mail).
async fn switch_language(
    State(app): State<AppState>,
    person: Option<axum::Extension<Person>>,
    Path(code): Path<String>,
    Query(query): Query<Terug>,
) -> Result<Response, AppError> {
    let lang = Lang::from_code(&code).ok_or(AppError::NotFound)?;
    if let Some(axum::Extension(person)) = person {
        // Staff read their mail in Dutch or English, as their pages.
        let voor_mail = if person.rol.is_staf() {
            lang.voor_medewerkers()
        } else {
            lang
        };
        crate::auth::repo::set_language(&app.db.pool, &person.id, voor_mail).await?;
    }
    Ok(with_cookie(
        see_other(&local_path(query.terug.as_deref())),
        taal_cookie(&app, lang)?,
    ))
}

/// The cookie that remembers a choice of language for a year. Not secret and not personal.
fn taal_cookie(app: &AppState, lang: Lang) -> Result<HeaderValue, AppError> {
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
        lang.code(),
        if app.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    HeaderValue::from_str(&cookie).map_err(|e| AppError::Internal(e.to_string()))
}
