//! The pages and mails of the right to challenge.

use maud::{Markup, html};
use time::Date;

use super::domain::{REGELS_MAX, Status, Uitkomst, Vorm, Waarom};
use super::form::{self, Geldig, InitiatiefForm, LidForm};
use super::handlers::{StafInvoer, openbaar_pad, voorstel_pad};
use super::repo::{Handeling, Initiatief, Regel, Toegang, Voorstel};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::form::lees_bedrag;
use crate::http::Ctx;
use crate::i18n::{bedrag, datum, msg, tijdstip};
use crate::ui;

mod initiatief;
mod openbaar;
mod staf;

pub use initiatief::*;
pub use openbaar::*;
pub use staf::*;

const WOORDEN: [Begrip; 1] = [Begrip::Uitdaagrecht];

fn dag(moment: time::OffsetDateTime) -> Date {
    crate::clock::amsterdam(moment).date()
}

fn status_tag(ctx: &Ctx, status: Status) -> Markup {
    match status {
        Status::Concept => ui::tag(
            ui::TagKind::Warning,
            &ctx.t(msg::UITDAAGRECHT_STATUS_CONCEPT),
        ),
        Status::Ontvangen => ui::tag(
            ui::TagKind::Info,
            &ctx.t(msg::UITDAAGRECHT_STATUS_ONTVANGEN),
        ),
        Status::InGesprek => ui::tag(
            ui::TagKind::Info,
            &ctx.t(msg::UITDAAGRECHT_STATUS_IN_GESPREK),
        ),
        Status::Besloten => ui::tag(
            ui::TagKind::Success,
            &ctx.t(msg::UITDAAGRECHT_STATUS_BESLOTEN),
        ),
    }
}

fn vorm_tekst(ctx: &Ctx, vorm: Vorm) -> String {
    ctx.t(match vorm {
        Vorm::Bewonersgroep => msg::UITDAAGRECHT_VORM_BEWONERSGROEP,
        Vorm::Cooperatie => msg::UITDAAGRECHT_VORM_COOPERATIE,
        Vorm::Stichting => msg::UITDAAGRECHT_VORM_STICHTING,
        Vorm::Vereniging => msg::UITDAAGRECHT_VORM_VERENIGING,
    })
}

fn waarom_tekst(ctx: &Ctx, waarom: Waarom) -> String {
    ctx.t(match waarom {
        Waarom::Beter => msg::UITDAAGRECHT_WAAROM_BETER,
        Waarom::Goedkoper => msg::UITDAAGRECHT_WAAROM_GOEDKOPER,
        Waarom::Dichterbij => msg::UITDAAGRECHT_WAAROM_DICHTERBIJ,
    })
}

pub(super) fn uitkomst_id(uitkomst: Uitkomst) -> &'static str {
    match uitkomst {
        Uitkomst::Overgenomen => msg::UITDAAGRECHT_UITKOMST_OVERGENOMEN,
        Uitkomst::Deels => msg::UITDAAGRECHT_UITKOMST_DEELS,
        Uitkomst::Afgewezen => msg::UITDAAGRECHT_UITKOMST_AFGEWEZEN,
    }
}

fn uitkomst_tekst(ctx: &Ctx, uitkomst: Uitkomst) -> String {
    ctx.t(uitkomst_id(uitkomst))
}

/// A text as typed, with its line breaks kept as paragraphs.
use crate::ui::alinea;

/// The steps of a sent proposal with their dates: what the initiative and the public see.
fn tijdlijn(ctx: &Ctx, v: &Voorstel) -> Markup {
    use ui::EventState::{Current, Next, Past};
    let mut stappen = Vec::new();
    let mut ontvangen = ui::TimelineEvent::new(
        if v.status == Status::Ontvangen {
            Current
        } else {
            Past
        },
        ctx.t(msg::UITDAAGRECHT_STAP_ONTVANGEN),
    );
    if let Some(op) = v.ingediend_op {
        ontvangen = ontvangen.date(dag(op));
    }
    stappen.push(ontvangen);
    let gesprek = ui::TimelineEvent::new(
        match v.status {
            Status::InGesprek => Current,
            // Decided without a conversation: the step is behind it, skipped.
            Status::Besloten => Past,
            _ => Next,
        },
        ctx.t(msg::UITDAAGRECHT_STAP_GESPREK),
    );
    stappen.push(match v.gesprek_op {
        Some(op) => gesprek.date(dag(op)),
        None if v.status == Status::Besloten => {
            gesprek.text(ctx.t(msg::UITDAAGRECHT_STAP_GESPREK_OVERGESLAGEN))
        }
        None => gesprek,
    });
    let besluit = ui::TimelineEvent::new(
        if v.status == Status::Besloten {
            Past
        } else {
            Next
        },
        ctx.t(msg::UITDAAGRECHT_STAP_BESLUIT),
    );
    stappen.push(match v.besloten_op {
        Some(op) => besluit.date(dag(op)),
        None => besluit,
    });
    ui::timeline(&ctx.tr, &stappen)
}

/// The budget as a table with its total: `totaal` once sent, else the sum of the amounts that read.
fn begroting(ctx: &Ctx, regels: &[&Regel], totaal: Option<crate::geld::Bedrag>) -> Markup {
    let lang = ctx.lang();
    let kolommen = [
        ctx.t(msg::UITDAAGRECHT_BEGROTING_POST),
        ctx.t(msg::UITDAAGRECHT_BEGROTING_BEDRAG),
    ];
    let bedrag_van = |r: &Regel| {
        r.bedrag_centen
            .or_else(|| lees_bedrag(&r.bedrag).ok().flatten())
    };
    let totaal = totaal.unwrap_or_else(|| regels.iter().filter_map(|r| bedrag_van(r)).sum());
    html! {
        table.loket-table {
            caption { (ctx.t(msg::UITDAAGRECHT_BEGROTING_CAPTION)) }
            thead { tr { th scope="col" { (kolommen[0]) } th scope="col" { (kolommen[1]) } } }
            tbody {
                @for r in regels {
                    tr {
                        td data-label=(kolommen[0]) { (r.post) }
                        td data-label=(kolommen[1]) {
                            @match bedrag_van(r) { Some(c) => (bedrag(c, lang)), None => (r.bedrag) }
                        }
                    }
                }
            }
            tfoot {
                tr {
                    th scope="row" { (ctx.t(msg::UITDAAGRECHT_BEGROTING_TOTAAL)) }
                    td data-label=(kolommen[1]) { strong { (bedrag(totaal, lang)) } }
                }
            }
        }
    }
}

fn waarom_lijst(ctx: &Ctx, v: &Voorstel) -> String {
    v.waarom_soort
        .iter()
        .filter_map(|c| Waarom::from_code(c))
        .map(|w| waarom_tekst(ctx, w))
        .collect::<Vec<_>>()
        .join(", ")
}

fn start_tekst(ctx: &Ctx, v: &Voorstel) -> String {
    v.startdatum
        .or_else(|| {
            crate::form::datum(&v.start_dag, &v.start_maand, &v.start_jaar)
                .ok()
                .flatten()
        })
        .map(|d| datum(d, ctx.lang()))
        .unwrap_or_default()
}

/// What the proposal says, for the public page: no contact details, no attachments.
fn inhoud(ctx: &Ctx, v: &Voorstel) -> Markup {
    let regels: Vec<&Regel> = v.gevulde_regels().collect();
    html! {
        h2 { (ctx.t(msg::UITDAAGRECHT_WAT_LABEL)) }
        (alinea(&v.wat))
        h2 { (ctx.t(msg::UITDAAGRECHT_VOOR_WIE_LABEL)) }
        (alinea(&v.voor_wie))
        h2 { (ctx.t(msg::UITDAAGRECHT_WAAROM_TITEL)) }
        p { (waarom_lijst(ctx, v)) }
        (alinea(&v.waarom))
        h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_BEGROTING)) }
        (begroting(ctx, &regels, v.budget_centen))
        h2 { (ctx.t(msg::UITDAAGRECHT_BETROKKENEN_LABEL)) }
        (alinea(&v.betrokkenen))
        h2 { (ctx.t(msg::UITDAAGRECHT_DRAAGVLAK_LABEL)) }
        (alinea(&v.draagvlak))
        h2 { (ctx.t(msg::UITDAAGRECHT_START_LABEL)) }
        p { (start_tekst(ctx, v)) }
    }
}

/// The municipality's answer, when there is one.
fn antwoord_gemeente(ctx: &Ctx, v: &Voorstel) -> Markup {
    html! {
        @if let (Some(uitkomst), Some(op)) = (v.uitkomst, v.besloten_op) {
            section #besluit aria-labelledby="besluit-titel" {
                h2 #besluit-titel { (ctx.t(msg::UITDAAGRECHT_BESLUIT_TITEL)) }
                p { (ctx.tr.ta(msg::UITDAAGRECHT_BESLUIT_OP, &[("datum", datum(dag(op), ctx.lang()).into())])) }
                p { strong { (uitkomst_tekst(ctx, uitkomst)) } }
                @if let Some(t) = &v.toelichting { (ui::van_gemeente(&ctx.tr, t)) }
            }
        }
    }
}

/// Every answer as a summary list; with `wijzig`, each row links back to its field on the draft form.
fn antwoorden(ctx: &Ctx, v: &Voorstel, wijzig: Option<&str>, bijlage_pad: &str) -> Markup {
    let rij = |label: &str, waarde: Markup, veld: &str| {
        let r = ui::SummaryRow::new(ctx.t(label), waarde);
        match wijzig {
            Some(pad) => r.change(format!("{pad}#{veld}")),
            None => r,
        }
    };
    let regels: Vec<&Regel> = v.gevulde_regels().collect();
    let rijen = vec![
        rij(msg::UITDAAGRECHT_TAAK_LABEL, html! { (v.taak) }, "taak"),
        rij(msg::UITDAAGRECHT_WAT_LABEL, alinea(&v.wat), "wat"),
        rij(
            msg::UITDAAGRECHT_VOOR_WIE_LABEL,
            alinea(&v.voor_wie),
            "voor_wie",
        ),
        rij(
            msg::UITDAAGRECHT_WAAROM_SOORT_LABEL,
            html! { (waarom_lijst(ctx, v)) },
            "waarom_soort",
        ),
        rij(msg::UITDAAGRECHT_WAAROM_LABEL, alinea(&v.waarom), "waarom"),
        rij(
            msg::UITDAAGRECHT_FORMULIER_BEGROTING,
            begroting(ctx, &regels, v.budget_centen),
            "post-1",
        ),
        rij(
            msg::UITDAAGRECHT_BETROKKENEN_LABEL,
            alinea(&v.betrokkenen),
            "betrokkenen",
        ),
        rij(
            msg::UITDAAGRECHT_DRAAGVLAK_LABEL,
            alinea(&v.draagvlak),
            "draagvlak",
        ),
        rij(
            msg::UITDAAGRECHT_START_LABEL,
            html! { (start_tekst(ctx, v)) },
            "start",
        ),
        rij(
            msg::UITDAAGRECHT_FORMULIER_BIJLAGEN,
            html! {
                @if v.bijlagen.is_empty() { (ctx.t(msg::UITDAAGRECHT_GEEN_BIJLAGEN)) }
                @else { ul { @for b in &v.bijlagen { li { (crate::zaken::document::link(&ctx.tr, &format!("{bijlage_pad}{}", b.id), &b.naam, b.controle, false)) } } } }
            },
            "bestand",
        ),
        rij(
            msg::UITDAAGRECHT_OPENBAAR_LABEL,
            html! {
                @if v.openbaar == "ja" { (ctx.t(msg::UITDAAGRECHT_OPENBAAR_JA)) } @else { (ctx.t(msg::UITDAAGRECHT_OPENBAAR_NEE)) }
            },
            "openbaar",
        ),
    ];
    ui::summary_list(&ctx.tr, &rijen)
}

/// What staff did, as the initiative reads it.
fn handeling_tekst(ctx: &Ctx, h: Handeling) -> String {
    ctx.t(match h {
        Handeling::Bekeken => msg::UITDAAGRECHT_LOG_BEKEKEN,
        Handeling::Gedownload => msg::UITDAAGRECHT_LOG_GEDOWNLOAD,
        Handeling::Gesprek => msg::UITDAAGRECHT_LOG_GESPREK,
        Handeling::Vraag => msg::UITDAAGRECHT_LOG_VRAAG,
        Handeling::Besloten => msg::UITDAAGRECHT_LOG_BESLOTEN,
        Handeling::Opgepakt => msg::UITDAAGRECHT_LOG_OPGEPAKT,
        Handeling::Vastgelegd => msg::UITDAAGRECHT_LOG_VASTGELEGD,
    })
}
