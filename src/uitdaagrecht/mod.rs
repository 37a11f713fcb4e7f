//! The right to challenge (uitdaagrecht): residents may challenge their municipality when they can do a task
//! better, cheaper or closer to the people it serves (CLB-Handreiking De Wmo (2022), §4.13 Right to challenge;
//! an example, a cooperative that organises care and welfare in its village, in §12.1, "Vitaliteitscoöperatie
//! America Left"; at least 40 municipalities work with it: Kwartaalbrief VWS aan gemeenten 2015, §5,
//! "Vernieuwing maatschappelijke ondersteuning").
//!
//! - Public: what the right is (`/uitdaagrecht`), and the proposals their initiatives chose to publish, with
//!   where they stand and the municipality's answer. Residents who signed in support a proposal once.
//! - An initiative (a group of residents, a cooperative, a foundation, an association) signs up and adds
//!   members by e-mail address; every member may co-edit its proposals. A proposal is a draft until it is
//!   sent: the task, what and for whom, why better, cheaper or closer, the budget line by line, who is
//!   involved, support so far, the planned start and attachments; then check-your-answers and send, with a
//!   reference number. A member who saves an older form overwrites nobody's work.
//! - Staff move a sent proposal through its steps (received, in conversation, decided) with dates, ask
//!   questions the initiative answers in the portal, and decide with reasons. Every step is mailed to every
//!   member, and every look of staff is logged for the initiative to read.

mod berichten;
mod demo;
pub mod domain;
mod form;
mod handlers;
pub mod repo;
pub mod stap;
mod views;

pub use demo::demo;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use maud::Markup;

use crate::AppState;
use crate::error::AppResult;
use crate::http::Ctx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/uitdaagrecht", get(handlers::uitleg))
        .route("/uitdaagrecht/voorstellen", get(handlers::openbare_lijst))
        .route(
            "/uitdaagrecht/voorstellen/{id}",
            get(handlers::openbaar_voorstel),
        )
        .route(
            "/uitdaagrecht/voorstellen/{id}/steun",
            post(handlers::steun),
        )
        .route("/uitdaagrecht/initiatief", get(handlers::mijn_initiatieven))
        .route(
            "/uitdaagrecht/initiatief/nieuw",
            get(handlers::aanmelden_formulier).post(handlers::aanmelden),
        )
        .route("/uitdaagrecht/initiatief/{id}", get(handlers::initiatief))
        .route(
            "/uitdaagrecht/initiatief/{id}/gegevens",
            get(handlers::gegevens_formulier).post(handlers::gegevens),
        )
        .route(
            "/uitdaagrecht/initiatief/{id}/leden",
            post(handlers::lid_erbij),
        )
        .route(
            "/uitdaagrecht/initiatief/{id}/leden/weg",
            post(handlers::lid_weg),
        )
        .route(
            "/uitdaagrecht/initiatief/{id}/voorstellen",
            post(handlers::nieuw_voorstel),
        )
        .route(
            "/uitdaagrecht/voorstel/{id}/bewerken",
            get(handlers::bewerken_formulier)
                .post(handlers::bewerken)
                // The draft form carries the attachments: only this route takes a file.
                .layer(DefaultBodyLimit::max(
                    crate::zaken::document::MEER_BODY_LIMIT,
                )),
        )
        .route(
            "/uitdaagrecht/voorstel/{id}/controleren",
            get(handlers::controleren),
        )
        .route(
            "/uitdaagrecht/voorstel/{id}/indienen",
            post(handlers::indienen),
        )
        .route(
            "/uitdaagrecht/voorstel/{id}/verwijderen",
            get(handlers::verwijderen_vraag).post(handlers::verwijderen),
        )
        .route("/uitdaagrecht/voorstel/{id}", get(handlers::voorstel))
        .route(
            "/uitdaagrecht/voorstel/{id}/openbaar",
            post(handlers::openbaar),
        )
        .route(
            "/uitdaagrecht/voorstel/{id}/vraag/{vraag}",
            post(handlers::antwoord),
        )
        .route(
            "/uitdaagrecht/voorstel/{id}/bijlage/{bijlage}",
            get(handlers::download),
        )
        .route("/medewerker/uitdaagrecht", get(handlers::staf_lijst))
        .route("/medewerker/uitdaagrecht/{id}", get(handlers::staf_detail))
        .route(
            "/medewerker/uitdaagrecht/{id}/gesprek",
            post(handlers::staf_gesprek),
        )
        .route(
            "/medewerker/uitdaagrecht/{id}/vraag",
            post(handlers::staf_vraag),
        )
        .route(
            "/medewerker/uitdaagrecht/{id}/besluit",
            post(handlers::staf_besluit),
        )
        .route(
            "/medewerker/uitdaagrecht/{id}/bijlage/{bijlage}",
            get(handlers::staf_download),
        )
}

/// The section of Mijn loket with the person's initiatives; empty when they are a member of none, and for
/// staff and organisations' accounts, which take no part in initiatives.
pub async fn mijn_loket(ctx: &Ctx, conn: &mut sqlx::AnyConnection) -> AppResult<Markup> {
    let Some(wie) = ctx
        .person
        .as_ref()
        .filter(|p| p.rol == crate::auth::Rol::Inwoner)
    else {
        return Ok(maud::html! {});
    };
    let initiatieven = repo::namen_van(conn, &wie.email).await?;
    Ok(views::mijn_loket(ctx, &initiatieven))
}
