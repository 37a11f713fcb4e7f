//! Signing in by e-mail link, and out. The e-mail link is one way to prove who you are; a DigiD-style OpenID
//! Connect login can be added beside it and end the same way: find or create the person
//! ([`crate::auth::repo::find_or_create_person`]) and start a session ([`crate::http::session::start`]).
//!
//! Paths: `/inloggen` (the form), `/inloggen/verstuurd`, `/inloggen/link/{token}` (the page with the button
//! that uses the link), `/uitloggen`, `/uitgelogd`.

mod form;
mod handlers;
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
        .route("/uitloggen", post(handlers::sign_out))
        .route("/uitgelogd", get(handlers::signed_out))
}
