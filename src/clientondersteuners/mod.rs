//! Cliëntondersteuners: the people of the organisations in the municipality's profile who help residents for
//! free (Beleidsregels Wmo Het Hogeland 2023, §3.7.1; Verordening Sociaal Domein Lansingerland 2018, art. 4:9
//! lid 1 sub a). A beheerder makes their accounts; they sign in like everyone else and land on their dashboard,
//! with every client who gave them a machtiging, each case's phase and next deadline, and the open requests for
//! cliëntondersteuning sent to their organisation. They act for a client only through a machtiging
//! ([`crate::auth::namens`]); they never reach the back office and never decide (Beleidsregels Wmo Het Hogeland
//! 2023, §3.7.1).
//!
//! Paths: `/clienten` (the dashboard with the clients), `/clienten/verzoeken` (the requests one helps with),
//! `/clienten/open` (the organisation's open requests), `/clienten/verzoek/{id}/oppakken` (take one), and for
//! beheerders
//! `/medewerker/beheer/clientondersteuners` (the accounts) with `/{id}/beeindigen` (end one).

pub mod demo;
mod domain;
mod form;
mod handlers;
pub mod opdracht;
mod repo;
mod views;

pub use handlers::{Helper, helpt};

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;
use crate::auth::{Person, Rol, SignedIn};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/clienten", get(handlers::dashboard))
        .route("/clienten/verzoeken", get(handlers::mijn))
        .route("/clienten/open", get(handlers::open))
        .route("/clienten/verzoek/{id}/oppakken", post(handlers::oppakken))
        .route(
            "/medewerker/beheer/clientondersteuners",
            get(handlers::accounts).post(handlers::toevoegen),
        )
        .route(
            "/medewerker/beheer/clientondersteuners/{id}/beeindigen",
            get(handlers::beeindigen_vraag).post(handlers::beeindigen),
        )
}

/// A signed-in cliëntondersteuner with their organisation, as an extractor. Without a session: the sign-in page.
/// Anyone else gets "not found", as for every page one may not see.
pub struct Ondersteuner {
    pub wie: Person,
    /// The organisation's id in the profile.
    pub organisatie: String,
}

impl axum::extract::FromRequestParts<AppState> for Ondersteuner {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let SignedIn(wie) = SignedIn::from_request_parts(parts, app).await?;
        match (wie.rol, wie.organisatie.clone()) {
            (Rol::Clientondersteuner, Some(organisatie)) => Ok(Ondersteuner { wie, organisatie }),
            _ => Err(crate::error::AppError::NotFound.into_response()),
        }
    }
}
