//! Routes that belong to the portal as a whole: the health check, the stylesheet and the language switch.

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
        .route("/static/{file}", get(stylesheet))
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

/// The stylesheet, under a name that changes with its content, so browsers may keep it for a year.
async fn stylesheet(Path(file): Path<String>) -> Result<Response, AppError> {
    if file != ui::stylesheet_href().trim_start_matches("/static/") {
        return Err(AppError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        ui::STYLESHEET,
    )
        .into_response())
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
        crate::auth::repo::set_language(&app.db.pool, &person.id, lang).await?;
    }
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
        lang.code(),
        if app.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    let cookie = HeaderValue::from_str(&cookie).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(with_cookie(
        see_other(&local_path(query.terug.as_deref())),
        cookie,
    ))
}
