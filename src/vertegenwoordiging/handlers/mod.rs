//! Handlers of vertegenwoordiging: extract, authorise (else 404), parse, one transaction with its mail, then a
//! page or a 303.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use sqlx::AnyConnection;
use time::{Duration, OffsetDateTime};

use super::form::{
    AntwoordForm, BesluitForm, CodeForm, FormulierInvoer, VraagForm, WettelijkInvoer,
};
use super::repo::{self, Aanvraag};
use super::{Wacht, views};
use crate::auth::machtiging::{Grond, MAX_CODE_POGINGEN, Rechten, Soort, Status, code_uit};
use crate::auth::repo::find_or_create_person;
use crate::auth::{Mag, Medewerker, Namens, Person, SignedIn, ZorgIndienen};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::Lang;
use crate::machtigingen::repo::{self as machtigingen_repo, Nieuw};
use crate::mail;
use crate::meldingen::repo::{self as meldingen_repo, Melding};
use crate::token;
use crate::zaken::document::upload::Upload;
use crate::zaken::document::{BestandType, download_naam};

mod staf;

pub use staf::*;

/// How long the link and the code of a request to confirm work.
const GELDIG_DAGEN: i64 = 14;
/// How long a signed authorisation holds once staff accepted it: the helper asks again after a year.
const FORMULIER_JAREN: i32 = 1;

fn melding_pad(id: &str) -> String {
    format!("/melding/{id}")
}

/// The helper's own submitted melding for someone who has not confirmed; 404 for anything else.
async fn eigen(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<(Melding, Wacht)> {
    if !namens.is_zelf() {
        return Err(AppError::NotFound);
    }
    let pool = &ctx.app.db.pool;
    let melding = meldingen_repo::van(pool, id, &namens.wie.id)
        .await?
        .filter(|m| m.ingediend)
        .ok_or(AppError::NotFound)?;
    let wacht = super::wacht(pool, &melding.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((melding, wacht))
}

/// The resident said yes (link or code), or staff accepted the proof: the resident's person, found by the
/// address given or made without one; the melding moves to them; the machtiging becomes active for the
/// requester. In the caller's transaction. `None` when it was no longer open.
async fn maak_actief(
    conn: &mut AnyConnection,
    aanvraag: &Aanvraag,
    van: Status,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<Option<crate::ids::PersoonId>, sqlx::Error> {
    let inwoner_id = match aanvraag.email.as_deref() {
        Some(email) => find_or_create_person(conn, email, lang, now).await?,
        None => {
            crate::auth::repo::persoon_zonder_email(conn, aanvraag.naam.as_deref(), now).await?
        }
    };
    // Nobody acts for themselves through a machtiging.
    if inwoner_id == aanvraag.aanvrager_id {
        return Ok(None);
    }
    crate::auth::repo::naam_als_leeg(conn, &inwoner_id, aanvraag.naam.as_deref()).await?;
    if !machtigingen_repo::activeer(
        conn,
        &aanvraag.id,
        van,
        &inwoner_id,
        &aanvraag.aanvrager_id,
        now,
    )
    .await?
    {
        return Ok(None);
    }
    if let Some(melding_id) = &aanvraag.melding_id {
        repo::verhuis_melding(conn, melding_id, &inwoner_id, &aanvraag.aanvrager_id).await?;
    }
    Ok(Some(inwoner_id))
}

fn wie(person: &Person) -> String {
    person.naam.clone().unwrap_or_else(|| person.email.clone())
}

fn met_status(status: StatusCode, page: maud::Markup) -> Response {
    (status, page).into_response()
}

/// `GET /melding/{id}/machtiging/afdrukken`: the form the person helped signs, to print: who gives whom
/// permission, for what, from when until when, the signatures, and what to do with it.
pub async fn afdrukken(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (melding, wacht) = eigen(&ctx, &namens, &id).await?;
    Ok(views::afdrukken(&ctx, &melding, &wacht, &namens.wie).into_response())
}

/// `GET /melding/{id}/machtiging`: the two ways to let the resident confirm; after they did, that it worked.
pub async fn vragen_form(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if namens.is_zelf()
        && let Some(aanvraag) = repo::laatste_voor_melding(&ctx.app.db.pool, &id).await?
        && aanvraag.status == Status::Actief
        && aanvraag.aanvrager_id == namens.wie.id
    {
        return Ok(views::bevestigd(&ctx, &aanvraag).into_response());
    }
    let (melding, wacht) = eigen(&ctx, &namens, &id).await?;
    Ok(views::vragen(
        &ctx,
        &melding,
        &wacht,
        &VraagForm::default(),
        &FormulierInvoer::default(),
        &FieldErrors::new(),
    )
    .into_response())
}

/// `POST /melding/{id}/machtiging`: the request by e-mail, with a link and a code.
pub async fn vragen(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
    Form(invoer): Form<VraagForm>,
) -> AppResult<Response> {
    let (melding, wacht) = eigen(&ctx, &namens, &id).await?;
    let app = &ctx.app;
    let vraag = match invoer.parse(&ctx.tr, &namens.wie.email, app.clock.today()) {
        Ok(vraag) => vraag,
        Err(errors) => {
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::vragen(
                    &ctx,
                    &melding,
                    &wacht,
                    &invoer,
                    &FormulierInvoer::default(),
                    &errors,
                ),
            ));
        }
    };
    let now = app.clock.now();
    let geheim = token::new_secret();
    let code = code_uit(&token::random_bytes(8));
    let (token_hash, code_hash) = (token::hash(&geheim), token::hash(&code));
    let bericht = crate::vertegenwoordiging::berichten::mail_vraag(
        &ctx.tr,
        &crate::vertegenwoordiging::berichten::MailVraag {
            to: vraag.email.as_str(),
            helper: &wie(&namens.wie),
            helper_email: &namens.wie.email,
            naam: &wacht.naam,
            rechten: vraag.rechten,
            tot: vraag.tot,
            url: format!("{}/machtiging/bevestigen/{geheim}", app.config.base_url),
            code: &code,
        },
    )
    .link_tot(now + Duration::days(GELDIG_DAGEN));
    let mut tx = app.db.begin_write().await?;
    // Ends every open request inside this transaction: two submits at once leave one open request.
    repo::sluit_open(&mut tx, &melding.id, &namens.wie.id, now).await?;
    machtigingen_repo::nieuw(
        &mut tx,
        &Nieuw {
            inwoner_id: None,
            helper_id: Some(&namens.wie.id),
            soort: Soort::Gemachtigde,
            grond: Grond::Bevestiging,
            status: Status::WachtOpInwoner,
            rechten: vraag.rechten,
            geldig_tot: Some(vraag.tot),
            email: Some(vraag.email.as_str()),
            naam: Some(&wacht.naam),
            geboortedatum: None,
            token_hash: Some(&token_hash),
            code_hash: Some(&code_hash),
            verloopt_op: Some(now + Duration::days(GELDIG_DAGEN)),
            melding_id: Some(&melding.id),
            aangemaakt_door: &namens.wie.id,
        },
        now,
    )
    .await?;
    if !mail::limiet::tel(&mut tx, &namens.wie.id, Some(vraag.email.as_str()), now).await? {
        return Err(AppError::TeVeelBerichten);
    }
    mail::enqueue(&mut tx, now, &bericht, &ctx.tr, &app.gemeente).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&melding_pad(&melding.id)))
}

/// `POST /melding/{id}/machtiging/formulier`: a signed authorisation, for staff to check.
pub async fn formulier(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (melding, wacht) = eigen(&ctx, &namens, &id).await?;
    let Ok(mut multipart) = multipart else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let doel = crate::zaken::document::upload::Doel {
        zaak_id: None,
        persoon_id: Some(&namens.wie.id),
    };
    let (mut upload, velden) = match Upload::lees(&mut multipart, &ctx.app, doel).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let invoer = FormulierInvoer::uit(&velden);
    let app = &ctx.app;
    let formulier = match invoer.parse(&ctx.tr, &upload, &namens.wie.email) {
        Ok(formulier) => formulier,
        Err(errors) => {
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::vragen(
                    &ctx,
                    &melding,
                    &wacht,
                    &VraagForm::default(),
                    &invoer,
                    &errors,
                ),
            ));
        }
    };
    let inhoud = upload.inhoud().await?;
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let tot = crate::auth::machtiging::jaren_na(vandaag, FORMULIER_JAREN);
    let mut tx = app.db.begin_write().await?;
    // Ends every open request inside this transaction: two submits at once leave one open request.
    repo::sluit_open(&mut tx, &melding.id, &namens.wie.id, now).await?;
    let machtiging_id = machtigingen_repo::nieuw(
        &mut tx,
        &Nieuw {
            inwoner_id: None,
            helper_id: Some(&namens.wie.id),
            soort: Soort::Gemachtigde,
            grond: Grond::Formulier,
            status: Status::TeControleren,
            rechten: Rechten::gekozen(true, false),
            geldig_tot: Some(tot),
            email: formulier.email.as_ref().map(|e| e.as_str()),
            naam: Some(&wacht.naam),
            geboortedatum: None,
            token_hash: None,
            code_hash: None,
            verloopt_op: None,
            melding_id: Some(&melding.id),
            aangemaakt_door: &namens.wie.id,
        },
        now,
    )
    .await?;
    repo::bewijs_opslaan(
        &mut tx,
        &machtiging_id,
        &formulier.bestand.naam,
        formulier.bestand.soort.mime(),
        &inhoud,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&melding_pad(&melding.id)))
}

/// The open request with a code for this melding; anything else sends the helper back to the melding.
fn met_code(wacht: &Wacht, now: OffsetDateTime) -> Option<&Aanvraag> {
    wacht.laatste.as_ref().filter(|a| {
        a.status == Status::WachtOpInwoner
            && a.code_hash.is_some()
            && a.verloopt_op.is_some_and(|t| t > now)
    })
}

/// `GET /melding/{id}/machtiging/code`.
pub async fn code_form(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (melding, wacht) = eigen(&ctx, &namens, &id).await?;
    if met_code(&wacht, ctx.app.clock.now()).is_none() {
        return Ok(see_other(&melding_pad(&melding.id)));
    }
    Ok(views::code(&ctx, &melding, &wacht, "", &FieldErrors::new(), false).into_response())
}

/// `POST /melding/{id}/machtiging/code`: the right code counts as the resident's yes; a wrong one is counted,
/// and after [`MAX_CODE_POGINGEN`] the request ends.
pub async fn code(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
    Form(invoer): Form<CodeForm>,
) -> AppResult<Response> {
    let (melding, wacht) = eigen(&ctx, &namens, &id).await?;
    let app = &ctx.app;
    let now = app.clock.now();
    let Some(aanvraag) = met_code(&wacht, now) else {
        return Ok(see_other(&melding_pad(&melding.id)));
    };
    let onjuist = |errors: &FieldErrors, op: bool| {
        met_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::code(&ctx, &melding, &wacht, &invoer.code, errors, op),
        )
    };
    let code = match invoer.parse(&ctx.tr) {
        Ok(code) => code,
        Err(errors) => return Ok(onjuist(&errors, false)),
    };
    let mut tx = app.db.begin_write().await?;
    if aanvraag.code_hash.as_deref() != Some(token::hash(&code).as_str()) {
        let pogingen = repo::code_fout(&mut tx, &aanvraag.id, MAX_CODE_POGINGEN, now).await?;
        tx.commit().await?;
        let mut errors = FieldErrors::new();
        let over = MAX_CODE_POGINGEN - pogingen;
        let op = over <= 0;
        errors.add("code", views::code_fout(&ctx.tr, over));
        return Ok(onjuist(&errors, op));
    }
    let Some(_) = maak_actief(&mut tx, aanvraag, Status::WachtOpInwoner, ctx.lang(), now).await?
    else {
        tx.rollback().await?;
        return Ok(see_other(&melding_pad(&melding.id)));
    };
    let base = &app.config.base_url;
    let helper = crate::vertegenwoordiging::berichten::mail_bevestigd(
        &ctx.tr,
        &namens.wie.email,
        &wacht.naam,
        base,
    );
    mail::enqueue(&mut tx, now, &helper, &ctx.tr, &app.gemeente).await?;
    if let Some(email) = &aanvraag.email {
        let inwoner = crate::vertegenwoordiging::berichten::mail_inwoner_code(
            &ctx.tr,
            email,
            &wie(&namens.wie),
            base,
        );
        mail::enqueue(&mut tx, now, &inwoner, &ctx.tr, &app.gemeente).await?;
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("/melding/{}/machtiging", melding.id)))
}

/// The open request with this link, with what the page shows; `None`: used, ended or expired.
async fn met_link(
    conn: &mut AnyConnection,
    geheim: &str,
    now: OffsetDateTime,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    let Some(regel) = machtigingen_repo::met_token(&mut *conn, &token::hash(geheim), now).await?
    else {
        return Ok(None);
    };
    Ok(repo::een(&mut *conn, &regel.id)
        .await?
        .filter(|a| a.status == Status::WachtOpInwoner))
}

/// `GET /machtiging/bevestigen/{token}`: who asks, for what, until when. Only the buttons act: mail
/// programs open links by themselves.
pub async fn bevestigen_form(ctx: Ctx, Path(geheim): Path<String>) -> AppResult<Response> {
    if !crate::token::is_geheim(&geheim) {
        return Err(AppError::NotFound);
    }
    let mut conn = ctx.app.db.pool.acquire().await?;
    Ok(
        match met_link(&mut conn, &geheim, ctx.app.clock.now()).await? {
            Some(aanvraag) => views::bevestigen(&ctx, &geheim, &aanvraag).into_response(),
            None => met_status(StatusCode::GONE, views::link_werkt_niet(&ctx)),
        },
    )
}

/// `POST /machtiging/bevestigen/{token}`: yes makes the melding the resident's and the machtiging active; no
/// ends the request. The helper hears either way.
pub async fn bevestigen(
    ctx: Ctx,
    Path(geheim): Path<String>,
    Form(invoer): Form<AntwoordForm>,
) -> AppResult<Response> {
    if !crate::token::is_geheim(&geheim) {
        return Err(AppError::NotFound);
    }
    let ja = match invoer.antwoord.as_str() {
        "ja" => true,
        "nee" => false,
        // No answer chosen: the page again, nothing changed.
        _ => return Ok(see_other(&format!("/machtiging/bevestigen/{geheim}"))),
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    let Some(aanvraag) = met_link(&mut tx, &geheim, now).await? else {
        tx.rollback().await?;
        return Ok(met_status(StatusCode::GONE, views::link_werkt_niet(&ctx)));
    };
    let naam = aanvraag.naam.clone().unwrap_or_default();
    let tr_helper = ctx.tr.with_lang(aanvraag.aanvrager_taal);
    if ja {
        if maak_actief(&mut tx, &aanvraag, Status::WachtOpInwoner, ctx.lang(), now)
            .await?
            .is_none()
        {
            tx.rollback().await?;
            return Ok(met_status(StatusCode::GONE, views::link_werkt_niet(&ctx)));
        }
        let bericht = crate::vertegenwoordiging::berichten::mail_bevestigd(
            &tr_helper,
            &aanvraag.aanvrager_email,
            &naam,
            &app.config.base_url,
        );
        mail::enqueue(&mut tx, now, &bericht, &tr_helper, &app.gemeente).await?;
    } else {
        if !repo::geweigerd(&mut tx, &aanvraag.id, now).await? {
            tx.rollback().await?;
            return Ok(met_status(StatusCode::GONE, views::link_werkt_niet(&ctx)));
        }
        let bericht = crate::vertegenwoordiging::berichten::mail_geweigerd(
            &tr_helper,
            &aanvraag.aanvrager_email,
            &naam,
            &app.config.base_url,
            aanvraag.melding_id.as_deref().unwrap_or_default(),
        );
        mail::enqueue(&mut tx, now, &bericht, &tr_helper, &app.gemeente).await?;
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(if ja {
        "/machtiging/beantwoord?antwoord=ja"
    } else {
        "/machtiging/beantwoord?antwoord=nee"
    }))
}

#[derive(Debug, Default, Deserialize)]
pub struct Beantwoord {
    #[serde(default)]
    antwoord: String,
}

/// `GET /machtiging/beantwoord`: what the answer did.
pub async fn beantwoord(ctx: Ctx, Query(q): Query<Beantwoord>) -> Response {
    views::beantwoord(&ctx, q.antwoord == "ja").into_response()
}

/// `GET /vertegenwoordiger`: the request of a legal representative, with the earlier ones.
pub async fn wettelijk_form(ctx: Ctx, SignedIn(ik): SignedIn) -> AppResult<Response> {
    let eerder = repo::wettelijk_van(&ctx.app.db.pool, &ik.id).await?;
    Ok(views::wettelijk(
        &ctx,
        &WettelijkInvoer::default(),
        &FieldErrors::new(),
        &eerder,
    )
    .into_response())
}

/// `POST /vertegenwoordiger`: the request with its proof, for staff to check.
pub async fn wettelijk(
    ctx: Ctx,
    SignedIn(ik): SignedIn,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let Ok(mut multipart) = multipart else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let doel = crate::zaken::document::upload::Doel {
        zaak_id: None,
        persoon_id: Some(&ik.id),
    };
    let (mut upload, velden) = match Upload::lees(&mut multipart, &ctx.app, doel).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let invoer = WettelijkInvoer::uit(&velden);
    let app = &ctx.app;
    let verzoek = match invoer.parse(&ctx.tr, &upload, &ik.email, app.clock.today()) {
        Ok(verzoek) => verzoek,
        Err(errors) => {
            let eerder = repo::wettelijk_van(&app.db.pool, &ik.id).await?;
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::wettelijk(&ctx, &invoer, &errors, &eerder),
            ));
        }
    };
    let inhoud = upload.inhoud().await?;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    let id = machtigingen_repo::nieuw(
        &mut tx,
        &Nieuw {
            inwoner_id: None,
            helper_id: Some(&ik.id),
            soort: verzoek.soort,
            grond: Grond::Rechter,
            status: Status::TeControleren,
            rechten: Rechten::ALLES,
            geldig_tot: verzoek.tot,
            email: verzoek.email.as_ref().map(|e| e.as_str()),
            naam: Some(&verzoek.naam),
            geboortedatum: Some(verzoek.geboren),
            token_hash: None,
            code_hash: None,
            verloopt_op: None,
            melding_id: None,
            aangemaakt_door: &ik.id,
        },
        now,
    )
    .await?;
    repo::bewijs_opslaan(
        &mut tx,
        &id,
        &verzoek.bestand.naam,
        verzoek.bestand.soort.mime(),
        &inhoud,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&format!("/vertegenwoordiger/{id}")))
}

/// `GET /vertegenwoordiger/{id}`: that staff check it, and what happens next. Only for who asked.
pub async fn wettelijk_klaar(
    ctx: Ctx,
    SignedIn(ik): SignedIn,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let aanvraag = repo::van_aanvrager(&ctx.app.db.pool, &id, &ik.id)
        .await?
        .filter(|a| a.grond == Grond::Rechter)
        .ok_or(AppError::NotFound)?;
    Ok(views::wettelijk_klaar(&ctx, &aanvraag).into_response())
}
