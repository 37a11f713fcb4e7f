//! Handlers of the dossier: extract, authorise ([`super::toegang`], else 404), parse, record the step with
//! [`zaken::vastleggen`], then a page or a 303 back to the dossier.

use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::FormRejection;
use axum::extract::{Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::domain;
use super::form::{self, TekstForm};
use super::views::{self, Dossier, Klaar};
use crate::auth::{Mag, Namens, ZorgBekijken, ZorgIndienen};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::msg;
use crate::ids::ZaakId;
use crate::meldingen::repo::Melding;
use crate::zaken::document::upload::Upload;
use crate::zaken::domain::{Gebeurtenis, Vraag, Zaak};
use crate::zaken::repo::{DocumentSoort, NieuwDocument};
use crate::zaken::{self, toegang};

/// A submitted melding whose dossier this person may see, with its case; 404 otherwise (also for a draft).
async fn laad(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<(Melding, Zaak)> {
    let melding = super::toegang(ctx, namens, id)
        .await?
        .map(|t| t.melding)
        .filter(|m| m.ingediend)
        .ok_or(AppError::NotFound)?;
    let zaak = zaken::zaak(&ctx.app, &melding.id).await?;
    Ok((melding, zaak))
}

fn terug(melding: &Melding, klaar: Klaar) -> Response {
    see_other(&format!("/melding/{}?klaar={}", melding.id, klaar.code()))
}

fn melding_dagen(ctx: &Ctx, melding: &Melding) -> domain::Melding {
    domain::Melding {
        ontvangen: melding.ontvangen_op,
        termijnen: crate::meldingen::domain::termijnen(
            &ctx.app.gemeente,
            melding.ontvangen_op,
            melding.eerste_gesprek_op,
        ),
    }
}

/// The next date of a case, for Mijn loket.
pub(crate) fn volgende(ctx: &Ctx, melding: &Melding, zaak: &Zaak) -> Option<domain::Volgende> {
    domain::volgende(
        zaak,
        melding_dagen(ctx, melding),
        &ctx.app.gemeente,
        ctx.app.clock.today(),
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct KlaarQuery {
    #[serde(default)]
    klaar: String,
}

/// `GET /melding/{id}`: the dossier of a submitted melding. A draft goes on where its owner left off.
pub async fn dossier(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<ZaakId>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let Some(super::Toegang { melding, wacht }) = super::toegang(&ctx, &namens, &id).await? else {
        // A helper who follows a mail link while acting for someone else (or for themselves) is offered the
        // switch to the resident the case belongs to; anyone else finds nothing.
        return match super::voorstel(&ctx, &namens, &id).await? {
            Some(voor) => Ok(
                crate::machtigingen::views::wissel_voorstel(&ctx, &voor, &ctx.path).into_response(),
            ),
            None => Err(AppError::NotFound),
        };
    };
    if let Some(wacht) = wacht {
        return Ok(
            crate::vertegenwoordiging::views::alleen_invoer(&ctx, &melding, &wacht).into_response(),
        );
    }
    if !melding.ingediend {
        return Ok(see_other(&format!(
            "/melding/{id}/stap/{}",
            melding.stap.slug()
        )));
    }
    let app = &ctx.app;
    let vandaag = app.clock.today();
    let zaak = zaken::zaak(app, &melding.id).await?;
    let documenten = zaken::repo::documenten(&app.db.pool, &melding.id).await?;
    let dagen = melding_dagen(&ctx, &melding);
    let pagina = Dossier {
        melding: &melding,
        zaak: &zaak,
        punten: domain::tijdlijn(&zaak, dagen, &app.gemeente, vandaag),
        volgende: domain::volgende(&zaak, dagen, &app.gemeente, vandaag),
        documenten: &documenten,
        te_laat: zaak.mag_ingebrekestelling(&app.gemeente, vandaag),
        dwangsom: domain::dwangsom(&zaak, vandaag),
        klaar: Klaar::from_code(&q.klaar),
        correcties: zaken::correctie::inwoner_blok(
            &ctx,
            &mut *app.db.pool.acquire().await?,
            &melding.id,
            namens.is_zelf(),
        )
        .await?,
    };
    Ok(views::dossier(&ctx, &pagina).into_response())
}

/// `GET /melding/{id}/document/{doc}`: a document of this case, as a download with the type it was stored
/// with.
pub async fn download(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path((id, doc)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let (melding, _) = laad(&ctx, &namens, &id).await?;
    let (info, inhoud) = zaken::repo::document(&ctx.app.db.pool, &melding.id, &doc)
        .await?
        .ok_or(AppError::NotFound)?;
    if melding.ingediend && !namens.is_zelf() {
        zaken::toegang::log(
            &ctx.app.db,
            &melding.id,
            &namens.wie,
            zaken::toegang::Handeling::Gedownload,
            &format!("document/{doc}"),
            None,
            ctx.app.clock.now(),
        )
        .await?;
    }
    crate::zaken::document::download_als(info.type_, &info.naam, inhoud)
}

/// The open question with this id; an answered one sends the resident back to the dossier.
fn open_vraag<'z>(zaak: &'z Zaak, vraag_id: &str) -> Result<&'z Vraag, AppError> {
    zaak.open_vragen()
        .find(|v| v.id == vraag_id)
        .ok_or(AppError::NotFound)
}

/// `GET /melding/{id}/vraag/{vraag}`.
pub async fn vraag(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path((id, vraag_id)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if zaak.vragen.iter().any(|v| v.id == vraag_id) && open_vraag(&zaak, &vraag_id).is_err() {
        return Ok(see_other(&format!("/melding/{id}")));
    }
    let vraag = open_vraag(&zaak, &vraag_id)?;
    Ok(views::vraag(&ctx, &melding, vraag, "", &FieldErrors::new()).into_response())
}

/// `POST /melding/{id}/vraag/{vraag}`: the answer, with text, a file, or both.
pub async fn antwoord(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path((id, vraag_id)): Path<(ZaakId, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if zaak.vragen.iter().any(|v| v.id == vraag_id) && open_vraag(&zaak, &vraag_id).is_err() {
        return Ok(see_other(&format!("/melding/{id}")));
    }
    let vraag = open_vraag(&zaak, &vraag_id)?;
    let Ok(mut multipart) = multipart else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let (mut upload, velden) = match Upload::lees(
        &mut multipart,
        &ctx.app,
        crate::zaken::document::upload::Doel::zaak(&melding.id, &namens.wie.id),
    )
    .await
    {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let invoer = Upload::veld(&velden, "tekst").to_owned();
    let antwoord = match form::antwoord(&ctx.tr, &invoer, &upload) {
        Ok(antwoord) => antwoord,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::vraag(&ctx, &melding, vraag, &invoer, &errors),
            )
                .into_response());
        }
    };
    let inhoud = match antwoord.bestand {
        Some(_) => Some(upload.inhoud().await?),
        None => None,
    };
    let document = antwoord
        .bestand
        .as_ref()
        .zip(inhoud.as_deref())
        .map(|(b, inhoud)| NieuwDocument {
            soort: DocumentSoort::Inwoner,
            naam: &b.naam,
            type_: b.soort,
            inhoud,
        });
    let vraag_id = vraag.id.clone();
    let uitkomst = zaken::vastleggen(&ctx.app, &melding, &namens.wie, document, |document_id| {
        Gebeurtenis::Antwoord {
            vraag_id,
            tekst: antwoord.tekst,
            document_id,
        }
    })
    .await;
    na_vastleggen(uitkomst, &melding, Klaar::Antwoord)
}

/// After recording a step: back to the dossier with its confirmation. A step the case no longer allows (it
/// was sent before, by a double click) leads to the dossier as it is.
fn na_vastleggen<T>(
    uitkomst: AppResult<T>,
    melding: &Melding,
    klaar: Klaar,
) -> AppResult<Response> {
    match uitkomst {
        Ok(_) => Ok(terug(melding, klaar)),
        Err(AppError::Conflict) => Ok(see_other(&format!("/melding/{}", melding.id))),
        Err(e) => Err(e),
    }
}

/// `GET /melding/{id}/verslag`.
pub async fn verslag(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<ZaakId>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if zaak.verslag.is_none() {
        return Err(AppError::NotFound);
    }
    let klaar = Klaar::from_code(&q.klaar);
    Ok(views::verslag(
        &ctx,
        &melding,
        &zaak,
        &TekstForm::default(),
        &FieldErrors::new(),
        klaar,
    )
    .into_response())
}

/// `POST /melding/{id}/verslag`: a comment, added under the verslag; the verslag stays as it is.
pub async fn reactie(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<ZaakId>,
    invoer: Result<Form<TekstForm>, FormRejection>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if zaak.verslag.is_none() {
        return Err(AppError::NotFound);
    }
    let Ok(Form(invoer)) = invoer else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let tekst = match invoer.parse(&ctx.tr, msg::DOSSIER_REACTIE_LEEG) {
        Ok(tekst) => tekst,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::verslag(&ctx, &melding, &zaak, &invoer, &errors, None),
            )
                .into_response());
        }
    };
    let stand = invoer.stand.parse::<i64>().ok();
    zaken::vastleggen_eenmaal(&ctx.app, &melding, &namens.wie, stand, None, |_| {
        Gebeurtenis::Reactie { tekst }
    })
    .await?;
    Ok(see_other(&format!(
        "/melding/{}/verslag?klaar={}",
        melding.id,
        Klaar::Reactie.code()
    )))
}

/// `GET /melding/{id}/uploaden`.
pub async fn uploaden_form(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    Ok(views::uploaden(
        &ctx,
        &melding,
        &zaak.stand().to_string(),
        &FieldErrors::new(),
    )
    .into_response())
}

/// `POST /melding/{id}/uploaden`: a PDF, JPG or PNG for the case, recognised by its content.
pub async fn uploaden(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<ZaakId>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (melding, _) = laad(&ctx, &namens, &id).await?;
    let Ok(mut multipart) = multipart else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let (mut upload, velden) = match Upload::lees(
        &mut multipart,
        &ctx.app,
        crate::zaken::document::upload::Doel::zaak(&melding.id, &namens.wie.id),
    )
    .await
    {
        Ok(gelezen) => gelezen,
        Err(status) => return Ok(status.into_response()),
    };
    let stand = Upload::veld(&velden, "stand").to_owned();
    let bestand = match upload.parse(&ctx.tr) {
        Ok(bestand) => bestand,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::uploaden(&ctx, &melding, &stand, &errors),
            )
                .into_response());
        }
    };
    let inhoud = upload.inhoud().await?;
    let document = NieuwDocument {
        soort: DocumentSoort::Inwoner,
        naam: &bestand.naam,
        type_: bestand.soort,
        inhoud: &inhoud,
    };
    let naam = bestand.naam.clone();
    zaken::vastleggen_eenmaal(
        &ctx.app,
        &melding,
        &namens.wie,
        stand.parse::<i64>().ok(),
        Some(document),
        |document_id| Gebeurtenis::Document {
            document_id: document_id.unwrap_or_default(),
            naam,
        },
    )
    .await?;
    Ok(terug(&melding, Klaar::Document))
}

/// `GET /melding/{id}/besluit`.
pub async fn besluit(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if zaak.besluit.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(views::besluit(&ctx, &melding, &zaak, ctx.app.clock.today()).into_response())
}

/// `GET /melding/{id}/besluit/brief`: the besluit as a letter to print or save as a PDF.
pub async fn besluit_brief(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    let pool = &ctx.app.db.pool;
    let kern = zaken::kern::zaak(pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let door = zaken::beschikking::besloten_door(pool, &melding.id, "besluit").await?;
    let pad = format!("/melding/{}", melding.id);
    let mag_bezwaar = namens
        .rechten(crate::auth::machtiging::Onderwerp::Zorg)
        .indienen;
    let brief = zaken::beschikking::wmo(
        &zaak,
        &kern.referentie,
        kern.naam.as_deref().unwrap_or_default(),
        door,
        format!("{pad}/besluit"),
        mag_bezwaar.then(|| format!("{pad}/bezwaar")),
    )
    .ok_or(AppError::NotFound)?;
    Ok(zaken::beschikking::pagina(&ctx, &brief).into_response())
}

/// The ingebrekestelling exists for a case only while the municipality is late with the besluit (Awb 4:17),
/// or once it was sent.
fn ingebrekestelling_mag(ctx: &Ctx, zaak: &Zaak) -> bool {
    zaak.ingebrekestelling.is_some()
        || zaak.mag_ingebrekestelling(&ctx.app.gemeente, ctx.app.clock.today())
}

/// `GET /melding/{id}/ingebrekestelling`.
pub async fn ingebrekestelling_form(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if !ingebrekestelling_mag(&ctx, &zaak) {
        return Err(AppError::NotFound);
    }
    Ok(views::ingebrekestelling(&ctx, &melding, &zaak, ctx.app.clock.today()).into_response())
}

/// `POST /melding/{id}/ingebrekestelling`: received today. Once only: a second would move the start of the
/// dwangsom.
pub async fn ingebrekestelling(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (melding, zaak) = laad(&ctx, &namens, &id).await?;
    if !ingebrekestelling_mag(&ctx, &zaak) {
        return Err(AppError::NotFound);
    }
    if zaak.ingebrekestelling.is_some() {
        return Ok(see_other(&format!("/melding/{id}")));
    }
    let vandaag = ctx.app.clock.today();
    let uitkomst = zaken::vastleggen(&ctx.app, &melding, &namens.wie, None, |_| {
        Gebeurtenis::Ingebrekestelling {
            ontvangen_op: vandaag,
        }
    })
    .await;
    na_vastleggen(uitkomst, &melding, Klaar::Ingebrekestelling)
}

/// `GET /melding/{id}/inzage`: the access log of the case.
pub async fn inzage(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<ZaakId>,
    Query(invoer): Query<crate::ui::paginering::Invoer>,
) -> AppResult<Response> {
    use crate::ui::paginering::{GROOTTE, Pagina};
    let (melding, _) = laad(&ctx, &namens, &id).await?;
    // After the helper's look is logged: one connection for the page's reads.
    let mut conn = ctx.app.db.pool.acquire().await?;
    let gevraagd = Pagina::lees(invoer.pagina.as_deref(), GROOTTE);
    let (mut regels, totaal) = toegang::van_zaak_pagina(
        &mut conn,
        &melding.id,
        i64::from(GROOTTE),
        gevraagd.offset(),
    )
    .await?;
    // A page past the end shows the last page.
    let pagina = gevraagd.binnen(totaal);
    if pagina != gevraagd {
        regels =
            toegang::van_zaak_pagina(&mut conn, &melding.id, i64::from(GROOTTE), pagina.offset())
                .await?
                .0;
    }
    drop(conn);
    Ok(views::inzage(&ctx, &melding, &regels, pagina, totaal).into_response())
}
