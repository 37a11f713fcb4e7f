//! Requests for free cliëntondersteuning whose resident let the municipality choose who helps ("Laat de
//! gemeente kiezen"): staff choose an organisation of the profile, or one of its cliëntondersteuners by name.
//! The choice is recorded as a step of the request, the resident gets a mail (through the outbox, in the same
//! transaction) and reads who helps them; the request then stands on the dashboard of the organisation's
//! cliëntondersteuners, or under "Mijn verzoeken" of the one chosen.
//!
//! Paths: `/medewerker/clientondersteuning` (the requests to choose for) and `/medewerker/clientondersteuning/{id}`
//! (one request, and the choice).

use axum::Form;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::views::clientondersteuning as views;
use crate::auth::Medewerker;
use crate::clientondersteuning::repo::{self as co_repo, Keuze, TeKiezen};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::gemeente::ingevuld;
use crate::http::{Ctx, see_other};
use crate::i18n::{Lang, msg};
use crate::mail;

/// The list's address.
pub const PAD: &str = "/medewerker/clientondersteuning";

/// What staff just did, shown once on the list after the redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Klaar {
    Gekozen,
    AlGekozen,
}

impl Klaar {
    pub fn code(self) -> &'static str {
        match self {
            Klaar::Gekozen => "gekozen",
            Klaar::AlGekozen => "al-gekozen",
        }
    }

    pub fn from_code(code: &str) -> Option<Klaar> {
        [Klaar::Gekozen, Klaar::AlGekozen]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KlaarInvoer {
    klaar: String,
    pagina: String,
}

/// The choice as it arrives: `organisatie:<id in the profile>` or `ondersteuner:<person id>`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KeuzeInvoer {
    pub wie: String,
}

/// Who can be chosen: every organisation of the profile, and every cliëntondersteuner of one of them.
pub struct Kandidaat {
    /// The form value ([`KeuzeInvoer::wie`]).
    pub waarde: String,
    pub organisatie_id: String,
    pub organisatie_naam: String,
    /// A cliëntondersteuner by name: (person id, name).
    pub ondersteuner: Option<(String, String)>,
}

async fn kandidaten(ctx: &Ctx) -> AppResult<Vec<Kandidaat>> {
    let gemeente = &ctx.app.gemeente;
    let mut uit: Vec<Kandidaat> = gemeente
        .clientondersteuning
        .iter()
        .map(|o| Kandidaat {
            waarde: format!("organisatie:{}", o.id),
            organisatie_id: o.id.clone(),
            organisatie_naam: o.naam.clone(),
            ondersteuner: None,
        })
        .collect();
    for account in crate::auth::repo::accounts(&ctx.app.db.pool).await? {
        // An account of an organisation the profile no longer names cannot be given a request.
        let Some(o) = account
            .organisatie
            .as_deref()
            .and_then(|o| gemeente.organisatie(o))
        else {
            continue;
        };
        uit.push(Kandidaat {
            waarde: format!("ondersteuner:{}", account.id),
            organisatie_id: o.id.clone(),
            organisatie_naam: o.naam.clone(),
            ondersteuner: Some((account.id, account.naam.unwrap_or(account.email))),
        });
    }
    Ok(uit)
}

/// `GET /medewerker/clientondersteuning`: the requests the municipality must choose for, the oldest first.
pub async fn lijst(
    Medewerker(_): Medewerker,
    ctx: Ctx,
    Query(q): Query<KlaarInvoer>,
) -> AppResult<Response> {
    use crate::ui::paginering::{GROOTTE, Pagina};
    let pool = &ctx.app.db.pool;
    let totaal = co_repo::aantal_te_kiezen(pool).await?;
    // A page past the end shows the last page.
    let pagina = Pagina::lees(Some(&q.pagina), GROOTTE).binnen(totaal);
    let lijst = co_repo::te_kiezen(pool, i64::from(pagina.grootte), pagina.offset()).await?;
    Ok(views::lijst(&ctx, &lijst, pagina, totaal, Klaar::from_code(&q.klaar)).into_response())
}

async fn open(ctx: &Ctx, id: &str) -> AppResult<TeKiezen> {
    co_repo::een_te_kiezen(&ctx.app.db.pool, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /medewerker/clientondersteuning/{id}`: the request and the choice; not found once someone chose.
pub async fn kiezen_form(
    Medewerker(_): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let verzoek = open(&ctx, &id).await?;
    let kandidaten = kandidaten(&ctx).await?;
    Ok(views::kiezen(
        &ctx,
        &verzoek,
        &kandidaten,
        &KeuzeInvoer::default(),
        &FieldErrors::new(),
    )
    .into_response())
}

/// `POST /medewerker/clientondersteuning/{id}`: records the choice, tells the resident (and the organisation or
/// the cliëntondersteuner chosen) by mail, then 303 to the list. Nothing chosen, or something that cannot be
/// chosen: the page again with the error (422). Chosen by a colleague meanwhile: the list says so.
pub async fn kiezen(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(invoer): Form<KeuzeInvoer>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let Some(verzoek) = co_repo::een_te_kiezen(&app.db.pool, &id).await? else {
        return Ok(see_other(&format!(
            "{PAD}?klaar={}",
            Klaar::AlGekozen.code()
        )));
    };
    let kandidaten = kandidaten(&ctx).await?;
    let Some(gekozen) = kandidaten.iter().find(|k| k.waarde == invoer.wie) else {
        let mut errors = FieldErrors::new();
        errors.add("wie", ctx.t(msg::BACKOFFICE_CO_FOUT_WIE));
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::kiezen(&ctx, &verzoek, &kandidaten, &invoer, &errors),
        )
            .into_response());
    };
    let now = app.clock.now();
    let keuze = Keuze {
        organisatie_id: &gekozen.organisatie_id,
        organisatie_naam: &gekozen.organisatie_naam,
        ondersteuner_id: gekozen.ondersteuner.as_ref().map(|(id, _)| id.as_str()),
    };
    let mut tx = app.db.begin_write().await?;
    let Some(toegewezen) = co_repo::kiezen(&mut tx, &id, &keuze, &ik.id, now).await? else {
        tx.rollback().await?;
        return Ok(see_other(&format!(
            "{PAD}?klaar={}",
            Klaar::AlGekozen.code()
        )));
    };
    let tr_nl = ctx.tr.with_lang(Lang::Nl);
    match &gekozen.ondersteuner {
        Some((ondersteuner_id, naam)) => {
            // As if they took it themselves: the machtiging the resident allowed, and the mail who helps.
            let helper = crate::clientondersteuners::Helper {
                id: ondersteuner_id,
                naam,
                organisatie: &gekozen.organisatie_naam,
            };
            crate::clientondersteuners::helpt(&ctx, &mut tx, &id, &toegewezen, &helper).await?;
            if let Some((email, taal)) = crate::auth::repo::adres(&mut tx, ondersteuner_id).await? {
                let tr = ctx.tr.with_lang(taal);
                let bericht = crate::clientondersteuning::mail_ondersteuner(
                    &tr,
                    &email,
                    &toegewezen.referentie,
                    format!("{}/clienten/verzoeken", app.config.base_url),
                );
                mail::enqueue(&mut tx, now, &bericht, &tr, &app.gemeente).await?;
            }
        }
        None => {
            if crate::auth::namens::echt_adres(&toegewezen.email) {
                let tr = ctx.tr.with_lang(toegewezen.taal);
                let bericht = crate::clientondersteuning::mail_gekozen(
                    &tr,
                    &toegewezen.email,
                    &toegewezen.referentie,
                    &gekozen.organisatie_naam,
                    format!("{}/clientondersteuning/{id}", app.config.base_url),
                );
                mail::enqueue(&mut tx, now, &bericht, &tr, &app.gemeente).await?;
            }
            // The organisation gets the request as if the resident had chosen it; organisations work in Dutch.
            let adres = app
                .gemeente
                .organisatie(&gekozen.organisatie_id)
                .and_then(|o| o.email.as_deref())
                .and_then(ingevuld);
            if let (Some(to), Some((inhoud, melding))) =
                (adres, co_repo::verzoek(&mut *tx, &id).await?)
            {
                let bericht = crate::clientondersteuning::mail_organisatie(
                    &tr_nl,
                    to,
                    &toegewezen.referentie,
                    &app.gemeente.naam,
                    &inhoud,
                    melding.as_deref(),
                );
                mail::enqueue(&mut tx, now, &bericht, &tr_nl, &app.gemeente).await?;
            }
        }
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("{PAD}?klaar={}", Klaar::Gekozen.code())))
}
