//! Request metrics for `/metrics`: per route template (never the path itself, which can hold ids and tokens),
//! the number of requests by method and status class, and a latency histogram.
//!
//! The middleware runs on every request the router answers (a visitor's copy of a public page, answered before
//! the router, counts itself with [`Verkeer::tel`]), so it is kept cheap: one read-locked map lookup by the route's text,
//! an atomic increment and one histogram observation. The series of a route are made at its first request.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::{Family, MetricConstructor};
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

use crate::AppState;

/// The route label of a request that matched no route (a 404 from the fallback).
pub const GEEN_ROUTE: &str = "unmatched";

/// Upper bounds of the latency buckets, in seconds; the slowest a request may take is 30 s (5 min for an
/// upload), which lands in `+Inf`.
const GRENZEN: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

const METHODES: [&str; 4] = ["GET", "POST", "HEAD", "other"];
const KLASSEN: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Verzoek {
    route: Arc<str>,
    method: &'static str,
    status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    route: Arc<str>,
}

#[derive(Clone, Copy)]
struct Emmers;

impl MetricConstructor<Histogram> for Emmers {
    fn new_metric(&self) -> Histogram {
        Histogram::new(GRENZEN)
    }
}

/// The series of one route, taken from the families once.
struct PerRoute {
    route: Arc<str>,
    duur: Histogram,
    tellers: [[OnceLock<Counter>; 5]; 4],
}

/// The request metrics of this instance, since it started.
#[derive(Clone)]
pub struct Verkeer {
    routes: Arc<RwLock<HashMap<Box<str>, Arc<PerRoute>>>>,
    verzoeken: Family<Verzoek, Counter>,
    duur: Family<Route, Histogram, Emmers>,
}

impl Default for Verkeer {
    fn default() -> Self {
        Verkeer {
            routes: Arc::default(),
            verzoeken: Family::default(),
            duur: Family::new_with_constructor(Emmers),
        }
    }
}

impl Verkeer {
    /// Counts one request to `route` (a template such as `/melding/{id}`) that took `seconden`.
    pub fn tel(&self, route: &str, method: &Method, status: StatusCode, seconden: f64) {
        let per_route = self.per_route(route);
        let m = match *method {
            Method::GET => 0,
            Method::POST => 1,
            Method::HEAD => 2,
            _ => 3,
        };
        let k = usize::from(status.as_u16() / 100).clamp(1, 5) - 1;
        per_route.tellers[m][k]
            .get_or_init(|| {
                self.verzoeken.get_or_create_owned(&Verzoek {
                    route: per_route.route.clone(),
                    method: METHODES[m],
                    status: KLASSEN[k],
                })
            })
            .inc();
        per_route.duur.observe(seconden);
    }

    fn per_route(&self, route: &str) -> Arc<PerRoute> {
        if let Some(r) = self
            .routes
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(route)
        {
            return r.clone();
        }
        let mut routes = self.routes.write().unwrap_or_else(|e| e.into_inner());
        routes
            .entry(route.into())
            .or_insert_with(|| {
                let naam: Arc<str> = route.into();
                Arc::new(PerRoute {
                    duur: self.duur.get_or_create_owned(&Route {
                        route: naam.clone(),
                    }),
                    route: naam,
                    tellers: Default::default(),
                })
            })
            .clone()
    }

    /// Adds the request metrics to a registry that is about to be encoded.
    pub fn registreer(&self, registry: &mut Registry) {
        registry.register(
            "loket_http_requests",
            "HTTP requests served, by route template, method and status class",
            self.verzoeken.clone(),
        );
        registry.register_with_unit(
            "loket_http_request_duration",
            "Time from a request's arrival to its answer's head, by route template",
            Unit::Seconds,
            self.duur.clone(),
        );
    }
}

/// The middleware: counts every request the router answers under its route template, and hands the template
/// on in the response's extensions.
pub async fn meet(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let begin = Instant::now();
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(request).await;
    app.verkeer.tel(
        route.as_ref().map_or(GEEN_ROUTE, |r| r.as_str()),
        &method,
        response.status(),
        begin.elapsed().as_secs_f64(),
    );
    // For the copy of a public page, which counts itself under this route when it answers in its place.
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_counted_per_template_method_and_class() {
        let verkeer = Verkeer::default();
        verkeer.tel("/melding/{id}", &Method::GET, StatusCode::OK, 0.002);
        verkeer.tel("/melding/{id}", &Method::GET, StatusCode::OK, 0.2);
        verkeer.tel("/melding/{id}", &Method::POST, StatusCode::SEE_OTHER, 0.01);
        verkeer.tel(GEEN_ROUTE, &Method::DELETE, StatusCode::NOT_FOUND, 0.0);
        let mut registry = Registry::default();
        verkeer.registreer(&mut registry);
        let mut tekst = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut tekst, &registry).unwrap();
        assert!(
            tekst.contains(
                "loket_http_requests_total{route=\"/melding/{id}\",method=\"GET\",status=\"2xx\"} 2\n"
            ),
            "{tekst}"
        );
        assert!(tekst.contains(
            "loket_http_requests_total{route=\"/melding/{id}\",method=\"POST\",status=\"3xx\"} 1\n"
        ));
        assert!(tekst.contains(
            "loket_http_requests_total{route=\"unmatched\",method=\"other\",status=\"4xx\"} 1\n"
        ));
        assert!(tekst.contains(
            "loket_http_request_duration_seconds_bucket{route=\"/melding/{id}\",le=\"0.0025\"} 1\n"
        ), "{tekst}");
        assert!(
            tekst
                .contains("loket_http_request_duration_seconds_count{route=\"/melding/{id}\"} 3\n")
        );
    }
}
