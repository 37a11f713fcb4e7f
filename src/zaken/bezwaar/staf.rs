//! The staff page of a bezwaar, the same for every scheme (`/medewerker/zaak/{id}/bezwaar`): the bezwaar as
//! sent, its terms, its steps, and a form for each step that fits now. Behind the gate of every staff page of
//! a case ([`crate::zaken::poort`]); every look, download and step is in the access log.

use axum::Router;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum_extra::extract::Form;
use time::Date;

use super::domain::{Bezwaar, BezwaarStap, Uitkomst};
use super::handlers::KlaarQuery;
use super::repo;
use super::{Hoe, laad, vastleggen, views};
use crate::AppState;
use crate::auth::Medewerker;
use crate::error::{AppError, AppResult};
use crate::form::{DatumFout, FieldErrors, datum};
use crate::http::{Ctx, see_other};
use crate::i18n::msg;
use crate::ids::ZaakId;
use crate::zaken::document;
use crate::zaken::kern::Kern;
use crate::zaken::poort::{mag_zien, poort, zaak};
use crate::zaken::toegang::{self, Handeling};

/// A reason or motivation holds at most this many characters.
const MAX_TEKST: usize = 10_000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/medewerker/zaak/{id}/bezwaar", get(pagina))
        .route("/medewerker/zaak/{id}/bezwaar/{stap}", post(stap))
        .route(
            "/medewerker/zaak/{id}/bezwaar/document/{doc}",
            get(download),
        )
}

/// The steps staff record, each posted to `/medewerker/zaak/{id}/bezwaar/{slug}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StafStap {
    Ontvangst,
    AanvullenTot,
    Hoorzitting,
    HorenAfgezien,
    Verdagen,
    Beslissen,
    Ingebrekestelling,
}

impl StafStap {
    pub const ALL: [StafStap; 7] = [
        StafStap::Ontvangst,
        StafStap::AanvullenTot,
        StafStap::Hoorzitting,
        StafStap::HorenAfgezien,
        StafStap::Verdagen,
        StafStap::Beslissen,
        StafStap::Ingebrekestelling,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            StafStap::Ontvangst => "ontvangst",
            StafStap::AanvullenTot => "aanvullen-tot",
            StafStap::Hoorzitting => "hoorzitting",
            StafStap::HorenAfgezien => "horen-afgezien",
            StafStap::Verdagen => "verdagen",
            StafStap::Beslissen => "beslissen",
            StafStap::Ingebrekestelling => "ingebrekestelling",
        }
    }

    fn from_slug(slug: &str) -> Option<StafStap> {
        StafStap::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// A step of this kind as the bezwaar allows it now (the form's values do not matter for that).
    fn voorbeeld(self) -> BezwaarStap {
        match self {
            StafStap::Ontvangst => BezwaarStap::OntvangstBevestigd,
            StafStap::AanvullenTot => BezwaarStap::AanvullenTot { tot: Date::MIN },
            StafStap::Hoorzitting => BezwaarStap::HoorzittingGepland {
                datum: Date::MIN,
                tijd: String::new(),
                plaats: String::new(),
                commissie: false,
            },
            StafStap::HorenAfgezien => BezwaarStap::HorenAfgezien {
                reden: String::new(),
            },
            StafStap::Verdagen => BezwaarStap::Verdaagd {
                reden: String::new(),
            },
            StafStap::Beslissen => BezwaarStap::Beslist {
                uitkomst: Uitkomst::Ongegrond,
                motivering: String::new(),
                nieuw_besluit: String::new(),
            },
            StafStap::Ingebrekestelling => BezwaarStap::Ingebrekestelling {
                ontvangen_op: Date::MIN,
            },
        }
    }
}

/// The steps the bezwaar allows now.
pub fn stappen(bezwaar: &Bezwaar, ctx: &Ctx) -> Vec<StafStap> {
    StafStap::ALL
        .into_iter()
        .filter(|s| bezwaar.staat_toe(&s.voorbeeld(), &ctx.app.gemeente, ctx.app.clock.today()))
        .collect()
}

pub use crate::form::Invoer;

/// The case with its bezwaar, if it has one.
async fn laden(ctx: &Ctx, id: &ZaakId) -> AppResult<(Kern, Option<Bezwaar>)> {
    let kern = zaak(&ctx.app, id).await?;
    let bezwaar = laad(&ctx.app.db.pool, &kern.id).await?;
    Ok((kern, bezwaar))
}

/// `GET /medewerker/zaak/{id}/bezwaar`.
pub async fn pagina(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    if let Some(vraag) = poort(&ctx, &ik, &id).await? {
        return Ok(vraag);
    }
    let (kern, bezwaar) = laden(&ctx, &id).await?;
    let Some(bezwaar) = bezwaar else {
        return Ok(views::staf_geen(&ctx, &kern).into_response());
    };
    toegang::log(
        &ctx.app.db,
        &kern.id,
        &ik,
        Handeling::Bekeken,
        "bezwaar",
        None,
        ctx.app.clock.now(),
    )
    .await?;
    let documenten = repo::documenten(&ctx.app.db.pool, &kern.id, repo::BEZWAAR).await?;
    Ok(views::staf(
        &ctx,
        &kern,
        &bezwaar,
        &documenten,
        &q.klaar,
        None,
        &Invoer::default(),
        &FieldErrors::new(),
    )
    .into_response())
}

/// A date field of three parts, required, with its error.
fn lees_datum(invoer: &Invoer, naam: &str, ctx: &Ctx, errors: &mut FieldErrors) -> Option<Date> {
    let deel = |d: &str| invoer.get(&format!("{naam}-{d}")).to_owned();
    match datum(&deel("dag"), &deel("maand"), &deel("jaar")) {
        Ok(Some(d)) => Some(d),
        Ok(None) | Err(DatumFout::Onvolledig) => {
            errors.add(naam, ctx.t(msg::BEZWAAR_FOUT_DATUM));
            None
        }
        Err(DatumFout::BestaatNiet) => {
            errors.add(naam, ctx.t(msg::BEZWAAR_FOUT_DATUM_BESTAAT_NIET));
            None
        }
    }
}

fn lees_tekst(invoer: &Invoer, naam: &str, ctx: &Ctx, errors: &mut FieldErrors) -> String {
    let tekst = invoer.get(naam).trim().to_owned();
    if tekst.is_empty() {
        errors.add(naam, ctx.t(msg::BEZWAAR_FOUT_LEEG));
    } else if tekst.chars().count() > MAX_TEKST {
        errors.add(
            naam,
            ctx.tr
                .ta(msg::BEZWAAR_FOUT_TE_LANG, &[("aantal", MAX_TEKST.into())]),
        );
    }
    tekst
}

/// Reads a step's form into the step, or the errors beside its fields.
fn lees(
    stap: StafStap,
    bezwaar: &Bezwaar,
    invoer: &Invoer,
    ctx: &Ctx,
) -> Result<BezwaarStap, FieldErrors> {
    let vandaag = ctx.app.clock.today();
    let mut errors = FieldErrors::new();
    let stap = match stap {
        StafStap::Ontvangst => BezwaarStap::OntvangstBevestigd,
        StafStap::AanvullenTot => {
            let tot = lees_datum(invoer, "tot", ctx, &mut errors);
            if tot.is_some_and(|d| d <= vandaag) {
                errors.add("tot", ctx.t(msg::BEZWAAR_FOUT_DATUM_NA_VANDAAG));
            }
            BezwaarStap::AanvullenTot {
                tot: tot.unwrap_or(vandaag),
            }
        }
        StafStap::Hoorzitting => {
            let datum = lees_datum(invoer, "datum", ctx, &mut errors);
            if datum.is_some_and(|d| d < vandaag) {
                errors.add("datum", ctx.t(msg::BEZWAAR_FOUT_DATUM_VOORBIJ));
            }
            let tijd = crate::form::tijd(invoer.get("tijd"));
            if tijd.is_none() {
                errors.add("tijd", ctx.t(msg::BEZWAAR_FOUT_TIJD));
            }
            BezwaarStap::HoorzittingGepland {
                datum: datum.unwrap_or(vandaag),
                tijd: tijd.unwrap_or_default(),
                plaats: lees_tekst(invoer, "plaats", ctx, &mut errors),
                commissie: invoer.get("commissie") == "ja",
            }
        }
        StafStap::HorenAfgezien => BezwaarStap::HorenAfgezien {
            reden: lees_tekst(invoer, "horen_reden", ctx, &mut errors),
        },
        StafStap::Verdagen => BezwaarStap::Verdaagd {
            reden: lees_tekst(invoer, "verdagen_reden", ctx, &mut errors),
        },
        StafStap::Beslissen => {
            let uitkomst = Uitkomst::from_code(invoer.get("uitkomst"));
            if uitkomst.is_none() {
                errors.add("uitkomst", ctx.t(msg::BEZWAAR_FOUT_UITKOMST));
            }
            let motivering = lees_tekst(invoer, "motivering", ctx, &mut errors);
            let nieuw_besluit = if uitkomst.is_some_and(Uitkomst::wijzigt_besluit) {
                lees_tekst(invoer, "nieuw_besluit", ctx, &mut errors)
            } else {
                String::new()
            };
            BezwaarStap::Beslist {
                uitkomst: uitkomst.unwrap_or(Uitkomst::Ongegrond),
                motivering,
                nieuw_besluit,
            }
        }
        StafStap::Ingebrekestelling => {
            let einde = bezwaar.beslis_termijn(&ctx.app.gemeente).einde;
            match crate::zaken::ingebreke::lees(invoer, "ontvangen", einde, ctx) {
                Ok(ontvangen_op) => BezwaarStap::Ingebrekestelling { ontvangen_op },
                Err(e) => return Err(e),
            }
        }
    };
    if errors.is_empty() {
        Ok(stap)
    } else {
        Err(errors)
    }
}

/// `POST /medewerker/zaak/{id}/bezwaar/{stap}`: records the step, or shows the page again with the errors
/// beside the step's fields and what was typed. A step that no longer fits (a second click) changes nothing.
pub async fn stap(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path((id, slug)): Path<(ZaakId, String)>,
    Form(velden): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let kern = zaak(&ctx.app, &id).await?;
    let terug = format!("/medewerker/zaak/{}/bezwaar", kern.id);
    if !mag_zien(&ctx.app, &ik, &kern).await? {
        return Ok(see_other(&terug));
    }
    let (kern, bezwaar) = laden(&ctx, &kern.id).await?;
    // A step the page does not offer (none without a bezwaar) changes nothing.
    let (Some(soort), Some(bezwaar)) = (StafStap::from_slug(&slug), bezwaar) else {
        return Ok(see_other(&terug));
    };
    let invoer = Invoer(velden);
    let nieuw = match lees(soort, &bezwaar, &invoer, &ctx) {
        Ok(nieuw) => nieuw,
        Err(errors) => {
            let documenten = repo::documenten(&ctx.app.db.pool, &kern.id, repo::BEZWAAR).await?;
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::staf(
                    &ctx,
                    &kern,
                    &bezwaar,
                    &documenten,
                    "",
                    Some(soort),
                    &invoer,
                    &errors,
                ),
            )
                .into_response());
        }
    };
    let hoe = Hoe {
        soort: nieuw.soort(),
        stand: invoer.get("stand").parse().ok(),
        ..Hoe::default()
    };
    match vastleggen(&ctx.app, &kern, &ik, hoe, |_| nieuw).await {
        Ok(Some(_)) => Ok(see_other(&format!("{terug}?klaar={}", soort.slug()))),
        Ok(None) => Ok(see_other(&terug)),
        Err(AppError::Conflict) => Ok(see_other(&terug)),
        Err(e) => Err(e),
    }
}

/// `GET /medewerker/zaak/{id}/bezwaar/document/{doc}`: a document of the case (those of its bezwaar are
/// listed on the page); staff who may see the case may open each of its documents.
pub async fn download(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path((id, doc)): Path<(ZaakId, String)>,
) -> AppResult<Response> {
    let kern = zaak(&ctx.app, &id).await?;
    if !mag_zien(&ctx.app, &ik, &kern).await? {
        return Ok(see_other(&format!("/medewerker/zaak/{id}/bezwaar")));
    }
    let (info, inhoud) = document::lees(&ctx.app.db.pool, &kern.id, &doc)
        .await?
        .filter(|(d, _)| d.soort != super::repo::CONCEPT)
        .ok_or(AppError::NotFound)?;
    toegang::log(
        &ctx.app.db,
        &kern.id,
        &ik,
        Handeling::Gedownload,
        &format!("document:{}", info.id),
        None,
        ctx.app.clock.now(),
    )
    .await?;
    document::download(&info, inhoud)
}
