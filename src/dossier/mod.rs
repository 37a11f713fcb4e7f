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
use crate::auth::Namens;
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

/// The melding `id` if it belongs to the person acted for, whatever its status; `None` otherwise. Whether the
/// signed-in person may act for them, and with which rights, the handler's [`crate::auth::Mag`] decided
/// already. A helper's look at a submitted case is logged, like staff's (domain.md section 8).
pub(crate) async fn toegang(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<Option<Melding>> {
    let melding = meldingen_repo::van(&ctx.app.db.pool, id, &namens.voor.id).await?;
    if let Some(m) = melding
        .as_ref()
        .filter(|m| m.ingediend && !namens.is_zelf())
    {
        let pagina = ctx.path.split('?').next().unwrap_or_default();
        let wat = pagina
            .strip_prefix(&format!("/melding/{}", m.id))
            .unwrap_or_default();
        let wat = if wat.is_empty() {
            "dossier"
        } else {
            wat.trim_start_matches('/')
        };
        crate::zaken::toegang::log(
            &ctx.app.db,
            &m.id,
            &namens.wie,
            crate::zaken::toegang::Handeling::Bekeken,
            wat,
            None,
            ctx.app.clock.now(),
        )
        .await?;
    }
    Ok(melding)
}

/// The resident a submitted melding belongs to, when the signed-in person may act for them but does not now.
pub(crate) async fn voorstel(
    ctx: &Ctx,
    namens: &Namens,
    id: &str,
) -> AppResult<Option<crate::auth::namens::Inwoner>> {
    let Some(melding) = meldingen_repo::ingediend(&ctx.app.db.pool, id).await? else {
        return Ok(None);
    };
    if melding.persoon_id == namens.voor.id {
        return Ok(None);
    }
    let daar = crate::auth::namens::lees(
        &ctx.app.db.pool,
        namens.wie.clone(),
        Some(melding.persoon_id),
        ctx.app.clock.today(),
    )
    .await?;
    let mag = daar
        .rechten(crate::machtigingen::domain::Onderwerp::Zorg)
        .bekijken;
    Ok((!daar.is_zelf() && mag).then_some(daar.voor))
}
