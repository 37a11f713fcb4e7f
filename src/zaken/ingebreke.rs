//! The ingebrekestelling and the dwangsom that follows it (Awb art. 4:17), for every decision term of every
//! scheme: the besluit on a blijverslening or Kindpakket application, and the decision on a bezwaar (the Wmo
//! besluit has its own button and back-office step, and counts with the same rules).
//!
//! Any written notice counts, a letter by post as much as an e-mail. The resident sends it once the last day
//! for the decision has passed; staff record the day it came in. Two weeks later the dwangsom starts to run:
//! a sum for every day the municipality still has not decided, for at most 42 days.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use maud::{Markup, html};
use time::{Date, Duration};

use super::kern::Kern;
use super::poort::{mag_zien, poort, zaak};
use super::stap::{self, Auteur, Stap};
use super::toegang::{self, Handeling};
use crate::AppState;
use crate::auth::Medewerker;
use crate::begrippen::{self, Begrip};
use crate::error::{AppError, AppResult};
use crate::form::{DatumFout, FieldErrors, Invoer, datum};
use crate::geld::Bedrag;
use crate::http::{Ctx, see_other};
use crate::i18n::{bedrag, datum_met_dag, msg};
use crate::ids::ZaakId;
use crate::termijnen::domain::dwangsom::{self, MAXIMUM_DAGEN, WACHTTIJD_DAGEN};
use crate::ui;

/// How the dwangsom stands after an ingebrekestelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dwangsom {
    /// The day the municipality received the ingebrekestelling.
    pub ontvangen: Date,
    /// The last day the municipality can still decide without paying.
    pub vanaf: Date,
    /// The days counted so far, and what they come to.
    pub dagen: i64,
    pub bedrag: Bedrag,
}

/// The last day the municipality can still decide without paying, after an ingebrekestelling received on
/// `ontvangen`: two weeks later (Awb art. 4:17 lid 3).
pub fn vanaf_als(ontvangen: Date) -> Date {
    ontvangen.saturating_add(Duration::days(WACHTTIJD_DAGEN))
}

/// The dwangsom on `vandaag` after an ingebrekestelling received on `ontvangen`. When the decision came
/// (`beslist_op`) the days stop there: what ran up before it stays owed (Awb art. 4:17, 4:18).
pub fn dwangsom(ontvangen: Date, beslist_op: Option<Date>, vandaag: Date) -> Dwangsom {
    let vanaf = vanaf_als(ontvangen);
    let tot = beslist_op.map_or(vandaag, |b| vandaag.min(b));
    let dagen = (tot - vanaf).whole_days().clamp(0, MAXIMUM_DAGEN);
    Dwangsom {
        ontvangen,
        vanaf,
        dagen,
        bedrag: dwangsom::bedrag(dagen),
    }
}

/// Why a day given for a written ingebrekestelling cannot count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fout {
    /// The day is still to come.
    Toekomst,
    /// It came in on or before the last day for the decision: the municipality was not late yet, so it does
    /// not count (Awb art. 4:17 lid 3). The resident may send a new one after that day.
    TeVroeg { einde: Date },
}

/// Checks the day an ingebrekestelling came in against the last day for the decision.
pub fn controleer(ontvangen: Date, einde: Date, vandaag: Date) -> Result<(), Fout> {
    if ontvangen > vandaag {
        Err(Fout::Toekomst)
    } else if ontvangen <= einde {
        Err(Fout::TeVroeg { einde })
    } else {
        Ok(())
    }
}

/// Reads the day an ingebrekestelling came in from the three date fields `naam-dag`, `-maand`, `-jaar`, and
/// checks it against `einde`, the last day for the decision; the error beside the field otherwise.
pub fn lees(invoer: &Invoer, naam: &str, einde: Date, ctx: &Ctx) -> Result<Date, FieldErrors> {
    let deel = |d: &str| invoer.get(&format!("{naam}-{d}")).to_owned();
    let mut errors = FieldErrors::new();
    match datum(&deel("dag"), &deel("maand"), &deel("jaar")) {
        Ok(Some(d)) => match controleer(d, einde, ctx.app.clock.today()) {
            Ok(()) => return Ok(d),
            Err(Fout::Toekomst) => errors.add(naam, ctx.t(msg::INGEBREKE_FOUT_TOEKOMST)),
            Err(Fout::TeVroeg { einde }) => errors.add(
                naam,
                ctx.tr.ta(
                    msg::INGEBREKE_FOUT_TE_VROEG,
                    &[("datum", datum_met_dag(einde, ctx.lang()).into())],
                ),
            ),
        },
        Ok(None) | Err(DatumFout::Onvolledig) => errors.add(naam, ctx.t(msg::INGEBREKE_FOUT_DATUM)),
        Err(DatumFout::BestaatNiet) => {
            errors.add(naam, ctx.t(msg::INGEBREKE_FOUT_DATUM_BESTAAT_NIET))
        }
    }
    Err(errors)
}

/// The steps of a scheme whose besluit is a decision on an application, so that a late one can be put in
/// default: the blijverslening and the Kindpakket.
pub trait MetIngebrekestelling: Stap + Clone {
    /// The step that records an ingebrekestelling received on `ontvangen_op`.
    fn ingebrekestelling(ontvangen_op: Date) -> Self;
    /// The day of the ingebrekestelling this step records, if it is one.
    fn ontvangen_op(&self) -> Option<Date>;
    /// True for the step that decides.
    fn is_besluit(&self) -> bool;
}

/// Implements [`MetIngebrekestelling`] for a scheme's steps with a variant `Ingebrekestelling { ontvangen_op }`
/// and the step that decides (`$besluit`, a pattern).
#[macro_export]
macro_rules! met_ingebrekestelling {
    ($stap:ty, $besluit:pat) => {
        impl $crate::zaken::ingebreke::MetIngebrekestelling for $stap {
            fn ingebrekestelling(ontvangen_op: time::Date) -> Self {
                Self::Ingebrekestelling { ontvangen_op }
            }

            fn ontvangen_op(&self) -> Option<time::Date> {
                match self {
                    Self::Ingebrekestelling { ontvangen_op } => Some(*ontvangen_op),
                    _ => None,
                }
            }

            fn is_besluit(&self) -> bool {
                matches!(self, $besluit)
            }
        }
    };
}

/// Where the decision on an application stands as far as the ingebrekestelling goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stand {
    /// The last day for the decision, while the application waits for it (Awb art. 4:13).
    pub einde: Option<Date>,
    /// The day an ingebrekestelling came in.
    pub ontvangen: Option<Date>,
    /// The day of the decision.
    pub beslist_op: Option<Date>,
}

impl Stand {
    /// Late and not yet put in default: the resident may send an ingebrekestelling.
    pub fn te_laat(&self, vandaag: Date) -> bool {
        self.ontvangen.is_none() && self.einde.is_some_and(|e| vandaag > e)
    }

    /// The dwangsom, once an ingebrekestelling came in.
    pub fn dwangsom(&self, vandaag: Date) -> Option<Dwangsom> {
        self.ontvangen
            .map(|o| dwangsom(o, self.beslist_op, vandaag))
    }

    /// Whether staff may record an ingebrekestelling now: the application waits for its decision and has
    /// none yet.
    pub fn mag_vastleggen(&self) -> bool {
        self.einde.is_some() && self.ontvangen.is_none() && self.beslist_op.is_none()
    }
}

/// The stand of a case of a scheme with steps `S`, from its steps and its term.
pub async fn stand<S: MetIngebrekestelling>(
    app: &AppState,
    kern: &Kern,
) -> Result<Stand, sqlx::Error> {
    stand_in::<S>(&app.db.pool, &app.gemeente, kern).await
}

/// [`stand`] read through `db`: the pool, a page's connection, or the connection of a write that has begun.
pub async fn stand_in<'e, S: MetIngebrekestelling>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    gemeente: &crate::gemeente::Gemeente,
    kern: &Kern,
) -> Result<Stand, sqlx::Error> {
    let stappen = stap::stappen::<S>(db, &kern.id).await?;
    let einde = super::domain::Deadline::besluit_vanaf(
        kern.fase,
        kern.termijn_vanaf.map(super::dag),
        gemeente,
    )
    .map(|d| d.einde);
    Ok(Stand {
        einde,
        ontvangen: stappen.iter().find_map(|s| s.stap.ontvangen_op()),
        beslist_op: stappen
            .iter()
            .find(|s| s.stap.is_besluit())
            .map(|s| super::dag(s.op)),
    })
}

/// How the dwangsom stands, for the resident and for staff.
pub fn stand_blok(ctx: &Ctx, dw: &Dwangsom) -> Markup {
    let lang = ctx.lang();
    html! {
        p { (begrippen::zin(ctx, msg::DOSSIER_DWANGSOM_ONTVANGEN, &[("datum", datum_met_dag(dw.ontvangen, lang).into())], Begrip::Ingebrekestelling)) }
        p { (ctx.tr.ta(msg::DOSSIER_DWANGSOM_WACHTEN, &[("datum", datum_met_dag(dw.vanaf, lang).into())])) }
        @if dw.dagen > 0 {
            p { (begrippen::zin(ctx, msg::DOSSIER_DWANGSOM_LOOPT, &[
                ("datum", datum_met_dag(dw.vanaf.saturating_add(Duration::days(1)), lang).into()),
            ], Begrip::Dwangsom)) }
            p { strong { (ctx.tr.ta(msg::DOSSIER_DWANGSOM_BEDRAG, &[
                ("bedrag", bedrag(dw.bedrag, lang).into()),
                ("dagen", dw.dagen.into()),
            ])) } }
        }
    }
}

/// For the resident once the last day for a decision passed without one (`eerste` says so): what an
/// ingebrekestelling is, what the dwangsom is, and how to send one: a letter or an e-mail to the
/// municipality. `waarover` says what the decision is on ([`msg::INGEBREKE_BESLIS_AANVRAAG`] or [`msg::INGEBREKE_BESLIS_BEZWAAR`]).
pub fn te_laat_blok(ctx: &Ctx, eerste: &str, referentie: &str, waarover: &'static str) -> Markup {
    let lang = ctx.lang();
    let contact = &ctx.app.gemeente.contact;
    html! {
        section aria-labelledby="te-laat" {
            h2 id="te-laat" { (ctx.t(msg::DOSSIER_INGEBREKE_TITEL)) }
            p { (eerste) }
            p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_WAT, &[], Begrip::Ingebrekestelling)) }
            p { (ctx.t(waarover)) }
            p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_DWANGSOM, &[("dagen", WACHTTIJD_DAGEN.into())], Begrip::Dwangsom)) }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_MAXIMUM, &[("dagen", MAXIMUM_DAGEN.into()), ("bedrag", bedrag(dwangsom::maximum(), lang).into())])) }
            p { (ctx.tr.ta(msg::INGEBREKE_HOE, &[
                ("email", contact.email.as_str().into()),
                ("referentie", referentie.into()),
            ])) }
        }
    }
}

/// The staff page of an ingebrekestelling on a case: `{staff page of the case}/ingebrekestelling`.
pub fn pad(kern: &Kern) -> String {
    format!(
        "{}/ingebrekestelling",
        super::kern::staf_pad(kern.regeling, &kern.id)
    )
}

/// The case, when it belongs to the scheme of `S`; not found otherwise.
async fn zaak_van<S: MetIngebrekestelling>(app: &AppState, id: &ZaakId) -> AppResult<Kern> {
    let kern = zaak(app, id).await?;
    if kern.regeling != S::REGELING {
        return Err(AppError::NotFound);
    }
    Ok(kern)
}

/// `GET /medewerker/{scheme}/{id}/ingebrekestelling`, routed by each scheme with its steps `S`: the last
/// day for the decision, the dwangsom once an ingebrekestelling came in, and the form to record one that
/// came by post or e-mail.
pub async fn pagina<S: MetIngebrekestelling>(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
) -> AppResult<Response> {
    let kern = zaak_van::<S>(&ctx.app, &id).await?;
    if let Some(vraag) = poort(&ctx, &ik, &id).await? {
        return Ok(vraag);
    }
    let stand = stand::<S>(&ctx.app, &kern).await?;
    toegang::log(
        &ctx.app.db,
        &kern.id,
        &ik,
        Handeling::Bekeken,
        "ingebrekestelling",
        None,
        ctx.app.clock.now(),
    )
    .await?;
    Ok(staf_pagina(&ctx, &kern, &stand, &Invoer::default(), &FieldErrors::new()).into_response())
}

/// `POST /medewerker/{scheme}/{id}/ingebrekestelling`: records the day it came in, once; the page again
/// with the error beside the date and the date kept otherwise.
pub async fn vastleggen<S: MetIngebrekestelling>(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(velden): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let kern = zaak_van::<S>(&ctx.app, &id).await?;
    let terug = pad(&kern);
    if !mag_zien(&ctx.app, &ik, &kern).await? {
        return Ok(see_other(&terug));
    }
    let stand = stand::<S>(&ctx.app, &kern).await?;
    let Some(einde) = stand.einde.filter(|_| stand.mag_vastleggen()) else {
        // Decided meanwhile, or recorded by a second click: nothing changes.
        return Ok(see_other(&terug));
    };
    let invoer = Invoer(velden);
    let ontvangen = match lees(&invoer, "ontvangen", einde, &ctx) {
        Ok(d) => d,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                staf_pagina(&ctx, &kern, &stand, &invoer, &errors),
            )
                .into_response());
        }
    };
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    // Read again inside the write: two clicks at once record one. On PostgreSQL the second may still get past
    // this read; its step then loses the race on the case's step number, and nothing is written twice.
    let nu = stand_in::<S>(&mut *tx, &ctx.app.gemeente, &kern).await?;
    if nu.mag_vastleggen() {
        let auteur = Auteur::persoon(&ik.id, super::door(&ik, false));
        let stap = S::ingebrekestelling(ontvangen);
        match stap::leg_vast(&mut tx, &kern.id, auteur, &stap, now).await {
            Ok(_) => {}
            Err(sqlx::Error::RowNotFound) => {
                tx.rollback().await?;
                return Ok(see_other(&terug));
            }
            Err(e) => return Err(e.into()),
        }
        if let Some(eigenaar) = &kern.eigenaar_id {
            let pad =
                crate::zaken::bezwaar::inwoner_pad(kern.regeling, &kern.id).unwrap_or_default();
            let vanaf = vanaf_als(ontvangen);
            super::ontvangers::vertel(
                &mut tx,
                &ctx.app,
                kern.regeling,
                super::kern::Eigenaar::Persoon(eigenaar),
                true,
                |tr, adres| Some(bericht(&ctx.app, tr, adres, &kern.referentie, &pad, vanaf)),
            )
            .await?;
        }
        toegang::schrijf(
            &mut tx,
            &kern.id,
            &ik,
            Handeling::Gewijzigd,
            toegang::KERN_INGEBREKESTELLING,
            None,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(see_other(&terug))
}

/// The resident's mail once staff recorded their letter: received, and the day after which the dwangsom runs.
/// Nothing of the case.
fn bericht(
    app: &AppState,
    tr: &crate::i18n::Tr,
    adres: String,
    referentie: &str,
    pad: &str,
    vanaf: Date,
) -> crate::mail::Email {
    crate::mail::Email {
        to: adres,
        greeting: None,
        subject: tr.ta(
            msg::INGEBREKE_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![tr.ta(
            msg::BEZWAAR_MAIL_INGEBREKE,
            &[("datum", datum_met_dag(vanaf, tr.lang()).into())],
        )],
        action: Some((
            tr.t(msg::INGEBREKE_MAIL_KNOP),
            format!("{}{pad}", app.config.base_url),
        )),
        after: vec![tr.t(msg::ZAAK_MAIL_PRIVACY)],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

fn staf_pagina(
    ctx: &Ctx,
    kern: &Kern,
    stand: &Stand,
    invoer: &Invoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let vandaag = ctx.app.clock.today();
    ui::Page::new(
        ctx,
        tr.ta(
            msg::INGEBREKE_STAF_TITEL,
            &[("referentie", kern.referentie.as_str().into())],
        ),
    )
    .back(
        super::kern::staf_pad(kern.regeling, &kern.id),
        ctx.t(msg::BACKOFFICE_TERUG_ZAAK),
    )
    .errors(errors)
    .render(html! {
        @if let Some(einde) = stand.einde {
            p { strong { (tr.ta(msg::INGEBREKE_STAF_EINDE, &[("datum", datum_met_dag(einde, lang).into())])) } }
        }
        @if let Some(dw) = stand.dwangsom(vandaag) {
            (stand_blok(ctx, &dw))
        } @else if stand.mag_vastleggen() {
            p { (ctx.t(msg::INGEBREKE_STAF_UITLEG)) }
            form method="post" action=(pad(kern)) novalidate {
                (ui::Field::new("ontvangen", ctx.t(msg::INGEBREKE_STAF_ONTVANGEN)).errors(errors)
                    .date(tr, invoer.get("ontvangen-dag"), invoer.get("ontvangen-maand"), invoer.get("ontvangen-jaar")))
                (ui::Button::primary(ctx.t(msg::INGEBREKE_STAF_KNOP)))
            }
        } @else {
            p { (ctx.t(msg::INGEBREKE_STAF_GEEN)) }
        }
    })
}

/// The link from a scheme's staff page, while an ingebrekestelling can be recorded or once one was.
pub async fn staf_link<S: MetIngebrekestelling>(ctx: &Ctx, id: &ZaakId) -> AppResult<Markup> {
    let kern = zaak(&ctx.app, id).await?;
    let stand = stand::<S>(&ctx.app, &kern).await?;
    Ok(html! {
        @if stand.mag_vastleggen() || stand.ontvangen.is_some() {
            p { a href=(pad(&kern)) { (ctx.t(msg::INGEBREKE_STAF_LINK)) } }
        }
    })
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn the_dwangsom_starts_two_weeks_after_receipt_and_stops_at_the_decision() {
        let ontvangen = date!(2026 - 03 - 02);
        // Two weeks later the municipality may still decide without paying.
        let d = dwangsom(ontvangen, None, date!(2026 - 03 - 16));
        assert_eq!(
            (d.vanaf, d.dagen, d.bedrag),
            (date!(2026 - 03 - 16), 0, Bedrag::NUL)
        );
        // The day after, the first day counts.
        let d = dwangsom(ontvangen, None, date!(2026 - 03 - 17));
        assert_eq!((d.dagen, d.bedrag), (1, Bedrag::euro(23)));
        // A decision on day 20 stops it there, whatever day it is now: 14 x 23 + 6 x 35.
        let d = dwangsom(
            ontvangen,
            Some(date!(2026 - 04 - 05)),
            date!(2026 - 06 - 01),
        );
        assert_eq!((d.dagen, d.bedrag), (20, Bedrag::euro(14 * 23 + 6 * 35)));
        // At most 42 days: 14 x 23 + 14 x 35 + 14 x 45 = 1442.
        let d = dwangsom(ontvangen, None, date!(2026 - 12 - 31));
        assert_eq!((d.dagen, d.bedrag), (42, Bedrag::euro(1_442)));
    }

    #[test]
    fn an_ingebrekestelling_counts_only_after_the_last_day() {
        let einde = date!(2026 - 05 - 11);
        let vandaag = date!(2026 - 06 - 01);
        assert_eq!(
            controleer(einde, einde, vandaag),
            Err(Fout::TeVroeg { einde })
        );
        assert_eq!(controleer(date!(2026 - 05 - 12), einde, vandaag), Ok(()));
        assert_eq!(controleer(vandaag, einde, vandaag), Ok(()));
        assert_eq!(
            controleer(date!(2026 - 06 - 02), einde, vandaag),
            Err(Fout::Toekomst)
        );
    }
}
