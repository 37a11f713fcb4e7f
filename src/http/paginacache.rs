//! A short-lived copy of the public pages as a visitor without a session sees them.
//!
//! The public pages (the start page, sign-in, the explanations, the checks and the deadline calculator, the
//! proposals) hold nothing about a person: for a visitor they depend only on the address, the language and the
//! moment. The same page asked for again within [`VERS`] is answered from memory, without rendering it again.
//! That keeps their cost flat when many people open them at once.
//!
//! A copy is never used for, nor made from, a request that carries any cookie but the language choice (a
//! session, a form's resume code), and only answers `200` without `Set-Cookie` are kept. Anything this instance
//! changes (every request that is not a `GET` or `HEAD`, unless it was refused) makes every copy old at once,
//! and the kept list of
//! public proposals ([`crate::App::voorstellen`]) with them; a change made by another instance shows after
//! [`VERS`] at the latest (on the list of proposals, whose copy is made from that list, after twice that).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{ACCEPT_ENCODING, AUTHORIZATION, CONTENT_TYPE, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::i18n::{LANG_COOKIE, negotiate};

/// How long a copy is used: the most a visitor's page can lag behind a change made by another instance.
pub const VERS: Duration = Duration::from_secs(1);

/// The most copies kept, and the most bytes: a flood of made-up query strings cannot grow the memory.
const MAX_KOPIEEN: usize = 512;
const MAX_BYTES: usize = 8 * 1024 * 1024;

/// A page larger than this is not kept.
const MAX_PAGINA: usize = 256 * 1024;

/// The most read of a page to keep it: far above any page of the portal.
const MAX_LEZEN: usize = 4 * 1024 * 1024;

/// The pages whose visitor's version is the same for everyone: only these are kept.
const PUBLIEK: &[&str] = &[
    "/",
    "/inloggen",
    "/melding",
    "/termijnen",
    "/clientondersteuning",
    "/blijverslening",
    "/blijverslening/check",
    "/kindpakket",
    "/kindpakket/check",
    "/kindpakket/voor-kinderen",
    "/uitdaagrecht",
    "/uitdaagrecht/voorstellen",
    "/begrippen",
    "/privacy",
    "/toegankelijkheid",
    "/contact",
];

fn publiek(pad: &str) -> bool {
    PUBLIEK.contains(&pad)
        || pad
            .strip_prefix("/uitdaagrecht/voorstellen/")
            .is_some_and(|id| !id.is_empty() && !id.contains('/'))
}

struct Kopie {
    /// The route template the page was made under, for the metrics of the requests the copy answers.
    route: MatchedPath,
    generatie: u64,
    gemaakt: Instant,
    klok: time::OffsetDateTime,
    headers: HeaderMap,
    body: Bytes,
}

pub struct PaginaCache {
    /// Moves on with every change this instance makes: a copy of an earlier generation is old.
    generatie: AtomicU64,
    kopieen: RwLock<HashMap<String, Kopie>>,
    bytes: AtomicU64,
    /// When the old copies were last cleared away (milliseconds since `begin`): when every copy is still
    /// fresh, a full store is not looked through again for every new page (a flood of made-up addresses).
    opgeruimd: AtomicU64,
    begin: Instant,
}

impl PaginaCache {
    pub fn new() -> Arc<PaginaCache> {
        Arc::new(PaginaCache {
            generatie: AtomicU64::new(0),
            kopieen: RwLock::new(HashMap::new()),
            bytes: AtomicU64::new(0),
            opgeruimd: AtomicU64::new(0),
            begin: Instant::now(),
        })
    }

    fn vergeet_alles(&self) {
        self.generatie.fetch_add(1, Ordering::AcqRel);
    }

    /// A response from a fresh copy, with the route it was made under.
    fn lees(
        &self,
        sleutel: &str,
        generatie: u64,
        nu: time::OffsetDateTime,
    ) -> Option<(Response, MatchedPath)> {
        let kopieen = self.kopieen.read().ok()?;
        let kopie = kopieen.get(sleutel)?;
        let oud = kopie.generatie != generatie
            || kopie.gemaakt.elapsed() >= VERS
            || nu < kopie.klok
            || nu - kopie.klok >= VERS;
        if oud {
            return None;
        }
        let mut response = Response::new(Body::from(kopie.body.clone()));
        *response.headers_mut() = kopie.headers.clone();
        Some((response, kopie.route.clone()))
    }

    fn bewaar(&self, sleutel: String, kopie: Kopie) {
        let Ok(mut kopieen) = self.kopieen.write() else {
            return;
        };
        let grootte = kopie.body.len() as u64;
        if kopieen.len() >= MAX_KOPIEEN
            || self.bytes.load(Ordering::Relaxed) + grootte > MAX_BYTES as u64
        {
            // Old copies go first, at most ten times within a copy's life; meanwhile, or when all are still
            // fresh, the new one is not kept.
            let nu = self.begin.elapsed().as_millis() as u64;
            if nu.saturating_sub(self.opgeruimd.load(Ordering::Relaxed))
                < VERS.as_millis() as u64 / 10
            {
                return;
            }
            self.opgeruimd.store(nu, Ordering::Relaxed);
            let generatie = self.generatie.load(Ordering::Acquire);
            kopieen.retain(|_, k| k.generatie == generatie && k.gemaakt.elapsed() < VERS);
            let over: u64 = kopieen.values().map(|k| k.body.len() as u64).sum();
            self.bytes.store(over, Ordering::Relaxed);
            if kopieen.len() >= MAX_KOPIEEN || over + grootte > MAX_BYTES as u64 {
                return;
            }
        }
        if let Some(vorige) = kopieen.insert(sleutel, kopie) {
            self.bytes
                .fetch_sub(vorige.body.len() as u64, Ordering::Relaxed);
        }
        self.bytes.fetch_add(grootte, Ordering::Relaxed);
    }
}

/// True when the request carries anything that can make its page personal: a cookie other than the language
/// choice, or credentials.
fn persoonlijk(headers: &HeaderMap) -> bool {
    headers.contains_key(AUTHORIZATION)
        || headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .map(str::trim)
            .filter(|pair| !pair.is_empty())
            .any(|pair| {
                pair.split_once('=')
                    .is_none_or(|(naam, _)| naam != LANG_COOKIE)
            })
}

/// Whether a request was refused before it could change anything: no form token or no right (403), no such page
/// or method (404, 405), too large (413), too many (429). Such requests leave the copies as they are, so that a
/// flood of them does not keep every visitor's page from being answered from memory.
fn geweigerd(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::FORBIDDEN
            | StatusCode::NOT_FOUND
            | StatusCode::METHOD_NOT_ALLOWED
            | StatusCode::PAYLOAD_TOO_LARGE
            | StatusCode::TOO_MANY_REQUESTS
    )
}

pub async fn gebruik(
    State((app, cache)): State<(AppState, Arc<PaginaCache>)>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let response = next.run(request).await;
        if !geweigerd(response.status()) {
            cache.vergeet_alles();
            app.voorstellen.vervuil();
        }
        return response;
    }
    if method != Method::GET || !publiek(request.uri().path()) || persoonlijk(request.headers()) {
        return next.run(request).await;
    }
    let gzip = request
        .headers()
        .get(ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("gzip"));
    let sleutel = format!(
        "{}|{}|{}",
        negotiate(request.headers()).code(),
        if gzip { "gz" } else { "-" },
        request
            .uri()
            .path_and_query()
            .map_or_else(|| request.uri().path(), |pq| pq.as_str())
    );
    let gemaakt = Instant::now();
    let generatie = cache.generatie.load(Ordering::Acquire);
    let nu = app.clock.now();
    if let Some((response, route)) = cache.lees(&sleutel, generatie, nu) {
        app.verkeer.tel(
            route.as_str(),
            &method,
            StatusCode::OK,
            gemaakt.elapsed().as_secs_f64(),
        );
        return response;
    }
    let response = next.run(request).await;
    let bewaarbaar = response.status() == StatusCode::OK
        && !response.headers().contains_key(SET_COOKIE)
        && response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
    if !bewaarbaar {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_LEZEN).await {
        Ok(body) => body,
        // Broken off: the page cannot be answered from its parts any more.
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    // Only a page with its route is kept, so that every copy it answers is counted under that route.
    let Some(route) = parts.extensions.get::<MatchedPath>().cloned() else {
        return Response::from_parts(parts, Body::from(body));
    };
    if body.len() > MAX_PAGINA {
        return Response::from_parts(parts, Body::from(body));
    }
    cache.bewaar(
        sleutel,
        Kopie {
            route,
            generatie,
            gemaakt,
            klok: nu,
            headers: parts.headers.clone(),
            body: body.clone(),
        },
    );
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_the_language_cookie_keeps_a_request_impersonal() {
        let mut headers = HeaderMap::new();
        assert!(!persoonlijk(&headers));
        headers.insert(COOKIE, HeaderValue::from_static("taal=en"));
        assert!(!persoonlijk(&headers));
        headers.insert(
            COOKIE,
            HeaderValue::from_static("taal=en; loket-sessie=abc"),
        );
        assert!(persoonlijk(&headers));
        headers.insert(COOKIE, HeaderValue::from_static("hervat"));
        assert!(persoonlijk(&headers));
    }

    #[test]
    fn only_public_pages_are_kept() {
        assert!(publiek("/"));
        assert!(publiek("/uitdaagrecht/voorstellen/abc"));
        assert!(!publiek("/uitdaagrecht/voorstellen/abc/steun"));
        assert!(!publiek("/uitdaagrecht/voorstel/abc"));
        assert!(!publiek("/melding/abc"));
        assert!(!publiek("/mijn-loket"));
        assert!(!publiek("/inloggen/link/abc"));
    }
}
