//! The persoonlijk plan: the resident's own plan for a submitted melding, handed in within 7 days after it
//! (Wmo 2015 art. 2.3.2 lid 2; Beleidsregels Wmo Het Hogeland 2023, §2.3). Written with three guided questions
//! or uploaded as a file (PDF, JPG or PNG, stored in the database). A new version replaces the previous one
//! until the first gesprek.

pub mod domain;
pub(crate) mod form;
mod handlers;
pub mod repo;
mod views;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/melding/{id}/plan", get(handlers::show))
        .route(
            "/melding/{id}/plan/schrijven",
            get(handlers::write_form).post(handlers::write),
        )
        .route(
            "/melding/{id}/plan/uploaden",
            get(handlers::upload_form)
                .post(handlers::upload)
                // Only this route takes a file; every other form keeps the small default limit.
                .layer(DefaultBodyLimit::max(
                    crate::zaken::document::UPLOAD_BODY_LIMIT,
                )),
        )
        .route("/melding/{id}/plan/bestand", get(handlers::download))
}
