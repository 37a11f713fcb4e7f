//! Applying: the public check, the draft, its documents, checking and sending it, mailing the co-owners.

use super::*;
use crate::zaken::concept;

/// `GET /blijverslening`.
pub async fn uitleg(ctx: Ctx) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let vandaag = ctx.app.clock.today();
    let toegekend = toegekend_publiek(&ctx, vandaag).await?;
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
            let toegekend = toegekend_publiek(&ctx, vandaag).await?;
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

/// `GET /blijverslening/aanvragen`: what the application asks, the drafts not sent yet, and the button that
/// starts a new one with a new form key. The answers of the public check in the address (`?eigenaar=ja&...`,
/// from its outcome, also after signing in) go along into the new draft.
pub async fn formulier(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Query(check): Query<CheckForm>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let concepten: Vec<repo::Kop> = repo::van_persoon(&ctx.app.db.pool, &namens.voor.id)
        .await?
        .into_iter()
        .filter(|a| a.status == Status::Concept)
        .collect();
    let overnemen = AanvraagForm::uit_check(&check);
    Ok(views::start(&ctx, &namens, &overnemen, &concepten, &token::new_id()).into_response())
}

/// `POST /blijverslening/aanvragen`: a new draft with the answers the start form carries (those of the public
/// check), then its task list. The same form twice finds the first.
pub async fn nieuw(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Form(mut begin): Form<BeginForm>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    if begin.sleutel.len() != 32 || !begin.sleutel.bytes().all(|c| c.is_ascii_hexdigit()) {
        begin.sleutel = token::new_id();
    }
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if let Some(id) = repo::id_voor_sleutel(&mut *tx, &namens.voor.id, &begin.sleutel).await? {
        return Ok(see_other(&takenlijst_pad(&id)));
    }
    let id = ZaakId::new(token::new_id());
    if !repo::nieuw_concept(
        &mut tx,
        &id,
        &namens.voor.id,
        &begin.sleutel,
        &begin.invoer.json(),
        &namens.wie.id,
        now,
    )
    .await?
    {
        tx.rollback().await?;
        let eerste = repo::id_voor_sleutel(&app.db.pool, &namens.voor.id, &begin.sleutel).await?;
        return eerste
            .map(|id| see_other(&takenlijst_pad(&id)))
            .ok_or(AppError::Conflict);
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    Ok(see_other(&takenlijst_pad(&id)))
}

/// The task list of a draft.
fn takenlijst_pad(id: &str) -> String {
    format!("{}/wijzigen", zaak_pad(id))
}

/// The way back a page of the draft was opened with: `?terug=controleren` from the check page.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Terug {
    #[serde(default)]
    terug: String,
    /// Set after a file was removed, for the message that says so.
    #[serde(default)]
    verwijderd: String,
}

impl Terug {
    fn naar_controleren(&self) -> bool {
        self.terug == "controleren"
    }

    fn query(&self) -> &'static str {
        if self.naar_controleren() {
            "?terug=controleren"
        } else {
            ""
        }
    }
}

/// A draft of the resident's, with its answers as typed.
pub(super) struct Concept {
    pub id: ZaakId,
    pub invoer: AanvraagForm,
}

/// The answers of draft `id` as typed: kept as JSON, or, for a draft of an earlier version, read from their
/// columns. `None` when it is no draft (any more).
pub(super) async fn invoer_van(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    inwoner_id: &str,
) -> AppResult<Option<AanvraagForm>> {
    match repo::invoer(&mut *conn, id).await? {
        None => Ok(None),
        Some(Some(json)) => AanvraagForm::uit_json(&json).map(Some).map_err(|e| {
            AppError::Internal(format!("blijverslening {id}: answers unreadable: {e}"))
        }),
        Some(None) => {
            let Some(a) = repo::van_inwoner(&mut *conn, id, inwoner_id).await? else {
                return Ok(None);
            };
            let mede = repo::eigenaren(&mut *conn, id)
                .await?
                .iter()
                .map(|e| MedeVelden::van(&e.naam, e.geboortedatum, &e.email))
                .collect();
            Ok(Some(AanvraagForm::uit(&a.gegevens, mede)))
        }
    }
}

/// The resident's own draft; anything else (someone else's, or sent) is "not found" or its case page.
pub(super) async fn eigen_concept(
    ctx: &Ctx,
    namens: &Namens,
    id: &ZaakId,
) -> AppResult<Result<Concept, Response>> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let kop = repo::kop(&mut *conn, id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if kop.status != Status::Concept {
        return Ok(Err(see_other(&zaak_pad(id))));
    }
    match invoer_van(&mut conn, id, &namens.voor.id).await? {
        Some(invoer) => Ok(Ok(Concept { id: kop.id, invoer })),
        None => Ok(Err(see_other(&zaak_pad(id)))),
    }
}

/// The part a page of the draft is, from its route (`/blijverslening/{id}/woning`).
fn deel_van(pad: &MatchedPath) -> AppResult<Deel> {
    pad.as_str()
        .rsplit('/')
        .next()
        .and_then(Deel::from_slug)
        .ok_or(AppError::NotFound)
}

/// The mistakes of the whole draft (the rules of today), and those of one part.
fn fouten(ctx: &Ctx, b: &Blijverslening, invoer: &AanvraagForm) -> FieldErrors {
    invoer
        .parse(&ctx.tr, b, ctx.app.clock.today())
        .err()
        .unwrap_or_default()
}

fn fouten_van(alle: &FieldErrors, deel: Deel) -> FieldErrors {
    let mut uit = FieldErrors::new();
    for f in alle
        .iter()
        .filter(|f| Deel::van_veld(&f.field) == Some(deel))
    {
        uit.add(&f.field, f.message.clone());
    }
    uit
}

/// `GET /blijverslening/{id}/wijzigen`: the draft's task list.
pub async fn wijzigen_form(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let concept = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(c) => c,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    let stukken = repo::stukken(&ctx.app.db.pool, &id).await?;
    let fouten = fouten(&ctx, b, &concept.invoer);
    Ok(views::takenlijst(
        &ctx,
        &namens,
        &concept.id,
        &concept.invoer,
        &fouten,
        &stukken,
    )
    .into_response())
}

/// `GET /blijverslening/{id}/<part>`: one part of the draft, with its answers so far.
pub async fn deel_form(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    pad: MatchedPath,
    Query(terug): Query<Terug>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let deel = deel_van(&pad)?;
    let mut concept = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(c) => c,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    if deel == Deel::Aanvrager && concept.invoer.naam.trim().is_empty() {
        concept.invoer.naam = namens.voor.naam.clone().unwrap_or_default();
    }
    let vandaag = ctx.app.clock.today();
    Ok(views::deel(
        &ctx,
        &namens,
        b,
        vandaag,
        &concept.id,
        deel,
        &concept.invoer,
        &FieldErrors::new(),
        terug.naar_controleren(),
    )
    .into_response())
}

/// `POST /blijverslening/{id}/<part>`: keeps what was typed in this part (the other parts as they are), then
/// the task list, or the check page when it was opened from there. A mistake brings the part back (422), with
/// the mistakes beside their fields; what was typed is kept all the same.
pub async fn deel_opslaan(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    pad: MatchedPath,
    Query(terug): Query<Terug>,
    Form(gepost): Form<AanvraagForm>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let deel = deel_van(&pad)?;
    if let Err(r) = eigen_concept(&ctx, &namens, &id).await? {
        return Ok(r);
    }
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    // The row stays locked until commit: a part saved at the same moment (by a helper, in another tab) waits,
    // and neither overwrites the other's part.
    if !repo::neem_concept(&mut tx, &id).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    let Some(mut invoer) = invoer_van(&mut tx, &id, &namens.voor.id).await? else {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    };
    invoer.neem_deel(deel, gepost);
    if !repo::zet_invoer(&mut tx, &id, &invoer.json(), now).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    let errors = fouten_van(&fouten(&ctx, b, &invoer), deel);
    if !errors.is_empty() {
        let vandaag = ctx.app.clock.today();
        return Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::deel(
                &ctx,
                &namens,
                b,
                vandaag,
                &id,
                deel,
                &invoer,
                &errors,
                terug.naar_controleren(),
            ),
        ));
    }
    if terug.naar_controleren() {
        Ok(see_other(&format!("{}/controleren", zaak_pad(&id))))
    } else {
        Ok(see_other(&takenlijst_pad(&id)))
    }
}

/// `GET /blijverslening/{id}/stukken`.
pub async fn stukken_form(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    Query(terug): Query<Terug>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    if let Err(r) = eigen_concept(&ctx, &namens, &id).await? {
        return Ok(r);
    }
    bekeken(&ctx, &id, &namens).await?;
    let stukken = repo::stukken(&ctx.app.db.pool, &id).await?;
    Ok(views::stukken(
        &ctx,
        &id,
        &stukken,
        "",
        &FieldErrors::new(),
        terug.naar_controleren(),
        !terug.verwijderd.is_empty(),
    )
    .into_response())
}

/// `POST /blijverslening/{id}/stukken`: one file with its kind.
pub async fn stukken(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    Query(terug): Query<Terug>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    if let Err(r) = eigen_concept(&ctx, &namens, &id).await? {
        return Ok(r);
    }
    let Ok(mut multipart) = multipart else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let terug_naar = terug.naar_controleren();
    let hier = format!("{}/stukken{}", zaak_pad(&id), terug.query());
    let doel = crate::zaken::document::upload::Doel::zaak(&id, &namens.wie.id);
    let (mut uploads, velden) = match Upload::lees_alle(&mut multipart, &ctx.app, doel).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let soort_code = Upload::veld(&velden, "soort").to_owned();
    let soort = StukSoort::from_code(&soort_code);
    let (goed, bestand_fout) = Upload::alle(&uploads, &ctx.tr);
    // Only uploads of this draft, each once: made-up ids remove nothing and cost nothing. (A page of an earlier
    // version ticked files away in this form; each file now has a form of its own.)
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
        return Ok(see_other(&hier));
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
            views::stukken(&ctx, &id, &lijst, &soort_code, &errors, terug_naar, false),
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
            views::stukken(&ctx, &id, &lijst, &soort_code, &errors, terug_naar, false),
        ));
    }
    Ok(see_other(&hier))
}

/// The tick that confirms removing a file.
#[derive(Debug, Default, serde::Deserialize)]
pub struct StukWeg {
    #[serde(default, rename = "stuk-weg")]
    stuk_weg: String,
}

/// `POST /blijverslening/{id}/stukken/{stuk}/verwijderen`: removes one upload of a draft for good (its bytes
/// and its row), when its tick says so; without the tick the page again with the question beside the file.
/// A file of another application, or of someone else's, is "not found"; once sent, nothing changes.
pub async fn stuk_verwijderen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path((id, stuk_id)): Path<(ZaakId, String)>,
    Query(terug): Query<Terug>,
    Form(invoer): Form<StukWeg>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let db = &ctx.app.db.pool;
    let kop = repo::kop(db, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let stukken = repo::stukken(db, &id).await?;
    let stuk = stukken
        .iter()
        .find(|s| s.id == stuk_id)
        .ok_or(AppError::NotFound)?;
    if kop.status != Status::Concept {
        return Ok(see_other(&zaak_pad(&id)));
    }
    if invoer.stuk_weg != stuk.id {
        let mut errors = FieldErrors::new();
        errors.add(
            &format!("stuk-weg-{}", stuk.id),
            ctx.tr.ta(
                msg::BLIJVERSLENING_FOUT_STUK_VERWIJDER,
                &[("naam", stuk.naam.as_str().into())],
            ),
        );
        return Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::stukken(
                &ctx,
                &id,
                &stukken,
                "",
                &errors,
                terug.naar_controleren(),
                false,
            ),
        ));
    }
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    if !repo::stukken_weg(&mut tx, &id, std::slice::from_ref(&stuk.id)).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    let verder = if terug.naar_controleren() {
        "?terug=controleren&verwijderd=1"
    } else {
        "?verwijderd=1"
    };
    Ok(see_other(&format!("{}/stukken{verder}", zaak_pad(&id))))
}

/// The uploads a draft still misses: proof of ownership, of residence, and at least one quote.
pub(super) fn ontbrekend(stukken: &[repo::Stuk]) -> Vec<StukSoort> {
    StukSoort::ALL
        .into_iter()
        .filter(|s| !stukken.iter().any(|x| x.soort == *s))
        .collect()
}

/// The check page of a draft. `fout`: after a refused send, with every mistake (the answers checked with
/// today's date and rules, and the documents missing) in the error summary.
pub(super) async fn controleren_pagina(
    ctx: &Ctx,
    namens: &Namens,
    id: &ZaakId,
    invoer: &AanvraagForm,
    status: StatusCode,
    fout: bool,
) -> AppResult<Response> {
    let b = regeling(ctx)?;
    let stukken = repo::stukken(&ctx.app.db.pool, id).await?;
    let missen = ontbrekend(&stukken);
    let vandaag = ctx.app.clock.today();
    // A draft saved earlier may plan work on a day that has passed (art. 4:15e lid 1 f), or an applicant may
    // have turned too old for this loan: the answers as if given today.
    let uitkomst = invoer.parse(&ctx.tr, b, vandaag);
    let maand = uitkomst
        .as_ref()
        .ok()
        .and_then(|(g, _)| maandlast_van(b, g, vandaag));
    let alle = uitkomst.err().unwrap_or_default();
    let mut errors = FieldErrors::new();
    if fout {
        for f in alle.iter() {
            errors.add(&f.field, f.message.clone());
        }
        if !missen.is_empty() {
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
    }
    Ok(met_status(
        status,
        views::controleren(
            ctx, namens, id, invoer, &alle, &stukken, &missen, maand, &errors,
        ),
    ))
}

/// `GET /blijverslening/{id}/controleren`: every answer, what is missing, the estimate, and the button to send.
pub async fn controleren(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let concept = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(c) => c,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    controleren_pagina(&ctx, &namens, &id, &concept.invoer, StatusCode::OK, false).await
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
    repo::kop(&app.db.pool, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if repo::aanvraag_beurt(&mut tx, &id).await? != Some(Status::WachtOpEigenaren) {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    let Some(aanvraag) = repo::van_inwoner(&mut *tx, &id, &namens.voor.id).await? else {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    };
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

/// `POST /blijverslening/{id}/indienen`: sends the draft once; co-owners get their link by mail. The answers
/// are read, checked and written into their columns in the transaction that sends them, so that a part saved
/// in another window at the same moment is either all in what is sent or not at all.
pub async fn indienen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    if let Err(r) = eigen_concept(&ctx, &namens, &id).await? {
        return Ok(r);
    }
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if !repo::neem_concept(&mut tx, &id).await? {
        // Sent by an earlier click.
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    let Some(invoer) = invoer_van(&mut tx, &id, &namens.voor.id).await? else {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    };
    let stukken = repo::stukken(&mut *tx, &id).await?;
    let (gegevens, nieuwe_eigenaren) = match invoer.parse(&ctx.tr, b, app.clock.today()) {
        Ok(x) if ontbrekend(&stukken).is_empty() => x,
        _ => {
            tx.rollback().await?;
            return controleren_pagina(
                &ctx,
                &namens,
                &id,
                &invoer,
                StatusCode::UNPROCESSABLE_ENTITY,
                true,
            )
            .await;
        }
    };
    if !repo::zet_gegevens(&mut tx, &id, &gegevens, &nieuwe_eigenaren, now).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
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
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    mail_eigenaren(&mut tx, &ctx, &eigenaren, &gegevens.naam, &referentie).await?;
    let verzonden = repo::van_inwoner(&mut *tx, &id, &namens.voor.id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("blijverslening {id}: sent, not read back")))?;
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

/// When the draft was begun, for the confirm page.
async fn begonnen_op(
    ctx: &Ctx,
    id: &ZaakId,
    namens: &crate::auth::Namens,
) -> AppResult<Option<time::OffsetDateTime>> {
    Ok(
        repo::kop(&ctx.app.db.pool, id.as_str(), namens.voor.id.as_str())
            .await?
            .map(|k| k.aangemaakt_op),
    )
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
    let begonnen = begonnen_op(&ctx, &aanvraag.id, &namens).await?;
    Ok(
        views::verwijderen(&ctx, &aanvraag.id, begonnen, &invoer, &FieldErrors::new())
            .into_response(),
    )
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
        Err(fouten) => {
            let begonnen = begonnen_op(&ctx, &aanvraag.id, &namens).await?;
            Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::verwijderen(&ctx, &aanvraag.id, begonnen, &invoer, &fouten),
            ))
        }
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
