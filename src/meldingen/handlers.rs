//! Handlers of the melding journey: extract, authorise (the melding must be the person's own), read the form,
//! one transaction, then a page or a 303 redirect.

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::domain::{self, Stap, VoorWie};
use super::form::StapInvoer;
use super::indiener::{Indiening, Uitkomst};
use super::repo::{self, Melding};
use super::views;
use crate::auth::{Mag, Namens, ZorgBekijken, ZorgIndienen};
use crate::begrippen::{self, Begrip};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::{datum_met_dag, msg};
use crate::mail::Email;
use crate::mail::outbox::Prepared;
use crate::zaken::concept;

/// A melding of the person acted for ([`Namens::voor`]), or 404: another person's melding does not exist
/// for them.
async fn eigen(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<Melding> {
    repo::van(&ctx.app.db.pool, id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)
}

fn stap_pad(id: &str, stap: Stap) -> String {
    format!("/melding/{id}/stap/{}", stap.slug())
}

/// `GET /melding`: what a melding is, how long a besluit usually takes, and a button to begin.
pub async fn start(ctx: Ctx) -> AppResult<Response> {
    let (wachttijd, berekend) = super::wachttijd::wachttijd_nu(&ctx.app).await?;
    Ok(views::start(&ctx, wachttijd.map(|w| (w, berekend))).into_response())
}

/// `POST /melding`: a new draft, then its first step.
pub async fn begin(ctx: Ctx, Mag(namens, _): Mag<ZorgIndienen>) -> AppResult<Response> {
    let app = &ctx.app;
    let id = crate::token::new_id();
    // A repeated resume code is refused by the UNIQUE constraint: try a new one.
    for _ in 0..3 {
        let mut tx = app.db.begin_write().await?;
        match repo::nieuw(
            &mut tx,
            &id,
            &namens.voor.id,
            (!namens.is_zelf()).then_some(namens.wie.id.as_str()),
            &domain::nieuwe_hervatcode(),
            app.clock.now(),
        )
        .await
        {
            Ok(()) => {
                tx.commit().await?;
                return Ok(see_other(&stap_pad(&id, Stap::VoorWie)));
            }
            Err(e) if crate::db::is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::Internal("no free resume code".into()))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HervatInvoer {
    pub code: String,
}

/// `GET /melding/hervatten`: the form for the code.
pub async fn hervatten_form(ctx: Ctx, _: Mag<ZorgIndienen>) -> Response {
    views::hervatten(&ctx, &HervatInvoer::default(), &FieldErrors::new()).into_response()
}

/// `POST /melding/hervatten`: continue the draft with this code, where the resident left off.
pub async fn hervatten(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Form(invoer): Form<HervatInvoer>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let gevonden = match domain::normaliseer_code(&invoer.code) {
        _ if invoer.code.trim().is_empty() => {
            errors.add("code", ctx.t(msg::MELDING_HERVATTEN_FOUT_LEEG));
            None
        }
        // The same answer for a code that does not exist and for someone else's: nothing to learn from it.
        None => None,
        Some(code) => repo::concept_met_code(&ctx.app.db.pool, &code, &namens.voor.id).await?,
    };
    match gevonden {
        Some(melding) => Ok(see_other(&stap_pad(&melding.id, melding.stap))),
        None => {
            if errors.is_empty() {
                errors.add("code", ctx.t(msg::MELDING_HERVATTEN_FOUT_ONBEKEND));
            }
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::hervatten(&ctx, &invoer, &errors),
            )
                .into_response())
        }
    }
}

/// Why a step cannot be shown.
enum GeenStap {
    /// The melding was sent: it shows its confirmation.
    Ingediend(String),
    /// No such step for this melding: 404.
    Onbekend,
}

impl IntoResponse for GeenStap {
    fn into_response(self) -> Response {
        match self {
            GeenStap::Ingediend(bevestiging) => see_other(&bevestiging),
            GeenStap::Onbekend => AppError::NotFound.into_response(),
        }
    }
}

/// A step of a draft, if this melding asks it.
fn stap_van(melding: &Melding, slug: &str) -> Result<Stap, GeenStap> {
    if melding.ingediend {
        return Err(GeenStap::Ingediend(format!(
            "/melding/{}/bevestiging",
            melding.id
        )));
    }
    Stap::from_slug(slug)
        .filter(|s| Stap::voor(&melding.antwoorden).contains(s))
        .ok_or(GeenStap::Onbekend)
}

/// `GET /melding/{id}/stap/{stap}`: the step with the answers given so far.
pub async fn stap_tonen(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path((id, slug)): Path<(String, String)>,
    Query(terug): Query<TerugQuery>,
) -> AppResult<Response> {
    let melding = eigen(&ctx, &namens, &id).await?;
    let stap = match stap_van(&melding, &slug) {
        Ok(s) => s,
        Err(r) => return Ok(r.into_response()),
    };
    let mut invoer = StapInvoer::uit(&melding.antwoorden);
    // "Wijzig" on the check page: after this step, back to the check page in one click.
    if terug.terug == "controleren" {
        invoer.terug = terug.terug;
    }
    // The name the portal knows already: the person filed for, or the signed-in person's own.
    if stap == Stap::Gegevens && invoer.naam.is_empty() {
        let a = &melding.antwoorden;
        invoer.naam = match a.voor_wie {
            Some(domain::VoorWie::Ander) => a.ander_naam.clone(),
            _ => namens.voor.naam.clone(),
        }
        .unwrap_or_default();
    }
    // The address of the person the melding is for, when the portal knows it: a helper acting for a resident
    // gets the resident's own, never their own. Filed for someone else, the portal knows none: left empty.
    if stap == Stap::Contact
        && invoer.contact_email.is_empty()
        && melding.antwoorden.voor_wie != Some(VoorWie::Ander)
    {
        invoer.contact_email = namens.voor.email.clone().unwrap_or_default();
    }
    Ok(views::stap(&ctx, &melding, stap, &invoer, &FieldErrors::new(), false).into_response())
}

/// The way back a step page was opened with (`?terug=controleren` from the check page).
#[derive(Debug, Default, serde::Deserialize)]
pub struct TerugQuery {
    #[serde(default)]
    pub terug: String,
}

/// `POST /melding/{id}/stap/{stap}`: keep what can be used, then the next step; with errors the same step
/// again (422); with "save and continue later" the page with the code.
pub async fn stap_opslaan(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path((id, slug)): Path<(String, String)>,
    Form(invoer): Form<StapInvoer>,
) -> AppResult<Response> {
    match stap_bewaren(&ctx, &namens, &id, &slug, &invoer).await {
        Err(AppError::Database(e)) => {
            // Nothing was kept (a full disk, a database that is away). The step comes back with what the
            // resident typed and says so, instead of an error page that would lose the answer.
            tracing::error!(error = %e, "database error while saving a step of a melding");
            let status = AppError::Database(e).status();
            let melding = eigen(&ctx, &namens, &id).await?;
            let stap = match stap_van(&melding, &slug) {
                Ok(s) => s,
                Err(r) => return Ok(r.into_response()),
            };
            let page = views::stap(&ctx, &melding, stap, &invoer, &FieldErrors::new(), true);
            Ok((status, page).into_response())
        }
        other => other,
    }
}

async fn stap_bewaren(
    ctx: &Ctx,
    namens: &Namens,
    id: &str,
    slug: &str,
    invoer: &StapInvoer,
) -> AppResult<Response> {
    let id = id.to_owned();
    // Read and write in one transaction (the row locked on PostgreSQL), so that two tabs of one draft do not
    // overwrite each other's answers with an older copy.
    let mut tx = ctx.app.db.begin_write().await?;
    let mut melding = repo::voor_wijziging(&mut tx, ctx.app.db.backend, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let stap = match stap_van(&melding, slug) {
        Ok(s) => s,
        Err(r) => return Ok(r.into_response()),
    };
    let gemeente = &ctx.app.gemeente;
    let errors = invoer.toepassen(
        stap,
        &mut melding.antwoorden,
        &ctx.tr,
        &|id| gemeente.organisatie(id).is_some(),
        ctx.app.clock.today(),
    );
    let a = &melding.antwoorden;
    let volgende = stap.volgende(a);
    // The furthest step reached, so that "continue" lands where the resident was.
    let index = |s: Stap| Stap::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let verste = match volgende {
        Some(v) if errors.is_empty() && index(v) > index(melding.stap) => v,
        _ if index(stap) > index(melding.stap) => stap,
        _ => melding.stap,
    };
    repo::bewaar(&mut tx, &melding, verste, ctx.app.clock.now()).await?;
    tx.commit().await?;

    // With an error the page comes back first, also for "later": the resident sees what was not kept.
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::stap(ctx, &melding, stap, invoer, &errors, false),
        )
            .into_response());
    }
    if invoer.later() {
        return Ok(see_other(&format!("/melding/{id}/later")));
    }
    let controleren = format!("/melding/{id}/controleren");
    let doel = if stap == Stap::Spoed && a.is_spoed() {
        // Urgent or unsafe: the spoed route at once, before any other question.
        format!("/melding/{id}/spoed")
    } else if invoer.terug_naar_controleren() {
        // Back to the check page, unless this answer asks a new question (for someone else: who?).
        match a.eerste_open_stap() {
            Some(open) if open == Stap::DeAnder => {
                format!("{}?terug=controleren", stap_pad(&id, open))
            }
            _ => controleren,
        }
    } else {
        volgende.map_or(controleren, |v| stap_pad(&id, v))
    };
    Ok(see_other(&doel))
}

/// `GET /melding/{id}/spoed`: what to do now in an urgent or unsafe situation.
pub async fn spoed(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen(&ctx, &namens, &id).await?;
    let verder = match Stap::Spoed.volgende(&melding.antwoorden) {
        Some(v) if !melding.ingediend => stap_pad(&id, v),
        _ => format!("/melding/{id}/controleren"),
    };
    Ok(views::spoed(&ctx, &verder).into_response())
}

/// `GET /melding/{id}/later`: the answers are kept; the code to continue.
pub async fn later(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen(&ctx, &namens, &id).await?;
    if melding.ingediend {
        return Ok(see_other(&format!("/melding/{id}/bevestiging")));
    }
    Ok(views::later(&ctx, &melding, &stap_pad(&id, melding.stap)).into_response())
}

/// `GET /melding/{id}/controleren`: every answer with a change link.
pub async fn controleren(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen(&ctx, &namens, &id).await?;
    if melding.ingediend {
        return Ok(see_other(&format!("/melding/{id}/bevestiging")));
    }
    Ok(views::controleren(&ctx, &melding, &FieldErrors::new()).into_response())
}

/// `GET /melding/{id}/verwijderen`: "Weet u zeker ...?" for a draft; a sent melding has no such page.
pub async fn verwijderen_vraag(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen(&ctx, &namens, &id).await?;
    if melding.ingediend {
        return Err(AppError::NotFound);
    }
    Ok(views::verwijderen(
        &ctx,
        &melding,
        &concept::Invoer::default(),
        &FieldErrors::new(),
    )
    .into_response())
}

/// `POST /melding/{id}/verwijderen`: Nee goes back to the check page; Ja throws the draft away for good and
/// goes to Mijn loket, which says so. No answer: the question again with its error (422).
pub async fn verwijderen(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
    Form(invoer): Form<concept::Invoer>,
) -> AppResult<Response> {
    let melding = eigen(&ctx, &namens, &id).await?;
    if melding.ingediend {
        return Err(AppError::NotFound);
    }
    match concept::keuze(&ctx, &invoer) {
        Err(fouten) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::verwijderen(&ctx, &melding, &invoer, &fouten),
        )
            .into_response()),
        Ok(concept::Keuze::Nee) => Ok(see_other(&format!("/melding/{id}/controleren"))),
        Ok(concept::Keuze::Ja) => {
            let mut tx = ctx.app.db.begin_write().await?;
            let weg =
                repo::verwijder_concept(&mut tx, ctx.app.db.backend, &id, &namens.voor.id).await?;
            if !weg {
                return Err(AppError::NotFound);
            }
            tx.commit().await?;
            Ok(see_other(&format!("/mijn-loket?{}", concept::VERWIJDERD)))
        }
    }
}

/// `POST /melding/{id}/indienen`: the one submit. A second click, or a re-sent form, finds the melding
/// submitted already and shows the same confirmation: one melding, one e-mail.
pub async fn indienen(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let bevestiging = format!("/melding/{id}/bevestiging");
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let tr = ctx.tr.with_lang(namens.voor.taal);
    for _ in 0..3 {
        // What is sent is prepared from the answers as they are now; the writer sends it only if they are
        // still so (another tab may change a step meanwhile).
        let melding = eigen(&ctx, &namens, &id).await?;
        if melding.ingediend {
            return Ok(see_other(&bevestiging));
        }
        // The reference and the mails are made before the transaction, so that the writer's turn is short.
        let referentie = domain::nieuwe_referentie(vandaag.year());
        let clientondersteuning =
            clientondersteuning_verzoek(&melding.antwoorden, &ctx.tr).map(|verzoek| {
                crate::clientondersteuning::uit_melding::voorbereiden(
                    &app.gemeente,
                    &ctx.tr,
                    &namens.voor.id,
                    &id,
                    &referentie,
                    verzoek,
                    vandaag.year(),
                )
            });
        let co_referentie = clientondersteuning.as_ref().map(|c| c.referentie.as_str());
        let bericht = Prepared::new(
            &bevestigingsmail(&ctx, &namens, &id, &referentie, vandaag, co_referentie),
            &tr,
            &app.gemeente,
        );
        // Checked and written in one transaction, together with other submissions of the same moment (see
        // `indiener`): a step saved in another tab cannot leave a submitted melding incomplete.
        let uitkomst = app
            .indiener
            .indienen(Indiening {
                id: crate::ids::ZaakId::new(id.clone()),
                persoon_id: namens.voor.id.clone(),
                referentie,
                now,
                ontvangen_op: vandaag,
                bericht,
                antwoorden: melding.antwoorden,
                clientondersteuning,
            })
            .await?;
        match uitkomst {
            Uitkomst::Ingediend => {
                app.mail.wake();
                return Ok(see_other(&bevestiging));
            }
            // Submitted by a click that came just before this one: the same confirmation, no second mail.
            Uitkomst::AlIngediend => return Ok(see_other(&bevestiging)),
            Uitkomst::Open(melding, open) => {
                let mut errors = FieldErrors::new();
                errors.add(open.slug(), ctx.t(msg::MELDING_CONTROLEREN_FOUT_OPEN));
                return Ok((
                    StatusCode::UNPROCESSABLE_ENTITY,
                    views::controleren(&ctx, &melding, &errors),
                )
                    .into_response());
            }
            Uitkomst::NietGevonden => return Err(AppError::NotFound),
            // The rare repeat of a reference number, or answers changed meanwhile: again.
            Uitkomst::Opnieuw => continue,
        }
    }
    Err(AppError::Internal("no free reference number".into()))
}

/// The request for cliëntondersteuning that "Ja, graag" asks for, from the melding's answers: who it is for,
/// who helps, and how to reach the resident (the phone number and address of the melding).
fn clientondersteuning_verzoek(
    a: &domain::Antwoorden,
    tr: &crate::i18n::Tr,
) -> Option<crate::clientondersteuning::domain::Verzoek> {
    use crate::clientondersteuning::domain as co;
    if a.clientondersteuning != Some(domain::Wens::Ja) {
        return None;
    }
    let organisatie = a.co_organisatie.as_deref()?;
    let voor_wie = match (a.voor_wie, &a.ander_naam) {
        (Some(domain::VoorWie::Ander), Some(naam)) => co::VoorWie::Ander {
            naam: naam.clone(),
            relatie: a
                .ander_relatie
                .map(|r| {
                    tr.with_lang(crate::i18n::Lang::Nl)
                        .t(views::relatie_label(r))
                })
                .unwrap_or_default(),
        },
        _ => co::VoorWie::Zelf,
    };
    Some(co::Verzoek {
        voor_wie,
        voorkeur: co::Voorkeur(
            (organisatie != domain::GEMEENTE_KIEST).then(|| organisatie.to_owned()),
        ),
        contact: co::Contact {
            telefoon: a
                .telefoon
                .as_deref()
                .and_then(|t| co::Telefoon::parse(t).ok()),
            email: a
                .contact_email
                .as_deref()
                .and_then(|e| crate::auth::EmailAddress::parse(e).ok()),
        },
        toegankelijkheid: match a.tolk {
            Some(domain::Tolk::Tolk) => co::Toegankelijkheid::Tolk {
                taal: a.tolk_taal.clone(),
            },
            Some(domain::Tolk::Gebarentaal) => co::Toegankelijkheid::Gebarentaal,
            _ => co::Toegankelijkheid::Geen,
        },
        notitie: None,
    })
}

/// The confirmation e-mail: the reference and the dates, without any health details; with the number of the
/// request for cliëntondersteuning sent with it.
fn bevestigingsmail(
    ctx: &Ctx,
    namens: &Namens,
    id: &str,
    referentie: &str,
    ontvangen: time::Date,
    co_referentie: Option<&str>,
) -> Email {
    let app = &ctx.app;
    let lang = namens.voor.taal;
    let tr = ctx.tr.with_lang(lang);
    let gemeente = &app.gemeente;
    let mut paragraphs = vec![
        tr.ta(
            msg::MELDING_MAIL_ONTVANGEN,
            &[
                ("gemeente", gemeente.naam.as_str().into()),
                ("referentie", referentie.into()),
            ],
        ),
        tr.t(msg::MELDING_MAIL_CONTACT),
    ];
    match domain::termijnen(gemeente, Some(ontvangen), None) {
        Some([plan, onderzoek]) => {
            paragraphs.push(begrippen::tekst(
                &tr,
                msg::MELDING_DATUM_PLAN,
                &[("datum", datum_met_dag(plan.einde, lang).into())],
                Begrip::PersoonlijkPlan,
            ));
            paragraphs.push(begrippen::tekst(
                &tr,
                msg::MELDING_DATUM_ONDERZOEK,
                &[("datum", datum_met_dag(onderzoek.einde, lang).into())],
                Begrip::Onderzoek,
            ));
        }
        None => paragraphs.push(tr.t(msg::MELDING_DATUM_NA_GESPREK)),
    }
    if let Some(co) = co_referentie {
        paragraphs.push(tr.ta(
            msg::MELDING_BEVESTIGING_CO_GEVRAAGD,
            &[("referentie", co.into())],
        ));
    }
    // To the address the resident signed in with: it is proven theirs. A typed contact address is not, and a
    // typo would tell a stranger that this person asked for help. Someone known only through their
    // representative has none: then to the representative.
    let to = namens
        .voor
        .email
        .clone()
        .unwrap_or_else(|| namens.wie.email.clone());
    Email {
        greeting: None,
        to,
        subject: tr.ta(
            msg::MELDING_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs,
        action: Some((
            tr.t(msg::MELDING_MAIL_KNOP),
            format!("{}/melding/{id}/bevestiging", app.config.base_url),
        )),
        after: vec![begrippen::tekst(
            &tr,
            msg::MELDING_MAIL_GRATIS_HULP,
            &[],
            Begrip::Clientondersteuning,
        )],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// A submitted melding of this person, or 404 (also while it is a draft).
async fn ingediend(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<Melding> {
    let melding = eigen(ctx, namens, id).await?;
    if !melding.ingediend {
        return Err(AppError::NotFound);
    }
    // The answers as sent are health data (AVG art. 9): a helper's look is logged, like staff's
    // (NEN 7513 style).
    if !namens.is_zelf() {
        let pagina = ctx.path.split('?').next().unwrap_or_default();
        let wat = pagina.rsplit('/').next().unwrap_or_default();
        crate::zaken::toegang::log(
            &ctx.app.db,
            &melding.id,
            &namens.wie,
            crate::zaken::toegang::Handeling::Bekeken,
            wat,
            None,
            ctx.app.clock.now(),
        )
        .await?;
    }
    Ok(melding)
}

/// `GET /melding/{id}/bevestiging`: the reference, what happens next, and the dates.
pub async fn bevestiging(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = ingediend(&ctx, &namens, &id).await?;
    // Filed for someone else who has not confirmed: the way to ask them (vertegenwoordiging).
    let wacht = match melding.antwoorden.voor_wie {
        Some(domain::VoorWie::Ander) if namens.is_zelf() => {
            repo::onbevestigd(&ctx.app.db.pool, &melding.id).await?
        }
        _ => None,
    };
    let co = crate::clientondersteuning::uit_melding::van_melding(
        &ctx.app.db.pool,
        &melding.id,
        &melding.persoon_id,
    )
    .await?;
    Ok(views::bevestiging(&ctx, &melding, wacht.as_deref(), co.as_ref()).into_response())
}

/// `GET /melding/{id}/ontvangstbewijs`: every answer as sent, to print.
pub async fn ontvangstbewijs(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = ingediend(&ctx, &namens, &id).await?;
    Ok(views::ontvangstbewijs(&ctx, &melding).into_response())
}
