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
use axum::routing::{get, post};

use crate::AppState;
use crate::auth::Namens;
use crate::auth::namens::ZorgIndienen;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::meldingen::domain::VoorWie;
use crate::meldingen::repo::{self as meldingen_repo, Melding};
use crate::zaken::bezwaar::handlers as bezwaar;
use crate::zaken::document::UPLOAD_BODY_LIMIT;

pub(crate) use handlers::volgende;
pub(crate) use views::{fase_naam, volgende_zin, volgende_zin_over};

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
        .route("/melding/{id}/besluit/brief", get(handlers::besluit_brief))
        .route(
            "/melding/{id}/ingebrekestelling",
            get(handlers::ingebrekestelling_form).post(handlers::ingebrekestelling),
        )
        .route("/melding/{id}/inzage", get(handlers::inzage))
        // The bezwaar against the decision: the same pages for every scheme (crate::zaken::bezwaar).
        .route(
            "/melding/{id}/bezwaar",
            get(bezwaar::pagina::<ZorgIndienen>)
                .post(bezwaar::opslaan::<ZorgIndienen>)
                .layer(DefaultBodyLimit::max(
                    crate::zaken::document::MEER_BODY_LIMIT,
                )),
        )
        .route(
            "/melding/{id}/bezwaar/controleren",
            get(bezwaar::controleren::<ZorgIndienen>),
        )
        .route(
            "/melding/{id}/bezwaar/versturen",
            post(bezwaar::versturen::<ZorgIndienen>),
        )
        .route(
            "/melding/{id}/bezwaar/aanvullen",
            post(bezwaar::aanvullen::<ZorgIndienen>).layer(DefaultBodyLimit::max(
                crate::zaken::document::MEER_BODY_LIMIT,
            )),
        )
        .route(
            "/melding/{id}/bezwaar/intrekken",
            get(bezwaar::intrekken_vraag::<ZorgIndienen>).post(bezwaar::intrekken::<ZorgIndienen>),
        )
        .route(
            "/melding/{id}/bezwaar/document/{doc}",
            get(bezwaar::document::<ZorgIndienen>),
        )
}

/// What a person may see of a melding: the melding, and whether it waits for the person it was filed for.
pub(crate) struct Toegang {
    pub melding: Melding,
    /// Filed "for someone else" by its owner, and that person has not confirmed that the filer may help:
    /// then only the dossier's own page exists, with the answers as sent and the state of the confirmation.
    pub wacht: Option<crate::vertegenwoordiging::Wacht>,
}

/// The melding `id` if it belongs to the person acted for, whatever its status; `None` otherwise. Whether the
/// signed-in person may act for them, and with which rights, the handler's [`crate::auth::Mag`] decided
/// already. Until the person a melding was filed for confirms, its filer sees only what they entered: every
/// page but the dossier's own is not found. A helper's look at a submitted case is logged, like staff's
/// (NEN 7513 style).
pub(crate) async fn toegang(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<Option<Toegang>> {
    let pool = &ctx.app.db.pool;
    let Some(melding) = meldingen_repo::van(pool, id, &namens.voor.id).await? else {
        return Ok(None);
    };
    // The page, after `/melding/{id}/` however the id was written (percent-encoded, say). A path of another
    // shape (the plan's handlers call this too) counts as a page other than the dossier's own.
    let pagina = ctx.path.split('?').next().unwrap_or_default();
    let mut delen = pagina.trim_start_matches('/').splitn(3, '/');
    let wat = match (delen.next(), delen.next(), delen.next()) {
        (Some("melding"), Some(_), rest) => rest.unwrap_or_default(),
        _ => "?",
    };
    let wacht = match melding.antwoorden.voor_wie {
        Some(VoorWie::Ander) if melding.ingediend => {
            crate::vertegenwoordiging::wacht(pool, &melding.id).await?
        }
        _ => None,
    };
    if wacht.is_some() && !wat.is_empty() {
        return Ok(None);
    }
    // A document is logged by its download, once it is found: a made-up path must not show in the log.
    if melding.ingediend && !namens.is_zelf() && !wat.starts_with("document/") {
        let wat = if wat.is_empty() { "dossier" } else { wat };
        crate::zaken::toegang::log(
            &ctx.app.db,
            &melding.id,
            &namens.wie,
            crate::zaken::toegang::Handeling::Bekeken,
            wat,
            None,
            ctx.app.clock.now(),
        )
        .await?;
    }
    Ok(Some(Toegang { melding, wacht }))
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
        Some(melding.persoon_id.into_string()),
        ctx.app.clock.today(),
    )
    .await?;
    let mag = daar
        .rechten(crate::auth::machtiging::Onderwerp::Zorg)
        .bekijken;
    Ok((!daar.is_zelf() && mag).then_some(daar.voor))
}
