//! The Kindpakket's pages and its decision mail.

use maud::{Markup, html};
use time::Date;

use super::domain::{Beoordeling, Gebruik, GeenRegels, Status, Uitkomst};
use super::form::{self, CheckForm, Geldig, Overnemen, kind_veld};
use super::repo::{Aanvraag, Handeling, Kind, Toegang};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::{Kindpakket, KindpakketOnderdeel};
use crate::http::Ctx;
use crate::i18n::{FluentValue, bedrag, datum, msg, tijdstip};
use crate::ui;

mod aanvragen;
mod staf;
mod zaak;

pub use aanvragen::*;
pub use staf::*;
pub use zaak::*;

const WOORDEN: [Begrip; 1] = [Begrip::Kindpakket];

/// The profile's Kindpakket; the handlers only render these pages when there is one.
fn kp(ctx: &Ctx) -> Option<&Kindpakket> {
    ctx.app.gemeente.kindpakket.as_ref()
}

fn onderdeel_naam(ctx: &Ctx, id: &str) -> String {
    kp(ctx)
        .and_then(|k| k.onderdeel(id))
        .map_or_else(|| id.to_owned(), |o| o.naam.clone())
}

/// "Maximaal € 300 per jaar. Bron: ..." for a part with an amount.
fn maximum(ctx: &Ctx, o: &KindpakketOnderdeel) -> Option<(String, String)> {
    o.maximum_op(ctx.app.clock.today()).map(|b| {
        (
            ctx.tr.ta(
                msg::KINDPAKKET_MAXIMUM,
                &[("bedrag", bedrag(b.centen, ctx.lang()).into())],
            ),
            b.bron.clone(),
        )
    })
}

fn bron(ctx: &Ctx, tekst: &str) -> Markup {
    html! { div.loket-hint { (ctx.tr.ta(msg::KINDPAKKET_BRON, &[("bron", tekst.into())])) } }
}

/// A warning when the profile's newest social-assistance norms are more than seven months old: the limits
/// shown may be too low. Residents read that they may still apply; staff that the beheerder must add them.
fn normen_oud(ctx: &Ctx, id: &'static str) -> Markup {
    match ctx
        .app
        .gemeente
        .bijstandsnormen_verouderd(ctx.app.clock.today())
    {
        Some(sinds) => ui::notification_banner(
            &ctx.tr,
            ui::Notice::Info,
            html! { p { (ctx.tr.ta(id, &[("datum", datum(sinds, ctx.lang()).into())])) } },
        ),
        None => html! {},
    }
}

/// The outcome per part, where the parts differ: each part has its own income limit.
fn per_onderdeel(ctx: &Ctx, b: &Beoordeling) -> Markup {
    if !b.verschilt_per_onderdeel() {
        return html! {};
    }
    html! {
        p { (ctx.t(msg::KINDPAKKET_UITSLAG_PER_ONDERDEEL)) }
        ul {
            @for o in &b.onderdelen {
                @let (id, grens) = match o.uitkomst {
                    Uitkomst::Ja => (msg::KINDPAKKET_ONDERDEEL_JA, o.grens),
                    Uitkomst::AlleenSchrijnend => (
                        msg::KINDPAKKET_ONDERDEEL_SCHRIJNEND,
                        o.grens_schrijnend.unwrap_or(o.grens),
                    ),
                    Uitkomst::Nee => (
                        msg::KINDPAKKET_ONDERDEEL_NEE,
                        o.grens_schrijnend.unwrap_or(o.grens),
                    ),
                };
                li { (ctx.tr.ta(id, &[
                    ("onderdeel", onderdeel_naam(ctx, &o.id).into()),
                    ("grens", bedrag(grens, ctx.lang()).into()),
                ])) }
            }
        }
    }
}

/// "Alleen of alleenstaande ouder: tot € 1.412,21. ..." for today's norms, as a hint beside the income.
fn grens_zinnen(ctx: &Ctx) -> String {
    let vandaag = ctx.app.clock.today();
    let (Some(k), Some(n)) = (kp(ctx), ctx.app.gemeente.bijstandsnormen_op(vandaag)) else {
        return String::new();
    };
    let Some(g) = k.inkomensgrens_op(vandaag) else {
        return String::new();
    };
    ctx.tr.ta(
        msg::KINDPAKKET_INKOMEN_GRENZEN,
        &[
            (
                "alleen",
                bedrag(g.basispunten.van(n.alleenstaande_21_tot_aow), ctx.lang()).into(),
            ),
            (
                "samen",
                bedrag(g.basispunten.van(n.gehuwden_21_tot_aow), ctx.lang()).into(),
            ),
        ],
    )
}

fn huishouden_tekst(ctx: &Ctx, a: &Aanvraag) -> String {
    let samen = match a.samenstelling.as_str() {
        "samen" => ctx.t(msg::KINDPAKKET_SAMENSTELLING_SAMEN),
        _ => ctx.t(msg::KINDPAKKET_SAMENSTELLING_ALLEEN),
    };
    let aow = match a.aow.as_str() {
        "ja" => ctx.t(msg::KINDPAKKET_AOW_JA),
        _ => ctx.t(msg::KINDPAKKET_AOW_NEE),
    };
    format!("{samen}. {aow}.")
}

fn kind_geboren(ctx: &Ctx, kind: &Kind) -> String {
    match kind.geboortedatum.or_else(|| {
        crate::form::datum(&kind.dag, &kind.maand, &kind.jaar)
            .ok()
            .flatten()
    }) {
        Some(d) => datum(d, ctx.lang()),
        None => String::new(),
    }
}

/// The answers as a summary list; with `wijzig`, each row links back to the form.
fn antwoorden(
    ctx: &Ctx,
    a: &Aanvraag,
    inkomen: crate::geld::Bedrag,
    wijzig: Option<&str>,
    bestand_pad: &str,
) -> Markup {
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_FORMULIER_HUISHOUDEN),
            huishouden_tekst(ctx, a),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_INKOMEN_LABEL),
            bedrag(inkomen, ctx.lang()),
        ),
    ];
    if !a.schrijnend.is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_SCHRIJNEND_LABEL),
            a.schrijnend.clone(),
        ));
    }
    for (i, kind) in a.kinderen.iter().enumerate().filter(|(_, k)| !k.is_leeg()) {
        let delen: Vec<String> = kind
            .onderdelen
            .iter()
            .map(|o| onderdeel_naam(ctx, o))
            .collect();
        rijen.push(ui::SummaryRow::new(
            ctx.tr
                .ta(msg::KINDPAKKET_KIND_TITEL, &[("nummer", (i + 1).into())]),
            format!(
                "{}, {}. {}",
                kind.voornaam,
                kind_geboren(ctx, kind),
                delen.join(", ")
            ),
        ));
    }
    if let Some(pad) = wijzig {
        rijen = rijen
            .into_iter()
            .map(|r| r.change(pad.to_owned()))
            .collect();
    }
    // On the check page of a draft each file can still be removed, with a form of its own.
    let weg_acties: Vec<String> = a
        .bestanden
        .iter()
        .map(|b| format!("/kindpakket/{}/bestand/{}/verwijderen", a.id, b.id))
        .collect();
    html! {
        (ui::summary_list(&ctx.tr, &rijen))
        h2 { (ctx.t(msg::KINDPAKKET_FORMULIER_BEWIJS)) }
        ul {
            @for (b, actie) in a.bestanden.iter().zip(&weg_acties) {
                li {
                    (crate::zaken::document::link(&ctx.tr, &format!("{bestand_pad}{}", b.id), &b.naam, b.controle, false))
                    @if wijzig.is_some() && a.status == Status::Concept {
                        (crate::zaken::document::Verwijderen {
                            actie,
                            veld: "bestand-weg",
                            id: &b.id,
                            vinkje: ctx.tr.ta(msg::KINDPAKKET_BESTAND_VERWIJDER_VINKJE, &[("naam", b.naam.as_str().into())]),
                            knop: ctx.t(msg::KINDPAKKET_BESTAND_VERWIJDER_KNOP),
                            fout: None,
                        }.formulier(&ctx.tr))
                    }
                }
            }
        }
    }
}

fn status_tag(ctx: &Ctx, status: Status) -> Markup {
    match status {
        Status::Concept => ui::tag(ui::TagKind::Warning, &ctx.t(msg::KINDPAKKET_STATUS_CONCEPT)),
        Status::Ingediend => ui::tag(ui::TagKind::Info, &ctx.t(msg::KINDPAKKET_STATUS_INGEDIEND)),
        Status::Besloten => ui::tag(
            ui::TagKind::Neutral,
            &ctx.t(msg::KINDPAKKET_STATUS_BESLOTEN),
        ),
    }
}

fn dag(moment: time::OffsetDateTime) -> Date {
    crate::clock::amsterdam(moment).date()
}

/// The decision per child and per part.
fn besluit_tabel(ctx: &Ctx, a: &Aanvraag) -> Markup {
    html! {
        @for kind in &a.kinderen {
            h3 { (kind.voornaam) }
            ul {
                @for o in &kind.onderdelen {
                    li {
                        strong { (onderdeel_naam(ctx, o)) } ": "
                        @match a.besluit(&kind.id, o) {
                            Some(b) if b.toegekend => {
                                (ui::tag(ui::TagKind::Success, &ctx.t(msg::KINDPAKKET_BESLUIT_JA)))
                            }
                            Some(b) => {
                                (ui::tag(ui::TagKind::Error, &ctx.t(msg::KINDPAKKET_BESLUIT_NEE)))
                                @if let Some(reden) = &b.reden { " " (ui::nederlands(&ctx.tr, reden)) }
                            }
                            None => { (ctx.t(msg::KINDPAKKET_BESLUIT_OPEN)) }
                        }
                    }
                }
            }
        }
    }
}

fn handeling_tekst(h: Handeling) -> &'static str {
    match h {
        Handeling::Bekeken => msg::KINDPAKKET_LOG_BEKEKEN,
        Handeling::Gedownload => msg::KINDPAKKET_LOG_GEDOWNLOAD,
        Handeling::Gewijzigd => msg::KINDPAKKET_LOG_GEWIJZIGD,
        Handeling::Ingediend => msg::KINDPAKKET_LOG_INGEDIEND,
        Handeling::Besloten => msg::KINDPAKKET_LOG_BESLOTEN,
        Handeling::Opgepakt => msg::KINDPAKKET_LOG_OPGEPAKT,
        Handeling::Vastgelegd => msg::KINDPAKKET_LOG_VASTGELEGD,
    }
}
