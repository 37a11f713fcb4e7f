//! Pages of the dossier. Plain Dutch (B1): short sentences, "u", the jargon linked to the glossary.

use maud::{Markup, html};
use time::Date;

use super::domain::{self, Dwangsom, Punt, Staat, Volgende};
use super::form::{MAX_TEKENS, TekstForm};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::Meldingsdatum;
use crate::http::Ctx;
use crate::i18n::{bedrag, datum, datum_met_dag, msg, tijdstip};
use crate::meldingen::repo::Melding;
use crate::termijnen::domain::dwangsom;
use crate::ui;
use crate::zaken::document::MAX_MB;
use crate::zaken::domain::{
    BesluitRegel, Fase, Gebeurtenis, Plaats, Uitkomst, Vorm, Vraag, Wat, Zaak,
};
use crate::zaken::repo::{Document, DocumentSoort};
use crate::zaken::toegang::{Handeling, Regel};

mod besluit;
mod dossier;
mod inzage;
mod reageren;

pub use besluit::*;
pub use dossier::*;
pub use inzage::*;
pub use reageren::*;

/// Whether the person may act in the case, not only look: links to forms they cannot use are not shown.
/// (The routes themselves are guarded by [`crate::auth::Mag`].)
fn mag_indienen(ctx: &Ctx) -> bool {
    ctx.namens
        .as_ref()
        .is_none_or(|n| n.rechten(crate::auth::machtiging::Onderwerp::Zorg).indienen)
}

/// The files the upload fields accept.
const ACCEPT: &str = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/// What the resident just did, shown once after the redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Klaar {
    Antwoord,
    Reactie,
    Document,
    Bezwaar,
    Ingebrekestelling,
}

impl Klaar {
    pub fn code(self) -> &'static str {
        match self {
            Klaar::Antwoord => "antwoord",
            Klaar::Reactie => "reactie",
            Klaar::Document => "document",
            Klaar::Bezwaar => "bezwaar",
            Klaar::Ingebrekestelling => "ingebrekestelling",
        }
    }

    pub fn from_code(code: &str) -> Option<Klaar> {
        [
            Klaar::Antwoord,
            Klaar::Reactie,
            Klaar::Document,
            Klaar::Bezwaar,
            Klaar::Ingebrekestelling,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }

    fn bericht(self) -> &'static str {
        match self {
            Klaar::Antwoord => msg::DOSSIER_KLAAR_ANTWOORD,
            Klaar::Reactie => msg::DOSSIER_KLAAR_REACTIE,
            Klaar::Document => msg::DOSSIER_KLAAR_DOCUMENT,
            Klaar::Bezwaar => msg::DOSSIER_KLAAR_BEZWAAR,
            Klaar::Ingebrekestelling => msg::DOSSIER_KLAAR_INGEBREKESTELLING,
        }
    }
}

fn pad(melding: &Melding) -> String {
    format!("/melding/{}", melding.id)
}

fn banner(ctx: &Ctx, klaar: Option<Klaar>) -> Markup {
    html! {
        @if let Some(k) = klaar {
            (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! { p { (ctx.t(k.bericht())) } }))
        }
    }
}

/// A page of the dossier other than the dossier itself: with a link back to it.
fn sub_pagina<'a>(ctx: &'a Ctx, melding: &Melding, titel: &str) -> ui::Page<'a> {
    ui::Page::new(ctx, titel).back(pad(melding), ctx.t(msg::DOSSIER_TERUG))
}

/// Text as someone typed it: one paragraph per line.
use crate::ui::alinea;

/// The name of a phase, as the resident reads it (Mijn loket's tag and the timeline).
pub(crate) fn fase_naam(fase: Fase) -> &'static str {
    match fase {
        Fase::Ontvangen => msg::DOSSIER_FASE_ONTVANGEN,
        Fase::GesprekGepland => msg::DOSSIER_FASE_GESPREK_GEPLAND,
        Fase::Onderzocht => msg::DOSSIER_FASE_ONDERZOCHT,
        Fase::VerslagVerstuurd => msg::DOSSIER_FASE_VERSLAG,
        Fase::AanvraagOntvangen => msg::DOSSIER_FASE_AANVRAAG,
        Fase::Besloten => msg::DOSSIER_FASE_BESLOTEN,
        Fase::Gesloten => msg::DOSSIER_FASE_GESLOTEN,
    }
}

/// One sentence with the next date that matters, marked when it is the municipality's and has passed: then the
/// municipality is late.
pub(crate) fn volgende_zin(ctx: &Ctx, volgende: Volgende) -> Markup {
    let te_laat = matches!(volgende, Volgende::Gemeente(_, dag) if dag < ctx.app.clock.today());
    html! {
        (volgende_tekst(ctx, volgende))
        @if te_laat {
            " " (ui::tag(ui::TagKind::Warning, &ctx.t(msg::DOSSIER_GEMEENTE_TE_LAAT)))
        }
    }
}

/// The sentence of [`volgende_zin`].
fn volgende_tekst(ctx: &Ctx, volgende: Volgende) -> Markup {
    let d = |dag: Date| datum_met_dag(dag, ctx.lang());
    match volgende {
        Volgende::Gesprek(dag) => {
            html! { (ctx.tr.ta(msg::DOSSIER_VOLGENDE_GESPREK, &[("datum", d(dag).into())])) }
        }
        Volgende::Vraag(dag) => {
            html! { (ctx.tr.ta(msg::DOSSIER_VOLGENDE_VRAAG, &[("datum", d(dag).into())])) }
        }
        Volgende::Bezwaar(dag) => begrippen::zin(
            ctx,
            msg::DOSSIER_VOLGENDE_BEZWAAR,
            &[("datum", d(dag).into())],
            Begrip::Bezwaar,
        ),
        Volgende::Gemeente(Wat::Onderzoek, dag) => begrippen::zin(
            ctx,
            msg::DOSSIER_VOLGENDE_ONDERZOEK,
            &[("datum", d(dag).into())],
            Begrip::Onderzoek,
        ),
        Volgende::Gemeente(Wat::Verslag, dag) => begrippen::zin(
            ctx,
            msg::DOSSIER_VOLGENDE_VERSLAG,
            &[("datum", d(dag).into())],
            Begrip::Verslag,
        ),
        Volgende::Gemeente(Wat::Besluit, dag) => begrippen::zin(
            ctx,
            msg::DOSSIER_VOLGENDE_BESLUIT,
            &[("datum", d(dag).into())],
            Begrip::Besluit,
        ),
        Volgende::Gemeente(Wat::Bezwaar, dag) => begrippen::zin(
            ctx,
            msg::DOSSIER_VOLGENDE_BESLISSING_BEZWAAR,
            &[("datum", d(dag).into())],
            Begrip::Bezwaar,
        ),
    }
}
