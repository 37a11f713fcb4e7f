//! The Kindpakket's pages: extract, authorise (own application, else 404), parse, one transaction, then a view
//! or a 303.

use axum::Form;
use axum::extract::{Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::domain::Status;
use super::form::{self, Actie, CheckForm, Overnemen};
use super::repo::{self, Aanvraag, Handeling, NieuwBestand};
use super::views;
use crate::auth::{GeldBekijken, GeldIndienen, Mag, Medewerker, Namens, Person};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::gemeente::Kindpakket;
use crate::http::{Ctx, see_other};
use crate::i18n::Tr;
use crate::ids::{PersoonId, ZaakId};
use crate::zaken::concept;
use crate::zaken::document::upload::Upload;
use crate::zaken::kern::Regeling;
use crate::{clock, mail};

/// The profile's Kindpakket; without one, every page is "not found".
fn kindpakket(ctx: &Ctx) -> AppResult<&Kindpakket> {
    ctx.app
        .gemeente
        .kindpakket
        .as_ref()
        .ok_or(AppError::NotFound)
}

pub fn zaak_pad(id: &str) -> String {
    format!("/kindpakket/{id}")
}

fn bewerken_pad(id: &str) -> String {
    format!("/kindpakket/{id}/bewerken")
}

pub async fn uitleg(ctx: Ctx) -> AppResult<Response> {
    kindpakket(&ctx)?;
    Ok(views::uitleg(&ctx).into_response())
}

pub async fn voor_kinderen(ctx: Ctx) -> AppResult<Response> {
    kindpakket(&ctx)?;
    Ok(views::voor_kinderen(&ctx).into_response())
}

/// `GET /kindpakket/check`: the questions, and with answers the outcome on the same page. Stores nothing.
pub async fn check(ctx: Ctx, Query(input): Query<CheckForm>) -> AppResult<Response> {
    kindpakket(&ctx)?;
    if input.is_leeg() {
        return Ok(views::check(&ctx, &input, None, &FieldErrors::new()).into_response());
    }
    match input.parse(&ctx.tr, &ctx.app.gemeente, ctx.app.clock.today()) {
        Ok(uitkomst) => {
            Ok(views::check(&ctx, &input, Some(&uitkomst), &FieldErrors::new()).into_response())
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::check(&ctx, &input, None, &errors),
        )
            .into_response()),
    }
}

/// `GET /kindpakket/aanvragen`: what the application asks, and the button that starts one. The answers of the
/// public check in the address (`?samenstelling=alleen&...`, from its outcome, also after signing in) go along
/// into the new draft.
pub async fn start(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Query(check): Query<Overnemen>,
) -> AppResult<Response> {
    kindpakket(&ctx)?;
    let mut conn = ctx.app.db.pool.acquire().await?;
    let concepten: Vec<Aanvraag> = repo::van_persoon(&mut conn, &namens.voor.id)
        .await?
        .into_iter()
        .filter(|a| a.status == Status::Concept)
        .collect();
    Ok(views::start(&ctx, &concepten, &Overnemen::uit(&check)).into_response())
}

/// A helper's look at a page with the resident's data goes in the log, in a write of its own.
async fn log_gezien(ctx: &Ctx, namens: &Namens, aanvraag_id: &ZaakId) -> AppResult<()> {
    if !namens.is_zelf() {
        let mut tx = ctx.app.db.begin_write().await?;
        log_helper(&mut tx, namens, aanvraag_id, Handeling::Bekeken, ctx).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// A helper's action goes in the log; the resident's own does not.
async fn log_helper(
    conn: &mut sqlx::AnyConnection,
    namens: &Namens,
    aanvraag_id: &ZaakId,
    handeling: Handeling,
    ctx: &Ctx,
) -> AppResult<()> {
    if !namens.is_zelf() {
        crate::zaken::toegang::schrijf_als(
            conn,
            aanvraag_id,
            &namens.wie,
            handeling,
            ctx.app.clock.now(),
        )
        .await?;
    }
    Ok(())
}

/// The start form: its random key, so that a double click makes one draft, and the check's answers it carries.
#[derive(Debug, Default, Deserialize)]
pub struct BeginForm {
    #[serde(default)]
    sleutel: String,
    #[serde(flatten)]
    overnemen: Overnemen,
}

/// `POST /kindpakket/aanvragen`: a new draft with one child block, or with the household and as many child
/// blocks as the check's answers it carries. The same form posted again (a double click, or the back button and
/// a second click) goes to the draft the first post made. A resident who means to start a second application
/// reloads the start page, which has a new key; open drafts are listed there.
pub async fn begin(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Form(invoer): Form<BeginForm>,
) -> AppResult<Response> {
    kindpakket(&ctx)?;
    let sleutel = invoer.sleutel.trim();
    let sleutel = (!sleutel.is_empty() && sleutel.len() <= 64).then_some(sleutel);
    let mut tx = ctx.app.db.begin_write().await?;
    let (id, nieuw) = repo::nieuw_met_sleutel(
        &mut tx,
        &namens.voor.id,
        &namens.wie.id,
        sleutel,
        ctx.app.clock.now(),
    )
    .await?;
    if nieuw {
        let overnemen = Overnemen::uit(&invoer.overnemen);
        if !overnemen.is_leeg() {
            repo::zet_huishouden(
                &mut tx,
                &id,
                &overnemen.samenstelling,
                &overnemen.aow,
                &overnemen.inkomen,
            )
            .await?;
            for _ in 1..overnemen.kinderen() {
                repo::voeg_kind_toe(&mut tx, &id, &repo::Kind::default()).await?;
            }
        }
        log_helper(&mut tx, &namens, &id, Handeling::Gewijzigd, &ctx).await?;
        tx.commit().await?;
    } else {
        tx.rollback().await?;
    }
    Ok(see_other(&bewerken_pad(&id)))
}

/// The person's own application `id`; anyone else's, or an unknown id: not found.
async fn eigen(ctx: &Ctx, namens: &Namens, id: &ZaakId) -> AppResult<Aanvraag> {
    kindpakket(ctx)?;
    let mut conn = ctx.app.db.pool.acquire().await?;
    repo::van(&mut conn, id, Some(&namens.voor.id))
        .await?
        .ok_or(AppError::NotFound)
}

/// Set in the address after a file was removed, for the message that says so.
#[derive(Debug, Default, Deserialize)]
pub struct Verwijderd {
    #[serde(default)]
    verwijderd: String,
}

pub async fn bewerken_formulier(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    Query(verwijderd): Query<Verwijderd>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    if a.status != Status::Concept {
        return Ok(see_other(&zaak_pad(&id)));
    }
    log_gezien(&ctx, &namens, &a.id).await?;
    Ok(views::formulier(
        &ctx,
        &a,
        &FieldErrors::new(),
        !verwijderd.verwijderd.is_empty(),
    )
    .into_response())
}

/// The tick that confirms removing a file.
#[derive(Debug, Default, Deserialize)]
pub struct BestandWeg {
    #[serde(default, rename = "bestand-weg")]
    bestand_weg: String,
}

/// `POST /kindpakket/{id}/bestand/{bestand}/verwijderen`: removes one file of a draft for good (its bytes and
/// its row) when its tick says so; without the tick the draft again with the question beside the file. A file
/// of another application, or someone else's, is "not found"; once sent, nothing changes.
pub async fn bestand_verwijderen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path((id, bestand)): Path<(ZaakId, String)>,
    Form(invoer): Form<BestandWeg>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    let b = a
        .bestanden
        .iter()
        .find(|b| b.id == bestand)
        .ok_or(AppError::NotFound)?;
    if a.status != Status::Concept {
        return Ok(see_other(&zaak_pad(&id)));
    }
    if invoer.bestand_weg != b.id {
        let mut errors = FieldErrors::new();
        errors.add(
            &format!("bestand-weg-{}", b.id),
            ctx.tr.ta(
                crate::i18n::msg::KINDPAKKET_FOUT_BESTAND_VERWIJDER,
                &[("naam", b.naam.as_str().into())],
            ),
        );
        return Ok(fout(&ctx, &a, &errors));
    }
    let mut tx = ctx.app.db.begin_write().await?;
    if !repo::verwijder_bestand(&mut tx, &a.id, &b.id).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    log_helper(&mut tx, &namens, &a.id, Handeling::Gewijzigd, &ctx).await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}?verwijderd=1#bewijs",
        bewerken_pad(&id)
    )))
}

/// `POST /kindpakket/{id}/bewerken`: saves what was typed (also when it is incomplete), stores a chosen file,
/// then does what the pressed button asks.
pub async fn bewerken(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    // Whether it is still a draft is checked in the write transaction below, not here: it may be sent meanwhile.
    let mut a = eigen(&ctx, &namens, &id).await?;
    let doel = crate::zaken::document::upload::Doel::zaak(&a.id, &namens.wie.id);
    let (mut uploads, velden) = match Upload::lees_alle(&mut multipart, &ctx.app, doel).await {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    // Every button of the form sends `actie` (Enter presses the first, which saves). Without it the post came
    // from no button of this form: nothing changes.
    if !velden.iter().any(|(k, _)| k == "actie") {
        return Ok(see_other(&bewerken_pad(&id)));
    }
    let app = &ctx.app;
    form::neem_over(&mut a, &velden, &app.gemeente);
    let actie = Actie::uit(Upload::veld(&velden, "actie"));
    // The files that may be stored are; the others are named beside the field.
    let (goed, bestand_fout) = Upload::alle(&uploads, &ctx.tr);
    let (nieuwe, inhoud) = Upload::alle_inhoud(&mut uploads, goed).await?;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    // Sent already (in another tab, or by a helper): nothing changes, and the case page shows what was sent.
    if !repo::bewaar_concept(&mut tx, &a, now).await? {
        tx.rollback().await?;
        return Ok(see_other(&zaak_pad(&id)));
    }
    for (bestand, inhoud) in nieuwe.iter().zip(&inhoud.delen) {
        repo::bewaar_bestand(
            &mut tx,
            &a.id,
            &NieuwBestand {
                naam: &bestand.naam,
                soort: bestand.soort,
                inhoud,
            },
            &namens.wie.id,
            now,
        )
        .await?;
    }
    let mut anker = String::new();
    let (kinderen_weg, bestanden_weg) = form::weg(&a, &velden);
    for kind in &kinderen_weg {
        repo::verwijder_kind(&mut tx, &a.id, kind).await?;
        anker = "#kinderen".to_owned();
    }
    for bestand in &bestanden_weg {
        repo::verwijder_bestand(&mut tx, &a.id, bestand).await?;
        anker = "#bewijs".to_owned();
    }
    // The form's version of the children list: a second post of the same form adds no second child.
    let versie = Upload::veld(&velden, "versie").trim().parse::<i64>().ok();
    if actie == Actie::KindErbij && a.kinderen.len() - kinderen_weg.len() < form::KINDEREN_MAX {
        let erbij = match versie {
            Some(v) => repo::voeg_kind_toe_bij(&mut tx, &a.id, v).await?,
            None => false,
        };
        anker = if erbij {
            format!("#kind-{}", a.kinderen.len() - kinderen_weg.len() + 1)
        } else {
            "#kinderen".to_owned()
        };
    }
    log_helper(&mut tx, &namens, &a.id, Handeling::Gewijzigd, &ctx).await?;
    tx.commit().await?;

    let mut conn = app.db.pool.acquire().await?;
    let a = repo::van(&mut conn, &id, Some(&namens.voor.id))
        .await?
        .ok_or(AppError::NotFound)?;
    if actie == Actie::Controleren {
        return match form::controleer(&a, &ctx.tr, &app.gemeente, app.clock.today()) {
            Ok(_) if bestand_fout.is_empty() => {
                Ok(see_other(&format!("/kindpakket/{id}/controleren")))
            }
            Ok(_) => Ok(fout(&ctx, &a, &bestand_fout)),
            Err(errors) => Ok(fout(&ctx, &a, &samen(bestand_fout, errors))),
        };
    }
    if !bestand_fout.is_empty() {
        return Ok(fout(&ctx, &a, &bestand_fout));
    }
    Ok(see_other(&format!("{}{anker}", bewerken_pad(&id))))
}

fn samen(mut eerst: FieldErrors, dan: FieldErrors) -> FieldErrors {
    for e in dan.iter() {
        eerst.add(&e.field, e.message.clone());
    }
    eerst
}

fn fout(ctx: &Ctx, a: &Aanvraag, errors: &FieldErrors) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        views::formulier(ctx, a, errors, false),
    )
        .into_response()
}

/// `GET /kindpakket/{id}/controleren`: check your answers, with the send button.
pub async fn controleren(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    if a.status != Status::Concept {
        return Ok(see_other(&zaak_pad(&id)));
    }
    log_gezien(&ctx, &namens, &a.id).await?;
    match form::controleer(&a, &ctx.tr, &ctx.app.gemeente, ctx.app.clock.today()) {
        Ok(geldig) => Ok(views::controleren(&ctx, &a, &geldig).into_response()),
        Err(errors) => Ok(fout(&ctx, &a, &errors)),
    }
}

/// `GET /kindpakket/{id}/verwijderen`: "Weet u zeker ...?" for a draft; a sent application has no such page.
pub async fn verwijderen_vraag(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    if a.status != Status::Concept {
        return Err(AppError::NotFound);
    }
    let invoer = concept::Invoer::default();
    Ok(views::verwijderen(&ctx, &a, &invoer, &FieldErrors::new()).into_response())
}

/// `POST /kindpakket/{id}/verwijderen`: Nee goes back to the form; Ja throws the draft away for good and goes
/// to Mijn loket, which says so. No answer: the question again with its error (422).
pub async fn verwijderen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<concept::Invoer>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    if a.status != Status::Concept {
        return Err(AppError::NotFound);
    }
    match concept::keuze(&ctx, &invoer) {
        Err(fouten) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::verwijderen(&ctx, &a, &invoer, &fouten),
        )
            .into_response()),
        Ok(concept::Keuze::Nee) => Ok(see_other(&format!("/kindpakket/{id}/bewerken"))),
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

/// `POST /kindpakket/{id}/versturen`: sends the draft in one transaction. A second click finds it sent and
/// shows the case page. The draft is read, checked and sent inside that transaction, so an edit from another
/// tab is either all in what is sent or not at all. A reference number already taken is drawn again.
pub async fn versturen(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    if a.status != Status::Concept {
        return Ok(see_other(&zaak_pad(&id)));
    }
    let app = &ctx.app;
    let now = app.clock.now();
    for poging in 1..=REFERENTIE_POGINGEN {
        let referentie = super::domain::nieuwe_referentie(clock::amsterdam(now).year());
        let mut tx = app.db.begin_write().await?;
        if !repo::neem_concept(&mut tx, &a.id).await? {
            tx.rollback().await?;
            return Ok(see_other(&zaak_pad(&id)));
        }
        let a = repo::van(&mut tx, &id, Some(&namens.voor.id))
            .await?
            .ok_or(AppError::NotFound)?;
        let geldig = match form::controleer(&a, &ctx.tr, &app.gemeente, app.clock.today()) {
            Ok(geldig) => geldig,
            Err(errors) => {
                tx.rollback().await?;
                return Ok(fout(&ctx, &a, &errors));
            }
        };
        let verstuurd = repo::verstuur(
            &mut tx,
            &a.id,
            &repo::Verstuurd {
                referentie: &referentie,
                inkomen_centen: geldig.inkomen_centen,
                advies: form::advies(&geldig),
                geboortedata: &geldig.geboortedata,
                door: &namens.wie.id,
                op: now,
            },
        )
        .await;
        let verstuurd = match verstuurd {
            Err(e) if crate::db::is_unique_violation(&e) && poging < REFERENTIE_POGINGEN => {
                tx.rollback().await?;
                continue;
            }
            other => other?,
        };
        if !verstuurd {
            tx.rollback().await?;
            return Ok(see_other(&zaak_pad(&id)));
        }
        log_helper(&mut tx, &namens, &a.id, Handeling::Ingediend, &ctx).await?;
        mail_aan_allen(&ctx, &mut tx, &a.persoon_id, &a.id, |tr, adres, url| {
            crate::kindpakket::berichten::mail_ontvangen(tr, adres, &referentie, url)
        })
        .await?;
        tx.commit().await?;
        app.mail.wake();
        return Ok(see_other(&zaak_pad(&id)));
    }
    Err(AppError::Internal(
        "no free Kindpakket reference number".to_owned(),
    ))
}

/// How often sending draws a new reference number when the one drawn is taken.
const REFERENTIE_POGINGEN: u32 = 3;

/// Queues a mail about application `aanvraag_id` to the resident (with an address of their own) and to every
/// helper with the mail right on money matters, each in their language, with a link to the case page.
async fn mail_aan_allen(
    ctx: &Ctx,
    tx: &mut crate::db::WriteTx,
    persoon_id: &PersoonId,
    aanvraag_id: &ZaakId,
    bericht: impl Fn(&Tr, String, String) -> mail::Email,
) -> AppResult<()> {
    let app = &ctx.app;
    let url = format!("{}{}", app.config.base_url, zaak_pad(aanvraag_id));
    let eigenaar = crate::zaken::kern::Eigenaar::Persoon(persoon_id);
    crate::zaken::ontvangers::vertel(
        tx,
        app,
        Regeling::Kindpakket,
        eigenaar,
        true,
        |tr, adres| Some(bericht(tr, adres, url.clone())),
    )
    .await?;
    Ok(())
}

/// `GET /kindpakket/{id}`: the case page. A helper's look goes in the log.
pub async fn zaak(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    kindpakket(&ctx)?;
    // One connection for the page's reads; none is held while a helper's look waits its turn to be logged.
    let mut conn = ctx.app.db.pool.acquire().await?;
    let a = repo::van(&mut conn, &id, Some(&namens.voor.id))
        .await?
        .ok_or(AppError::NotFound)?;
    if a.status == Status::Concept {
        return Ok(see_other(&bewerken_pad(&id)));
    }
    if !namens.is_zelf() {
        drop(conn);
        log_gezien(&ctx, &namens, &a.id).await?;
        conn = ctx.app.db.pool.acquire().await?;
    }
    let log = crate::zaken::toegang::lees_als(&mut *conn, &a.id).await?;
    let mag = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    let blokken = crate::zaken::inwoner_blokken::<crate::kindpakket::stap::Gebeurtenis>(
        &ctx,
        &mut conn,
        &a.id,
        mag,
        namens.is_zelf(),
    )
    .await?;
    drop(conn);
    let bezwaar = maud::html! { (blokken.bezwaar) (blokken.correctie) };
    Ok(views::zaak(&ctx, &a, &log, blokken.termijn, bezwaar).into_response())
}

/// The decision on `a` as a letter ([`crate::zaken::beschikking`]): each part for each child; `None` before it
/// is decided.
async fn beschikking(
    ctx: &Ctx,
    a: &Aanvraag,
    terug: String,
    bezwaar_pad: Option<String>,
) -> AppResult<Option<crate::zaken::beschikking::Beschikking>> {
    use crate::zaken::beschikking::{self, Beschikking, Onderdeel, Uitkomst};
    let k = kindpakket(ctx)?;
    let (Some(op), Some(referentie), Status::Besloten) = (a.besloten_op, &a.referentie, a.status)
    else {
        return Ok(None);
    };
    let dag = clock::amsterdam(op).date();
    let pool = &ctx.app.db.pool;
    let door = beschikking::besloten_door(pool, &a.id, "besloten").await?;
    let aan = crate::zaken::kern::zaak(pool, &a.id)
        .await?
        .and_then(|kern| kern.naam)
        .unwrap_or_default();
    let mut onderdelen = Vec::new();
    for kind in &a.kinderen {
        for b in a.besluiten.iter().filter(|b| b.kind_id == kind.id) {
            let deel = k.onderdeel(&b.onderdeel);
            let naam = deel.map_or(b.onderdeel.as_str(), |o| o.naam.as_str());
            onderdelen.push(Onderdeel {
                wat: format!("{}: {naam}", kind.voornaam),
                uitkomst: if b.toegekend {
                    Uitkomst::Toegekend
                } else {
                    Uitkomst::Afgewezen
                },
                vanaf: None,
                tot: None,
                bedrag: deel
                    .filter(|_| b.toegekend)
                    .and_then(|o| o.maximum_op(dag))
                    .map(|m| m.centen),
                reden: b.reden.clone().unwrap_or_default(),
            });
        }
    }
    Ok(Some(Beschikking {
        referentie: referentie.clone(),
        aan,
        verzonden_op: dag,
        onderdelen,
        motivering: String::new(),
        grondslag: None,
        door,
        bezwaar_pad,
        terug,
        begrip: Some(crate::begrippen::Begrip::Kindpakket),
    }))
}

/// `GET /kindpakket/{id}/besluit/brief`: the decision as a letter to print or save as a PDF; a helper's look
/// is logged, as on the case page.
pub async fn besluit_brief(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    let mag = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    let pad = zaak_pad(&id);
    let brief = beschikking(&ctx, &a, pad.clone(), mag.then(|| format!("{pad}/bezwaar")))
        .await?
        .ok_or(AppError::NotFound)?;
    log_gezien(&ctx, &namens, &a.id).await?;
    Ok(crate::zaken::beschikking::pagina(&ctx, &brief).into_response())
}

/// `GET /medewerker/kindpakket/{id}/besluit/brief`: the letter as the resident prints it, behind the same
/// reason gate and access log as the staff page.
pub async fn staf_besluit_brief(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let a = verzonden(&ctx, &id).await?;
    if let Some(vraag) = crate::zaken::poort::poort(&ctx, &wie, &a.id).await? {
        return Ok(vraag);
    }
    let brief = beschikking(&ctx, &a, format!("/medewerker/kindpakket/{id}"), None)
        .await?
        .ok_or(AppError::NotFound)?;
    staf_log(&ctx, &wie, &a.id, Handeling::Bekeken).await?;
    Ok(crate::zaken::beschikking::pagina(&ctx, &brief).into_response())
}

/// An uploaded file, to its owner (and helpers who may see money matters; logged).
pub async fn download(
    ctx: Ctx,
    Mag(namens, _): Mag<GeldBekijken>,
    Path((id, bestand)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let a = eigen(&ctx, &namens, &id).await?;
    let (info, inhoud) = crate::zaken::document::lees(&ctx.app.db.pool, &a.id, &bestand)
        .await?
        .filter(|(d, _)| d.soort == repo::INKOMEN)
        .ok_or(AppError::NotFound)?;
    if !namens.is_zelf() {
        let mut tx = ctx.app.db.begin_write().await?;
        log_helper(&mut tx, &namens, &a.id, Handeling::Gedownload, &ctx).await?;
        tx.commit().await?;
    }
    crate::zaken::document::download(&info, inhoud)
}

/// `GET /medewerker/kindpakket`: the work queue, filtered to Kindpakket applications.
pub async fn staf_lijst(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    kindpakket(&ctx)?;
    Ok(see_other(&Regeling::Kindpakket.wachtrij()))
}

/// A sent application, for staff; drafts are the resident's own.
async fn verzonden(ctx: &Ctx, id: &ZaakId) -> AppResult<Aanvraag> {
    kindpakket(ctx)?;
    let mut conn = ctx.app.db.pool.acquire().await?;
    repo::van(&mut conn, id, None)
        .await?
        .filter(|a| a.status != Status::Concept)
        .ok_or(AppError::NotFound)
}

/// The case's steps for its staff page.
/// The history for staff, and below it the way to a bezwaar against the decision, when there is one.
async fn geschiedenis(ctx: &Ctx, id: &ZaakId) -> AppResult<maud::Markup> {
    let stappen =
        crate::zaken::geschiedenis(&ctx.app, &ctx.tr, id, |s| views::stap_tekst(ctx, s)).await?;
    let bezwaar = crate::zaken::bezwaar::staf_link(ctx, id).await?;
    let ingebreke =
        crate::zaken::ingebreke::staf_link::<crate::kindpakket::stap::Gebeurtenis>(ctx, id).await?;
    let correctie = crate::zaken::correctie::staf_blok(ctx, id).await?;
    Ok(maud::html! { (stappen) (ingebreke) (bezwaar) (correctie) })
}

async fn staf_log(ctx: &Ctx, wie: &Person, id: &ZaakId, handeling: Handeling) -> AppResult<()> {
    crate::zaken::toegang::log_als(&ctx.app.db, id, wie, handeling, ctx.app.clock.now()).await?;
    Ok(())
}

/// `GET /medewerker/kindpakket/{id}`: the answers, the uploads, the rule's advice and the decision form.
pub async fn staf_detail(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let a = verzonden(&ctx, &id).await?;
    if let Some(vraag) = crate::zaken::poort::poort(&ctx, &wie, &a.id).await? {
        return Ok(vraag);
    }
    staf_log(&ctx, &wie, &a.id, Handeling::Bekeken).await?;
    let geschiedenis = geschiedenis(&ctx, &a.id).await?;
    Ok(views::staf_detail(&ctx, &a, &[], &FieldErrors::new(), &geschiedenis).into_response())
}

pub async fn staf_download(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path((id, bestand)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let a = verzonden(&ctx, &id).await?;
    if !crate::zaken::poort::toegestaan(&ctx.app, &wie, &a.id).await? {
        return Ok(see_other(&format!("/medewerker/kindpakket/{id}")));
    }
    let (info, inhoud) = crate::zaken::document::lees(&ctx.app.db.pool, &a.id, &bestand)
        .await?
        .filter(|(d, _)| d.soort == repo::INKOMEN)
        .ok_or(AppError::NotFound)?;
    staf_log(&ctx, &wie, &a.id, Handeling::Gedownload).await?;
    crate::zaken::document::download(&info, inhoud)
}

/// The decision form's fields, in order.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub struct Velden(Vec<(String, String)>);

/// `POST /medewerker/kindpakket/{id}`: the decision per child and part, in one transaction with its mails.
pub async fn staf_beslissen(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(Velden(velden)): Form<Velden>,
) -> AppResult<Response> {
    let a = verzonden(&ctx, &id).await?;
    if a.status != Status::Ingediend
        || !crate::zaken::poort::toegestaan(&ctx.app, &wie, &a.id).await?
    {
        return Ok(see_other(&format!("/medewerker/kindpakket/{id}")));
    }
    let besluiten = match form::besluiten(&a, &velden, &ctx.tr) {
        Ok(b) => b,
        Err(errors) => {
            let geschiedenis = geschiedenis(&ctx, &a.id).await?;
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::staf_detail(&ctx, &a, &velden, &errors, &geschiedenis),
            )
                .into_response());
        }
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if !repo::besluit(&mut tx, &a.id, &besluiten, &wie.id, now).await? {
        tx.rollback().await?;
        return Ok(see_other(&format!("/medewerker/kindpakket/{id}")));
    }
    crate::zaken::toegang::schrijf_als(&mut tx, &a.id, &wie, Handeling::Besloten, now).await?;
    let referentie = a.referentie.as_deref().unwrap_or_default();
    mail_aan_allen(&ctx, &mut tx, &a.persoon_id, &a.id, |tr, adres, url| {
        crate::kindpakket::berichten::mail_besluit(tr, adres, referentie, url)
    })
    .await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("/medewerker/kindpakket/{id}")))
}
