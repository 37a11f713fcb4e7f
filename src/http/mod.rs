//! HTTP plumbing shared by every capability: router composition, security headers, CSRF protection, sessions,
//! body limits, static files, the language switch, error pages, the health checks and the server itself.

pub mod bewaren;
mod ctx;
mod deadline;
mod error_pages;
mod headers;
pub mod klant;
pub mod metriek;
pub mod opstart;
mod paginacache;
pub mod server;
pub mod session;
pub mod spool;
pub(crate) mod system;

pub use ctx::{Ctx, from_parts};
pub use paginacache::VERS;
pub use session::{SESSION_LIFETIME, set_session_cookie};

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath};
use axum::http::Request;
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Redirect, Response};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::csrf::CsrfLayer;
use tower_http::trace::TraceLayer;

use crate::AppState;

/// Largest request body accepted by default (forms). Upload routes raise it for themselves.
pub const BODY_LIMIT: usize = 64 * 1024;

/// A request that takes longer than this gets a 503 page.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// An upload (a multipart form) may take this long, its sending included: 10 MB over a slow mobile
/// connection (1 Mbit/s) takes about 90 seconds. One that stops moving is cut off sooner, by the server's
/// idle limit ([`server::IDLE_TIMEOUT`]).
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(5 * 60);

/// Puts the shared middleware around the capabilities' routes. Layers listed later wrap the earlier ones, so a
/// request passes them from the bottom up.
pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    let csrf = match CsrfLayer::new().add_trusted_origin(&state.config.base_url) {
        Ok(layer) => layer,
        Err(e) => {
            tracing::warn!(error = %e, "LOKET_BASE_URL is not usable as a trusted origin");
            CsrfLayer::new()
        }
    };
    let pagina_cache = (state.clone(), paginacache::PaginaCache::new());
    let binnen = routes
        .merge(system::router())
        .fallback(|| async { crate::error::AppError::NotFound })
        .layer(CatchPanicLayer::new())
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(csrf)
        .layer(axum::middleware::from_fn(time_limit))
        // Renders every non-HTML error response (also from the layers above) as a page in the person's language.
        .layer(from_fn_with_state(state.clone(), error_pages::render))
        .layer(from_fn_with_state(state.clone(), bewaren::bewaar))
        .layer(from_fn_with_state(state.clone(), session::load))
        .layer(from_fn_with_state(state.clone(), headers::security))
        // A ZIP archive (Mijn gegevens) is deflated already: compressing it again costs CPU and saves nothing.
        .layer(CompressionLayer::new().gzip(true).compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new("application/zip")),
        ))
        // Logs the route template, never the path itself: paths can hold sign-in tokens.
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let route = request
                    .extensions()
                    .get::<MatchedPath>()
                    .map_or("-", |p| p.as_str());
                tracing::info_span!("request", method = %request.method(), route)
            }),
        )
        // Outermost of a route's layers: counts every request the router answers under its route template, with
        // the status it finally got (a visitor's copy, answered before the router, counts itself).
        .layer(from_fn_with_state(state.clone(), metriek::meet))
        .with_state(state);
    // Around the router: public pages as a visitor sees them, answered from a copy of at most a second old
    // without passing the layers above (the copy counts itself in the metrics under its route).
    Router::new().fallback_service(tower::Layer::layer(
        &from_fn_with_state(pagina_cache, paginacache::gebruik),
        binnen,
    ))
}

/// Bounds the time of a request ([`REQUEST_TIMEOUT`], or [`UPLOAD_TIMEOUT`] for a multipart form).
async fn time_limit(request: Request<axum::body::Body>, next: axum::middleware::Next) -> Response {
    let upload = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if upload {
        UPLOAD_TIMEOUT
    } else {
        REQUEST_TIMEOUT
    };
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// A file the browser saves instead of showing (`naam` is the file name it gets), never sniffed into a page.
pub fn download(
    mime: &'static str,
    naam: &str,
    inhoud: Vec<u8>,
) -> Result<Response, crate::error::AppError> {
    use axum::http::{HeaderValue, header};
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{naam}\""))
        .map_err(|e| crate::error::AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        inhoud,
    )
        .into_response())
}

/// The value of a cookie holding a random secret ([`crate::token::new_secret`]: 64 hex digits), if the request
/// carries one by that name. Anything else under the name is ignored.
pub fn geheim_cookie(headers: &axum::http::HeaderMap, naam: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == naam)
        .map(|(_, v)| v.to_owned())
        .filter(|v| crate::token::is_geheim(v))
}

/// `Set-Cookie` for a cookie of the portal: `HttpOnly`, `SameSite=Lax` (so that it comes along when a provider
/// or a mail link sends the browser here), and `Secure` when served over https. `max_age` 0 clears it.
pub fn cookie_header(
    app: &AppState,
    naam: &str,
    waarde: &str,
    pad: &str,
    max_age: i64,
) -> axum::http::HeaderValue {
    let secure = if app.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    axum::http::HeaderValue::from_str(&format!(
        "{naam}={waarde}; Path={pad}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or(axum::http::HeaderValue::from_static(""))
}

/// A 303 "See Other" to a page of the portal: the answer to every successful form post.
pub fn see_other(path: &str) -> Response {
    // A path that cannot be a header (a line break from a decoded path parameter, say) leads nowhere.
    match axum::http::HeaderValue::from_str(path) {
        Ok(_) => Redirect::to(path).into_response(),
        Err(_) => crate::error::AppError::NotFound.into_response(),
    }
}

/// Only paths inside the portal are followed after a language switch or sign-in; anything else goes home.
pub fn local_path(candidate: Option<&str>) -> String {
    match candidate {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.contains("://")
                // Browsers drop tabs and line breaks from addresses: "/\t/evil.example" would be "//evil.example".
                && !p.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            p.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// The page to return to after sign-in, from the `terug` query or form field: a path inside the portal of
/// reasonable length, or `None`.
pub fn terug(candidate: Option<&str>) -> Option<String> {
    candidate
        .filter(|p| p.len() <= 500 && !p.starts_with("/inloggen") && *p != "/mijn-loket")
        .map(|p| local_path(Some(p)))
        .filter(|p| p != "/")
}

/// A text as one value of a query string: everything but letters, digits and `-._~/` percent-encoded.
pub fn query_waarde(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl IntoResponse for crate::auth::NaarInloggen {
    fn into_response(self) -> Response {
        let mut response = match self.1.as_slice() {
            // Any way, or the e-mail link only (no provider configured): the plain sign-in page.
            [] | [crate::auth::Middel::Email] => inloggen_met_terug(&self.0),
            middelen => {
                let mut pad = format!(
                    "/inloggen?met={}",
                    middelen
                        .iter()
                        .map(|m| m.code())
                        .collect::<Vec<_>>()
                        .join(",")
                );
                if let Some(p) = terug(Some(&self.0)) {
                    pad.push_str(&format!("&terug={}", query_waarde(&p)));
                }
                see_other(&pad)
            }
        };
        // For the layer that keeps a form posted after the session ended.
        response.extensions_mut().insert(bewaren::InloggenNodig);
        response
    }
}

/// The sign-in page, with the way back to `path` (the page that needed a signed-in person).
pub fn inloggen_met_terug(path: &str) -> Response {
    match terug(Some(path)) {
        Some(p) => see_other(&format!("/inloggen?terug={}", query_waarde(&p))),
        None => see_other("/inloggen"),
    }
}

#[cfg(test)]
mod tests {
    use super::{local_path, query_waarde, terug};

    #[test]
    fn the_way_back_after_sign_in_stays_inside_the_portal() {
        assert_eq!(terug(Some("/melding/abc")).as_deref(), Some("/melding/abc"));
        assert_eq!(terug(Some("https://evil.example")), None);
        assert_eq!(terug(Some("//evil.example")), None);
        assert_eq!(terug(Some("/inloggen/link/x")), None);
        assert_eq!(terug(Some("/\t/evil.example")), None);
        assert_eq!(terug(Some("/ /evil.example")), None);
        assert_eq!(terug(None), None);
        assert_eq!(query_waarde("/a?b=c d&é"), "/a%3Fb%3Dc%20d%26%C3%A9");
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path(Some("/mijn-loket?x=1")), "/mijn-loket?x=1");
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(None), "/");
    }
}
