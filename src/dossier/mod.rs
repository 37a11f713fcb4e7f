//! The resident's dossier: one page per submitted melding with what happened and what comes next, the
//! documents, the questions of the municipality, the verslag, the besluit in plain words, bezwaar,
//! ingebrekestelling, and who looked at the case.
//!
//! Paths, all under `/melding/{id}`: the dossier itself, `/document/{doc}`, `/vraag/{vraag}`, `/verslag`,
//! `/uploaden`, `/besluit`, `/bezwaar`, `/ingebrekestelling`, `/inzage`. Only the person who may see the case
//! reaches them ([`toegang`]); for anyone else they do not exist (404).

pub mod domain;
mod form;
mod handlers;
mod views;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

use crate::AppState;
use crate::auth::Person;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::meldingen::repo::{self as meldingen_repo, Melding};
use crate::persoonlijk_plan::domain::UPLOAD_BODY_LIMIT;

pub(crate) use handlers::volgende;
pub(crate) use views::{fase_naam, volgende_zin};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/melding/{id}", get(handlers::dossier))
        .route("/melding/{id}/document/{doc}", get(handlers::download))
        .route(
            "/melding/{id}/vraag/{vraag}",
            get(handlers::vraag)
                .post(handlers::antwoord)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/melding/{id}/verslag",
            get(handlers::verslag).post(handlers::reactie),
        )
        .route(
            "/melding/{id}/uploaden",
            get(handlers::uploaden_form)
                .post(handlers::uploaden)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/melding/{id}/besluit", get(handlers::besluit))
        .route(
            "/melding/{id}/bezwaar",
            get(handlers::bezwaar_form).post(handlers::bezwaar),
        )
        .route(
            "/melding/{id}/ingebrekestelling",
            get(handlers::ingebrekestelling_form).post(handlers::ingebrekestelling),
        )
        .route("/melding/{id}/inzage", get(handlers::inzage))
}

/// The melding `id` if this person may see its dossier, whatever its status; `None` otherwise. Today that is
/// its owner only. This is the one place that decides who may see a dossier: a helper with permission is
/// added here.
pub(crate) async fn toegang(ctx: &Ctx, person: &Person, id: &str) -> AppResult<Option<Melding>> {
    Ok(meldingen_repo::van(&ctx.app.db.pool, id, &person.id).await?)
}
