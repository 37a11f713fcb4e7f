//! The Kindpakket: sport, culture, school goods and more for children in families with a low income
//! (Lansingerland, Plan van aanpak Elk kind een kans, 2017, §3.5.2 Compenseren met het Kindpakket; the college's
//! answers to the PvdA's technical questions on the Uitvoeringsplan Elk kind een kans, 2017). Only where the
//! municipality's profile has one: elsewhere every page is "not found".
//!
//! - Public: what is in it (`/kindpakket`), a check that stores nothing (`/kindpakket/check`, a GET form), and
//!   a page for children and parents (`/kindpakket/voor-kinderen`).
//! - The resident (or a helper with the money right): one application for the household and all its children,
//!   kept as a draft so that a child can be added or removed without JavaScript, with income proof (each file
//!   removed by a small form of its own); it starts with the answers of the check when it came from there; then
//!   check-your-answers and send, with a reference number. The case page shows the decision per child and part,
//!   the bezwaar term and who looked at it.
//! - Staff: a list, the application with the rule's outcome as advice, and the decision per child and part,
//!   mailed to the resident and their helpers.
//! - Figures per unique child for the staff figures page ([`cijfers`]).

mod berichten;
pub mod demo;
pub mod domain;
mod form;
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

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/kindpakket", get(handlers::uitleg))
        .route("/kindpakket/check", get(handlers::check))
        .route("/kindpakket/voor-kinderen", get(handlers::voor_kinderen))
        .route(
            "/kindpakket/aanvragen",
            get(handlers::start).post(handlers::begin),
        )
        .route(
            "/kindpakket/{id}/bewerken",
            get(handlers::bewerken_formulier)
                .post(handlers::bewerken)
                // The draft form carries the income proof: only this route takes a file.
                .layer(DefaultBodyLimit::max(
                    crate::zaken::document::MEER_BODY_LIMIT,
                )),
        )
        .route("/kindpakket/{id}/controleren", get(handlers::controleren))
        .route("/kindpakket/{id}/versturen", post(handlers::versturen))
        .route(
            "/kindpakket/{id}/verwijderen",
            get(handlers::verwijderen_vraag).post(handlers::verwijderen),
        )
        .route("/kindpakket/{id}", get(handlers::zaak))
        .route(
            "/kindpakket/{id}/besluit/brief",
            get(handlers::besluit_brief),
        )
        .route(
            "/kindpakket/{id}/bestand/{bestand}",
            get(handlers::download),
        )
        .route(
            "/medewerker/kindpakket/{id}/besluit/brief",
            get(handlers::staf_besluit_brief),
        )
        .route(
            "/kindpakket/{id}/bestand/{bestand}/verwijderen",
            post(handlers::bestand_verwijderen),
        )
        .route("/medewerker/kindpakket", get(handlers::staf_lijst))
        .route(
            "/medewerker/kindpakket/{id}",
            get(handlers::staf_detail).post(handlers::staf_beslissen),
        )
        .route(
            "/medewerker/kindpakket/{id}/bestand/{bestand}",
            get(handlers::staf_download),
        )
        // A written ingebrekestelling when the decision is late (crate::zaken::ingebreke).
        .route(
            "/medewerker/kindpakket/{id}/ingebrekestelling",
            get(crate::zaken::ingebreke::pagina::<stap::Gebeurtenis>)
                .post(crate::zaken::ingebreke::vastleggen::<stap::Gebeurtenis>),
        )
        // The bezwaar against the decision: the same pages for every scheme (crate::zaken::bezwaar).
        .route(
            "/kindpakket/{id}/bezwaar",
            get(bezwaar::pagina::<GeldIndienen>)
                .post(bezwaar::opslaan::<GeldIndienen>)
                .layer(DefaultBodyLimit::max(
                    crate::zaken::document::MEER_BODY_LIMIT,
                )),
        )
        .route(
            "/kindpakket/{id}/bezwaar/controleren",
            get(bezwaar::controleren::<GeldIndienen>),
        )
        .route(
            "/kindpakket/{id}/bezwaar/versturen",
            post(bezwaar::versturen::<GeldIndienen>),
        )
        .route(
            "/kindpakket/{id}/bezwaar/aanvullen",
            post(bezwaar::aanvullen::<GeldIndienen>).layer(DefaultBodyLimit::max(
                crate::zaken::document::MEER_BODY_LIMIT,
            )),
        )
        .route(
            "/kindpakket/{id}/bezwaar/intrekken",
            get(bezwaar::intrekken_vraag::<GeldIndienen>).post(bezwaar::intrekken::<GeldIndienen>),
        )
        .route(
            "/kindpakket/{id}/bezwaar/document/{doc}",
            get(bezwaar::document::<GeldIndienen>),
        )
}

/// The section of Mijn loket with the resident's Kindpakket applications; empty when there are none, when the
/// profile has no Kindpakket, or when the helper may not see money matters.
pub async fn mijn_loket(
    ctx: &Ctx,
    namens: &Namens,
    conn: &mut sqlx::AnyConnection,
) -> AppResult<Markup> {
    if ctx.app.gemeente.kindpakket.is_none() || !namens.rechten(Onderwerp::Geld).bekijken {
        return Ok(maud::html! {});
    }
    let aanvragen = repo::van_persoon(conn, &namens.voor.id).await?;
    // A draft that is complete can be checked and sent at once.
    let compleet: Vec<bool> = aanvragen
        .iter()
        .map(|a| {
            a.status == domain::Status::Concept
                && form::controleer(a, &ctx.tr, &ctx.app.gemeente, ctx.app.clock.today()).is_ok()
        })
        .collect();
    Ok(views::mijn_loket(ctx, &aanvragen, &compleet))
}

/// The Kindpakket section of the staff figures page: use this year per unique child and per part.
pub async fn cijfers(ctx: &Ctx) -> AppResult<Markup> {
    Ok(match gebruik(&ctx.app).await? {
        Some((jaar, g)) => cijfers_blok(ctx, jaar, &g),
        None => maud::html! {},
    })
}

/// This year's use per unique child, for the staff figures; `None` without a Kindpakket.
pub async fn gebruik(app: &crate::AppState) -> AppResult<Option<(i32, domain::Gebruik)>> {
    let Some(k) = &app.gemeente.kindpakket else {
        return Ok(None);
    };
    let jaar = app.clock.today().year();
    let begin = |jaar: i32| {
        time::Date::from_calendar_date(jaar, time::Month::January, 1)
            .map(|d| d.midnight().assume_utc())
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
    };
    let rijen = repo::besluit_rijen(&app.db.pool, begin(jaar), begin(jaar + 1)).await?;
    let ids: Vec<&str> = k.onderdelen.iter().map(|o| o.id.as_str()).collect();
    Ok(Some((jaar, domain::gebruik(&rijen, &ids))))
}

/// The Kindpakket section of the staff figures.
pub fn cijfers_blok(ctx: &Ctx, jaar: i32, g: &domain::Gebruik) -> Markup {
    views::cijfers(ctx, jaar, g)
}
