//! Applying: the public check, the draft, its documents, checking and sending it, mailing the co-owners.

use super::*;
use crate::zaken::concept;

/// `GET /blijverslening`.
pub async fn uitleg(ctx: Ctx) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let vandaag = ctx.app.clock.today();
    let toegekend = toegekend_in(&ctx.app.db.pool, vandaag).await?;
    let over = domain::budget_over(b, vandaag, toegekend);
    Ok(views::uitleg(&ctx, b, over).into_response())
}

/// `GET /blijverslening/check`: the questions, and with `check=1` the outcome on the same page. Reads only.
pub async fn check(ctx: Ctx, Query(form): Query<CheckForm>) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    if form.check.is_empty() {
        return Ok(views::check(&ctx, &form, None, &FieldErrors::new()).into_response());
    }
    let vandaag = ctx.app.clock.today();
    match form.parse(&ctx.tr) {
        Ok(vragen) => {
            let toegekend = toegekend_in(&ctx.app.db.pool, vandaag).await?;
            let uitkomst = domain::beoordeel(b, vandaag, toegekend, &vragen);
            let maand = vragen.soort.and_then(|soort| {
                let jaren = form.looptijd();
                let rente = domain::rente(b, soort, jaren, vandaag)?;
                vragen
                    .bedrag
                    .map(|x| domain::maandlast(x, rente, b.aflossing.jaren(soort.code())))
            });
            Ok(
                views::check(&ctx, &form, Some((&uitkomst, maand)), &FieldErrors::new())
                    .into_response(),
            )
        }
        Err(errors) => Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::check(&ctx, &form, None, &errors),
        )),
    }
}

/// `GET /blijverslening/aanvragen`: an empty application with a new form key.
pub async fn formulier(ctx: Ctx, Mag(namens, _): Mag<GeldIndienen>) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let input = AanvraagForm {
        sleutel: token::new_id(),
        naam: namens.voor.naam.clone().unwrap_or_default(),
        ..Default::default()
    };
    let vandaag = ctx.app.clock.today();
    Ok(
        views::formulier(&ctx, &namens, b, vandaag, None, &input, &FieldErrors::new())
            .into_response(),
    )
}

/// `POST /blijverslening/aanvragen`: stores the draft, then the uploads. The same form twice finds the first.
pub async fn nieuw(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Form(mut input): Form<AanvraagForm>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    if input.sleutel.len() != 32 || !input.sleutel.bytes().all(|c| c.is_ascii_hexdigit()) {
        input.sleutel = token::new_id();
    }
    let vandaag = ctx.app.clock.today();
    let (gegevens, eigenaren) = match input.parse(&ctx.tr, b, vandaag) {
        Ok(x) => x,
        Err(errors) => {
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::formulier(&ctx, &namens, b, vandaag, None, &input, &errors),
            ));
        }
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if let Some(id) = repo::id_voor_sleutel(&mut *tx, &namens.voor.id, &input.sleutel).await? {
        return Ok(see_other(&format!("{}/stukken", zaak_pad(&id))));
    }
    let id = ZaakId::new(token::new_id());
    if !repo::nieuw_concept(
        &mut tx,
        &id,
        &namens.voor.id,
        &input.sleutel,
        &gegevens,
        &eigenaren,
        &namens.wie.id,
        now,
    )
    .await?
    {
        tx.rollback().await?;
        let eerste = repo::id_voor_sleutel(&app.db.pool, &namens.voor.id, &input.sleutel).await?;
        return eerste
            .map(|id| see_other(&format!("{}/stukken", zaak_pad(&id))))
            .ok_or(AppError::Conflict);
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    Ok(see_other(&format!("{}/stukken", zaak_pad(&id))))
}

/// The resident's own draft; anything else (someone else's, or sent) is "not found" or its case page.
pub(super) async fn eigen_concept(
    ctx: &Ctx,
    namens: &Namens,
    id: &ZaakId,
) -> AppResult<Result<Aanvraag, Response>> {
    let aanvraag = repo::van_inwoner(&ctx.app.db.pool, id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if aanvraag.status != Status::Concept {
        return Ok(Err(see_other(&zaak_pad(id))));
    }
    Ok(Ok(aanvraag))
}

/// `GET /blijverslening/{id}/wijzigen`.
pub async fn wijzigen_form(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    let eigenaren = repo::eigenaren(&ctx.app.db.pool, &id).await?;
    let input = AanvraagForm::uit(&aanvraag, &eigenaren);
    let vandaag = ctx.app.clock.today();
    Ok(views::formulier(
        &ctx,
        &namens,
        b,
        vandaag,
        Some(&id),
        &input,
        &FieldErrors::new(),
    )
    .into_response())
}

/// `POST /blijverslening/{id}/wijzigen`.
pub async fn wijzigen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    Form(input): Form<AanvraagForm>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    if let Err(r) = eigen_concept(&ctx, &namens, &id).await? {
        return Ok(r);
    }
    let vandaag = ctx.app.clock.today();
    let (gegevens, eigenaren) = match input.parse(&ctx.tr, b, vandaag) {
        Ok(x) => x,
        Err(errors) => {
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::formulier(&ctx, &namens, b, vandaag, Some(&id), &input, &errors),
            ));
        }
    };
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    if !repo::wijzig_concept(&mut tx, &id, &gegevens, &eigenaren, now).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    Ok(see_other(&format!("{}/controleren", zaak_pad(&id))))
}

/// `GET /blijverslening/{id}/stukken`.
pub async fn stukken_form(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    let stukken = repo::stukken(&ctx.app.db.pool, &id).await?;
    Ok(views::stukken(&ctx, &aanvraag, &stukken, "", &FieldErrors::new()).into_response())
}

/// `POST /blijverslening/{id}/stukken`: one file with its kind.
pub async fn stukken(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(r) => return Ok(r),
    };
    let Ok(mut multipart) = multipart else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let doel = crate::zaken::document::upload::Doel::zaak(&id, &namens.wie.id);
    let (mut uploads, velden) = match Upload::lees_alle(&mut multipart, &ctx.app, doel).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let soort_code = Upload::veld(&velden, "soort").to_owned();
    let soort = StukSoort::from_code(&soort_code);
    let (goed, bestand_fout) = Upload::alle(&uploads, &ctx.tr);
    // Only uploads of this draft, each once: made-up ids remove nothing and cost nothing.
    let weg: Vec<String> = repo::stukken(&ctx.app.db.pool, &id)
        .await?
        .into_iter()
        .filter(|s| velden.iter().any(|(k, v)| k == "stuk-weg" && *v == s.id))
        .map(|s| s.id)
        .collect();
    if !weg.is_empty() && goed.is_empty() && bestand_fout.is_empty() {
        // Only removing: no kind or file is asked for.
        let now = ctx.app.clock.now();
        let mut tx = ctx.app.db.begin_write().await?;
        if !repo::stukken_weg(&mut tx, &id, &weg).await? {
            tx.rollback().await?;
            return Ok(see_other(&zaak_pad(&id)));
        }
        helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
        tx.commit().await?;
        return Ok(see_other(&format!("{}/stukken", zaak_pad(&id))));
    }
    let mut errors = FieldErrors::new();
    if soort.is_none() {
        errors.add("soort", ctx.t(msg::BLIJVERSLENING_FOUT_STUK_SOORT));
    }
    for f in bestand_fout.iter() {
        errors.add(&f.field, f.message.clone());
    }
    if goed.is_empty() && bestand_fout.is_empty() {
        errors.add("bestand", ctx.t(msg::PERSOONLIJK_PLAN_BESTAND_GEEN));
    }
    // Without a kind nothing is stored; with one, every file that may be stored is, and the others are named.
    let Some(soort) = soort.filter(|_| !goed.is_empty()) else {
        let lijst = repo::stukken(&ctx.app.db.pool, &id).await?;
        return Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::stukken(&ctx, &aanvraag, &lijst, &soort_code, &errors),
        ));
    };
    let (bestanden, inhoud) = Upload::alle_inhoud(&mut uploads, goed).await?;
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    if !repo::stukken_weg(&mut tx, &id, &weg).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    for (bestand, inhoud) in bestanden.iter().zip(&inhoud.delen) {
        let bewaard = repo::stuk_opslaan(
            &mut tx,
            &id,
            soort,
            &bestand.naam,
            bestand.soort,
            inhoud,
            &namens.wie.id,
            now,
        )
        .await?;
        if !bewaard {
            // Sent meanwhile, from another window: the upload is not part of it.
            tx.rollback().await?;
            return Ok(see_other(&zaak_pad(&id)));
        }
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    drop(inhoud);
    if !errors.is_empty() {
        let lijst = repo::stukken(&ctx.app.db.pool, &id).await?;
        return Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::stukken(&ctx, &aanvraag, &lijst, &soort_code, &errors),
        ));
    }
    Ok(see_other(&format!("{}/stukken", zaak_pad(&id))))
}

/// The uploads a draft still misses: proof of ownership, of residence, and at least one quote.
pub(super) fn ontbrekend(stukken: &[repo::Stuk]) -> Vec<StukSoort> {
    StukSoort::ALL
        .into_iter()
        .filter(|s| !stukken.iter().any(|x| x.soort == *s))
        .collect()
}

/// The stored answers checked as if given today, against the rules of today.
pub(super) fn answer_fouten(
    ctx: &Ctx,
    b: &Blijverslening,
    aanvraag: &Aanvraag,
    eigenaren: &[repo::Eigenaar],
) -> Result<(), FieldErrors> {
    AanvraagForm::uit(aanvraag, eigenaren)
        .parse(&ctx.tr, b, ctx.app.clock.today())
        .map(|_| ())
}

pub(super) async fn controleren_pagina(
    ctx: &Ctx,
    namens: &Namens,
    aanvraag: &Aanvraag,
    status: StatusCode,
    fout: bool,
) -> AppResult<Response> {
    let b = regeling(ctx)?;
    let db = &ctx.app.db.pool;
    let eigenaren = repo::eigenaren(db, &aanvraag.id).await?;
    let stukken = repo::stukken(db, &aanvraag.id).await?;
    let missen = ontbrekend(&stukken);
    let mut errors = FieldErrors::new();
    if fout {
        // The answers again, with today's date and today's rules: a draft saved earlier may plan work on a day
        // that has passed (art. 4:15e lid 1 f), or an applicant may have turned too old for this loan.
        if let Err(fouten) = answer_fouten(ctx, b, aanvraag, &eigenaren) {
            for f in fouten.iter() {
                errors.add(&f.field, f.message.clone());
            }
        }
    }
    if fout && !missen.is_empty() {
        // The first missing document by name, and how many more: one short sentence each.
        errors.add(
            "stukken",
            ctx.tr.ta(
                msg::BLIJVERSLENING_FOUT_STUK_MIST,
                &[
                    ("stuk", ctx.t(views::stuk_naam(missen[0])).into()),
                    ("meer", (missen.len() - 1).into()),
                ],
            ),
        );
    }
    let maand = maandlast(b, aanvraag, ctx.app.clock.today());
    Ok(met_status(
        status,
        views::controleren(
            ctx, namens, aanvraag, &eigenaren, &stukken, &missen, maand, &errors,
        ),
    ))
}

/// `GET /blijverslening/{id}/controleren`: every answer, the estimate, and the button to send.
pub async fn controleren(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    controleren_pagina(&ctx, &namens, &aanvraag, StatusCode::OK, false).await
}

/// Gives each co-owner a new link, valid for [`LINK_GELDIG`], and mails it; an earlier link stops working.
pub(super) async fn mail_eigenaren(
    conn: &mut sqlx::AnyConnection,
    ctx: &Ctx,
    eigenaren: &[repo::Eigenaar],
    aanvrager: &str,
    referentie: &str,
) -> AppResult<()> {
    let app = &ctx.app;
    let now = app.clock.now();
    let tr_nl = ctx.tr.with_lang(Lang::Nl);
    let aanvrager = crate::mail::limiet::naam(aanvrager);
    let aanvrager = aanvrager.as_str();
    let afzender = ctx
        .person
        .as_ref()
        .map(|p| p.id.to_string())
        .unwrap_or_default();
    for e in eigenaren {
        if !crate::mail::limiet::tel(&mut *conn, &afzender, Some(&e.email), now).await? {
            return Err(AppError::TeVeelBerichten);
        }
        let geheim = token::new_secret();
        repo::zet_token(&mut *conn, &e.id, &token::hash(&geheim), now + LINK_GELDIG).await?;
        let url = format!("{}/blijverslening/eigenaar/{geheim}", app.config.base_url);
        // Co-owners may have no account: the mail is in Dutch, the page has the language switch.
        let bericht = berichten::mail_eigenaar(&tr_nl, &e.email, aanvrager, referentie, url)
            .link_tot(now + LINK_GELDIG);
        crate::mail::enqueue(&mut *conn, now, &bericht, &tr_nl, &app.gemeente).await?;
    }
    Ok(())
}

/// `POST /blijverslening/{id}/eigenaren/opnieuw`: the co-owners who have not answered get a new link by mail.
/// Only while the application waits for them; otherwise nothing changes.
pub async fn opnieuw_mailen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::van_inwoner(&app.db.pool, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if repo::aanvraag_beurt(&mut tx, &id).await? != Some(Status::WachtOpEigenaren) {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    let open: Vec<repo::Eigenaar> = repo::eigenaren(&mut *tx, &id)
        .await?
        .into_iter()
        .filter(|e| e.antwoord.is_none())
        .collect();
    let referentie = aanvraag.referentie.clone().unwrap_or_default();
    mail_eigenaren(&mut tx, &ctx, &open, &aanvraag.gegevens.naam, &referentie).await?;
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("{}?opnieuw=1", zaak_pad(&id))))
}

/// `POST /blijverslening/{id}/indienen`: sends the draft once; co-owners get their link by mail.
pub async fn indienen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(r) => return Ok(r),
    };
    let app = &ctx.app;
    let stukken = repo::stukken(&app.db.pool, &id).await?;
    let eigenaren = repo::eigenaren(&app.db.pool, &id).await?;
    if !ontbrekend(&stukken).is_empty() || answer_fouten(&ctx, b, &aanvraag, &eigenaren).is_err() {
        return controleren_pagina(
            &ctx,
            &namens,
            &aanvraag,
            StatusCode::UNPROCESSABLE_ENTITY,
            true,
        )
        .await;
    }
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    let eigenaren = repo::eigenaren(&mut *tx, &id).await?;
    let status = if eigenaren.is_empty() {
        Status::Ingediend
    } else {
        Status::WachtOpEigenaren
    };
    let referentie = domain::nieuwe_referentie(clock::amsterdam(now).year());
    let door = crate::zaken::door(&namens.wie, namens.wie.id == namens.voor.id);
    let auteur = Auteur::persoon(&namens.wie.id, door);
    if !repo::verstuur(&mut tx, &id, &referentie, status, auteur, now).await? {
        // Sent by an earlier click.
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    mail_eigenaren(
        &mut tx,
        &ctx,
        &eigenaren,
        &aanvraag.gegevens.naam,
        &referentie,
    )
    .await?;
    let verzonden = Aanvraag {
        referentie: Some(referentie),
        status,
        ..aanvraag
    };
    let nieuws = if status == Status::Ingediend {
        msg::BLIJVERSLENING_MAIL_INGEDIEND
    } else {
        msg::BLIJVERSLENING_MAIL_WACHT
    };
    meld(&mut tx, app, &verzonden, nieuws).await?;
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&zaak_pad(&id)))
}

/// `GET /blijverslening/{id}/verwijderen`: "Weet u zeker ...?" for a draft; a sent application has no such
/// page.
pub async fn verwijderen_vraag(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(_) => return Err(AppError::NotFound),
    };
    let invoer = concept::Invoer::default();
    Ok(views::verwijderen(&ctx, &aanvraag, &invoer, &FieldErrors::new()).into_response())
}

/// `POST /blijverslening/{id}/verwijderen`: Nee goes back to the check page; Ja throws the draft away for
/// good and goes to Mijn loket, which says so. No answer: the question again with its error (422).
pub async fn verwijderen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<concept::Invoer>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(_) => return Err(AppError::NotFound),
    };
    match concept::keuze(&ctx, &invoer) {
        Err(fouten) => Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::verwijderen(&ctx, &aanvraag, &invoer, &fouten),
        )),
        Ok(concept::Keuze::Nee) => Ok(see_other(&format!("{}/controleren", zaak_pad(&id)))),
        Ok(concept::Keuze::Ja) => {
            let mut tx = ctx.app.db.begin_write().await?;
            if !repo::verwijder_concept(&mut tx, ctx.app.db.backend, &id, &namens.voor.id).await? {
                return Err(AppError::NotFound);
            }
            tx.commit().await?;
            Ok(see_other(&format!("/mijn-loket?{}", concept::VERWIJDERD)))
        }
    }
}
