//! The plan's pages: extract, authorise (own submitted melding, else 404), parse, one transaction, then a view or
//! a 303 to the overview.
//!
//! After the first gesprek is set the plan is fixed: the write and upload pages send the resident to the
//! overview, which shows the plan read-only, and a post there answers 409 with that overview and a notice.

use axum::Form;
use axum::extract::{Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use time::Date;

use super::domain::Status;
use super::form::PlanForm;
use super::repo::{self, NieuwBestand};
use super::views::{self, Klaar, Overzicht};
use crate::auth::{Mag, Namens, ZorgBekijken, ZorgIndienen};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::meldingen::domain::termijnen;
use crate::meldingen::repo::Melding;
use crate::termijnen::domain::Soort as TermijnSoort;
use crate::token;
use crate::zaken::document::upload::Upload;

/// The submitted melding `id` of the person acted for, through the dossier's one access rule (which also logs a
/// helper's look, and hides the plan of a melding that waits for its resident's confirmation). Someone else's,
/// a concept or an unknown id: not found.
async fn eigen_melding(ctx: &Ctx, namens: &Namens, id: &str) -> AppResult<Melding> {
    crate::dossier::toegang(ctx, namens, id)
        .await?
        .map(|t| t.melding)
        .filter(|melding| melding.ingediend)
        .ok_or(AppError::NotFound)
}

fn plan_pad(melding: &Melding) -> String {
    format!("/melding/{}/plan", melding.id)
}

/// The plan can change until the talk: up to the day before the first gesprek (issue text: "both can be
/// replaced until the talk"). A gesprek that is only planned leaves the plan open, also in municipalities
/// where the plan's term starts at that gesprek.
fn kan_wijzigen(melding: &Melding, vandaag: Date) -> bool {
    melding
        .eerste_gesprek_op
        .is_none_or(|gesprek| vandaag < gesprek)
}

/// Everything the overview shows.
async fn overzicht(ctx: &Ctx, melding: &Melding) -> AppResult<Overzicht> {
    let gemeente = &ctx.app.gemeente;
    // The same start as the melding's own dates: receipt, or the first gesprek where the profile says so.
    let termijn = termijnen(gemeente, melding.ontvangen_op, melding.eerste_gesprek_op).and_then(
        |termijnen| {
            termijnen
                .into_iter()
                .find(|t| t.soort == TermijnSoort::PersoonlijkPlan)
        },
    );
    Ok(Overzicht {
        pad: plan_pad(melding),
        termijn,
        vandaag: ctx.app.clock.today(),
        kan_wijzigen: kan_wijzigen(melding, ctx.app.clock.today()),
        plan: repo::plan(&ctx.app.db.pool, &melding.id).await?,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct KlaarQuery {
    #[serde(default)]
    klaar: String,
}

pub async fn show(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<String>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let melding = eigen_melding(&ctx, &namens, &id).await?;
    let klaar = match q.klaar.as_str() {
        "opgeslagen" => Some(Klaar::Opgeslagen),
        "ingeleverd" => Some(Klaar::Ingeleverd),
        _ => None,
    };
    let overzicht = overzicht(&ctx, &melding).await?;
    Ok(views::overzicht(&ctx, &overzicht, klaar).into_response())
}

/// The answer to a post after the first gesprek: the overview, read-only, with a notice.
async fn vast(ctx: &Ctx, melding: &Melding) -> AppResult<Response> {
    let overzicht = overzicht(ctx, melding).await?;
    Ok((StatusCode::CONFLICT, views::vast(ctx, &overzicht)).into_response())
}

pub async fn write_form(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen_melding(&ctx, &namens, &id).await?;
    if !kan_wijzigen(&melding, ctx.app.clock.today()) {
        return Ok(see_other(&plan_pad(&melding)));
    }
    let plan = repo::plan(&ctx.app.db.pool, &melding.id).await?;
    let input = plan
        .as_ref()
        .filter(|p| p.soort == super::domain::Soort::Geschreven)
        .map(|p| PlanForm::from_teksten(&p.teksten))
        .unwrap_or_default();
    let ingeleverd = plan.is_some_and(|p| p.status == Status::Ingeleverd);
    Ok(views::schrijven(
        &ctx,
        &plan_pad(&melding),
        &input,
        &FieldErrors::new(),
        ingeleverd,
    )
    .into_response())
}

pub async fn write(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
    Form(input): Form<PlanForm>,
) -> AppResult<Response> {
    let melding = eigen_melding(&ctx, &namens, &id).await?;
    if !kan_wijzigen(&melding, ctx.app.clock.today()) {
        return vast(&ctx, &melding).await;
    }
    let app = &ctx.app;
    let huidig = repo::plan(&app.db.pool, &melding.id).await?;
    // Once handed in, a plan is never turned back into a draft: every new version is handed in, and
    // replaces the one the municipality has.
    let ingeleverd = huidig.is_some_and(|p| p.status == Status::Ingeleverd);
    let inleveren = input.inleveren() || ingeleverd;
    let teksten = match input.parse(&ctx.tr, inleveren) {
        Ok(teksten) => teksten,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::schrijven(&ctx, &plan_pad(&melding), &input, &errors, ingeleverd),
            )
                .into_response());
        }
    };
    let status = if inleveren {
        Status::Ingeleverd
    } else {
        Status::Concept
    };
    let mut tx = app.db.begin_write().await?;
    repo::bewaar_teksten(&mut tx, &melding.id, &teksten, status, app.clock.now()).await?;
    tx.commit().await?;
    let klaar = if inleveren {
        "ingeleverd"
    } else {
        "opgeslagen"
    };
    Ok(see_other(&format!("{}?klaar={klaar}", plan_pad(&melding))))
}

pub async fn upload_form(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen_melding(&ctx, &namens, &id).await?;
    if !kan_wijzigen(&melding, ctx.app.clock.today()) {
        return Ok(see_other(&plan_pad(&melding)));
    }
    Ok(views::uploaden(&ctx, &plan_pad(&melding), &FieldErrors::new()).into_response())
}

pub async fn upload(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let melding = eigen_melding(&ctx, &namens, &id).await?;
    if !kan_wijzigen(&melding, ctx.app.clock.today()) {
        return vast(&ctx, &melding).await;
    }
    let mut upload = match Upload::lees(
        &mut multipart,
        &ctx.app,
        crate::zaken::document::upload::Doel::zaak(&melding.id, &namens.wie.id),
    )
    .await
    {
        Ok((upload, _)) => upload,
        // 413 (over the route's body limit) or 400: the error-page middleware renders the page.
        Err(status) => return Ok(status.into_response()),
    };
    let bestand = match upload.parse(&ctx.tr) {
        Ok(bestand) => bestand,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::uploaden(&ctx, &plan_pad(&melding), &errors),
            )
                .into_response());
        }
    };
    let app = &ctx.app;
    let inhoud = upload.inhoud().await?;
    let sha256 = token::hash_bytes(&inhoud);
    let mut tx = app.db.begin_write().await?;
    repo::bewaar_bestand(
        &mut tx,
        &melding.id,
        &NieuwBestand {
            naam: &bestand.naam,
            soort: bestand.soort,
            inhoud: &inhoud,
            sha256: &sha256,
            door_persoon_id: Some(&namens.wie.id),
        },
        app.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}?klaar=ingeleverd",
        plan_pad(&melding)
    )))
}

/// The uploaded file, to its owner only, as a download with the type found in its bytes.
pub async fn download(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let melding = eigen_melding(&ctx, &namens, &id).await?;
    let Some((info, inhoud)) = repo::bestand(&ctx.app.db.pool, &melding.id).await? else {
        return Err(AppError::NotFound);
    };
    crate::zaken::document::download_als(info.soort, &info.naam, inhoud)
}
