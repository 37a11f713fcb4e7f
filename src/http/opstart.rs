//! The portal while it starts. `loket serve` listens before it connects to the database and brings it up to
//! date (the migrations can take a while after an upgrade), so that an orchestrator sees a live process that is
//! not ready yet, instead of a refused connection:
//!
//! | request | while starting | once ready |
//! |---|---|---|
//! | `GET /health` | `200 starting` (the process is alive) | `200 ok` while the database answers |
//! | `GET /health/ready` | `503 {"status":"migrating","database":"migrating"}` | the readiness check |
//! | anything else | `503`, a short page in the person's language, `Retry-After: 60` | the portal |
//!
//! [`Wissel`] holds both routers and hands every request to the one that applies; the server asks it per
//! request, so a connection opened while starting gets the portal once it is ready.

use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::{DOCTYPE, html};

use crate::i18n::{I18n, Tr, msg, negotiate};

/// Seconds a client is asked to wait while the portal starts.
pub const RETRY_AFTER_S: u64 = 60;

/// The router for requests: the portal once it is ready, the start-up answers until then.
#[derive(Clone)]
pub struct Wissel {
    klaar: Arc<OnceLock<Router>>,
    opstart: Router,
}

impl Wissel {
    /// A portal that is starting: every request gets the start-up answers until [`Wissel::klaar`].
    pub fn opstarten(i18n: Arc<I18n>) -> Wissel {
        Wissel {
            klaar: Arc::new(OnceLock::new()),
            opstart: router(i18n),
        }
    }

    /// From now on every request goes to `portal`.
    pub fn klaar(&self, portal: Router) {
        let _ = self.klaar.set(portal);
    }

    pub fn is_klaar(&self) -> bool {
        self.klaar.get().is_some()
    }

    /// The router for the next request.
    pub fn router(&self) -> &Router {
        self.klaar.get().unwrap_or(&self.opstart)
    }
}

impl From<Router> for Wissel {
    /// A portal that is ready from the start.
    fn from(portal: Router) -> Wissel {
        let klaar = OnceLock::new();
        let _ = klaar.set(portal.clone());
        Wissel {
            klaar: Arc::new(klaar),
            opstart: portal,
        }
    }
}

/// The answers while starting.
fn router(i18n: Arc<I18n>) -> Router {
    Router::new()
        .route("/health", get(levend))
        .route("/health/ready", get(niet_klaar))
        .fallback(move |headers: HeaderMap| async move { bezig(&i18n, &headers) })
}

/// Alive, not ready: `200` for the liveness check.
async fn levend() -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "starting",
    )
        .into_response()
}

/// The readiness check while the database is being connected to and migrated.
async fn niet_klaar() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_S)),
        ],
        r#"{"status":"migrating","database":"migrating"}"#,
    )
        .into_response()
}

/// A short page, without the portal's layout or stylesheet (neither is served yet): come back in a minute.
fn bezig(i18n: &Arc<I18n>, headers: &HeaderMap) -> Response {
    let tr = Tr::new(i18n.clone(), negotiate(headers));
    let titel = tr.t(msg::FOUT_OPSTARTEN_TITEL);
    let pagina = html! {
        (DOCTYPE)
        html lang=(tr.lang().code()) dir=[tr.lang().rtl().then_some("rtl")] {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (titel) }
            }
            body {
                main {
                    h1 { (titel) }
                    p { (tr.t(msg::FOUT_OPSTARTEN_TEKST)) }
                    p { (tr.t(msg::FOUT_OPSTARTEN_LATER)) }
                }
            }
        }
    };
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, pagina).into_response();
    let h = response.headers_mut();
    h.insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_S));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(super::headers::CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        HeaderName::from_static("referrer-policy"),
        HeaderValue::from_static("same-origin"),
    );
    response
}
