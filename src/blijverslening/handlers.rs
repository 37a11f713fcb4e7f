//! The handlers of the blijverslening: the public pages, the resident's application and case page, the
//! co-owner's answer, and the staff list, page and decision.

use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use time::Date;

use super::domain;
use super::form::{AanvraagForm, AntwoordForm, BesluitForm, CheckForm};
use super::repo::{self, Aanvraag, Besluit, Handeling, Status, StukSoort};
use super::views;
use crate::auth::{GeldBekijken, GeldIndienen, Mag, Medewerker, Namens, Person};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::gemeente::Blijverslening;
use crate::http::{Ctx, see_other};
use crate::i18n::{Lang, Tr, msg};
use crate::zaken::document::upload::Upload;
use crate::zaken::kern::Regeling;
use crate::{AppState, clock, token};

/// How long a co-owner's link works after it was sent.
pub const LINK_GELDIG: time::Duration = time::Duration::days(14);

/// The scheme in this municipality's profile; without it every page is "not found".
fn regeling(ctx: &Ctx) -> AppResult<&Blijverslening> {
    ctx.app
        .gemeente
        .blijverslening
        .as_ref()
        .ok_or(AppError::NotFound)
}

pub fn zaak_pad(id: &str) -> String {
    format!("/blijverslening/{id}")
}

fn met_status(status: StatusCode, markup: maud::Markup) -> Response {
    (status, markup).into_response()
}

/// What was allocated in the calendar year of `op`.
async fn toegekend_in<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    op: Date,
) -> AppResult<i64> {
    Ok(repo::toegekend_in_jaar(db, op.year()).await?)
}

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
                vragen.bedrag.map(|x| domain::maandlast(x, rente, jaren))
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
    let id = token::new_id();
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

/// Logs what a helper does, for the resident to see; the resident's own actions are not logged.
async fn helper_log(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    namens: &Namens,
    handeling: Handeling,
    now: time::OffsetDateTime,
) -> AppResult<()> {
    if !namens.is_zelf() {
        repo::log(conn, id, &namens.wie, handeling, now).await?;
    }
    Ok(())
}

/// Logs a look or download by staff, in a transaction of its own, for the resident to see.
async fn medewerker_log(ctx: &Ctx, id: &str, wie: &Person, handeling: Handeling) -> AppResult<()> {
    let mut tx = ctx.app.db.begin_write().await?;
    repo::log(&mut tx, id, wie, handeling, ctx.app.clock.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// Logs a helper's look at a page of the application, for the resident to see.
async fn bekeken(ctx: &Ctx, id: &str, namens: &Namens) -> AppResult<()> {
    if !namens.is_zelf() {
        let mut tx = ctx.app.db.begin_write().await?;
        helper_log(&mut tx, id, namens, Handeling::Bekeken, ctx.app.clock.now()).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// The resident's own draft; anything else (someone else's, or sent) is "not found" or its case page.
async fn eigen_concept(
    ctx: &Ctx,
    namens: &Namens,
    id: &str,
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
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
    let (mut upload, velden) = match Upload::lees(&mut multipart).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let soort_code = Upload::veld(&velden, "soort").to_owned();
    let soort = StukSoort::from_code(&soort_code);
    let bestand = upload.parse(&ctx.tr);
    let mut errors = FieldErrors::new();
    if soort.is_none() {
        errors.add("soort", ctx.t(msg::BLIJVERSLENING_FOUT_STUK_SOORT));
    }
    if let Err(fouten) = &bestand {
        for f in fouten.iter() {
            errors.add(&f.field, f.message.clone());
        }
    }
    let (Some(soort), Ok(bestand), true) = (soort, bestand, errors.is_empty()) else {
        let lijst = repo::stukken(&ctx.app.db.pool, &id).await?;
        return Ok(met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::stukken(&ctx, &aanvraag, &lijst, &soort_code, &errors),
        ));
    };
    let inhoud = upload.inhoud().await?;
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    if !repo::stuk_opslaan(
        &mut tx,
        &id,
        soort,
        &bestand.naam,
        bestand.soort,
        &inhoud,
        &namens.wie.id,
        now,
    )
    .await?
    {
        // Sent meanwhile, from another window: the upload is not part of it.
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    Ok(see_other(&format!("{}/stukken", zaak_pad(&id))))
}

/// The uploads a draft still misses: proof of ownership, of residence, and at least one quote.
fn ontbrekend(stukken: &[repo::Stuk]) -> Vec<StukSoort> {
    StukSoort::ALL
        .into_iter()
        .filter(|s| !stukken.iter().any(|x| x.soort == *s))
        .collect()
}

/// The estimated monthly payment of an application on `op`.
pub fn maandlast(b: &Blijverslening, a: &Aanvraag, op: Date) -> Option<i64> {
    let g = &a.gegevens;
    domain::rente(b, g.soort, g.looptijd, op).map(|r| domain::maandlast(g.bedrag, r, g.looptijd))
}

/// The stored answers checked as if given today, against the rules of today.
fn answer_fouten(
    ctx: &Ctx,
    b: &Blijverslening,
    aanvraag: &Aanvraag,
    eigenaren: &[repo::Eigenaar],
) -> Result<(), FieldErrors> {
    AanvraagForm::uit(aanvraag, eigenaren)
        .parse(&ctx.tr, b, ctx.app.clock.today())
        .map(|_| ())
}

async fn controleren_pagina(
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
    Path(id): Path<String>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let aanvraag = match eigen_concept(&ctx, &namens, &id).await? {
        Ok(a) => a,
        Err(r) => return Ok(r),
    };
    bekeken(&ctx, &id, &namens).await?;
    controleren_pagina(&ctx, &namens, &aanvraag, StatusCode::OK, false).await
}

/// The addresses and languages to tell about news on a resident's application: the resident (when they have
/// an address) and every helper with the mail right on money matters.
async fn ontvangers(
    conn: &mut sqlx::AnyConnection,
    inwoner_id: &str,
    vandaag: Date,
) -> AppResult<Vec<(String, Lang)>> {
    Ok(crate::zaken::ontvangers::ontvangers(
        conn,
        Regeling::Blijverslening,
        crate::zaken::kern::Eigenaar::Persoon(inwoner_id),
        true,
        vandaag,
    )
    .await?)
}

/// Mails news on an application to everyone who should hear it: only that there is news, with a link.
async fn meld(
    conn: &mut sqlx::AnyConnection,
    app: &AppState,
    tr: &Tr,
    aanvraag: &Aanvraag,
    nieuws: &str,
) -> AppResult<()> {
    let now = app.clock.now();
    let referentie = aanvraag.referentie.clone().unwrap_or_default();
    let url = format!("{}{}", app.config.base_url, zaak_pad(&aanvraag.id));
    for (adres, taal) in ontvangers(conn, &aanvraag.inwoner_id, app.clock.today()).await? {
        let tr = tr.with_lang(taal);
        let bericht = views::mail_nieuws(&tr, &adres, &referentie, nieuws, url.clone());
        crate::mail::enqueue(conn, now, &bericht, &tr, &app.gemeente).await?;
    }
    Ok(())
}

/// Gives each co-owner a new link, valid for [`LINK_GELDIG`], and mails it; an earlier link stops working.
async fn mail_eigenaren(
    conn: &mut sqlx::AnyConnection,
    ctx: &Ctx,
    eigenaren: &[repo::Eigenaar],
    aanvrager: &str,
    referentie: &str,
) -> AppResult<()> {
    let app = &ctx.app;
    let now = app.clock.now();
    let tr_nl = ctx.tr.with_lang(Lang::Nl);
    for e in eigenaren {
        let geheim = token::new_secret();
        repo::zet_token(&mut *conn, &e.id, &token::hash(&geheim), now + LINK_GELDIG).await?;
        let url = format!("{}/blijverslening/eigenaar/{geheim}", app.config.base_url);
        // Co-owners may have no account: the mail is in Dutch, the page has the language switch.
        let bericht = views::mail_eigenaar(&tr_nl, &e.email, aanvrager, referentie, url)
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
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
    if !repo::verstuur(&mut tx, &id, &referentie, status, now).await? {
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
    meld(&mut tx, app, &ctx.tr, &verzonden, nieuws).await?;
    helper_log(&mut tx, &id, &namens, Handeling::Gewijzigd, now).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&zaak_pad(&id)))
}

/// `GET /blijverslening/{id}`: the resident's case page. A helper's look is logged.
pub async fn zaak(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path(id): Path<String>,
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
    let toegang = repo::toegang(db, &id).await?;
    let op = aanvraag
        .ingediend_op
        .map(clock::amsterdam)
        .map(|t| t.date())
        .unwrap_or_else(|| app.clock.today());
    let maand = maandlast(b, &aanvraag, op);
    Ok(views::zaak(
        &ctx,
        &namens,
        &aanvraag,
        &eigenaren,
        &stukken,
        &toegang,
        maand,
        vraag.contains_key("opnieuw"),
    )
    .into_response())
}

fn bestand_antwoord(stuk: &repo::Stuk, inhoud: Vec<u8>) -> AppResult<Response> {
    crate::zaken::document::download_als(stuk.type_, &stuk.naam, inhoud)
}

/// `GET /blijverslening/{id}/stukken/{stuk}`: a download for the resident or their helper (logged).
pub async fn stuk(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path((id, stuk_id)): Path<(String, String)>,
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

/// A link that was not answered in time no longer works; an answer given stays visible.
fn verlopen(ctx: &Ctx, e: &repo::Eigenaar) -> bool {
    e.antwoord.is_none() && e.verloopt_op.is_none_or(|t| t <= ctx.app.clock.now())
}

/// `GET /blijverslening/eigenaar/{token}`: what the co-owner is asked to confirm. No sign-in: the secret is
/// the key.
pub async fn eigenaar_form(ctx: Ctx, Path(geheim): Path<String>) -> AppResult<Response> {
    regeling(&ctx)?;
    let (eigenaar, aanvraag_id) = repo::voor_token(&ctx.app.db.pool, &token::hash(&geheim))
        .await?
        .ok_or(AppError::NotFound)?;
    let aanvraag = repo::verzonden(&ctx.app.db.pool, &aanvraag_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if verlopen(&ctx, &eigenaar) {
        return Ok(met_status(StatusCode::GONE, views::eigenaar_verlopen(&ctx)));
    }
    Ok(views::eigenaar(
        &ctx,
        &geheim,
        &eigenaar,
        &aanvraag,
        &FieldErrors::new(),
        None,
    )
    .into_response())
}

/// `POST /blijverslening/eigenaar/{token}`: yes or no, once. The last yes sends the application to staff; a no
/// stops it. Either way the resident hears of it.
pub async fn eigenaar(
    ctx: Ctx,
    Path(geheim): Path<String>,
    Form(input): Form<AntwoordForm>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    let (eigenaar, aanvraag_id) = repo::voor_token(&app.db.pool, &token::hash(&geheim))
        .await?
        .ok_or(AppError::NotFound)?;
    let aanvraag = repo::verzonden(&app.db.pool, &aanvraag_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if verlopen(&ctx, &eigenaar) {
        return Ok(met_status(StatusCode::GONE, views::eigenaar_verlopen(&ctx)));
    }
    let ja = match input.antwoord.as_str() {
        "ja" => true,
        "nee" => false,
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("antwoord", ctx.t(msg::BLIJVERSLENING_FOUT_ANTWOORD));
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::eigenaar(&ctx, &geheim, &eigenaar, &aanvraag, &errors, None),
            ));
        }
    };
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    // The application's row first: the answers of its co-owners take turns, and each reads the status and the
    // other answers as the one before it left them.
    let status = repo::aanvraag_beurt(&mut tx, &aanvraag_id).await?;
    if repo::beantwoord(&mut tx, &eigenaar.id, ja, now).await?
        && status == Some(Status::WachtOpEigenaren)
    {
        let alle = repo::eigenaren(&mut *tx, &aanvraag_id).await?;
        let volgende = if alle.iter().any(|e| e.antwoord == Some(false)) {
            Some(Status::Gestopt)
        } else if alle.iter().all(|e| e.antwoord == Some(true)) {
            Some(Status::Ingediend)
        } else {
            None
        };
        if let Some(status) = volgende {
            repo::na_eigenaren(&mut tx, &aanvraag_id, status, now).await?;
            let nieuws = if status == Status::Gestopt {
                msg::BLIJVERSLENING_MAIL_GESTOPT
            } else {
                msg::BLIJVERSLENING_MAIL_INGEDIEND
            };
            meld(&mut tx, app, &ctx.tr, &aanvraag, nieuws).await?;
        }
    }
    tx.commit().await?;
    app.mail.wake();
    let eigenaar = repo::voor_token(&app.db.pool, &token::hash(&geheim))
        .await?
        .map(|(e, _)| e)
        .unwrap_or(eigenaar);
    Ok(views::eigenaar(
        &ctx,
        &geheim,
        &eigenaar,
        &aanvraag,
        &FieldErrors::new(),
        Some(ja),
    )
    .into_response())
}

/// `GET /medewerker/blijverslening`: the work queue, filtered to blijverslening applications.
pub async fn lijst(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    regeling(&ctx)?;
    Ok(see_other(&crate::backoffice::lijst_van(
        Regeling::Blijverslening,
    )))
}

async fn detail_pagina(
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
        ),
    ))
}

/// `GET /medewerker/blijverslening/{id}`: everything sent, the budget, and the decision form. Logged.
pub async fn detail(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::verzonden(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(vraag) = crate::backoffice::poort(&ctx, &wie, &id).await? {
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

/// `GET /medewerker/blijverslening/{id}/stukken/{stuk}`: a download for staff, logged.
pub async fn stuk_medewerker(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path((id, stuk_id)): Path<(String, String)>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    repo::verzonden(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !crate::backoffice::toegestaan(app, &wie, &id).await? {
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
    Path(id): Path<String>,
    Form(input): Form<BesluitForm>,
) -> AppResult<Response> {
    let b = regeling(&ctx)?;
    let app = &ctx.app;
    let aanvraag = repo::verzonden(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if aanvraag.status != Status::Ingediend
        || !crate::backoffice::toegestaan(app, &wie, &id).await?
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
        let over = domain::budget_over(b, vandaag, toegekend).unwrap_or(0);
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
    repo::log(&mut tx, &id, &wie, Handeling::Besloten, now).await?;
    meld(
        &mut tx,
        app,
        &ctx.tr,
        &aanvraag,
        msg::BLIJVERSLENING_MAIL_BESLUIT,
    )
    .await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("/medewerker/blijverslening/{id}")))
}
