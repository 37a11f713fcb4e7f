//! Figures for the municipality: per month, how many meldingen came in, how many onderzoeken and besluiten
//! were in time, how long a besluit took, and which voorzieningen were decided on. Only for staff, as a page
//! and as a CSV file; never about one person. Residents see one sentence from it before they file a melding:
//! how long a besluit usually took ([`wachttijd`]).
//!
//! Paths: `/medewerker/cijfers`, `/medewerker/cijfers.csv`.

pub mod domain;
mod handlers;
pub mod repo;
mod views;

use axum::Router;
use axum::routing::get;
use time::Duration;

use crate::AppState;
use crate::error::AppResult;
use domain::Wachttijd;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/medewerker/cijfers", get(handlers::pagina))
        .route("/medewerker/cijfers.csv", get(handlers::csv))
}

/// How long a besluit usually took over the last months, when there were enough of them to say.
pub async fn wachttijd(app: &AppState) -> AppResult<Option<Wachttijd>> {
    let vanaf = app
        .clock
        .today()
        .saturating_sub(Duration::days(domain::WACHTTIJD_DAGEN));
    // Recorded a day before the window at the earliest; the day it was sent decides.
    let sinds = app.clock.now() - Duration::days(domain::WACHTTIJD_DAGEN + 1);
    let dagen = repo::dagen_tot_besluit(&app.db.pool, sinds, vanaf).await?;
    Ok(domain::wachttijd(&dagen))
}
