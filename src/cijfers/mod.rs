//! Figures for the municipality: per month, how many meldingen came in, how many onderzoeken and besluiten
//! were in time, how long a besluit took, and which voorzieningen were decided on. Only for staff, as a page
//! and as a CSV file; never about one person. The one sentence residents see before they file a melding (how
//! long a besluit usually took) is the melding's own ([`crate::meldingen::wachttijd`]).
//!
//! Paths: `/medewerker/cijfers`, `/medewerker/cijfers.csv`.

pub mod domain;
mod handlers;
pub mod repo;
mod views;

use axum::Router;
use axum::routing::get;

use crate::AppState;

/// The figures as kept for all staff: the Wmo tables and the Kindpakket's use this year.
#[derive(Debug)]
pub struct Stand {
    pub wmo: domain::Cijfers,
    pub kindpakket: Option<(i32, crate::kindpakket::domain::Gebruik)>,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/medewerker/cijfers", get(handlers::pagina))
        .route("/medewerker/cijfers.csv", get(handlers::csv))
}
