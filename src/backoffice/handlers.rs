//! The back office's pages. Every handler takes the [`Medewerker`] extractor: anonymous visitors go to the
//! sign-in page, residents get "not found". Every view of a case is written to the access log; a case that is
//! not assigned to the viewer is only shown after a reason is given that day.

use axum::extract::{Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::domain::{Filter, Rij, Stap};
use super::form::{self, Invoer, Omgeving};
use super::views::{self, Klaar, Zaakbeeld};
use super::wachtrij;
use crate::AppState;
use crate::auth::{Medewerker, Person};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::ids::ZaakId;
use crate::meldingen::repo::{self as meldingen_repo, Melding};
use crate::ui::paginering::{self, Pagina};
use crate::zaken::document::upload::Upload;
use crate::zaken::document::{self, BestandType};
use crate::zaken::domain::{Fase, Gebeurtenis, Zaak};
use crate::zaken::kern::{self, Regeling};
use crate::zaken::repo::{DocumentSoort, NieuwDocument};
use crate::zaken::toegang::{self, Handeling};
use crate::zaken::{self, vastleggen};

fn zaak_pad(id: &str) -> String {
    format!("/medewerker/zaak/{id}")
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FilterInvoer {
    fase: String,
    soort: String,
    mijn: String,
    zoek: String,
    pagina: String,
}

impl FilterInvoer {
    fn filter(&self) -> Filter {
        Filter {
            fase: Fase::from_code(&self.fase),
            soort: Regeling::from_code(&self.soort),
            alleen_mijn: self.mijn == "ja",
            zoek: self.zoek.trim().chars().take(100).collect(),
        }
    }
}

/// `GET /medewerker`: the open cases of every scheme, spoed first, then by the nearest deadline, a page at a
/// time. The rows of the cases that changed since the last visit are computed first
/// ([`wachtrij::bijwerken_nu`]); the page itself is one indexed read of its rows and one count.
pub async fn wachtrij(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Query(invoer): Query<FilterInvoer>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let vandaag = app.clock.today();
    let filter = invoer.filter();
    // The page reads on one connection: a statement on the pool costs a second round trip when its connection
    // goes back. None is held while the rows that moved on are computed, which waits its turn.
    let mut conn = app.db.pool.acquire().await?;
    if kern::wachtrij_iets_verouderd(&mut *conn, vandaag).await? {
        drop(conn);
        wachtrij::bijwerken_nu(&app.db, &app.gemeente, vandaag).await?;
        conn = app.db.pool.acquire().await?;
    }
    let zoek = filter.zoek.to_lowercase();
    let sql_filter = kern::Wachtrijfilter {
        fase: filter.fase,
        regeling: filter.soort,
        consulent: filter.alleen_mijn.then_some(&ik.id),
        referentie: zoek.chars().filter(char::is_ascii_alphanumeric).collect(),
        woorden: zoek
            .split_whitespace()
            .take(10)
            .map(str::to_string)
            .collect(),
    };
    let gevraagd = Pagina::lees(Some(&invoer.pagina), paginering::GROOTTE);
    // One row more than fits: whether there is a next page, also past the count.
    let (mut kern_rijen, totaal) = kern::wachtrij_pagina(
        &mut conn,
        &sql_filter,
        gevraagd.limit_met_volgende(),
        gevraagd.offset(),
    )
    .await?;
    // A page past the end (an old link, a filter with fewer cases now) shows the last page.
    let pagina = gevraagd.binnen_geteld(totaal, kern::TEL_TOT);
    if pagina != gevraagd {
        kern_rijen = kern::wachtrij_pagina(
            &mut conn,
            &sql_filter,
            pagina.limit_met_volgende(),
            pagina.offset(),
        )
        .await?
        .0;
    }
    let volgende = kern_rijen.len() > pagina.grootte as usize;
    kern_rijen.truncate(pagina.grootte as usize);
    let rijen: Vec<Rij> = kern_rijen
        .into_iter()
        .map(|(k, w)| Rij {
            id: k.id,
            referentie: k.referentie,
            regeling: k.regeling,
            naam: k.naam,
            fase: k.fase,
            spoed: w.spoed,
            consulent_id: k.consulent_id,
            consulent_naam: k.consulent_naam,
            deadline: w.deadline,
            spoed_tot: w.spoed_tot,
        })
        .collect();
    let co = crate::clientondersteuning::repo::aantal_te_kiezen(&mut *conn).await?;
    drop(conn);
    let lijst = views::Lijst {
        rijen: &rijen,
        totaal: (totaal <= kern::TEL_TOT).then_some(totaal),
        volgende,
        pagina,
        invoer: [
            ("zoek", filter.zoek.clone()),
            ("fase", invoer.fase.clone()),
            ("soort", invoer.soort.clone()),
            ("mijn", invoer.mijn.clone()),
        ],
    };
    Ok(views::wachtrij(&ctx, &lijst, &filter, vandaag, app.clock.now(), co).into_response())
}

/// A submitted melding and its case; anything else is not found.
async fn laden(app: &AppState, id: &str) -> AppResult<(Melding, Zaak)> {
    let melding = meldingen_repo::ingediend(&app.db.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let zaak = zaken::zaak(app, &melding.id).await?;
    Ok((melding, zaak))
}

use crate::zaken::poort::{mag_zien, poort, toegestaan, zaak as kern_zaak};

async fn log(
    ctx: &Ctx,
    ik: &Person,
    melding_id: &ZaakId,
    handeling: Handeling,
    wat: &str,
) -> AppResult<()> {
    let app = &ctx.app;
    toegang::log(
        &app.db,
        melding_id,
        ik,
        handeling,
        wat,
        None,
        app.clock.now(),
    )
    .await?;
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KlaarInvoer {
    klaar: String,
}

/// `GET /medewerker/zaak/{id}`: the case, or first the question why when it is not the viewer's.
pub async fn zaak(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Query(klaar): Query<KlaarInvoer>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let (melding, zaak) = laden(app, &id).await?;
    if let Some(vraag) = poort(&ctx, &ik, &melding.id).await? {
        return Ok(vraag);
    }
    log(&ctx, &ik, &melding.id, Handeling::Bekeken, "zaak").await?;
    let pool = &app.db.pool;
    let plan = crate::persoonlijk_plan::repo::plan(pool, &melding.id).await?;
    let documenten = zaken::repo::documenten(pool, &melding.id).await?;
    let mut ids: Vec<&str> = zaak
        .stappen
        .iter()
        .map(|s| s.door_persoon_id.as_str())
        .collect();
    for stap in &zaak.stappen {
        if let Gebeurtenis::Toegewezen { consulent_id } = &stap.gebeurtenis {
            ids.push(consulent_id);
        }
    }
    ids.extend(documenten.iter().map(|d| d.door_persoon_id.as_str()));
    let namen = crate::auth::repo::namen(pool, &ids).await?;
    let klaar = match klaar.klaar.as_str() {
        "opgepakt" => Some(Klaar::Opgepakt),
        slug => Stap::from_slug(slug).map(Klaar::Stap),
    };
    let spoed = melding.antwoorden.is_spoed();
    let onbevestigd = crate::vertegenwoordiging::wacht(pool, &melding.id).await?;
    Ok(views::zaak(
        &ctx,
        &Zaakbeeld {
            melding: &melding,
            zaak: &zaak,
            spoed,
            ik: &ik,
            plan: plan.as_ref(),
            documenten: &documenten,
            namen: &namen,
            klaar,
            onbevestigd: onbevestigd.as_ref(),
            bezwaar: maud::html! {
                (zaken::bezwaar::staf_link(&ctx, &melding.id).await?)
                (zaken::correctie::staf_blok(&ctx, &melding.id).await?)
            },
        },
    )
    .into_response())
}

/// `GET /medewerker/zaak/{id}/besluit/brief`: the besluit as the letter the resident prints, behind the same
/// reason gate and access log as the case page.
pub async fn besluit_brief(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let (melding, zaak) = laden(app, &id).await?;
    // Without a besluit there is no letter, whoever asks.
    if zaak.besluit.is_none() {
        return Err(AppError::NotFound);
    }
    if let Some(vraag) = poort(&ctx, &ik, &melding.id).await? {
        return Ok(vraag);
    }
    let pool = &app.db.pool;
    let kern = zaken::kern::zaak(pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let door = zaken::beschikking::besloten_door(pool, &melding.id, "besluit").await?;
    let brief = zaken::beschikking::wmo(
        &zaak,
        &kern.referentie,
        kern.naam.as_deref().unwrap_or_default(),
        door,
        format!("/medewerker/zaak/{}", melding.id),
        None,
    )
    .ok_or(AppError::NotFound)?;
    log(&ctx, &ik, &melding.id, Handeling::Bekeken, "besluit").await?;
    Ok(zaken::beschikking::pagina(&ctx, &brief).into_response())
}

/// `POST /medewerker/zaak/{id}/reden`: why a case that is not one's own is opened, for a case of any scheme;
/// kept in the access log and valid for this case for the rest of the day.
pub async fn reden(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(paren): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let zaak = kern_zaak(app, &id).await?;
    let invoer = Invoer(paren);
    let reden = match form::reden(&invoer, &ctx.tr) {
        Ok(reden) => reden,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                crate::zaken::poort::reden_pagina(&ctx, &zaak, invoer.get("reden"), &errors),
            )
                .into_response());
        }
    };
    toegang::log(
        &app.db,
        &zaak.id,
        &ik,
        Handeling::Bekeken,
        "reden",
        Some(&reden),
        app.clock.now(),
    )
    .await?;
    Ok(see_other(&views::staf_pad(zaak.regeling, &zaak.id)))
}

/// `POST /medewerker/zaak/{id}/oppakken`: assigns a case of any scheme to oneself. A case nobody has may be
/// taken from the queue at once; someone else's only after a reason was given.
pub async fn oppakken(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let zaak = kern_zaak(app, &id).await?;
    let pad = views::staf_pad(zaak.regeling, &zaak.id);
    let van_mij = zaak.consulent_id.as_deref() == Some(ik.id.as_str());
    if van_mij || zaak.fase == Fase::Gesloten {
        return Ok(see_other(&pad));
    }
    if zaak.consulent_id.is_some() && !mag_zien(app, &ik, &zaak).await? {
        return Ok(see_other(&pad));
    }
    if zaak.regeling == Regeling::Wmo {
        // A Wmo case records it as a step of its own, which the resident sees.
        let (melding, _) = laden(app, &id).await?;
        let consulent_id = ik.id.clone();
        vastleggen(app, &melding, &ik, None, |_| Gebeurtenis::Toegewezen {
            consulent_id,
        })
        .await?;
        return Ok(see_other(&format!("{pad}?klaar=opgepakt")));
    }
    let mut tx = app.db.begin_write().await?;
    let was = zaak.consulent_id.as_ref();
    if !kern::zet_consulent(&mut tx, &zaak.id, &ik.id, was, app.clock.now()).await? {
        // A colleague took it meanwhile: the gate asks again.
        tx.rollback().await?;
        return Ok(see_other(&pad));
    }
    toegang::schrijf(
        &mut tx,
        &zaak.id,
        &ik,
        Handeling::Gewijzigd,
        "toegewezen",
        None,
        app.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&pad))
}

/// The form of a step as it is first shown: dates that are usually today filled in, and the life areas of
/// the melding ticked.
fn begin_invoer(stap: Stap, melding: &Melding, zaak: &Zaak, vandaag: time::Date) -> Invoer {
    use crate::code::Code;
    let mut invoer = Invoer::default();
    match stap {
        Stap::Onderzoek => {
            let dag = zaak
                .gesprek
                .as_ref()
                .map(|(d, _, _)| *d)
                .filter(|d| *d <= vandaag)
                .unwrap_or(vandaag);
            invoer.zet_datum("gesprek_op", dag);
            for gebied in &melding.antwoorden.levensgebieden {
                invoer.zet("levensgebieden", gebied.code());
            }
        }
        Stap::Aanvraag => invoer.zet_datum("ontvangen_op", vandaag),
        Stap::Besluit => invoer.zet_datum("verzonden_op", vandaag),
        Stap::Tijdelijk => invoer.zet_datum("vanaf", vandaag),
        _ => {}
    }
    invoer
}

/// `GET /medewerker/zaak/{id}/{stap}`.
pub async fn stap(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path((id, slug)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let stap = Stap::from_slug(&slug).ok_or(AppError::NotFound)?;
    stap_tonen(ik, ctx, id, stap).await
}

pub async fn verslag_form(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    stap_tonen(ik, ctx, id, Stap::Verslag).await
}

pub async fn besluit_form(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    stap_tonen(ik, ctx, id, Stap::Besluit).await
}

async fn stap_tonen(ik: Person, ctx: Ctx, id: ZaakId, stap: Stap) -> AppResult<Response> {
    let app = &ctx.app;
    let (melding, zaak) = laden(app, &id).await?;
    if !toegestaan(app, &ik, &melding.id).await?
        || !stap.aangeboden(&zaak, melding.antwoorden.is_spoed())
    {
        return Ok(see_other(&zaak_pad(&melding.id)));
    }
    log(
        &ctx,
        &ik,
        &melding.id,
        Handeling::Bekeken,
        &format!("stap:{}", stap.slug()),
    )
    .await?;
    let invoer = begin_invoer(stap, &melding, &zaak, app.clock.today());
    Ok(views::stap(&ctx, &melding, &zaak, stap, &invoer, &FieldErrors::new()).into_response())
}

/// `POST /medewerker/zaak/{id}/{stap}`, for the steps without a file.
pub async fn opslaan(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path((id, slug)): Path<(ZaakId, String)>,
    Form(paren): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let stap = Stap::from_slug(&slug)
        .filter(|s| !matches!(s, Stap::Verslag | Stap::Besluit))
        .ok_or(AppError::NotFound)?;
    stap_opslaan(ik, ctx, id, stap, Invoer(paren), Upload::default()).await
}

pub async fn verslag(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    multipart: Multipart,
) -> AppResult<Response> {
    match lees_multipart(&ctx, multipart).await {
        Ok((invoer, upload)) => stap_opslaan(ik, ctx, id, Stap::Verslag, invoer, upload).await,
        Err(status) => Ok(status.into_response()),
    }
}

pub async fn besluit(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    multipart: Multipart,
) -> AppResult<Response> {
    match lees_multipart(&ctx, multipart).await {
        Ok((invoer, upload)) => stap_opslaan(ik, ctx, id, Stap::Besluit, invoer, upload).await,
        Err(status) => Ok(status.into_response()),
    }
}

/// Reads the text fields (in order) and the one file field `bestand`, as the plan upload does.
async fn lees_multipart(
    ctx: &Ctx,
    mut multipart: Multipart,
) -> Result<(Invoer, Upload), StatusCode> {
    let (upload, velden) = Upload::lees(
        &mut multipart,
        &ctx.app,
        crate::zaken::document::upload::Doel::default(),
    )
    .await?;
    Ok((Invoer(velden), upload))
}

/// Records a step: read the form, re-show it with errors (422), or store the event (with its PDF) and go
/// back to the case. A step the case no longer offers (a second click on "Besluit versturen") changes
/// nothing and leads back to the case.
async fn stap_opslaan(
    ik: Person,
    ctx: Ctx,
    id: ZaakId,
    stap: Stap,
    invoer: Invoer,
    mut upload: Upload,
) -> AppResult<Response> {
    let app = &ctx.app;
    let (melding, zaak) = laden(app, &id).await?;
    let pad = zaak_pad(&melding.id);
    if !toegestaan(app, &ik, &melding.id).await?
        || !stap.aangeboden(&zaak, melding.antwoorden.is_spoed())
    {
        return Ok(see_other(&pad));
    }
    let (pdf, bestand_fout) = match form::pdf(&upload, &ctx.tr) {
        Ok(pdf) => (pdf, None),
        Err(fout) => (None, Some(fout)),
    };
    let omgeving = Omgeving {
        zaak: &zaak,
        gemeente: &app.gemeente,
        vandaag: app.clock.today(),
        met_bestand: pdf.is_some(),
        bestand_fout: bestand_fout.as_deref(),
    };
    let gebeurtenis = match form::lees(stap, &invoer, &ctx.tr, &omgeving) {
        Ok(g) => g,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::stap(&ctx, &melding, &zaak, stap, &invoer, &errors),
            )
                .into_response());
        }
    };
    let soort = match stap {
        Stap::Besluit => DocumentSoort::Besluit,
        _ => DocumentSoort::Verslag,
    };
    let inhoud = match pdf {
        Some(_) => Some(upload.inhoud().await?),
        None => None,
    };
    let document = pdf
        .as_deref()
        .zip(inhoud.as_deref())
        .map(|(naam, inhoud)| NieuwDocument {
            soort,
            naam,
            type_: BestandType::Pdf,
            inhoud,
        });
    // The form says on which step of the case it was drawn: sent twice, it records once.
    let stand = invoer.get("stand").parse::<i64>().ok();
    match zaken::vastleggen_eenmaal(app, &melding, &ik, stand, document, |document_id| {
        met_document(gebeurtenis, document_id)
    })
    .await
    {
        Ok(_) => Ok(see_other(&format!("{pad}?klaar={}", stap.slug()))),
        // The case moved on meanwhile so that this step no longer fits (a second besluit): show the case.
        Err(AppError::Conflict) => Ok(see_other(&pad)),
        Err(e) => Err(e),
    }
}

fn met_document(gebeurtenis: Gebeurtenis, id: Option<String>) -> Gebeurtenis {
    match gebeurtenis {
        Gebeurtenis::Verslag { tekst, .. } => Gebeurtenis::Verslag {
            tekst,
            document_id: id,
        },
        Gebeurtenis::Besluit {
            verzonden_op,
            regels,
            motivering,
            ..
        } => Gebeurtenis::Besluit {
            verzonden_op,
            regels,
            motivering,
            document_id: id,
        },
        anders => anders,
    }
}

/// `GET /medewerker/zaak/{id}/plan`: the resident's uploaded persoonlijk plan.
pub async fn plan(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let (melding, _) = laden(app, &id).await?;
    if !toegestaan(app, &ik, &melding.id).await? {
        return Ok(see_other(&zaak_pad(&melding.id)));
    }
    let (info, inhoud) = crate::persoonlijk_plan::repo::bestand(&app.db.pool, &melding.id)
        .await?
        .ok_or(AppError::NotFound)?;
    log(&ctx, &ik, &melding.id, Handeling::Gedownload, "plan").await?;
    document::download_als(info.soort, &info.naam, inhoud)
}

/// `GET /medewerker/zaak/{id}/document/{doc}`: a document of the case.
pub async fn document(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path((id, doc)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let (melding, _) = laden(app, &id).await?;
    if !toegestaan(app, &ik, &melding.id).await? {
        return Ok(see_other(&zaak_pad(&melding.id)));
    }
    let (document, inhoud) = zaken::repo::document(&app.db.pool, &melding.id, &doc)
        .await?
        .ok_or(AppError::NotFound)?;
    log(
        &ctx,
        &ik,
        &melding.id,
        Handeling::Gedownload,
        &format!("document:{}", document.id),
    )
    .await?;
    document::download_als(document.type_, &document.naam, inhoud)
}
