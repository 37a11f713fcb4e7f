//! Mijn gegevens: everything the portal holds about the signed-in person (AVG art. 15), grouped and in plain
//! words, with one download of all of it (a ZIP archive: a JSON file per part, a short LEESMIJ.txt, and the
//! documents as they were uploaded); what they can change themselves (their name, the language of their mail)
//! and a request to correct the rest (AVG art. 16): on a case it is a step of the case
//! ([`crate::zaken::correctie`]) that the consulent answers in the back office; about their account or
//! anything outside a case it goes to the municipality's address by mail.
//!
//! Paths: `/mijn-gegevens` (the page; a post saves name and language), `/mijn-gegevens/download` (the
//! archive) and `/mijn-gegevens/correctie` (the request; `?zaak=<id>` chooses a case). Only for a person acting
//! for themselves: someone acting for another, a cliëntondersteuner looking at a client, gets 404, so that
//! nobody downloads another person's data this way. Every download and request is in the person's own log
//! (`gegevens_log`), shown on the page (AVG art. 12 lid 3: within a month, here at once).

mod archief;
mod form;
mod handlers;
mod repo;
mod views;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub use archief::{MAX_BYTES, lees as lees_zip};
pub use repo::Overzichten;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/mijn-gegevens",
            get(handlers::pagina).post(handlers::opslaan),
        )
        .route("/mijn-gegevens/download", get(handlers::download))
        .route(
            "/mijn-gegevens/correctie",
            get(handlers::correctie_form).post(handlers::correctie),
        )
}
