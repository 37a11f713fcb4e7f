//! Mijn loket: the signed-in resident's own page, with their cases and what they can start.

mod views;

use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::http::{Ctx, see_other};

pub fn router() -> Router<AppState> {
    Router::new().route("/mijn-loket", get(show))
}

async fn show(ctx: Ctx) -> Response {
    let Some(person) = &ctx.person else {
        return see_other("/inloggen");
    };
    views::page(&ctx, person).into_response()
}
