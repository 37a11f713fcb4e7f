//! Cliëntondersteuning: the public explanation, the request form, and the confirmation.

use axum::Form;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::Markup;

use super::form::VerzoekForm;
use super::repo::{self, Nieuw};
use super::{domain, views};
use crate::auth::{Mag, ZorgBekijken, ZorgIndienen};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::gemeente::ingevuld;
use crate::http::{Ctx, see_other};
use crate::mail;
use crate::{clock, token};

pub async fn uitleg(ctx: Ctx) -> Markup {
    views::uitleg(&ctx)
}

fn bevestiging_pad(id: &str) -> String {
    format!("/clientondersteuning/{id}")
}

/// `?melding=...`: the request is asked for from this melding.
#[derive(Debug, Default, serde::Deserialize)]
pub struct VanMelding {
    #[serde(default)]
    melding: String,
}

/// The reference of the person's own submitted melding with this id; `None` for anything else, so that a
/// request never points at someone else's melding.
async fn eigen_melding(ctx: &Ctx, persoon_id: &str, id: &str) -> AppResult<Option<String>> {
    if id.is_empty() {
        return Ok(None);
    }
    // Read from the case kernel: a submitted Wmo case owned by this person.
    let zaak =
        crate::zaken::kern::zaak(&ctx.app.db.pool, &crate::ids::ZaakId::new(id.to_owned())).await?;
    Ok(zaak
        .filter(|z| {
            z.regeling == crate::zaken::kern::Regeling::Wmo
                && z.eigenaar_id
                    .as_ref()
                    .is_some_and(|e| e.as_str() == persoon_id)
        })
        .map(|z| z.referentie))
}

/// The form, with a new one-time key, and the signed-in person's address filled in as a suggestion.
pub async fn formulier(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Query(van): Query<VanMelding>,
) -> AppResult<Response> {
    let melding_referentie = eigen_melding(&ctx, &namens.voor.id, &van.melding).await?;
    let input = VerzoekForm {
        sleutel: token::new_id(),
        email: namens.voor.email.clone().unwrap_or_default(),
        melding: van.melding,
        melding_referentie,
        ..Default::default()
    };
    Ok(views::formulier(&ctx, &input, &FieldErrors::new()).into_response())
}

/// Stores the request and writes both mails in one transaction, then 303 to the confirmation. The same form
/// sent twice (a double click, the back button) finds the first request and shows its confirmation again.
pub async fn aanvragen(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgIndienen>,
    Form(mut input): Form<VerzoekForm>,
) -> AppResult<Response> {
    let voor = &namens.voor;
    if !domain::is_sleutel(&input.sleutel) {
        input.sleutel = token::new_id();
    }
    input.melding_referentie = eigen_melding(&ctx, &voor.id, &input.melding).await?;
    let app = &ctx.app;
    let verzoek = match input.parse(&ctx.tr, &app.gemeente) {
        Ok(verzoek) => verzoek,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::formulier(&ctx, &input, &errors),
            )
                .into_response());
        }
    };
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if let Some(id) = repo::id_voor_sleutel(&mut *tx, &voor.id, &input.sleutel).await? {
        return Ok(see_other(&bevestiging_pad(&id)));
    }
    let id = token::new_id();
    let referentie = domain::nieuwe_referentie(clock::amsterdam(now).year());
    let organisatie = verzoek
        .voorkeur
        .0
        .as_deref()
        .and_then(|o| app.gemeente.organisatie(o));
    let nieuw = Nieuw {
        id: &id,
        persoon_id: &voor.id,
        referentie: &referentie,
        sleutel: &input.sleutel,
        verzoek: &verzoek,
        organisatie_naam: organisatie.map(|o| o.naam.as_str()),
        melding_id: input
            .melding_referentie
            .is_some()
            .then_some(input.melding.as_str()),
        // Only the resident gives this: a helper cannot hand out access in their name.
        dossier_inzien: namens.is_zelf() && input.inzage == "ja",
        aangemaakt_op: now,
    };
    if !repo::insert(&mut tx, &nieuw).await? {
        // A submit of the same form committed while this one waited (PostgreSQL): show that one.
        tx.rollback().await?;
        let eerste = repo::id_voor_sleutel(&app.db.pool, &voor.id, &input.sleutel).await?;
        return eerste
            .map(|id| see_other(&bevestiging_pad(&id)))
            .ok_or(AppError::NotFound);
    }

    // To the resident's own address; to the representative for someone who has none.
    let tr_inwoner = ctx.tr.with_lang(voor.taal);
    let bevestiging = views::mail_inwoner(
        &tr_inwoner,
        voor.email.as_deref().unwrap_or(&namens.wie.email),
        &referentie,
        organisatie.map(|o| o.naam.as_str()),
        format!("{}{}", app.config.base_url, bevestiging_pad(&id)),
    );
    mail::enqueue(&mut tx, now, &bevestiging, &tr_inwoner, &app.gemeente).await?;

    // To the chosen organisation; without a choice, or when the organisation has no e-mail address, to the
    // municipality, which passes the request on. Organisations here work in Dutch.
    let ontvanger = organisatie
        .and_then(|o| o.email.as_deref())
        .and_then(ingevuld)
        .or_else(|| ingevuld(&app.gemeente.contact.email));
    if !mail::limiet::tel(&mut tx, &namens.wie.id, None, now).await? {
        return Err(AppError::TeVeelBerichten);
    }
    match ontvanger {
        Some(to) => {
            let tr_nl = ctx.tr.with_lang(crate::i18n::Lang::Nl);
            let bericht = views::mail_organisatie(
                &tr_nl,
                to,
                &referentie,
                &app.gemeente.naam,
                &verzoek,
                input.melding_referentie.as_deref(),
            );
            mail::enqueue(&mut tx, now, &bericht, &tr_nl, &app.gemeente).await?;
        }
        None => tracing::warn!(
            "cliëntondersteuning: no e-mail address for the organisation or the municipality in the profile"
        ),
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&bevestiging_pad(&id)))
}

/// Only the person who asked sees the confirmation; for anyone else it does not exist (404, never 403).
pub async fn bevestiging(
    ctx: Ctx,
    Mag(namens, _): Mag<ZorgBekijken>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let verzoek = repo::van_persoon(&ctx.app.db.pool, &id, &namens.voor.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(views::bevestiging(&ctx, &verzoek).into_response())
}
