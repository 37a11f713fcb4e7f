//! The resident's case page and its documents.

use super::*;

/// `GET /blijverslening/{id}`: the resident's case page. A helper's look is logged.
pub async fn zaak(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path(id): Path<ZaakId>,
    Query(vraag): Query<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::van_inwoner(&app.db.pool, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !namens.is_zelf() {
        let mut tx = app.db.begin_write().await?;
        helper_log(&mut tx, &id, &namens, Handeling::Bekeken, app.clock.now()).await?;
        tx.commit().await?;
    }
    let db = &app.db.pool;
    let eigenaren = repo::eigenaren(db, &id).await?;
    let stukken = repo::stukken(db, &id).await?;
    let toegang = crate::zaken::toegang::lees_als(db, &id).await?;
    let op = aanvraag
        .ingediend_op
        .map(clock::amsterdam)
        .map(|t| t.date())
        .unwrap_or_else(|| app.clock.today());
    let maand = maandlast(b, &aanvraag, op);
    let mag = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    let bezwaar = crate::zaken::bezwaar::inwoner_blok(&ctx, &id, mag).await?;
    let termijn =
        crate::zaken::beslistermijn_blok::<crate::blijverslening::stap::Gebeurtenis>(&ctx, &id)
            .await?;
    let correctie = crate::zaken::correctie::inwoner_blok(&ctx, &id, namens.is_zelf()).await?;
    let bezwaar = maud::html! { (termijn) (bezwaar) (correctie) };
    Ok(views::zaak(
        &ctx,
        &namens,
        &aanvraag,
        &eigenaren,
        &stukken,
        &toegang,
        maand,
        vraag.contains_key("opnieuw"),
        bezwaar,
    )
    .into_response())
}

pub(super) fn bestand_antwoord(stuk: &repo::Stuk, inhoud: Vec<u8>) -> AppResult<Response> {
    crate::zaken::document::download_als(stuk.type_, &stuk.naam, inhoud)
}

/// `GET /blijverslening/{id}/stukken/{stuk}`: a download for the resident or their helper (logged).
pub async fn stuk(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path((id, stuk_id)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    repo::van_inwoner(&app.db.pool, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (stuk, inhoud) = repo::stuk_inhoud(&app.db.pool, &id, &stuk_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !namens.is_zelf() {
        let mut tx = app.db.begin_write().await?;
        helper_log(
            &mut tx,
            &id,
            &namens,
            Handeling::Gedownload,
            app.clock.now(),
        )
        .await?;
        tx.commit().await?;
    }
    bestand_antwoord(&stuk, inhoud)
}
