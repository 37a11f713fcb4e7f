//! The resident's pages of a bezwaar, the same for every scheme, each behind that scheme's rights (`V`):
//! the form (grounds or pro forma, documents), the check page, sending, reading it back, adding grounds, and
//! withdrawing. A helper's every look and change is in the resident's access log.

use axum::extract::{FromRequest, Multipart, Path, Query, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::domain::{Bezwaar, BezwaarStap};
use super::repo::{self, BEZWAAR, CONCEPT, Concept};
use super::{Hoe, besluit_op, eigen_zaak_met, inwoner_pad, laad, vastleggen, views};
use crate::auth::namens::{Mag, Namens, Vereiste};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::msg;
use crate::ids::ZaakId;
use crate::zaken::document::{self, upload::Doel, upload::Upload};
use crate::zaken::kern::Kern;
use crate::zaken::toegang::{self, Handeling};

/// A resident's text holds at most this many characters.
pub const MAX_TEKENS: usize = 5000;

#[derive(Debug, Default, Deserialize)]
pub struct KlaarQuery {
    #[serde(default)]
    pub klaar: String,
}

/// Reads the form: with its files when the browser sent it as `multipart/form-data` (as the pages do), else
/// its fields only (a form posted without files).
async fn lees_formulier(
    ctx: &Ctx,
    request: Request,
    doel: Doel<'_>,
) -> Result<(Vec<Upload>, Vec<(String, String)>), Response> {
    let multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        let mut multipart = Multipart::from_request(request, &ctx.app)
            .await
            .map_err(IntoResponse::into_response)?;
        Upload::lees_alle(&mut multipart, &ctx.app, doel)
            .await
            .map_err(IntoResponse::into_response)
    } else {
        let axum::Form(velden) =
            axum::Form::<Vec<(String, String)>>::from_request(request, &ctx.app)
                .await
                .map_err(IntoResponse::into_response)?;
        Ok((Vec::new(), velden))
    }
}

/// The form as typed.
#[derive(Clone, Debug, Default)]
pub struct Invoer {
    pub tekst: String,
    pub pro_forma: bool,
}

/// Logs a helper's look or change; the resident's own are not logged.
async fn log(
    ctx: &Ctx,
    namens: &Namens,
    kern: &Kern,
    handeling: Handeling,
    wat: &str,
) -> AppResult<()> {
    if !namens.is_zelf() {
        toegang::log(
            &ctx.app.db,
            &kern.id,
            &namens.wie,
            handeling,
            wat,
            None,
            ctx.app.clock.now(),
        )
        .await?;
    }
    Ok(())
}

/// The case, its decision's day and its bezwaar; not found without a decision.
async fn laden<V: Vereiste>(
    ctx: &Ctx,
    namens: &Namens,
    id: &ZaakId,
) -> AppResult<(Kern, time::Date, Option<Bezwaar>, String)> {
    let kern = eigen_zaak_met::<V>(&ctx.app, &namens.voor.id, id).await?;
    let pool = &ctx.app.db.pool;
    let besluit = besluit_op(pool, &kern).await?.ok_or(AppError::NotFound)?;
    let bezwaar = laad(pool, &kern.id).await?;
    let pad = inwoner_pad(kern.regeling, &kern.id).ok_or(AppError::NotFound)?;
    Ok((kern, besluit, bezwaar, pad))
}

/// True when the form is what the page shows: no bezwaar yet, or the last was withdrawn.
fn schrijven(bezwaar: Option<&Bezwaar>) -> bool {
    bezwaar.is_none_or(|b| b.ingetrokken_op.is_some())
}

/// The grounds checked: required unless they follow later (pro forma), and not too long.
fn controleer(invoer: &Invoer, ctx: &Ctx) -> FieldErrors {
    let mut errors = FieldErrors::new();
    let lengte = invoer.tekst.trim().chars().count();
    if invoer.tekst.trim().is_empty() && !invoer.pro_forma {
        errors.add("tekst", ctx.t(msg::DOSSIER_BEZWAAR_LEEG));
    } else if lengte > MAX_TEKENS {
        errors.add(
            "tekst",
            ctx.tr.ta(
                msg::DOSSIER_TE_LANG,
                &[
                    ("aantal", MAX_TEKENS.into()),
                    ("teveel", (lengte - MAX_TEKENS).into()),
                ],
            ),
        );
    }
    errors
}

/// `GET {case}/bezwaar`: the form (with the draft, if any), or, once sent, the bezwaar with its steps.
pub async fn pagina<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let (kern, besluit, bezwaar, pad) = laden::<V>(&ctx, &namens, &id).await?;
    log(&ctx, &namens, &kern, Handeling::Bekeken, "bezwaar").await?;
    let pool = &ctx.app.db.pool;
    if !schrijven(bezwaar.as_ref())
        && let Some(b) = &bezwaar
    {
        let documenten = repo::van_bezwaar(pool, &kern.id, b).await?;
        return Ok(views::bezwaar(
            &ctx,
            &pad,
            &kern.referentie,
            b,
            &documenten,
            &q.klaar,
            &Invoer::default(),
            &FieldErrors::new(),
        )
        .into_response());
    }
    let concept = repo::concept(pool, &kern.id).await?.unwrap_or_default();
    let documenten = repo::documenten(pool, &kern.id, CONCEPT).await?;
    let invoer = Invoer {
        tekst: concept.gronden,
        pro_forma: concept.pro_forma,
    };
    Ok(views::formulier(
        &ctx,
        &pad,
        besluit,
        bezwaar.as_ref(),
        &invoer,
        &documenten,
        &FieldErrors::new(),
        &q.klaar,
    )
    .into_response())
}

/// `POST {case}/bezwaar`: keeps what was written and the documents chosen (also when incomplete), takes away
/// the documents ticked, then goes to the check page (`actie=controleren`) or back to the form.
pub async fn opslaan<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
    request: Request,
) -> AppResult<Response> {
    let (kern, besluit, bezwaar, pad) = laden::<V>(&ctx, &namens, &id).await?;
    if !schrijven(bezwaar.as_ref()) {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    }
    let doel = Doel::zaak(&kern.id, &namens.wie.id);
    let (mut uploads, velden) = match lees_formulier(&ctx, request, doel).await {
        Ok(gelezen) => gelezen,
        Err(antwoord) => return Ok(antwoord),
    };
    let invoer = Invoer {
        tekst: Upload::veld(&velden, "tekst").to_owned(),
        pro_forma: Upload::veld(&velden, "pro_forma") == "ja",
    };
    // The first button (also Enter) goes on to the check page; only "Opslaan" stays on the form.
    let controleren = Upload::veld(&velden, "actie") != "opslaan";
    let (goed, mut errors) = Upload::alle(&uploads, &ctx.tr);
    let (bestanden, inhoud) = Upload::alle_inhoud(&mut uploads, goed).await?;
    let pool = &ctx.app.db.pool;
    let weg: Vec<String> = repo::documenten(pool, &kern.id, CONCEPT)
        .await?
        .into_iter()
        .filter(|d| {
            velden
                .iter()
                .any(|(k, v)| k == "document-weg" && *v == d.id)
        })
        .map(|d| d.id)
        .collect();
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    let concept = Concept {
        gronden: invoer.tekst.trim().chars().take(MAX_TEKENS * 2).collect(),
        pro_forma: invoer.pro_forma,
    };
    repo::bewaar_concept(&mut tx, &kern.id, &concept, &namens.wie.id, now).await?;
    for (bestand, bytes) in bestanden.iter().zip(&inhoud.delen) {
        let nieuw = document::Nieuw {
            soort: CONCEPT,
            naam: &bestand.naam,
            type_: bestand.soort,
            inhoud: bytes,
        };
        document::bewaar(
            &mut tx,
            &crate::token::new_id(),
            &kern.id,
            &nieuw,
            Some(&namens.wie.id),
            now,
            true,
        )
        .await?;
    }
    for doc in &weg {
        document::verwijder(&mut tx, &kern.id, doc).await?;
    }
    if !namens.is_zelf() {
        toegang::schrijf(
            &mut tx,
            &kern.id,
            &namens.wie,
            Handeling::Gewijzigd,
            "bezwaar",
            None,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    drop(inhoud);
    if controleren {
        for fout in controleer(&invoer, &ctx).iter() {
            errors.add(&fout.field, fout.message.clone());
        }
    }
    if !errors.is_empty() {
        let documenten = repo::documenten(pool, &kern.id, CONCEPT).await?;
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::formulier(
                &ctx,
                &pad,
                besluit,
                bezwaar.as_ref(),
                &invoer,
                &documenten,
                &errors,
                "",
            ),
        )
            .into_response());
    }
    if controleren {
        return Ok(see_other(&format!("{pad}/bezwaar/controleren")));
    }
    Ok(see_other(&format!("{pad}/bezwaar?klaar=opgeslagen#tekst")))
}

/// `GET {case}/bezwaar/controleren`: what will be sent, with the button to send it.
pub async fn controleren<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (kern, besluit, bezwaar, pad) = laden::<V>(&ctx, &namens, &id).await?;
    let pool = &ctx.app.db.pool;
    let concept = repo::concept(pool, &kern.id).await?;
    let Some(concept) = concept.filter(|_| schrijven(bezwaar.as_ref())) else {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    };
    let invoer = Invoer {
        tekst: concept.gronden,
        pro_forma: concept.pro_forma,
    };
    if !controleer(&invoer, &ctx).is_empty() {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    }
    log(
        &ctx,
        &namens,
        &kern,
        Handeling::Bekeken,
        "bezwaar:controleren",
    )
    .await?;
    let documenten = repo::documenten(pool, &kern.id, CONCEPT).await?;
    Ok(views::controleren(&ctx, &pad, besluit, &invoer, &documenten).into_response())
}

/// `POST {case}/bezwaar/versturen`: sends the draft. A second press (or a bezwaar sent meanwhile from
/// another window) sends nothing again and shows the bezwaar.
pub async fn versturen<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (kern, besluit, bezwaar, pad) = laden::<V>(&ctx, &namens, &id).await?;
    let concept = repo::concept(&ctx.app.db.pool, &kern.id).await?;
    let Some(concept) = concept.filter(|_| schrijven(bezwaar.as_ref())) else {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    };
    let invoer = Invoer {
        tekst: concept.gronden.clone(),
        pro_forma: concept.pro_forma,
    };
    if !controleer(&invoer, &ctx).is_empty() {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    }
    let hoe = Hoe {
        soort: "ingediend",
        verstuur: true,
        ..Hoe::default()
    };
    let uitkomst = vastleggen(&ctx.app, &kern, &namens.wie, hoe, |documenten| {
        BezwaarStap::Ingediend {
            gronden: concept.gronden,
            pro_forma: concept.pro_forma,
            documenten,
            besluit_op: besluit,
        }
    })
    .await;
    na(uitkomst, &pad, "verstuurd")
}

/// After a step: the bezwaar page with what was done (`klaar`); when nothing was written (a form sent twice,
/// or a bezwaar decided or withdrawn meanwhile), the bezwaar page as it is.
fn na(uitkomst: AppResult<Option<BezwaarStap>>, pad: &str, klaar: &str) -> AppResult<Response> {
    match uitkomst {
        Ok(Some(_)) => Ok(see_other(&format!("{pad}/bezwaar?klaar={klaar}"))),
        Ok(None) | Err(AppError::Conflict) => Ok(see_other(&format!("{pad}/bezwaar"))),
        Err(e) => Err(e),
    }
}

/// `POST {case}/bezwaar/aanvullen`: more grounds and documents for a bezwaar that is open.
pub async fn aanvullen<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
    request: Request,
) -> AppResult<Response> {
    let (kern, _, bezwaar, pad) = laden::<V>(&ctx, &namens, &id).await?;
    let Some(b) = bezwaar.filter(Bezwaar::is_open) else {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    };
    let doel = Doel::zaak(&kern.id, &namens.wie.id);
    let (mut uploads, velden) = match lees_formulier(&ctx, request, doel).await {
        Ok(gelezen) => gelezen,
        Err(antwoord) => return Ok(antwoord),
    };
    let invoer = Invoer {
        tekst: Upload::veld(&velden, "tekst").to_owned(),
        pro_forma: false,
    };
    let (goed, mut errors) = Upload::alle(&uploads, &ctx.tr);
    if invoer.tekst.trim().is_empty() && goed.is_empty() && errors.is_empty() {
        errors.add("tekst", ctx.t(msg::BEZWAAR_AANVULLEN_LEEG));
    }
    for fout in controleer(
        &Invoer {
            pro_forma: true,
            ..invoer.clone()
        },
        &ctx,
    )
    .iter()
    {
        errors.add(&fout.field, fout.message.clone());
    }
    let pool = &ctx.app.db.pool;
    if !errors.is_empty() {
        let documenten = repo::van_bezwaar(pool, &kern.id, &b).await?;
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            views::bezwaar(
                &ctx,
                &pad,
                &kern.referentie,
                &b,
                &documenten,
                "",
                &invoer,
                &errors,
            ),
        )
            .into_response());
    }
    let (bestanden, inhoud) = Upload::alle_inhoud(&mut uploads, goed).await?;
    let bestanden: Vec<(&str, document::BestandType, &[u8])> = bestanden
        .iter()
        .zip(&inhoud.delen)
        .map(|(b, bytes)| (b.naam.as_str(), b.soort, bytes.as_slice()))
        .collect();
    let gronden = invoer.tekst.trim().to_owned();
    let hoe = Hoe {
        soort: "aangevuld",
        stand: Upload::veld(&velden, "stand").parse().ok(),
        bestanden: &bestanden,
        ..Hoe::default()
    };
    // The files and the step that names them go in together, in one transaction.
    let uitkomst = vastleggen(&ctx.app, &kern, &namens.wie, hoe, |documenten| {
        BezwaarStap::Aangevuld {
            gronden,
            documenten,
        }
    })
    .await;
    na(uitkomst, &pad, "aangevuld")
}

/// `GET {case}/bezwaar/intrekken`: what withdrawing means, and the button.
pub async fn intrekken_vraag<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (kern, _, bezwaar, pad) = laden::<V>(&ctx, &namens, &id).await?;
    if !bezwaar.as_ref().is_some_and(Bezwaar::is_open) {
        return Ok(see_other(&format!("{pad}/bezwaar")));
    }
    log(
        &ctx,
        &namens,
        &kern,
        Handeling::Bekeken,
        "bezwaar:intrekken",
    )
    .await?;
    Ok(views::intrekken(&ctx, &pad).into_response())
}

/// `POST {case}/bezwaar/intrekken`: withdraws an open bezwaar.
pub async fn intrekken<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let (kern, _, _, pad) = laden::<V>(&ctx, &namens, &id).await?;
    let hoe = Hoe {
        soort: "ingetrokken",
        ..Hoe::default()
    };
    let uitkomst = vastleggen(&ctx.app, &kern, &namens.wie, hoe, |_| {
        BezwaarStap::Ingetrokken
    })
    .await;
    na(uitkomst, &pad, "ingetrokken")
}

/// `GET {case}/bezwaar/document/{doc}`: a document of the bezwaar or its draft.
pub async fn document<V: Vereiste>(
    ctx: Ctx,
    Mag(namens, _): Mag<V>,
    Path((id, doc)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let (kern, _, _, _) = laden::<V>(&ctx, &namens, &id).await?;
    let (info, inhoud) = document::lees(&ctx.app.db.pool, &kern.id, &doc)
        .await?
        .filter(|(d, _)| d.soort == BEZWAAR || d.soort == CONCEPT)
        .ok_or(AppError::NotFound)?;
    log(
        &ctx,
        &namens,
        &kern,
        Handeling::Gedownload,
        &format!("document:{}", info.id),
    )
    .await?;
    document::download(&info, inhoud)
}
