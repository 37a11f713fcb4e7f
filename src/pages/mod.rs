//! Pages that belong to no single capability: the start page, information pages, the component gallery.
mod componenten;
mod info;
mod start;

pub use info::{spoed, telefoon_link};

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(start::show))
        .route("/toegankelijkheid", get(info::toegankelijkheid))
        .route("/privacy", get(info::privacy))
        .route("/contact", get(info::contact))
        .route("/componenten", get(componenten::show))
}
