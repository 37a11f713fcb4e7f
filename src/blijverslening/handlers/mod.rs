//! The handlers of the blijverslening: the public pages, the resident's application and case page, the
//! co-owner's answer, and the staff list, page and decision.

use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{MatchedPath, Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use time::Date;

use super::berichten;
use super::domain;
use super::form::{
    AanvraagForm, AntwoordForm, BeginForm, BesluitForm, CheckForm, Deel, MedeVelden,
};
use super::repo::{self, Aanvraag, Besluit, Handeling, Status, StukSoort};
use super::views;
use crate::auth::{GeldBekijken, GeldIndienen, Mag, Medewerker, Namens, Person};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::geld::Bedrag;
use crate::gemeente::Blijverslening;
use crate::http::{Ctx, see_other};
use crate::i18n::{Lang, msg};
use crate::ids::ZaakId;
use crate::zaken::document::upload::Upload;
use crate::zaken::kern::Regeling;
use crate::zaken::stap::Auteur;
use crate::{AppState, clock, token};

mod aanvragen;
mod eigenaar;
mod staf;
mod zaak;

pub use aanvragen::*;
pub use eigenaar::*;
pub use staf::*;
pub use zaak::*;

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

/// What was allocated this year, for the public pages: kept for a minute ([`crate::App::budget`]), and
/// computed again after this instance allocated. Staff deciding read the sum itself, inside their write.
async fn toegekend_publiek(ctx: &Ctx, vandaag: Date) -> AppResult<Bedrag> {
    let jaar = vandaag.year();
    let pool = &ctx.app.db.pool;
    let ((bij, bedrag), _) = ctx
        .app
        .budget
        .lees(ctx.app.clock.now(), || async move {
            Ok::<_, AppError>((jaar, repo::toegekend_in_jaar(pool, jaar).await?))
        })
        .await?;
    if bij == jaar {
        Ok(bedrag)
    } else {
        // The year turned since: the new year's figure.
        ctx.app.budget.vervuil();
        Ok(repo::toegekend_in_jaar(pool, jaar).await?)
    }
}

/// What was allocated in the calendar year of `op`.
async fn toegekend_in<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    op: Date,
) -> AppResult<Bedrag> {
    Ok(repo::toegekend_in_jaar(db, op.year()).await?)
}

/// Logs what a helper does, for the resident to see; the resident's own actions are not logged.
async fn helper_log(
    conn: &mut sqlx::AnyConnection,
    id: &ZaakId,
    namens: &Namens,
    handeling: Handeling,
    now: time::OffsetDateTime,
) -> AppResult<()> {
    if !namens.is_zelf() {
        crate::zaken::toegang::schrijf_als(conn, id, &namens.wie, handeling, now).await?;
    }
    Ok(())
}

/// Logs a look or download by staff, in a transaction of its own, for the resident to see.
async fn medewerker_log(
    ctx: &Ctx,
    id: &ZaakId,
    wie: &Person,
    handeling: Handeling,
) -> AppResult<()> {
    crate::zaken::toegang::log_als(&ctx.app.db, id, wie, handeling, ctx.app.clock.now()).await?;
    Ok(())
}

/// Logs a helper's look at a page of the application, for the resident to see.
async fn bekeken(ctx: &Ctx, id: &ZaakId, namens: &Namens) -> AppResult<()> {
    if !namens.is_zelf() {
        let mut tx = ctx.app.db.begin_write().await?;
        helper_log(&mut tx, id, namens, Handeling::Bekeken, ctx.app.clock.now()).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// The estimated monthly payment of an application on `op`: the rate of its fixed-rate period, paid back
/// over the profile's term for its kind.
pub fn maandlast(b: &Blijverslening, a: &Aanvraag, op: Date) -> Option<Bedrag> {
    maandlast_van(b, &a.gegevens, op)
}

/// [`maandlast`] of answers.
pub fn maandlast_van(b: &Blijverslening, g: &repo::Gegevens, op: Date) -> Option<Bedrag> {
    domain::rente(b, g.soort, g.looptijd, op)
        .map(|r| domain::maandlast(g.bedrag, r, b.aflossing.jaren(g.soort.code())))
}

/// Mails news on an application to everyone who should hear it: only that there is news, with a link.
async fn meld(
    conn: &mut sqlx::AnyConnection,
    app: &AppState,
    aanvraag: &Aanvraag,
    nieuws: &str,
) -> AppResult<()> {
    let referentie = aanvraag.referentie.clone().unwrap_or_default();
    let url = format!("{}{}", app.config.base_url, zaak_pad(&aanvraag.id));
    let eigenaar = crate::zaken::kern::Eigenaar::Persoon(&aanvraag.inwoner_id);
    crate::zaken::ontvangers::vertel(
        conn,
        app,
        Regeling::Blijverslening,
        eigenaar,
        true,
        |tr, adres| {
            Some(berichten::mail_nieuws(
                tr,
                &adres,
                &referentie,
                nieuws,
                url.clone(),
            ))
        },
    )
    .await?;
    Ok(())
}
