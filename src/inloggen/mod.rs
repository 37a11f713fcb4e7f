//! Signing in, and out: by e-mail link (the default, with nothing to configure) and through OpenID providers
//! (DigiD, eHerkenning, the municipality's own for staff: [`oidc`], [`aanbieder`]). Each ends the same way:
//! find, link or create the person ([`crate::auth::repo`]) and start a session ([`crate::http::session::start`])
//! that records how it was started, for the pages that accept only some ways ([`crate::auth::Inlogregel`]).
//!
//! Paths: `/inloggen` (the choice and the e-mail form), `/inloggen/verstuurd`, `/inloggen/link/{token}` (the
//! page with the button that uses the link), `/inloggen/{aanbieder}` and `/inloggen/{aanbieder}/terug` (to
//! the provider and back), `/inloggen/adres` (an address for a new DigiD account), `/verder-invullen` (a form
//! kept while the session had ended), `/uitloggen`, `/uitgelogd`.

mod aanbieder;
mod form;
mod handlers;
pub mod oidc;
mod views;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/inloggen",
            get(handlers::form).post(handlers::request_link),
        )
        .route("/inloggen/verstuurd", get(handlers::link_sent))
        .route(
            "/inloggen/link/{token}",
            get(handlers::confirm).post(handlers::sign_in),
        )
        .route("/inloggen/adres", get(handlers::adres))
        .route("/inloggen/{aanbieder}", post(aanbieder::begin))
        .route("/inloggen/{aanbieder}/terug", get(aanbieder::terug))
        .route("/verder-invullen", get(handlers::verder))
        .route("/uitloggen", post(handlers::sign_out))
        .route("/uitgelogd", get(handlers::signed_out))
}
