//! Staff: an application, its documents, and the decision within the year's budget.

use super::*;

/// `GET /medewerker/blijverslening`: the work queue, filtered to blijverslening applications.
pub async fn lijst(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    regeling(&ctx)?;
    Ok(see_other(&Regeling::Blijverslening.wachtrij()))
}

pub(super) async fn detail_pagina(
    ctx: &Ctx,
    aanvraag: &Aanvraag,
    input: &BesluitForm,
    errors: &FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let b = regeling(ctx)?;
    let db = &ctx.app.db.pool;
    let eigenaren = repo::eigenaren(db, &aanvraag.id).await?;
    let stukken = repo::stukken(db, &aanvraag.id).await?;
    let vandaag = ctx.app.clock.today();
    let toegekend = toegekend_in(db, vandaag).await?;
    let op = aanvraag
        .ingediend_op
        .map(|t| clock::amsterdam(t).date())
        .unwrap_or(vandaag);
    let vragen = domain::Vragen {
        eigenaar: Some(true),
        bewoner: Some(true),
        alle_eigenaren: Some(true),
        reden: Some(aanvraag.gegevens.reden),
        geboortedata: std::iter::once(aanvraag.gegevens.geboortedatum)
            .chain(eigenaren.iter().map(|e| e.geboortedatum))
            .collect(),
        soort: Some(aanvraag.gegevens.soort),
        bedrag: Some(aanvraag.gegevens.bedrag),
        werk_klaar: Some(false),
        geplande_datum: Some(aanvraag.gegevens.geplande_datum),
        werkelijke_kosten: Some(aanvraag.gegevens.kosten.werkelijk()),
    };
    // The rules on the day of applying; the budget as it stands today.
    let mut beoordeling = domain::beoordeel(b, op, toegekend, &vragen);
    beoordeling.budget_over = domain::budget_over(b, vandaag, toegekend);
    let maand = maandlast(b, aanvraag, op);
    let geschiedenis = crate::zaken::geschiedenis(&ctx.app, &ctx.tr, &aanvraag.id, |s| {
        views::stap_tekst(ctx, s)
    })
    .await?;
    // A bezwaar against the decision: the way to its page, below the history.
    let bezwaar = crate::zaken::bezwaar::staf_link(ctx, &aanvraag.id).await?;
    let ingebreke = crate::zaken::ingebreke::staf_link::<crate::blijverslening::stap::Gebeurtenis>(
        ctx,
        &aanvraag.id,
    )
    .await?;
    let correctie = crate::zaken::correctie::staf_blok(ctx, &aanvraag.id).await?;
    let geschiedenis = maud::html! { (geschiedenis) (ingebreke) (bezwaar) (correctie) };
    Ok(met_status(
        status,
        views::detail(
            ctx,
            b,
            aanvraag,
            &eigenaren,
            &stukken,
            &beoordeling,
            toegekend,
            maand,
            input,
            errors,
            &geschiedenis,
        ),
    ))
}

/// `GET /medewerker/blijverslening/{id}`: everything sent, the budget, and the decision form. Logged.
pub async fn detail(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::verzonden(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(vraag) = crate::zaken::poort::poort(&ctx, &wie, &id).await? {
        return Ok(vraag);
    }
    medewerker_log(&ctx, &id, &wie, Handeling::Bekeken).await?;
    detail_pagina(
        &ctx,
        &aanvraag,
        &BesluitForm::default(),
        &FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

/// `GET /medewerker/blijverslening/{id}/besluit/brief`: the decision as the letter the resident prints, behind
/// the same reason gate and access log as the staff page.
pub async fn besluit_brief_medewerker(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = repo::verzonden(&ctx.app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(vraag) = crate::zaken::poort::poort(&ctx, &wie, &id).await? {
        return Ok(vraag);
    }
    let brief = beschikking(
        &ctx,
        &aanvraag,
        format!("/medewerker/blijverslening/{id}"),
        None,
    )
    .await?
    .ok_or(AppError::NotFound)?;
    medewerker_log(&ctx, &id, &wie, Handeling::Bekeken).await?;
    Ok(crate::zaken::beschikking::pagina(&ctx, &brief).into_response())
}

/// `GET /medewerker/blijverslening/{id}/stukken/{stuk}`: a download for staff, logged.
pub async fn stuk_medewerker(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path((id, stuk_id)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    repo::verzonden(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !crate::zaken::poort::toegestaan(app, &wie, &id).await? {
        return Ok(see_other(&format!("/medewerker/blijverslening/{id}")));
    }
    let (stuk, inhoud) = repo::stuk_inhoud(&app.db.pool, &id, &stuk_id)
        .await?
        .ok_or(AppError::NotFound)?;
    medewerker_log(&ctx, &id, &wie, Handeling::Gedownload).await?;
    bestand_antwoord(&stuk, inhoud)
}

/// `POST /medewerker/blijverslening/{id}/besluit`: a provisional allocation within the budget left, or a
/// refusal on a ground of art. 4:15e lid 1; the resident and their helpers are mailed.
pub async fn besluit(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(input): Form<BesluitForm>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::verzonden(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if aanvraag.status != Status::Ingediend
        || !crate::zaken::poort::toegestaan(app, &wie, &id).await?
    {
        return Ok(see_other(&format!("/medewerker/blijverslening/{id}")));
    }
    let beslissing = match input.parse(&ctx.tr) {
        Ok(x) => x,
        Err(errors) => {
            return detail_pagina(
                &ctx,
                &aanvraag,
                &input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let mut tx = app.db.begin_write().await?;
    if let Some(bedrag) = beslissing.bedrag {
        // Inside the write, after taking the year's turn: two decisions at once cannot both spend the last of
        // the budget.
        repo::budget_beurt(&mut tx, vandaag.year(), now).await?;
        let toegekend = toegekend_in(&mut *tx, vandaag).await?;
        let over = domain::budget_over(b, vandaag, toegekend).unwrap_or_default();
        let grenzen = b.regels_op(vandaag).map(|r| match aanvraag.gegevens.soort {
            domain::Soort::Consumptief => &r.consumptief,
            domain::Soort::Hypothecair => &r.hypothecair,
        });
        if let Err(fout) = domain::toekennen(bedrag, aanvraag.gegevens.bedrag, over, grenzen) {
            tx.rollback().await?;
            let mut errors = FieldErrors::new();
            let tekst = match fout {
                domain::ToekenFout::Leeg => ctx.t(msg::BLIJVERSLENING_FOUT_BESLUIT_BEDRAG),
                domain::ToekenFout::BovenAanvraag => ctx.t(msg::BLIJVERSLENING_FOUT_BOVEN_AANVRAAG),
                domain::ToekenFout::OnderMinimum(minimum) => ctx.tr.ta(
                    msg::BLIJVERSLENING_FOUT_ONDER_MINIMUM,
                    &[("minimum", crate::i18n::bedrag(minimum, ctx.lang()).into())],
                ),
                domain::ToekenFout::BovenMaximum(maximum) => ctx.tr.ta(
                    msg::BLIJVERSLENING_FOUT_BOVEN_MAXIMUM,
                    &[("maximum", crate::i18n::bedrag(maximum, ctx.lang()).into())],
                ),
                domain::ToekenFout::BovenBudget => ctx.tr.ta(
                    msg::BLIJVERSLENING_FOUT_BOVEN_BUDGET,
                    &[("over", crate::i18n::bedrag(over, ctx.lang()).into())],
                ),
            };
            errors.add("bedrag", tekst);
            return detail_pagina(
                &ctx,
                &aanvraag,
                &input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    }
    let besluit = Besluit {
        bedrag: beslissing.bedrag,
        grond: beslissing.grond,
        reden: beslissing.reden,
        datum: vandaag,
    };
    if !repo::besluit(&mut tx, &id, &besluit, &wie.id, now).await? {
        tx.rollback().await?;
        return Ok(see_other(&format!("/medewerker/blijverslening/{id}")));
    }
    crate::zaken::toegang::schrijf_als(&mut tx, &id, &wie, Handeling::Besloten, now).await?;
    meld(&mut tx, app, &aanvraag, msg::BLIJVERSLENING_MAIL_BESLUIT).await?;
    tx.commit().await?;
    // The budget left on the public pages is computed again.
    app.budget.vervuil();
    app.mail.wake();
    Ok(see_other(&format!("/medewerker/blijverslening/{id}")))
}
