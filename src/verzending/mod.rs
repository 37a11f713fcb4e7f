//! The portal's outgoing mail as a beheerder sees it: how much waits, how long the oldest has waited, and the
//! messages that ended unsent ("niet bezorgd"), each with its reason, so that staff can reach those residents
//! another way. The mail itself lives in [`crate::mail`]; this page only reads it.
//!
//! Path: `/medewerker/beheer/e-mail`, for beheerders only.

mod handlers;
mod views;

use axum::Router;
use axum::routing::get;

use crate::AppState;

/// The page's address, for links from the back office.
pub const PAD: &str = "/medewerker/beheer/e-mail";

pub fn router() -> Router<AppState> {
    Router::new().route("/medewerker/beheer/e-mail", get(handlers::overzicht))
}
