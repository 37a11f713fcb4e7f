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
    let db = &app.db.pool;
    // One connection for the page's reads; none is held while a helper's look waits its turn to be logged.
    let mut conn = db.acquire().await?;
    // A sent application is read once with its answers; only a draft (or nobody's) is looked up by its head.
    let aanvraag = repo::van_inwoner(&mut *conn, &id, &namens.voor.id)
        .await?
        .filter(|a| a.status != Status::Concept);
    let concept = match aanvraag {
        Some(_) => None,
        None => Some(
            repo::kop(&mut *conn, &id, &namens.voor.id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
    };
    if !namens.is_zelf() {
        drop(conn);
        let mut tx = app.db.begin_write().await?;
        helper_log(&mut tx, &id, &namens, Handeling::Bekeken, app.clock.now()).await?;
        tx.commit().await?;
        conn = db.acquire().await?;
    }
    if let Some(kop) = concept.filter(|k| k.status == Status::Concept) {
        let heeft_mede = invoer_van(&mut conn, &id, &namens.voor.id)
            .await?
            .is_some_and(|f| f.heeft_mede());
        let toegang = crate::zaken::toegang::lees_als(&mut *conn, &id).await?;
        return Ok(views::zaak_concept(&ctx, &namens, &kop, heeft_mede, &toegang).into_response());
    }
    let aanvraag = aanvraag.ok_or(AppError::NotFound)?;
    let eigenaren = repo::eigenaren(&mut *conn, &id).await?;
    let stukken = repo::stukken(&mut *conn, &id).await?;
    let toegang = crate::zaken::toegang::lees_als(&mut *conn, &id).await?;
    let op = aanvraag
        .ingediend_op
        .map(clock::amsterdam)
        .map(|t| t.date())
        .unwrap_or_else(|| app.clock.today());
    let maand = maandlast(b, &aanvraag, op);
    let mag = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    let blokken = crate::zaken::inwoner_blokken::<crate::blijverslening::stap::Gebeurtenis>(
        &ctx,
        &mut conn,
        &id,
        mag,
        namens.is_zelf(),
    )
    .await?;
    drop(conn);
    let bezwaar = maud::html! { (blokken.termijn) (blokken.bezwaar) (blokken.correctie) };
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
    repo::kop(&app.db.pool, &id, &namens.voor.id)
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

/// The decision on `aanvraag` as a letter ([`crate::zaken::beschikking`]); `None` before it is decided.
pub(super) async fn beschikking(
    ctx: &Ctx,
    aanvraag: &Aanvraag,
    terug: String,
    bezwaar_pad: Option<String>,
) -> AppResult<Option<crate::zaken::beschikking::Beschikking>> {
    use crate::zaken::beschikking::{self, Beschikking, Onderdeel, Uitkomst};
    let (Some(b), Some(referentie)) = (&aanvraag.besluit, &aanvraag.referentie) else {
        return Ok(None);
    };
    let regeling = regeling(ctx)?;
    let door = beschikking::besloten_door(&ctx.app.db.pool, &aanvraag.id, "besloten").await?;
    let gevraagd = aanvraag.gegevens.bedrag;
    let (uitkomst, reden) = match (b.bedrag, b.grond) {
        (Some(x), _) if x < gevraagd => (Uitkomst::Gedeeltelijk, String::new()),
        (Some(_), _) => (Uitkomst::Toegekend, String::new()),
        (None, Some(g)) => (Uitkomst::Afgewezen, ctx.t(g.naam())),
        (None, None) => (Uitkomst::Afgewezen, String::new()),
    };
    let grondslag = match b.grond {
        Some(g) => format!("{}, onder {}", regeling.bronnen.afwijzen, g.code()),
        None => regeling.bronnen.kosten.clone(),
    };
    Ok(Some(Beschikking {
        referentie: referentie.clone(),
        aan: aanvraag.gegevens.naam.clone(),
        verzonden_op: b.datum,
        onderdelen: vec![Onderdeel {
            wat: ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_ZAAK),
            uitkomst,
            vanaf: b.bedrag.map(|_| b.datum),
            tot: None,
            bedrag: b.bedrag,
            reden,
        }],
        motivering: b.reden.clone(),
        grondslag: Some(grondslag),
        door,
        bezwaar_pad,
        terug,
        begrip: Some(crate::begrippen::Begrip::Blijverslening),
    }))
}

/// `GET /blijverslening/{id}/besluit/brief`: the decision as a letter to print or save as a PDF. A helper's
/// look is logged, as on the case page.
pub async fn besluit_brief(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::van_inwoner(&app.db.pool, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mag = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    let pad = zaak_pad(&id);
    let brief = beschikking(
        &ctx,
        &aanvraag,
        pad.clone(),
        mag.then(|| format!("{pad}/bezwaar")),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    if !namens.is_zelf() {
        let mut tx = app.db.begin_write().await?;
        helper_log(&mut tx, &id, &namens, Handeling::Bekeken, app.clock.now()).await?;
        tx.commit().await?;
    }
    Ok(crate::zaken::beschikking::pagina(&ctx, &brief).into_response())
}
