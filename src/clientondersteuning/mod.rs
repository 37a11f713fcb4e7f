//! Cliëntondersteuning: free, independent support for a resident during the whole Wmo procedure (Verordening
//! Sociaal Domein Lansingerland 2018, art. 4:9 lid 1 sub a, and its toelichting bij art. 4:1). The
//! cliëntondersteuner never decides on the request (Beleidsregels Wmo Het Hogeland 2023, §3.7.1).
//!
//! A public page explains it and names the organisations from the municipality's profile; a signed-in resident
//! (or someone who helps them, such as a mantelzorger) asks for it with one form, independent of any melding.
//! The request is stored and both mails (to the resident and to the organisation) go through the outbox in the
//! same transaction. [`repo::voor_persoon`] lists a person's requests for Mijn loket. A resident who lets the
//! municipality choose waits until staff choose an organisation or a cliëntondersteuner
//! ([`repo::te_kiezen`], [`repo::kiezen`]); each choice and each take is a step of the request
//! (`clientondersteuning_stappen`).

pub mod domain;
mod form;
mod handlers;
pub mod repo;
pub mod uit_melding;
mod views;

pub use views::{mail_gekozen, mail_ondersteuner, mail_organisatie};

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/clientondersteuning", get(handlers::uitleg))
        .route(
            "/clientondersteuning/aanvragen",
            get(handlers::formulier).post(handlers::aanvragen),
        )
        .route("/clientondersteuning/{id}", get(handlers::bevestiging))
}
