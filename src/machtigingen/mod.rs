//! Machtigingen: residents who let someone help them, the helper who accepts, and the choice of for whom one
//! acts. Paths: `/namens` (choose), `/machtigingen` (the resident's own, and those they hold), `/machtigingen/nieuw`
//! (invite a helper), `/machtigingen/{id}` (one, with what the helper did) and its `/beeindigen`, and
//! `/uitnodiging/{token}` (the helper's link). What a machtiging allows is decided in one place,
//! [`crate::auth::namens`].

pub mod form;
mod handlers;
pub mod repo;
pub mod views;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

/// An invitation link works this long.
pub const UITNODIGING_GELDIG: time::Duration = time::Duration::days(14);

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/namens", get(handlers::kies).post(handlers::wissel))
        .route("/machtigingen", get(handlers::overzicht))
        .route(
            "/machtigingen/nieuw",
            get(handlers::nieuw_form).post(handlers::uitnodigen),
        )
        .route("/machtigingen/{id}", get(handlers::detail))
        .route("/machtigingen/{id}/beeindigen", post(handlers::beeindigen))
        .route(
            "/uitnodiging/{token}",
            get(handlers::uitnodiging).post(handlers::antwoord),
        )
}
