//! The blijverslening: a loan via SVn for home owners who adapt their home to a care need, now or later, or
//! make it fit for every stage of life (Verordening Sociaal Domein Lansingerland 2018, art. 4:15a-4:15e).
//! The municipality gives a provisional allocation within a yearly budget; SVn does the credit check and
//! gives the loan.
//!
//! Only where the municipality's profile has a `[blijverslening]`: elsewhere every page is "not found".
//! Paths: `/blijverslening` (what it is), `/blijverslening/check` (a GET form that stores nothing),
//! `/blijverslening/aanvragen` (the start, which takes over the check's answers; then the draft's task list
//! `/{id}/wijzigen`, a page per part (`/{id}/aanvrager`, `/woning`, `/mede-eigenaren`, `/werk`, `/lening`),
//! its documents `/{id}/stukken` (each removed by `/stukken/{stuk}/verwijderen`), `/{id}/controleren`,
//! `/{id}/indienen` and `/{id}/verwijderen` for a draft), `/blijverslening/{id}` (the case page),
//! `/blijverslening/eigenaar/{token}` (a co-owner's answer, no sign-in), and for staff
//! `/medewerker/blijverslening` with a page, downloads and the decision per application.

mod berichten;
pub mod demo;
pub mod domain;
pub mod form;
mod handlers;
pub mod repo;
pub mod stap;
mod views;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use maud::Markup;

use crate::AppState;
use crate::auth::Namens;
use crate::auth::machtiging::Onderwerp;
use crate::auth::namens::GeldIndienen;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::zaken::bezwaar::handlers as bezwaar;
use crate::zaken::document::MEER_BODY_LIMIT;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/blijverslening", get(handlers::uitleg))
        .route("/blijverslening/check", get(handlers::check))
        .route(
            "/blijverslening/aanvragen",
            get(handlers::formulier).post(handlers::nieuw),
        )
        .route("/blijverslening/{id}", get(handlers::zaak))
        .route(
            "/blijverslening/{id}/besluit/brief",
            get(handlers::besluit_brief),
        )
        .route(
            "/blijverslening/{id}/wijzigen",
            get(handlers::wijzigen_form),
        )
        // The parts of the task list, each its own page (form::Deel).
        .route(
            "/blijverslening/{id}/aanvrager",
            get(handlers::deel_form).post(handlers::deel_opslaan),
        )
        .route(
            "/blijverslening/{id}/woning",
            get(handlers::deel_form).post(handlers::deel_opslaan),
        )
        .route(
            "/blijverslening/{id}/mede-eigenaren",
            get(handlers::deel_form).post(handlers::deel_opslaan),
        )
        .route(
            "/blijverslening/{id}/werk",
            get(handlers::deel_form).post(handlers::deel_opslaan),
        )
        .route(
            "/blijverslening/{id}/lening",
            get(handlers::deel_form).post(handlers::deel_opslaan),
        )
        .route(
            "/blijverslening/{id}/stukken",
            get(handlers::stukken_form)
                .post(handlers::stukken)
                .layer(DefaultBodyLimit::max(MEER_BODY_LIMIT)),
        )
        .route("/blijverslening/{id}/stukken/{stuk}", get(handlers::stuk))
        .route(
            "/blijverslening/{id}/stukken/{stuk}/verwijderen",
            post(handlers::stuk_verwijderen),
        )
        .route(
            "/blijverslening/{id}/controleren",
            get(handlers::controleren),
        )
        .route("/blijverslening/{id}/indienen", post(handlers::indienen))
        .route(
            "/blijverslening/{id}/verwijderen",
            get(handlers::verwijderen_vraag).post(handlers::verwijderen),
        )
        .route(
            "/blijverslening/{id}/eigenaren/opnieuw",
            post(handlers::opnieuw_mailen),
        )
        .route(
            "/blijverslening/eigenaar/{token}",
            get(handlers::eigenaar_form).post(handlers::eigenaar),
        )
        .route("/medewerker/blijverslening", get(handlers::lijst))
        .route("/medewerker/blijverslening/{id}", get(handlers::detail))
        .route(
            "/medewerker/blijverslening/{id}/stukken/{stuk}",
            get(handlers::stuk_medewerker),
        )
        .route(
            "/medewerker/blijverslening/{id}/besluit",
            post(handlers::besluit),
        )
        .route(
            "/medewerker/blijverslening/{id}/besluit/brief",
            get(handlers::besluit_brief_medewerker),
        )
        // A written ingebrekestelling when the decision is late (crate::zaken::ingebreke).
        .route(
            "/medewerker/blijverslening/{id}/ingebrekestelling",
            get(crate::zaken::ingebreke::pagina::<stap::Gebeurtenis>)
                .post(crate::zaken::ingebreke::vastleggen::<stap::Gebeurtenis>),
        )
        // The bezwaar against the decision: the same pages for every scheme (crate::zaken::bezwaar).
        .route(
            "/blijverslening/{id}/bezwaar",
            get(bezwaar::pagina::<GeldIndienen>)
                .post(bezwaar::opslaan::<GeldIndienen>)
                .layer(DefaultBodyLimit::max(
                    crate::zaken::document::MEER_BODY_LIMIT,
                )),
        )
        .route(
            "/blijverslening/{id}/bezwaar/controleren",
            get(bezwaar::controleren::<GeldIndienen>),
        )
        .route(
            "/blijverslening/{id}/bezwaar/versturen",
            post(bezwaar::versturen::<GeldIndienen>),
        )
        .route(
            "/blijverslening/{id}/bezwaar/aanvullen",
            post(bezwaar::aanvullen::<GeldIndienen>).layer(DefaultBodyLimit::max(
                crate::zaken::document::MEER_BODY_LIMIT,
            )),
        )
        .route(
            "/blijverslening/{id}/bezwaar/intrekken",
            get(bezwaar::intrekken_vraag::<GeldIndienen>).post(bezwaar::intrekken::<GeldIndienen>),
        )
        .route(
            "/blijverslening/{id}/bezwaar/document/{doc}",
            get(bezwaar::document::<GeldIndienen>),
        )
}

/// The section of Mijn loket that lists the resident's applications; `None` when they have none, when the
/// profile has no blijverslening, or when the helper may not see money matters.
pub async fn mijn_loket(
    ctx: &Ctx,
    namens: &Namens,
    conn: &mut sqlx::AnyConnection,
) -> AppResult<Option<Markup>> {
    if ctx.app.gemeente.blijverslening.is_none() || !namens.rechten(Onderwerp::Geld).bekijken {
        return Ok(None);
    }
    let aanvragen = repo::van_persoon(conn, &namens.voor.id).await?;
    Ok((!aanvragen.is_empty()).then(|| views::mijn_loket(ctx, &aanvragen)))
}

/// The blijverslening section of the staff figures: this year's budget, what was allocated and is left, and
/// the number of applications, allocations and refusals per ground. `None` without a blijverslening.
pub async fn cijfers(ctx: &Ctx) -> AppResult<Option<Markup>> {
    let Some(b) = &ctx.app.gemeente.blijverslening else {
        return Ok(None);
    };
    let vandaag = ctx.app.clock.today();
    let jaar = vandaag.year();
    let db = &ctx.app.db.pool;
    let toegekend = repo::toegekend_in_jaar(db, jaar).await?;
    let mut telling = views::Telling {
        budget: b.jaarbudget_op(vandaag).unwrap_or_default(),
        toegekend,
        aanvragen: 0,
        toekenningen: 0,
        weigeringen: domain::Weigergrond::ALL.iter().map(|g| (*g, 0)).collect(),
    };
    let (verstuurd, besluiten) = repo::tellingen(db, jaar).await?;
    telling.aanvragen = verstuurd;
    for (grond, n) in besluiten {
        match grond.as_deref().and_then(domain::Weigergrond::from_code) {
            Some(g) => {
                if let Some(rij) = telling.weigeringen.iter_mut().find(|(x, _)| *x == g) {
                    rij.1 += n;
                }
            }
            None => telling.toekenningen += n,
        }
    }
    Ok(Some(views::cijfers(ctx, jaar, &telling)))
}
