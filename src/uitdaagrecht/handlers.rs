//! The right to challenge's pages: extract, authorise (a member of the initiative, else 404), parse, one
//! transaction, then a view or a 303.

use axum::Form;
use axum::extract::{Multipart, Path};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::domain::{Status, nieuwe_referentie};
use super::form::{
    self, Actie, BesluitForm, InitiatiefForm, LidForm, LidWegForm, OpenbaarForm, SteunForm,
    TekstForm,
};
use super::repo::{self, Bewaard, Handeling, Initiatief, Voorstel};
use super::views;
use crate::auth::{Medewerker, Person, Rol, SignedIn};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, inloggen_met_terug, see_other};
use crate::i18n::{Lang, Tr, msg};
use crate::zaken::document::upload::Upload;
use crate::zaken::kern::Regeling;
use crate::{clock, mail};

pub fn voorstel_pad(id: &str) -> String {
    format!("/uitdaagrecht/voorstel/{id}")
}

pub fn openbaar_pad(id: &str) -> String {
    format!("/uitdaagrecht/voorstellen/{id}")
}

fn initiatief_pad(id: &str) -> String {
    format!("/uitdaagrecht/initiatief/{id}")
}

fn bewerken_pad(id: &str) -> String {
    format!("/uitdaagrecht/voorstel/{id}/bewerken")
}

fn staf_pad(id: &str) -> String {
    format!("/medewerker/uitdaagrecht/{id}")
}

/// A signed-in resident, as an extractor for the initiative's pages. Staff and organisations' accounts get
/// "not found": a member of staff who is in an initiative could otherwise decide on its proposal.
pub struct Initiatiefnemer(pub Person);

impl axum::extract::FromRequestParts<crate::AppState> for Initiatiefnemer {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        let SignedIn(person) = SignedIn::from_request_parts(parts, app).await?;
        if person.rol == Rol::Inwoner {
            Ok(Initiatiefnemer(person))
        } else {
            Err(AppError::NotFound.into_response())
        }
    }
}

/// A form's random key, so that a double click makes one initiative or one draft.
#[derive(Debug, Default, Deserialize)]
pub struct SleutelForm {
    #[serde(default)]
    sleutel: String,
}

fn sleutel(invoer: &str) -> Option<&str> {
    let s = invoer.trim();
    (!s.is_empty() && s.len() <= 64).then_some(s)
}

fn ongeldig(pagina: maud::Markup) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, pagina).into_response()
}

pub async fn uitleg(ctx: Ctx) -> AppResult<Response> {
    Ok(views::uitleg(&ctx).into_response())
}

/// `GET /uitdaagrecht/voorstellen`: the proposals their initiatives published.
pub async fn openbare_lijst(ctx: Ctx) -> AppResult<Response> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let voorstellen = repo::openbaar(&mut conn).await?;
    Ok(views::openbare_lijst(&ctx, &voorstellen).into_response())
}

/// A published proposal; a draft, or one its initiative keeps to itself: not found.
async fn gepubliceerd(ctx: &Ctx, id: &str) -> AppResult<Voorstel> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    repo::voorstel(&mut conn, id)
        .await?
        .filter(Voorstel::is_openbaar)
        .ok_or(AppError::NotFound)
}

/// Who may give support: residents who signed in; staff and organisations' accounts do not count.
fn mag_steunen(person: &Person) -> bool {
    person.rol == Rol::Inwoner
}

/// `GET /uitdaagrecht/voorstellen/{id}`: the public page, with the support button for residents.
pub async fn openbaar_voorstel(ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let v = gepubliceerd(&ctx, &id).await?;
    let gesteund = match ctx.person.as_ref().filter(|p| mag_steunen(p)) {
        Some(p) => Some(repo::heeft_gesteund(&ctx.app.db.pool, &v.id, &p.id).await?),
        None => None,
    };
    Ok(views::openbaar_voorstel(&ctx, &v, gesteund).into_response())
}

/// `POST /uitdaagrecht/voorstellen/{id}/steun`: support once, or withdraw it. Signed out: the sign-in page,
/// which comes back here.
pub async fn steun(
    ctx: Ctx,
    Path(id): Path<String>,
    Form(invoer): Form<SteunForm>,
) -> AppResult<Response> {
    let v = gepubliceerd(&ctx, &id).await?;
    let pad = openbaar_pad(&v.id);
    let Some(person) = &ctx.person else {
        return Ok(inloggen_met_terug(&pad));
    };
    if mag_steunen(person) {
        let mut tx = ctx.app.db.begin_write().await?;
        match invoer.steun.as_str() {
            "ja" => repo::steun(&mut tx, &v.id, &person.id, ctx.app.clock.now()).await?,
            "nee" => repo::trek_steun_in(&mut tx, &v.id, &person.id).await?,
            _ => {}
        }
        tx.commit().await?;
    }
    Ok(see_other(&format!("{pad}#steun")))
}

/// `GET /uitdaagrecht/initiatief`: the initiatives the signed-in person is a member of.
pub async fn mijn_initiatieven(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
) -> AppResult<Response> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let initiatieven = repo::initiatieven_van(&mut conn, &wie.email).await?;
    let mut met_voorstellen = Vec::new();
    for i in initiatieven {
        let voorstellen = repo::van_initiatief(&mut conn, &i.id).await?;
        met_voorstellen.push((i, voorstellen));
    }
    Ok(views::mijn_initiatieven(&ctx, &met_voorstellen).into_response())
}

pub async fn aanmelden_formulier(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
) -> AppResult<Response> {
    let invoer = InitiatiefForm {
        contact_email: wie.email.clone(),
        ..InitiatiefForm::default()
    };
    Ok(views::aanmelden(&ctx, &invoer, &FieldErrors::new(), None).into_response())
}

/// `POST /uitdaagrecht/initiatief/nieuw`: signs an initiative up; the person who does becomes its first
/// member.
pub async fn aanmelden(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Form(invoer): Form<InitiatiefForm>,
) -> AppResult<Response> {
    let i = match invoer.parse(&ctx.tr) {
        Ok(i) => i,
        Err(errors) => return Ok(ongeldig(views::aanmelden(&ctx, &invoer, &errors, None))),
    };
    let app = &ctx.app;
    let mut tx = app.db.begin_write().await?;
    let (id, _) = repo::nieuw_initiatief(
        &mut tx,
        &i.nieuw(),
        &wie,
        sleutel(&invoer.sleutel),
        app.clock.now(),
    )
    .await?;
    // Only the person who signs up becomes a member: anyone else is asked in by a member, with a mail.
    tx.commit().await?;
    Ok(see_other(&initiatief_pad(&id)))
}

/// `GET /uitdaagrecht/initiatief/{id}/gegevens`: the initiative's details to change, by any member.
pub async fn gegevens_formulier(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let invoer = InitiatiefForm {
        naam: i.naam.clone(),
        vorm: i.vorm.map(|v| v.code().to_owned()).unwrap_or_default(),
        kvk: i.kvk.clone().unwrap_or_default(),
        contact_naam: i.contact_naam.clone(),
        contact_email: i.contact_email.clone(),
        contact_telefoon: i.contact_telefoon.clone().unwrap_or_default(),
        sleutel: String::new(),
    };
    Ok(views::aanmelden(&ctx, &invoer, &FieldErrors::new(), Some(&i.id)).into_response())
}

/// `POST /uitdaagrecht/initiatief/{id}/gegevens`: a new name, contact person or KVK number.
pub async fn gegevens(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Form(invoer): Form<InitiatiefForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let nieuw = match invoer.parse(&ctx.tr) {
        Ok(n) => n,
        Err(errors) => {
            return Ok(ongeldig(views::aanmelden(
                &ctx,
                &invoer,
                &errors,
                Some(&i.id),
            )));
        }
    };
    let mut tx = ctx.app.db.begin_write().await?;
    repo::wijzig_initiatief(&mut tx, &i.id, &nieuw.nieuw()).await?;
    tx.commit().await?;
    Ok(see_other(&initiatief_pad(&i.id)))
}

/// The initiative `id` when `wie` is one of its members; else not found.
async fn als_lid(ctx: &Ctx, wie: &Person, id: &str) -> AppResult<Initiatief> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    repo::initiatief(&mut conn, id)
        .await?
        .filter(|i| i.is_lid(&wie.email))
        .ok_or(AppError::NotFound)
}

async fn initiatief_pagina(
    ctx: &Ctx,
    i: &Initiatief,
    wie: &Person,
    lid: &LidForm,
    errors: &FieldErrors,
) -> AppResult<maud::Markup> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let voorstellen = repo::van_initiatief(&mut conn, &i.id).await?;
    // A draft that is complete can be checked and sent at once.
    let mut compleet = Vec::new();
    for v in &voorstellen {
        let klaar = match v.status {
            Status::Concept => repo::voorstel(&mut conn, &v.id)
                .await?
                .is_some_and(|v| form::controleer(&v, &ctx.tr, ctx.app.clock.today()).is_ok()),
            _ => false,
        };
        compleet.push(klaar);
    }
    Ok(views::initiatief(
        ctx,
        i,
        &voorstellen,
        &compleet,
        &mag_weghalen(i, wie),
        lid,
        errors,
    ))
}

/// `GET /uitdaagrecht/initiatief/{id}`: the initiative, its members and its proposals.
pub async fn initiatief(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    Ok(
        initiatief_pagina(&ctx, &i, &wie, &LidForm::default(), &FieldErrors::new())
            .await?
            .into_response(),
    )
}

/// The most members an initiative has in the portal.
const LEDEN_MAX: usize = 50;
/// The most members one person adds in a day, over all initiatives.
const UITNODIGINGEN_PER_DAG: i64 = 20;

/// `POST /uitdaagrecht/initiatief/{id}/leden`: adds a member by address and invites them by mail.
pub async fn lid_erbij(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Form(invoer): Form<LidForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let app = &ctx.app;
    let vandaag_toegevoegd = repo::toegevoegd_door_sinds(
        &app.db.pool,
        &wie.id,
        app.clock.now() - time::Duration::days(1),
    )
    .await?;
    let fout = |id: &str| {
        let mut errors = FieldErrors::new();
        errors.add("email", ctx.t(id));
        errors
    };
    let adres = match invoer.parse(&ctx.tr) {
        Ok(a) if i.is_lid(&a) => Err(fout(msg::UITDAAGRECHT_LID_AL)),
        Ok(_) if i.leden.len() >= LEDEN_MAX => Err(fout(msg::UITDAAGRECHT_LID_VOL)),
        // Every new member gets a mail the portal sends on this person's word: only so many a day.
        Ok(_) if vandaag_toegevoegd >= UITNODIGINGEN_PER_DAG => {
            Err(fout(msg::UITDAAGRECHT_LID_VANDAAG_GENOEG))
        }
        other => other,
    };
    let adres = match adres {
        Ok(a) => a,
        Err(errors) => {
            return Ok(ongeldig(
                initiatief_pagina(&ctx, &i, &wie, &invoer, &errors).await?,
            ));
        }
    };
    let mut tx = app.db.begin_write().await?;
    if repo::voeg_lid_toe(&mut tx, &i.id, &adres, &wie.id, app.clock.now()).await? {
        uitnodigen(&ctx, &mut tx, &i.id, &i.naam, adres).await?;
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("{}#leden", initiatief_pad(&i.id))))
}

/// Queues the mail that tells `adres` they are a member of the initiative, in their language when they have
/// an account.
async fn uitnodigen(
    ctx: &Ctx,
    tx: &mut crate::db::WriteTx,
    initiatief_id: &str,
    naam: &str,
    adres: String,
) -> AppResult<()> {
    let app = &ctx.app;
    let taal = crate::auth::repo::taal_van_adres(&mut **tx, &adres).await?;
    let tr = Tr::new(app.i18n.clone(), taal.unwrap_or(Lang::Nl));
    let url = format!("{}{}", app.config.base_url, initiatief_pad(initiatief_id));
    let email = views::mail_lid(&tr, adres, naam, url);
    mail::enqueue(tx, app.clock.now(), &email, &tr, &app.gemeente).await?;
    Ok(())
}

/// `POST /uitdaagrecht/initiatief/{id}/leden/weg`: takes a member off the list (also oneself: leaving), as
/// [`mag_weghalen`] allows; the last member stays.
pub async fn lid_weg(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Form(invoer): Form<LidWegForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let adres = match invoer.parse(&ctx.tr, &i.leden, &mag_weghalen(&i, &wie)) {
        Ok(a) => a,
        Err(errors) => {
            return Ok(ongeldig(
                initiatief_pagina(&ctx, &i, &wie, &LidForm::default(), &errors).await?,
            ));
        }
    };
    let mut tx = ctx.app.db.begin_write().await?;
    repo::verwijder_lid(&mut tx, &i.id, &adres).await?;
    tx.commit().await?;
    if adres == super::domain::lid_adres(&wie.email) {
        return Ok(see_other("/uitdaagrecht/initiatief"));
    }
    Ok(see_other(&format!("{}#leden", initiatief_pad(&i.id))))
}

/// Whom `wie` may take off the list: the one who signed the initiative up may take off anyone; every other
/// member only themselves.
fn mag_weghalen(i: &Initiatief, wie: &Person) -> Vec<String> {
    if i.aangemaakt_door == wie.id {
        i.leden.clone()
    } else {
        vec![super::domain::lid_adres(&wie.email)]
    }
}

/// `POST /uitdaagrecht/initiatief/{id}/voorstellen`: a new draft proposal.
pub async fn nieuw_voorstel(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
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
async fn eigen(ctx: &Ctx, wie: &Person, id: &str) -> AppResult<Voorstel> {
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut v = eigen(&ctx, &wie, &id).await?;
    let (mut upload, velden) = match Upload::lees(&mut multipart).await {
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
    let (bijlage, bestand_fout) = match upload.bijlage(&ctx.tr).await? {
        Ok(bijlage) => (bijlage, FieldErrors::new()),
        Err(errors) => (None, errors),
    };
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
    if let Some((b, inhoud)) = &bijlage {
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
fn conflict(ctx: &Ctx, mut typed: Voorstel, nieuwste: Voorstel) -> Response {
    typed.versie = nieuwste.versie;
    typed.bijlagen = nieuwste.bijlagen.clone();
    (
        StatusCode::CONFLICT,
        views::formulier(ctx, &typed, &FieldErrors::new(), Some(&nieuwste)),
    )
        .into_response()
}

fn samen(mut eerst: FieldErrors, dan: FieldErrors) -> FieldErrors {
    for e in dan.iter() {
        eerst.add(&e.field, e.message.clone());
    }
    eerst
}

fn fout(ctx: &Ctx, v: &Voorstel, errors: &FieldErrors) -> Response {
    ongeldig(views::formulier(ctx, v, errors, None))
}

/// `GET /uitdaagrecht/voorstel/{id}/controleren`: check your answers, with the send button.
pub async fn controleren(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
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

/// The send button's form: the version of the draft its page showed.
#[derive(Debug, Default, Deserialize)]
pub struct IndienForm {
    #[serde(default)]
    versie: String,
}

/// How often sending draws a new reference number when the one drawn is taken.
const REFERENTIE_POGINGEN: u32 = 3;

/// `POST /uitdaagrecht/voorstel/{id}/indienen`: sends the draft in one transaction with the mails to every
/// member. A second click finds it sent and shows the case page.
pub async fn indienen(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
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
            views::mail_ingediend(tr, adres, &v.taak, &referentie, url)
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
async fn mail_aan_leden(
    ctx: &Ctx,
    tx: &mut crate::db::WriteTx,
    v: &Voorstel,
    bericht: impl Fn(&Tr, String, String) -> mail::Email,
) -> AppResult<()> {
    let app = &ctx.app;
    let url = format!("{}{}", app.config.base_url, voorstel_pad(&v.id));
    let leden = crate::zaken::ontvangers::ontvangers(
        tx,
        Regeling::Uitdaagrecht,
        crate::zaken::kern::Eigenaar::Initiatief(&v.initiatief_id),
        true,
        app.clock.today(),
    )
    .await?;
    for (adres, taal) in leden {
        let tr = Tr::new(app.i18n.clone(), taal);
        let email = bericht(&tr, adres, url.clone());
        mail::enqueue(tx, app.clock.now(), &email, &tr, &app.gemeente).await?;
    }
    Ok(())
}

/// `GET /uitdaagrecht/voorstel/{id}`: where the proposal stands, the questions to answer, the decision.
pub async fn voorstel(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
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
async fn voorstel_pagina(
    ctx: &Ctx,
    v: &Voorstel,
    invoer: Option<(&str, &str)>,
    errors: &FieldErrors,
    melding: Option<maud::Markup>,
) -> AppResult<maud::Markup> {
    let log = repo::toegang(&ctx.app.db.pool, &v.id).await?;
    Ok(views::voorstel(ctx, v, &log, invoer, errors, melding))
}

/// `POST /uitdaagrecht/voorstel/{id}/openbaar`: shows a sent proposal on the public page, or takes it off.
pub async fn openbaar(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
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
    Path((id, vraag)): Path<(String, String)>,
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
    Path((id, bijlage)): Path<(String, String)>,
) -> AppResult<Response> {
    let v = eigen(&ctx, &wie, &id).await?;
    let (info, inhoud) = repo::bijlage(&ctx.app.db.pool, &v.id, &bijlage)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::zaken::document::download(&info, inhoud)
}

/// `GET /medewerker/uitdaagrecht`: the work queue, filtered to proposals.
pub async fn staf_lijst(_: Medewerker) -> Response {
    see_other(&crate::backoffice::lijst_van(Regeling::Uitdaagrecht))
}

/// A sent proposal, for staff; drafts are the initiative's own.
async fn verzonden(ctx: &Ctx, id: &str) -> AppResult<(Voorstel, Initiatief)> {
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

async fn staf_log(ctx: &Ctx, wie: &Person, id: &str, handeling: Handeling) -> AppResult<()> {
    let mut tx = ctx.app.db.begin_write().await?;
    repo::log(&mut tx, id, wie, handeling, ctx.app.clock.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The forms of the staff page as typed, for the page that comes back with an error.
#[derive(Default)]
pub struct StafInvoer<'a> {
    pub bericht: &'a str,
    pub vraag: &'a str,
    pub uitkomst: &'a str,
    pub toelichting: &'a str,
}

/// `GET /medewerker/uitdaagrecht/{id}`: everything the initiative sent, and the steps to take. Logged.
pub async fn staf_detail(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (v, i) = verzonden(&ctx, &id).await?;
    if let Some(vraag) = crate::backoffice::poort(&ctx, &wie, &v.id).await? {
        return Ok(vraag);
    }
    staf_log(&ctx, &wie, &v.id, Handeling::Bekeken).await?;
    Ok(views::staf_detail(
        &ctx,
        &v,
        &i,
        &StafInvoer::default(),
        &FieldErrors::new(),
        None,
    )
    .into_response())
}

pub async fn staf_download(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path((id, bijlage)): Path<(String, String)>,
) -> AppResult<Response> {
    let (v, _) = verzonden(&ctx, &id).await?;
    if !crate::backoffice::toegestaan(&ctx.app, &wie, &v.id).await? {
        return Ok(see_other(&staf_pad(&v.id)));
    }
    let (info, inhoud) = repo::bijlage(&ctx.app.db.pool, &v.id, &bijlage)
        .await?
        .ok_or(AppError::NotFound)?;
    staf_log(&ctx, &wie, &v.id, Handeling::Gedownload).await?;
    crate::zaken::document::download(&info, inhoud)
}

/// Ends a staff step: the log line and the mail to every member, in the step's transaction, then commits.
async fn vastleggen(
    ctx: &Ctx,
    mut tx: crate::db::WriteTx,
    v: &Voorstel,
    wie: &Person,
    handeling: Handeling,
    bericht: impl Fn(&Tr, String, &str, String) -> mail::Email,
) -> AppResult<()> {
    let now = ctx.app.clock.now();
    repo::log(&mut tx, &v.id, wie, handeling, now).await?;
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
async fn te_laat(ctx: &Ctx, id: &str, getypt: &str) -> AppResult<Response> {
    let (v, i) = verzonden(ctx, id).await?;
    let melding = views::niet_bewaard(ctx, msg::UITDAAGRECHT_MEDEWERKER_TE_LAAT, getypt);
    Ok((
        StatusCode::CONFLICT,
        views::staf_detail(
            ctx,
            &v,
            &i,
            &StafInvoer::default(),
            &FieldErrors::new(),
            Some(melding),
        ),
    )
        .into_response())
}

/// The text of a staff form of one field (`veld`: "bericht" or "vraag"), when the step is still possible
/// (`mogelijk`). Otherwise the page to answer with: 409 when a colleague moved the proposal on, 422 when the
/// field is empty or too long, each with the typed text kept.
async fn staf_tekst(
    ctx: &Ctx,
    wie: &Person,
    id: &str,
    invoer: &TekstForm,
    veld: &str,
    mogelijk: fn(Status) -> bool,
) -> AppResult<Result<(Voorstel, String), Response>> {
    let (v, i) = verzonden(ctx, id).await?;
    if !crate::backoffice::toegestaan(&ctx.app, wie, &v.id).await? {
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
                    ..StafInvoer::default()
                },
                _ => StafInvoer {
                    bericht: getypt,
                    ..StafInvoer::default()
                },
            };
            Ok(Err(ongeldig(views::staf_detail(
                ctx, &v, &i, &typed, &errors, None,
            ))))
        }
    }
}

/// `POST /medewerker/uitdaagrecht/{id}/gesprek`: the municipality starts the conversation, with a message
/// to the initiative.
pub async fn staf_gesprek(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
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
    if !repo::naar_gesprek(&mut tx, &v.id, &bericht, now).await? {
        tx.rollback().await?;
        return te_laat(&ctx, &id, &bericht).await;
    }
    vastleggen(
        &ctx,
        tx,
        &v,
        &wie,
        Handeling::Gesprek,
        |tr, adres, referentie, url| views::mail_gesprek(tr, adres, referentie, &bericht, url),
    )
    .await?;
    Ok(see_other(&staf_pad(&id)))
}

/// `POST /medewerker/uitdaagrecht/{id}/vraag`: a question the initiative answers in the portal.
pub async fn staf_vraag(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(invoer): Form<TekstForm>,
) -> AppResult<Response> {
    let (v, vraag) = match staf_tekst(&ctx, &wie, &id, &invoer, "vraag", Status::is_open).await? {
        Ok(gelezen) => gelezen,
        Err(antwoord) => return Ok(antwoord),
    };
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if repo::stel_vraag(&mut tx, &v.id, &vraag, &wie.id, now)
        .await?
        .is_none()
    {
        tx.rollback().await?;
        return te_laat(&ctx, &id, &vraag).await;
    }
    vastleggen(
        &ctx,
        tx,
        &v,
        &wie,
        Handeling::Vraag,
        |tr, adres, referentie, url| views::mail_vraag(tr, adres, referentie, &vraag, url),
    )
    .await?;
    Ok(see_other(&format!("{}#vragen", staf_pad(&id))))
}

/// `POST /medewerker/uitdaagrecht/{id}/besluit`: the reasoned decision, public when the initiative
/// published the proposal.
pub async fn staf_besluit(
    Medewerker(wie): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(invoer): Form<BesluitForm>,
) -> AppResult<Response> {
    let (v, i) = verzonden(&ctx, &id).await?;
    if !crate::backoffice::toegestaan(&ctx.app, &wie, &v.id).await? {
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
            return Ok(ongeldig(views::staf_detail(
                &ctx, &v, &i, &typed, &errors, None,
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
        |tr, adres, referentie, url| views::mail_besluit(tr, adres, referentie, uitkomst, url),
    )
    .await?;
    Ok(see_other(&staf_pad(&id)))
}
