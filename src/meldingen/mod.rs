//! The melding journey: a resident, or someone who helps them, reports a need for support, one question per
//! page, with the draft kept on the server after every step; a check page; one submit; a confirmation with the
//! dates of the persoonlijk plan and the onderzoek, also by e-mail; a printable receipt.
//!
//! Paths: `/melding` (what it is, begin), `/melding/hervatten` (continue with the code), and per melding
//! `/melding/{id}/stap/{stap}`, `/spoed`, `/later`, `/controleren`, `/indienen`, `/bevestiging`,
//! `/ontvangstbewijs`, and `/verwijderen` to throw a draft away. Every page of a melding is only for the person who filed it; anyone else gets 404.

pub mod domain;
mod form;
mod handlers;
pub mod indiener;
pub mod repo;
mod views;
pub mod wachttijd;

pub use views::{levensgebied_label, samenvatting};

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/melding", get(handlers::start).post(handlers::begin))
        .route(
            "/melding/hervatten",
            get(handlers::hervatten_form).post(handlers::hervatten),
        )
        .route(
            "/melding/{id}/stap/{stap}",
            get(handlers::stap_tonen).post(handlers::stap_opslaan),
        )
        .route("/melding/{id}/spoed", get(handlers::spoed))
        .route("/melding/{id}/later", get(handlers::later))
        .route("/melding/{id}/controleren", get(handlers::controleren))
        .route(
            "/melding/{id}/verwijderen",
            get(handlers::verwijderen_vraag).post(handlers::verwijderen),
        )
        .route("/melding/{id}/indienen", post(handlers::indienen))
        .route("/melding/{id}/bevestiging", get(handlers::bevestiging))
        .route(
            "/melding/{id}/ontvangstbewijs",
            get(handlers::ontvangstbewijs),
        )
}
