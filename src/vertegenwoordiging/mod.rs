//! Vertegenwoordiging: acting for someone who has not given permission from an account of their own
//! (Beleidsregels Wmo Het Hogeland 2023, §2.7.1 Vertegenwoordiging).
//!
//! A helper who filed a melding "for someone else" asks that person to confirm: by a link or a short code in
//! an e-mail (the code can be read out on the phone), or with a signed authorisation that staff check. Until
//! then the helper sees only what they sent ([`crate::dossier::toegang`] decides that with [`wacht`]). When the
//! person confirms, the melding becomes theirs and the helper acts for them through the machtiging.
//!
//! A legal representative (curator, mentor, bewindvoerder, voogd, parent with authority) sends the court's
//! decision or other proof; staff check it. What they may then do follows their kind
//! ([`crate::auth::machtiging::Soort::onderwerpen`]).
//!
//! Paths: `/melding/{id}/machtiging` (ask; `/afdrukken` for the form to print and sign, `/formulier` to send it
//! back signed, `/code` for the code),
//! `/machtiging/bevestigen/{token}` (the resident's answer, no sign-in needed), `/machtiging/beantwoord`,
//! `/vertegenwoordiger` and `/vertegenwoordiger/{id}`, and for staff `/medewerker/machtigingen` with a page,
//! the proof (`/bewijs`) and the decision (`/besluit`: approve, or refuse with a reason) per
//! request.

pub mod berichten;
pub mod form;
mod handlers;
pub mod repo;
pub mod views;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use sqlx::{Any, Executor};

use crate::AppState;
use crate::zaken::document::UPLOAD_BODY_LIMIT;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/melding/{id}/machtiging",
            get(handlers::vragen_form).post(handlers::vragen),
        )
        .route(
            "/melding/{id}/machtiging/formulier",
            post(handlers::formulier).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/melding/{id}/machtiging/afdrukken",
            get(handlers::afdrukken),
        )
        .route(
            "/melding/{id}/machtiging/code",
            get(handlers::code_form).post(handlers::code),
        )
        .route(
            "/machtiging/bevestigen/{token}",
            get(handlers::bevestigen_form).post(handlers::bevestigen),
        )
        .route("/machtiging/beantwoord", get(handlers::beantwoord))
        .route(
            "/vertegenwoordiger",
            get(handlers::wettelijk_form)
                .post(handlers::wettelijk)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/vertegenwoordiger/{id}", get(handlers::wettelijk_klaar))
        .route("/medewerker/machtigingen", get(handlers::controle_lijst))
        .route("/medewerker/machtigingen/{id}", get(handlers::controle))
        .route(
            "/medewerker/machtigingen/{id}/bewijs",
            get(handlers::bewijs),
        )
        .route(
            "/medewerker/machtigingen/{id}/besluit",
            post(handlers::besluit),
        )
}

/// A melding filed for someone who has not confirmed yet: their name, and the newest request to confirm.
#[derive(Clone, Debug)]
pub struct Wacht {
    pub naam: String,
    pub laatste: Option<repo::Aanvraag>,
}

/// `Some` when this submitted melding was filed "for someone else" by its owner and that person has not
/// confirmed: its filer then sees only what they sent.
pub async fn wacht<'c, E>(db: E, melding_id: &str) -> Result<Option<Wacht>, sqlx::Error>
where
    E: Executor<'c, Database = Any> + Copy,
{
    let Some(naam) = crate::meldingen::repo::onbevestigd(db, melding_id).await? else {
        return Ok(None);
    };
    let laatste = repo::laatste_voor_melding(db, melding_id).await?;
    Ok(Some(Wacht { naam, laatste }))
}
