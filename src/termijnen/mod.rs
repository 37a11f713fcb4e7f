//! Legal terms: the pure rules that count them ([`domain`]), and the public page "Termijnen berekenen", where a
//! resident or helper enters what happened and when, and sees by when each next step is due.
//!
//! The page is a GET form, so that a result can be bookmarked and shared: helpers send such links to the people
//! they support. It needs no sign-in and stores nothing.

pub mod domain;
mod form;
mod handlers;
pub mod views;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/termijnen", get(handlers::show))
}
