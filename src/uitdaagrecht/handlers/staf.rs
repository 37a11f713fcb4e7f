//! The staff steps on a proposal: the conversation, questions and the reasoned decision.

use super::*;

/// `GET /medewerker/uitdaagrecht`: the work queue, filtered to proposals.
pub async fn staf_lijst(_: Medewerker) -> Response {
    see_other(&Regeling::Uitdaagrecht.wachtrij())
}

/// A sent proposal, for staff; drafts are the initiative's own.
pub(super) async fn verzonden(ctx: &Ctx, id: &ZaakId) -> AppResult<(Voorstel, Initiatief)> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let v = repo::voorstel(&mut conn, id)
        .await?
        .filter(|v| v.status != Status::Concept)
        .ok_or(AppError::NotFound)?;
    let i = repo::initiatief(&mut conn, &v.initiatief_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((v, i))
}

pub(super) async fn staf_log(
    ctx: &Ctx,
    wie: &Person,
    id: &ZaakId,
    handeling: Handeling,
) -> AppResult<()> {
    crate::zaken::toegang::log_als(&ctx.app.db, id, wie, handeling, ctx.app.clock.now()).await?;
    Ok(())
}

/// The forms of the staff page as typed, for the page that comes back with an error.
#[derive(Default)]
pub struct StafInvoer<'a> {
    pub bericht: &'a str,
    pub vraag: &'a str,
    /// The one-time key of the question form as it was sent; empty for a new form.
    pub sleutel: &'a str,
    pub uitkomst: &'a str,
    pub toelichting: &'a str,
}

/// `GET /medewerker/uitdaagrecht/{id}`: everything the initiative sent, and the steps to take. Logged.
pub async fn staf_detail(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (v, i) = verzonden(&ctx, &id).await?;
    if let Some(vraag) = crate::zaken::poort::poort(&ctx, &wie, &v.id).await? {
        return Ok(vraag);
    }
    staf_log(&ctx, &wie, &v.id, Handeling::Bekeken).await?;
    let geschiedenis = geschiedenis(&ctx, &v.id).await?;
    Ok(views::staf_detail(
        &ctx,
        &v,
        &i,
        &StafInvoer::default(),
        &FieldErrors::new(),
        None,
        &geschiedenis,
    )
    .into_response())
}

pub async fn staf_download(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path((id, bijlage)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let (v, _) = verzonden(&ctx, &id).await?;
    if !crate::zaken::poort::toegestaan(&ctx.app, &wie, &v.id).await? {
        return Ok(see_other(&staf_pad(&v.id)));
    }
    let (info, inhoud) = crate::zaken::document::lees(&ctx.app.db.pool, &v.id, &bijlage)
        .await?
        .ok_or(AppError::NotFound)?;
    staf_log(&ctx, &wie, &v.id, Handeling::Gedownload).await?;
    crate::zaken::document::download(&info, inhoud)
}

/// Ends a staff step: the log line and the mail to every member, in the step's transaction, then commits.
pub(super) async fn vastleggen(
    ctx: &Ctx,
    mut tx: crate::db::WriteTx,
    v: &Voorstel,
    wie: &Person,
    handeling: Handeling,
    bericht: impl Fn(&Tr, String, &str, String) -> mail::Email,
) -> AppResult<()> {
    let now = ctx.app.clock.now();
    crate::zaken::toegang::schrijf_als(&mut tx, &v.id, wie, handeling, now).await?;
    let referentie = v.referentie.clone().unwrap_or_default();
    mail_aan_leden(ctx, &mut tx, v, |tr, adres, url| {
        bericht(tr, adres, &referentie, url)
    })
    .await?;
    tx.commit().await?;
    ctx.app.mail.wake();
    Ok(())
}

/// A colleague moved the proposal on before this step was saved: the staff page as it is now (409), with what
/// this person typed, so that nothing is lost.
pub(super) async fn te_laat(ctx: &Ctx, id: &ZaakId, getypt: &str) -> AppResult<Response> {
    let (v, i) = verzonden(ctx, id).await?;
    let melding = views::niet_bewaard(ctx, msg::UITDAAGRECHT_MEDEWERKER_TE_LAAT, getypt);
    let geschiedenis = geschiedenis(ctx, &v.id).await?;
    Ok((
        StatusCode::CONFLICT,
        views::staf_detail(
            ctx,
            &v,
            &i,
            &StafInvoer::default(),
            &FieldErrors::new(),
            Some(melding),
            &geschiedenis,
        ),
    )
        .into_response())
}

/// The case's steps for its staff page.
async fn geschiedenis(ctx: &Ctx, id: &ZaakId) -> AppResult<maud::Markup> {
    crate::zaken::geschiedenis(&ctx.app, &ctx.tr, id, |s| views::stap_tekst(ctx, s)).await
}

/// The text of a staff form of one field (`veld`: "bericht" or "vraag"), when the step is still possible
/// (`mogelijk`). Otherwise the page to answer with: 409 when a colleague moved the proposal on, 422 when the
/// field is empty or too long, each with the typed text kept.
pub(super) async fn staf_tekst(
    ctx: &Ctx,
    wie: &Person,
    id: &ZaakId,
    invoer: &TekstForm,
    veld: &str,
    mogelijk: fn(Status) -> bool,
) -> AppResult<Result<(Voorstel, String), Response>> {
    let (v, i) = verzonden(ctx, id).await?;
    if !crate::zaken::poort::toegestaan(&ctx.app, wie, &v.id).await? {
        return Ok(Err(see_other(&staf_pad(&v.id))));
    }
    let getypt = invoer.waarde(veld);
    if !mogelijk(v.status) {
        return Ok(Err(te_laat(ctx, id, getypt).await?));
    }
    match invoer.parse(&ctx.tr, veld) {
        Ok(tekst) => Ok(Ok((v, tekst))),
        Err(errors) => {
            let typed = match veld {
                "vraag" => StafInvoer {
                    vraag: getypt,
                    sleutel: &invoer.sleutel,
                    ..StafInvoer::default()
                },
                _ => StafInvoer {
                    bericht: getypt,
                    ..StafInvoer::default()
                },
            };
            let geschiedenis = geschiedenis(ctx, &v.id).await?;
            Ok(Err(ongeldig(views::staf_detail(
                ctx,
                &v,
                &i,
                &typed,
                &errors,
                None,
                &geschiedenis,
            ))))
        }
    }
}

/// `POST /medewerker/uitdaagrecht/{id}/gesprek`: the municipality starts the conversation, with a message
/// to the initiative.
pub async fn staf_gesprek(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<TekstForm>,
) -> AppResult<Response> {
    let (v, bericht) = match staf_tekst(&ctx, &wie, &id, &invoer, "bericht", |s| {
        s == Status::Ontvangen
    })
    .await?
    {
        Ok(gelezen) => gelezen,
        Err(antwoord) => return Ok(antwoord),
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if !repo::naar_gesprek(&mut tx, &v.id, &bericht, &wie.id, now).await? {
        tx.rollback().await?;
        return te_laat(&ctx, &id, &bericht).await;
    }
    vastleggen(
        &ctx,
        tx,
        &v,
        &wie,
        Handeling::Gesprek,
        |tr, adres, referentie, url| berichten::mail_gesprek(tr, adres, referentie, &bericht, url),
    )
    .await?;
    Ok(see_other(&staf_pad(&id)))
}

/// `POST /medewerker/uitdaagrecht/{id}/vraag`: a question the initiative answers in the portal.
pub async fn staf_vraag(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<TekstForm>,
) -> AppResult<Response> {
    let (v, vraag) = match staf_tekst(&ctx, &wie, &id, &invoer, "vraag", Status::is_open).await? {
        Ok(gelezen) => gelezen,
        Err(antwoord) => return Ok(antwoord),
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    match repo::stel_vraag(
        &mut tx,
        &v.id,
        &vraag,
        sleutel(&invoer.sleutel),
        &wie.id,
        now,
    )
    .await?
    {
        repo::Gesteld::Nieuw(_) => {}
        repo::Gesteld::AlGesteld => {
            // The same form sent twice: the question stands once, and was mailed once.
            tx.rollback().await?;
            return Ok(see_other(&format!("{}#vragen", staf_pad(&id))));
        }
        repo::Gesteld::Dicht => {
            tx.rollback().await?;
            return te_laat(&ctx, &id, &vraag).await;
        }
    }
    vastleggen(
        &ctx,
        tx,
        &v,
        &wie,
        Handeling::Vraag,
        |tr, adres, referentie, url| berichten::mail_vraag(tr, adres, referentie, &vraag, url),
    )
    .await?;
    Ok(see_other(&format!("{}#vragen", staf_pad(&id))))
}

/// `POST /medewerker/uitdaagrecht/{id}/besluit`: the reasoned decision, public when the initiative
/// published the proposal.
pub async fn staf_besluit(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<BesluitForm>,
) -> AppResult<Response> {
    let (v, i) = verzonden(&ctx, &id).await?;
    if !crate::zaken::poort::toegestaan(&ctx.app, &wie, &v.id).await? {
        return Ok(see_other(&staf_pad(&v.id)));
    }
    if !v.status.is_open() {
        return te_laat(&ctx, &id, &invoer.toelichting).await;
    }
    let (uitkomst, toelichting) = match invoer.parse(&ctx.tr) {
        Ok(b) => b,
        Err(errors) => {
            let typed = StafInvoer {
                uitkomst: &invoer.uitkomst,
                toelichting: &invoer.toelichting,
                ..StafInvoer::default()
            };
            let geschiedenis = geschiedenis(&ctx, &v.id).await?;
            return Ok(ongeldig(views::staf_detail(
                &ctx,
                &v,
                &i,
                &typed,
                &errors,
                None,
                &geschiedenis,
            )));
        }
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if !repo::besluit(&mut tx, &v.id, uitkomst, &toelichting, &wie.id, now).await? {
        tx.rollback().await?;
        return te_laat(&ctx, &id, &toelichting).await;
    }
    vastleggen(
        &ctx,
        tx,
        &v,
        &wie,
        Handeling::Besloten,
        |tr, adres, referentie, url| berichten::mail_besluit(tr, adres, referentie, uitkomst, url),
    )
    .await?;
    Ok(see_other(&staf_pad(&id)))
}
