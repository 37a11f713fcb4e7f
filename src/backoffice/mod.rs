//! The back office: the one work queue of open cases of every scheme, and the processing of a Wmo case by a
//! consulent, from the planning of the gesprek to the besluit. Every page is under `/medewerker` and only for staff; every view of
//! a case is logged (NEN 7513 style).
//!
//! Paths: `/medewerker` (the queue, with filters), and per case `/medewerker/zaak/{id}` (the case),
//! `/reden` (why one opens a case that is not one's own), `/oppakken`, `/plan` and `/document/{doc}`
//! (downloads), and one page per step (`/gesprek`, `/geinformeerd`, `/tijdelijk`, `/onderzoek`, `/verslag`,
//! `/vraag`, `/aanvraag`, `/verdagen`, `/besluit`, `/sluiten`). `/medewerker/clientondersteuning` lists the
//! requests for cliëntondersteuning whose resident let the municipality choose who helps, with a page per
//! request to choose ([`clientondersteuning`]).

mod clientondersteuning;
pub mod domain;
mod form;
mod handlers;
mod repo;
mod views;
pub mod wachtrij;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::AppState;
use crate::zaken::document::UPLOAD_BODY_LIMIT;

pub use views::staf_pad;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/medewerker", get(handlers::wachtrij))
        .route(
            "/medewerker/clientondersteuning",
            get(clientondersteuning::lijst),
        )
        .route(
            "/medewerker/clientondersteuning/{id}",
            get(clientondersteuning::kiezen_form).post(clientondersteuning::kiezen),
        )
        .route("/medewerker/zaak/{id}", get(handlers::zaak))
        .route("/medewerker/zaak/{id}/reden", post(handlers::reden))
        .route("/medewerker/zaak/{id}/oppakken", post(handlers::oppakken))
        .route(
            "/medewerker/zaak/{id}/bewaarstop",
            post(crate::zaken::bewaarstop::zetten),
        )
        .route("/medewerker/zaak/{id}/plan", get(handlers::plan))
        .route(
            "/medewerker/zaak/{id}/besluit/brief",
            get(handlers::besluit_brief),
        )
        .route(
            "/medewerker/zaak/{id}/document/{doc}",
            get(handlers::document),
        )
        .route(
            "/medewerker/zaak/{id}/{stap}",
            get(handlers::stap).post(handlers::opslaan),
        )
        // Only these two steps take a file; every other form keeps the small default limit.
        .route(
            "/medewerker/zaak/{id}/verslag",
            get(handlers::verslag_form)
                .post(handlers::verslag)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/medewerker/zaak/{id}/besluit",
            get(handlers::besluit_form)
                .post(handlers::besluit)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
}
