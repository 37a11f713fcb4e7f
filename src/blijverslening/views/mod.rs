//! The pages and mails of the blijverslening.

use maud::{Markup, html};
use time::Date;

use super::domain::{Beoordeling, Oordeel, Uitkomst, Waarde, Weigergrond};
use super::form::{
    AanvraagForm, BesluitForm, CHECK_AANVRAGERS, CheckForm, DatumVelden, Deel, MEDE_EIGENAREN,
    MedeVelden, Stand, TEKST_MAX,
};
use super::repo::{Aanvraag, Eigenaar, Handeling, Kop, Status, Stuk, StukSoort, Toegang};
use crate::auth::Namens;
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::geld::Bedrag;
use crate::gemeente::Blijverslening;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::i18n::{bedrag, datum, tijdstip};
use crate::ui;

mod aanvragen;
mod eigenaar;
mod staf;
mod zaak;

pub use aanvragen::*;
pub use eigenaar::*;
pub use staf::*;
pub use zaak::*;

const WOORDEN: [Begrip; 1] = [Begrip::Blijverslening];

fn euro(ctx: &Ctx, b: Bedrag) -> String {
    bedrag(b, ctx.lang())
}

/// The message of one rule, with its values filled in.
fn grond_tekst(ctx: &Ctx, g: &super::domain::Grond) -> String {
    let waarden: Vec<(&str, crate::i18n::FluentValue<'_>)> = g
        .waarden
        .iter()
        .map(|(k, w)| {
            let v: crate::i18n::FluentValue<'_> = match w {
                Waarde::Geld(c) => euro(ctx, *c).into(),
                Waarde::Getal(n) => (*n).into(),
            };
            (*k, v)
        })
        .collect();
    ctx.tr.ta(g.bericht, &waarden)
}

fn reden_lijst(ctx: &Ctx, b: &Beoordeling) -> Markup {
    html! {
        ul.loket-list-plain.loket-blijf-gronden {
            @for g in &b.gronden {
                li {
                    @match g.oordeel {
                        Oordeel::Ja => { (ui::tag(ui::TagKind::Success, &ctx.t(msg::BLIJVERSLENING_OORDEEL_JA))) }
                        Oordeel::Nee => { (ui::tag(ui::TagKind::Error, &ctx.t(msg::BLIJVERSLENING_OORDEEL_NEE))) }
                        Oordeel::Onbekend => { (ui::tag(ui::TagKind::Neutral, &ctx.t(msg::BLIJVERSLENING_OORDEEL_OPEN))) }
                    }
                    " " (grond_tekst(ctx, g))
                    br;
                    span.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", g.bron.as_str().into())])) }
                }
            }
        }
    }
}

/// The message id of the name of a kind of upload.
pub fn stuk_naam(s: StukSoort) -> &'static str {
    match s {
        StukSoort::Eigendom => msg::BLIJVERSLENING_STUK_EIGENDOM,
        StukSoort::Bewoning => msg::BLIJVERSLENING_STUK_BEWONING,
        StukSoort::Offerte => msg::BLIJVERSLENING_STUK_OFFERTE,
    }
}

fn stukken_lijst(ctx: &Ctx, basis: &str, stukken: &[Stuk]) -> Markup {
    html! {
        @if stukken.is_empty() {
            p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_GEEN)) }
        } @else {
            ul {
                @for s in stukken {
                    li {
                        (crate::zaken::document::link(&ctx.tr, &format!("{basis}/stukken/{}", s.id), &s.naam, s.controle, false))
                        " (" (ctx.t(stuk_naam(s.soort))) ", " (s.grootte / 1024 + 1) " kB)"
                    }
                }
            }
        }
    }
}

fn antwoorden(ctx: &Ctx, a: &Aanvraag, eigenaren: &[Eigenaar]) -> Markup {
    let g = &a.gegevens;
    let lang = ctx.lang();
    let mut rijen = vec![
        ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_NAAM_LABEL), g.naam.clone()),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_GEBOREN_LABEL),
            datum(g.geboortedatum, lang),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_ADRES_LABEL),
            match &g.adres {
                Some(a) => format!("{}, {} {}", a.straat, a.postcode, a.plaats),
                None => ctx.t(msg::BLIJVERSLENING_ADRES_ONBEKEND),
            },
        ),
    ];
    for e in eigenaren {
        let antwoord = match e.antwoord {
            Some(true) => ctx.t(msg::BLIJVERSLENING_MEDE_ZEGT_JA),
            Some(false) => ctx.t(msg::BLIJVERSLENING_MEDE_ZEGT_NEE),
            None => ctx.t(msg::BLIJVERSLENING_MEDE_WACHT),
        };
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_MEDE_RIJ),
            format!(
                "{} ({}, {}): {antwoord}",
                e.naam,
                datum(e.geboortedatum, lang),
                e.email
            ),
        ));
    }
    rijen.extend([
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_REDEN_LABEL),
            ctx.t(g.reden.naam()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_MAATREGELEN_LABEL),
            g.maatregelen.clone(),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_MATERIAAL_LABEL),
            euro(ctx, g.kosten.materiaal),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_ARBEID_LABEL),
            euro(ctx, g.kosten.arbeid),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_UREN_LABEL),
            euro(ctx, g.kosten.uren),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_LEENKOSTEN_LABEL),
            euro(ctx, g.kosten.leenkosten),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_SUBSIDIES_LABEL),
            euro(ctx, g.kosten.subsidies),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_WERKELIJK_LABEL),
            euro(ctx, g.kosten.werkelijk()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_SOORT_LABEL),
            ctx.t(g.soort.naam()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_LOOPTIJD_LABEL),
            ctx.tr.ta(
                msg::BLIJVERSLENING_JAREN,
                &[("jaren", i64::from(g.looptijd).into())],
            ),
        ),
        ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL), euro(ctx, g.bedrag)),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_GEPLAND_LABEL),
            datum(g.geplande_datum, lang),
        ),
    ]);
    ui::summary_list(&ctx.tr, &rijen)
}

/// How the monthly estimate is made: SVn's rate, paid back over the profile's years per kind.
fn schatting(ctx: &Ctx) -> String {
    let Some(a) = ctx
        .app
        .gemeente
        .blijverslening
        .as_ref()
        .map(|b| &b.aflossing)
    else {
        return ctx.t(msg::BLIJVERSLENING_MAANDLAST_SCHATTING);
    };
    format!(
        "{} {}",
        ctx.t(msg::BLIJVERSLENING_MAANDLAST_SCHATTING),
        ctx.tr.ta(
            msg::BLIJVERSLENING_MAANDLAST_AFLOSSING,
            &[
                ("consumptief", i64::from(a.consumptief_jaren).into()),
                ("hypothecair", i64::from(a.hypothecair_jaren).into()),
            ],
        )
    )
}

fn maandlast_blok(ctx: &Ctx, maand: Option<Bedrag>) -> Markup {
    html! {
        @if let Some(maand) = maand {
            (ui::panel(&ctx.t(msg::BLIJVERSLENING_MAANDLAST_TITEL), html! {
                p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_MAANDLAST, &[("bedrag", euro(ctx, maand).into())])) } }
                p { (schatting(ctx)) }
            }))
        }
    }
}
