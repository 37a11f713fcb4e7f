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
/// municipality is late. Someone acting for a resident reads it about that resident, by name.
pub(crate) fn volgende_zin(ctx: &Ctx, volgende: Volgende) -> Markup {
    volgende_zin_over(ctx, volgende, ctx.namens.as_ref().map(|n| n.voor_naam()))
}

/// [`volgende_zin`] about the resident `naam`, for someone who reads about another person's case (a helper, a
/// cliëntondersteuner's dashboard); `None`: to the resident, with "u".
pub(crate) fn volgende_zin_over(ctx: &Ctx, volgende: Volgende, naam: Option<&str>) -> Markup {
    let te_laat = matches!(volgende, Volgende::Gemeente(_, dag) if dag < ctx.app.clock.today());
    html! {
        (volgende_tekst(ctx, volgende, naam))
        @if te_laat {
            " " (ui::tag(ui::TagKind::Warning, &ctx.t(msg::DOSSIER_GEMEENTE_TE_LAAT)))
        }
    }
}

/// The sentence of [`volgende_zin_over`]: each to the resident, and the same about them by name.
fn volgende_tekst(ctx: &Ctx, volgende: Volgende, naam: Option<&str>) -> Markup {
    use msg::*;
    let (dag, (aan, over), begrip) = match volgende {
        Volgende::Gesprek(d) => (
            d,
            (DOSSIER_VOLGENDE_GESPREK, DOSSIER_VOLGENDE_NAMENS_GESPREK),
            None,
        ),
        Volgende::Vraag(d) => (
            d,
            (DOSSIER_VOLGENDE_VRAAG, DOSSIER_VOLGENDE_NAMENS_VRAAG),
            None,
        ),
        Volgende::Bezwaar(d) => (
            d,
            (DOSSIER_VOLGENDE_BEZWAAR, DOSSIER_VOLGENDE_NAMENS_BEZWAAR),
            Some(Begrip::Bezwaar),
        ),
        Volgende::Gemeente(Wat::Onderzoek, d) => (
            d,
            (
                DOSSIER_VOLGENDE_ONDERZOEK,
                DOSSIER_VOLGENDE_NAMENS_ONDERZOEK,
            ),
            Some(Begrip::Onderzoek),
        ),
        Volgende::Gemeente(Wat::Verslag, d) => (
            d,
            (DOSSIER_VOLGENDE_VERSLAG, DOSSIER_VOLGENDE_NAMENS_VERSLAG),
            Some(Begrip::Verslag),
        ),
        Volgende::Gemeente(Wat::Besluit, d) => (
            d,
            (DOSSIER_VOLGENDE_BESLUIT, DOSSIER_VOLGENDE_NAMENS_BESLUIT),
            Some(Begrip::Besluit),
        ),
        Volgende::Gemeente(Wat::Bezwaar, d) => (
            d,
            (
                DOSSIER_VOLGENDE_BESLISSING_BEZWAAR,
                DOSSIER_VOLGENDE_NAMENS_BESLISSING_BEZWAAR,
            ),
            Some(Begrip::Bezwaar),
        ),
    };
    let mut args = vec![("datum", datum_met_dag(dag, ctx.lang()).into())];
    let id = match naam {
        Some(naam) => {
            args.push(("naam", naam.into()));
            over
        }
        None => aan,
    };
    match begrip {
        Some(begrip) => begrippen::zin(ctx, id, &args, begrip),
        None => html! { (ctx.tr.ta(id, &args)) },
    }
}
