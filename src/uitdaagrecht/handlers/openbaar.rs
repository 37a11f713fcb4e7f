//! The public pages of the right to challenge, and a resident's support.

use super::*;
use crate::auth::{Inlogregel, NaarInloggen};
use crate::ui::paginering::{self, Pagina};

pub async fn uitleg(ctx: Ctx) -> AppResult<Response> {
    Ok(views::uitleg(&ctx).into_response())
}

/// `GET /uitdaagrecht/voorstellen`: the proposals their initiatives published, a page at a time, from the list
/// this instance keeps for a moment ([`crate::App::voorstellen`]).
pub async fn openbare_lijst(
    ctx: Ctx,
    Query(invoer): Query<crate::ui::paginering::Invoer>,
) -> AppResult<Response> {
    let app = &ctx.app;
    // While one visitor reads the list again, the others get the kept one: nobody waits for it.
    let (alle, _) = app
        .voorstellen
        .lees_of_oud(app.clock.now(), || async {
            repo::openbare_lijst(&app.db.pool)
                .await
                .map(std::sync::Arc::new)
        })
        .await?;
    let totaal = i64::try_from(alle.len()).unwrap_or(i64::MAX);
    // A page past the end shows the last page.
    let pagina = Pagina::lees(invoer.pagina.as_deref(), paginering::GROOTTE).binnen(totaal);
    let van = usize::try_from(pagina.offset())
        .unwrap_or(usize::MAX)
        .min(alle.len());
    let tot = van.saturating_add(pagina.grootte as usize).min(alle.len());
    Ok(views::openbare_lijst(&ctx, &alle[van..tot], pagina, totaal).into_response())
}

/// A published proposal; a draft, or one its initiative keeps to itself: not found.
pub(super) async fn gepubliceerd(ctx: &Ctx, id: &ZaakId) -> AppResult<Voorstel> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    repo::voorstel(&mut conn, id)
        .await?
        .filter(Voorstel::is_openbaar)
        .ok_or(AppError::NotFound)
}

/// Who may give support: residents who signed in; staff and organisations' accounts do not count.
pub(super) fn mag_steunen(person: &Person) -> bool {
    person.rol == Rol::Inwoner
}

/// `GET /uitdaagrecht/voorstellen/{id}`: the public page, with the support button for residents.
pub async fn openbaar_voorstel(ctx: Ctx, Path(id): Path<ZaakId>) -> AppResult<Response> {
    let v = gepubliceerd(&ctx, &id).await?;
    let gesteund = match ctx.person.as_ref().filter(|p| mag_steunen(p)) {
        Some(p) => Some(repo::heeft_gesteund(&ctx.app.db.pool, &v.id, &p.id).await?),
        None => None,
    };
    Ok(views::openbaar_voorstel(&ctx, &v, gesteund).into_response())
}

/// `POST /uitdaagrecht/voorstellen/{id}/steun`: support once, or withdraw it. Signed out: the sign-in page,
/// which comes back here.
pub async fn steun(
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<SteunForm>,
) -> AppResult<Response> {
    let v = gepubliceerd(&ctx, &id).await?;
    let pad = openbaar_pad(&v.id);
    let Some(person) = &ctx.person else {
        return Ok(inloggen_met_terug(&pad));
    };
    // With DigiD on, support asks for DigiD: one account per BSN, so one support per BSN.
    let regel = Inlogregel::Steun;
    if !regel.staat_toe(&ctx.app, ctx.aanmelding.as_ref()) {
        return Ok(NaarInloggen(pad, regel.middelen(&ctx.app)).into_response());
    }
    if mag_steunen(person) {
        let mut tx = ctx.app.db.begin_write().await?;
        match invoer.steun.as_str() {
            "ja" => repo::steun(&mut tx, &v.id, &person.id, ctx.app.clock.now()).await?,
            "nee" => repo::trek_steun_in(&mut tx, &v.id, &person.id).await?,
            _ => {}
        }
        tx.commit().await?;
    }
    Ok(see_other(&format!("{pad}#steun")))
}
