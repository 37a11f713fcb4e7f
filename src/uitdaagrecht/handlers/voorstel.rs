//! A proposal of an initiative: the draft its members co-edit, sending it, and following it.

use super::*;
use crate::zaken::concept;

/// `POST /uitdaagrecht/initiatief/{id}/voorstellen`: a new draft proposal.
pub async fn nieuw_voorstel(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<SleutelForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let mut tx = ctx.app.db.begin_write().await?;
    let (vid, _) = repo::nieuw_voorstel(
        &mut tx,
        &i.id,
        &wie.id,
        sleutel(&invoer.sleutel),
        ctx.app.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&bewerken_pad(&vid)))
}

/// Proposal `id` when `wie` is a member of its initiative; else not found.
pub(super) async fn eigen(ctx: &Ctx, wie: &Person, id: &ZaakId) -> AppResult<Voorstel> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let v = repo::voorstel(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lid = repo::initiatief(&mut conn, &v.initiatief_id)
        .await?
        .is_some_and(|i| i.is_lid(&wie.email));
    if lid { Ok(v) } else { Err(AppError::NotFound) }
}

pub async fn bewerken_formulier(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status != Status::Concept {
        return Ok(see_other(&voorstel_pad(&id)));
    }
    Ok(views::formulier(&ctx, &v, &FieldErrors::new(), None).into_response())
}

/// `POST /uitdaagrecht/voorstel/{id}/bewerken`: saves what was typed (also when incomplete) unless another
/// member saved since this form was opened, stores a chosen file, then does what the pressed button asks.
pub async fn bewerken(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut v = eigen(&ctx, &wie, &id).await?;
    let doel = crate::zaken::document::upload::Doel::zaak(&v.id, &wie.id);
    let (mut uploads, velden) = match Upload::lees_alle(&mut multipart, &ctx.app, doel).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    // Every button of the form sends `actie`; without it the post came from no button of this form.
    if !velden.iter().any(|(k, _)| k == "actie") {
        return Ok(see_other(&bewerken_pad(&id)));
    }
    let gelezen_versie = Upload::veld(&velden, "versie").trim().parse::<i64>().ok();
    let weg = form::bijlagen_weg(&v, &velden);
    form::neem_over(&mut v, &velden);
    let actie = Actie::uit(Upload::veld(&velden, "actie"));
    // The files that may be stored are; the others are named beside the field.
    let (goed, bestand_fout) = Upload::alle(&uploads, &ctx.tr);
    let (bijlagen, inhoud) = Upload::alle_inhoud(&mut uploads, goed).await?;
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    match repo::bewaar_concept(&mut tx, &v, gelezen_versie.unwrap_or(-1), &wie.id, now).await? {
        Bewaard::Ja => {}
        Bewaard::GeenConcept => {
            // Sent meanwhile (by another member, or in another tab): the case page, with what this person
            // typed, so that nothing is lost.
            tx.rollback().await?;
            let mut conn = app.db.pool.acquire().await?;
            let nu = repo::voorstel(&mut conn, &id)
                .await?
                .ok_or(AppError::NotFound)?;
            let melding = views::al_verstuurd(&ctx, &v);
            return Ok((
                StatusCode::CONFLICT,
                voorstel_pagina(&ctx, &nu, None, &FieldErrors::new(), Some(melding)).await?,
            )
                .into_response());
        }
        Bewaard::Verouderd => {
            let nieuwste = repo::voorstel(&mut tx, &id)
                .await?
                .ok_or(AppError::NotFound)?;
            // The same form posted twice (a double click): the first post saved it, nothing is at risk.
            let tweede_klik = nieuwste.gewijzigd_door == wie.id && nieuwste.zelfde_antwoorden(&v);
            if !tweede_klik {
                // Another member saved meanwhile: keep what this person typed on the page, write nothing,
                // and let the next press save on purpose over the newer version.
                tx.rollback().await?;
                return Ok(conflict(&ctx, v, nieuwste));
            }
        }
    }
    for (b, inhoud) in bijlagen.iter().zip(&inhoud.delen) {
        repo::bewaar_bijlage(&mut tx, &v.id, &b.naam, b.soort, inhoud, &wie.id, now).await?;
    }
    for b in &weg {
        repo::verwijder_bijlage(&mut tx, &v.id, b).await?;
    }
    tx.commit().await?;

    let mut conn = app.db.pool.acquire().await?;
    let v = repo::voorstel(&mut conn, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if actie == Actie::Controleren {
        return Ok(match form::controleer(&v, &ctx.tr, app.clock.today()) {
            Ok(_) if bestand_fout.is_empty() => {
                see_other(&format!("/uitdaagrecht/voorstel/{id}/controleren"))
            }
            Ok(_) => fout(&ctx, &v, &bestand_fout),
            Err(errors) => fout(&ctx, &v, &samen(bestand_fout, errors)),
        });
    }
    if !bestand_fout.is_empty() {
        return Ok(fout(&ctx, &v, &bestand_fout));
    }
    Ok(see_other(&format!("{}#opgeslagen", bewerken_pad(&id))))
}

/// The draft form again with what this person typed, over the newer version another member saved (409).
pub(super) fn conflict(ctx: &Ctx, mut typed: Voorstel, nieuwste: Voorstel) -> Response {
    typed.versie = nieuwste.versie;
    typed.bijlagen = nieuwste.bijlagen.clone();
    (
        StatusCode::CONFLICT,
        views::formulier(ctx, &typed, &FieldErrors::new(), Some(&nieuwste)),
    )
        .into_response()
}

pub(super) fn samen(mut eerst: FieldErrors, dan: FieldErrors) -> FieldErrors {
    for e in dan.iter() {
        eerst.add(&e.field, e.message.clone());
    }
    eerst
}

pub(super) fn fout(ctx: &Ctx, v: &Voorstel, errors: &FieldErrors) -> Response {
    ongeldig(views::formulier(ctx, v, errors, None))
}

/// `GET /uitdaagrecht/voorstel/{id}/controleren`: check your answers, with the send button.
pub async fn controleren(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status != Status::Concept {
        return Ok(see_other(&voorstel_pad(&id)));
    }
    match form::controleer(&v, &ctx.tr, ctx.app.clock.today()) {
        Ok(geldig) => Ok(views::controleren(&ctx, &v, &geldig, false).into_response()),
        Err(errors) => Ok(fout(&ctx, &v, &errors)),
    }
}

/// `GET /uitdaagrecht/voorstel/{id}/verwijderen`: "Weet u zeker ...?" for a draft; a sent proposal has no
/// such page.
pub async fn verwijderen_vraag(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status != Status::Concept {
        return Err(AppError::NotFound);
    }
    let invoer = concept::Invoer::default();
    Ok(views::verwijderen(&ctx, &v, &invoer, &FieldErrors::new()).into_response())
}

/// `POST /uitdaagrecht/voorstel/{id}/verwijderen`: Nee goes back to the draft; Ja throws it away for good, for
/// every member, and goes to the initiative's page, which says so. No answer: the question again (422).
pub async fn verwijderen(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<concept::Invoer>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status != Status::Concept {
        return Err(AppError::NotFound);
    }
    match concept::keuze(&ctx, &invoer) {
        Err(fouten) => Ok(ongeldig(views::verwijderen(&ctx, &v, &invoer, &fouten))),
        Ok(concept::Keuze::Nee) => Ok(see_other(&bewerken_pad(&id))),
        Ok(concept::Keuze::Ja) => {
            let mut tx = ctx.app.db.begin_write().await?;
            if !repo::verwijder_concept(&mut tx, ctx.app.db.backend, &id, &v.initiatief_id).await? {
                return Err(AppError::NotFound);
            }
            tx.commit().await?;
            Ok(see_other(&format!(
                "/uitdaagrecht/initiatief/{}?{}",
                v.initiatief_id,
                concept::VERWIJDERD
            )))
        }
    }
}

/// The send button's form: the version of the draft its page showed.
#[derive(Debug, Default, Deserialize)]
pub struct IndienForm {
    #[serde(default)]
    versie: String,
}

/// How often sending draws a new reference number when the one drawn is taken.
pub(super) const REFERENTIE_POGINGEN: u32 = 3;

/// `POST /uitdaagrecht/voorstel/{id}/indienen`: sends the draft in one transaction with the mails to every
/// member. A second click finds it sent and shows the case page.
pub async fn indienen(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<IndienForm>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status != Status::Concept {
        return Ok(see_other(&voorstel_pad(&id)));
    }
    let app = &ctx.app;
    let now = app.clock.now();
    for poging in 1..=REFERENTIE_POGINGEN {
        let referentie = nieuwe_referentie(clock::amsterdam(now).year());
        let mut tx = app.db.begin_write().await?;
        if !repo::neem_concept(&mut tx, &v.id).await? {
            tx.rollback().await?;
            return Ok(see_other(&voorstel_pad(&id)));
        }
        // Read and checked inside the transaction: an edit from another tab is all in or not at all.
        let v = repo::voorstel(&mut tx, &id)
            .await?
            .ok_or(AppError::NotFound)?;
        let geldig = match form::controleer(&v, &ctx.tr, app.clock.today()) {
            Ok(g) => g,
            Err(errors) => {
                tx.rollback().await?;
                return Ok(fout(&ctx, &v, &errors));
            }
        };
        // Another member changed the draft after this person checked it: they send only what they saw.
        if invoer.versie.trim().parse::<i64>().ok() != Some(v.versie) {
            tx.rollback().await?;
            return Ok((
                StatusCode::CONFLICT,
                views::controleren(&ctx, &v, &geldig, true),
            )
                .into_response());
        }
        let ingediend = repo::dien_in(
            &mut tx,
            &v.id,
            &repo::Ingediend {
                referentie: &referentie,
                startdatum: geldig.startdatum,
                bedragen: &geldig.bedragen,
                door: &wie.id,
                op: now,
            },
        )
        .await;
        match ingediend {
            Err(e) if crate::db::is_unique_violation(&e) && poging < REFERENTIE_POGINGEN => {
                tx.rollback().await?;
                continue;
            }
            Err(e) => return Err(e.into()),
            Ok(false) => {
                tx.rollback().await?;
                return Ok(see_other(&voorstel_pad(&id)));
            }
            Ok(true) => {}
        }
        mail_aan_leden(&ctx, &mut tx, &v, |tr, adres, url| {
            berichten::mail_ingediend(tr, adres, &v.taak, &referentie, url)
        })
        .await?;
        tx.commit().await?;
        app.mail.wake();
        return Ok(see_other(&voorstel_pad(&id)));
    }
    Err(AppError::Internal(
        "no free reference number for a proposal".to_owned(),
    ))
}

/// Queues a mail about proposal `v` to every member of its initiative, each in their language, with a link
/// to the proposal's page.
pub(super) async fn mail_aan_leden(
    ctx: &Ctx,
    tx: &mut crate::db::WriteTx,
    v: &Voorstel,
    bericht: impl Fn(&Tr, String, String) -> mail::Email,
) -> AppResult<()> {
    let app = &ctx.app;
    let url = format!("{}{}", app.config.base_url, voorstel_pad(&v.id));
    let leden = crate::zaken::kern::Eigenaar::Initiatief(&v.initiatief_id);
    crate::zaken::ontvangers::vertel(tx, app, Regeling::Uitdaagrecht, leden, true, |tr, adres| {
        Some(bericht(tr, adres, url.clone()))
    })
    .await?;
    Ok(())
}

/// `GET /uitdaagrecht/voorstel/{id}`: where the proposal stands, the questions to answer, the decision.
pub async fn voorstel(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status == Status::Concept {
        return Ok(see_other(&bewerken_pad(&id)));
    }
    Ok(voorstel_pagina(&ctx, &v, None, &FieldErrors::new(), None)
        .await?
        .into_response())
}

/// The case page; `invoer` is the answer typed to a question that came back with an error, `melding` a
/// notice at the top.
pub(super) async fn voorstel_pagina(
    ctx: &Ctx,
    v: &Voorstel,
    invoer: Option<(&str, &str)>,
    errors: &FieldErrors,
    melding: Option<maud::Markup>,
) -> AppResult<maud::Markup> {
    let log = crate::zaken::toegang::lees_als(&ctx.app.db.pool, &v.id).await?;
    Ok(views::voorstel(ctx, v, &log, invoer, errors, melding))
}

/// `POST /uitdaagrecht/voorstel/{id}/openbaar`: shows a sent proposal on the public page, or takes it off.
pub async fn openbaar(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<OpenbaarForm>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if v.status == Status::Concept {
        return Ok(see_other(&bewerken_pad(&id)));
    }
    let ja = match invoer.parse(&ctx.tr) {
        Ok(ja) => ja,
        Err(errors) => {
            return Ok(ongeldig(
                voorstel_pagina(&ctx, &v, None, &errors, None).await?,
            ));
        }
    };
    let mut tx = ctx.app.db.begin_write().await?;
    repo::zet_openbaar(&mut tx, &v.id, ja).await?;
    tx.commit().await?;
    Ok(see_other(&format!("{}#openbaar-titel", voorstel_pad(&id))))
}

/// `POST /uitdaagrecht/voorstel/{id}/vraag/{vraag}`: the initiative's answer to a question of the
/// municipality.
pub async fn antwoord(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path((id, vraag)): Path<(ZaakId, String)>,
    Form(Velden(velden)): Form<Velden>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    if !v.vragen.iter().any(|q| q.id == vraag) {
        return Err(AppError::NotFound);
    }
    // Each question's field has a name of its own, so that its error and its text stay beside it.
    let veld = format!("antwoord-{vraag}");
    let getypt = velden
        .iter()
        .find(|(k, _)| *k == veld)
        .map_or("", |(_, w)| w.as_str());
    let tekst = match form::een_tekst(&ctx.tr, &veld, getypt, msg::UITDAAGRECHT_ANTWOORD_LEEG) {
        Ok(t) => t,
        Err(_) if !v.status.is_open() => return Ok(see_other(&voorstel_pad(&id))),
        Err(errors) => {
            let invoer = Some((vraag.as_str(), getypt));
            return Ok(ongeldig(
                voorstel_pagina(&ctx, &v, invoer, &errors, None).await?,
            ));
        }
    };
    let mut tx = ctx.app.db.begin_write().await?;
    let gelukt =
        repo::beantwoord(&mut tx, &v.id, &vraag, &tekst, &wie.id, ctx.app.clock.now()).await?;
    tx.commit().await?;
    if !gelukt {
        // Another member answered first, or the municipality decided meanwhile: show what stands now, with
        // this person's text so that nothing typed is lost.
        let mut conn = ctx.app.db.pool.acquire().await?;
        let nu = repo::voorstel(&mut conn, &id)
            .await?
            .ok_or(AppError::NotFound)?;
        let melding = views::niet_bewaard(&ctx, msg::UITDAAGRECHT_ANTWOORD_TE_LAAT, &tekst);
        return Ok((
            StatusCode::CONFLICT,
            voorstel_pagina(&ctx, &nu, None, &FieldErrors::new(), Some(melding)).await?,
        )
            .into_response());
    }
    Ok(see_other(&format!("{}#vraag-{vraag}", voorstel_pad(&id))))
}

/// A form's fields in order, for forms whose field names carry an id.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub struct Velden(Vec<(String, String)>);

/// An attachment, to the initiative's members.
pub async fn download(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path((id, bijlage)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    let (info, inhoud) = crate::zaken::document::lees(&ctx.app.db.pool, &v.id, &bijlage)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::zaken::document::download(&info, inhoud)
}
