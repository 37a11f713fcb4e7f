//! The pages of a bezwaar: the resident's form, check page, the bezwaar read back with its steps and terms,
//! withdrawing; and the staff page with a form per step.

use maud::{Markup, html};
use time::Date;

use super::domain::{Bezwaar, BezwaarStap, Uitkomst};
use super::handlers::{Invoer, MAX_TEKENS};
use super::staf::{self, StafStap};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{datum, datum_met_dag, msg};
use crate::termijnen::domain::{
    BESLISSING_BEZWAAR_COMMISSIE_WEKEN, BESLISSING_BEZWAAR_WEKEN, Termijn,
};
use crate::ui;
use crate::zaken::document::{self, Document, MAX_MB, MAX_MB_PER_KEER, upload::MAX_PER_KEER};
use crate::zaken::kern::Kern;

/// The last day to object, where it comes from, and what to do when it has passed.
pub fn bezwaar_termijn(ctx: &Ctx, termijn: &Termijn, vandaag: Date) -> Markup {
    let lang = ctx.lang();
    let weken = ctx.app.gemeente.termijnen.bezwaar_weken;
    html! {
        p { strong { (begrippen::zin(ctx, msg::DOSSIER_BEZWAAR_TOT, &[("datum", datum_met_dag(termijn.einde, lang).into())], Begrip::Bezwaar)) } }
        (crate::termijnen::views::kan_veranderen(ctx, termijn.einde))
        p { (ctx.tr.ta(msg::DOSSIER_BEZWAAR_UITLEG, &[("weken", weken.into()), ("verzonden", datum(termijn.begin, lang).into())])) }
        @if termijn.verlengd() {
            p { (ctx.tr.ta(msg::DOSSIER_BEZWAAR_VERLENGD, &[("weken", weken.into()), ("datum", datum_met_dag(termijn.einde_zonder_verlenging, lang).into())])) }
        }
        @if termijn.verstreken(vandaag) {
            div id="te-laat" {
                p { strong { (ctx.t(msg::DOSSIER_BEZWAAR_TE_LAAT)) } }
                p { (ctx.t(msg::DOSSIER_BEZWAAR_TE_LAAT_TOCH)) }
            }
        }
    }
}

/// How long the municipality takes to decide (Awb 7:10), and what a resident who cannot wait may do.
fn hierna(ctx: &Ctx) -> Markup {
    let t = &ctx.app.gemeente.termijnen;
    let weken = if t.bezwaar_adviescommissie {
        BESLISSING_BEZWAAR_COMMISSIE_WEKEN
    } else {
        BESLISSING_BEZWAAR_WEKEN
    };
    html! {
        h2 { (ctx.t(msg::BEZWAAR_HIERNA_TITEL)) }
        p { (ctx.tr.ta(msg::BEZWAAR_HIERNA_WEKEN, &[("weken", weken.into())])) }
        p { (ctx.t(msg::BEZWAAR_HIERNA_GESPREK)) }
        (voorlopige_voorziening(ctx))
    }
}

/// Asking the court for a provisional measure (Awb 8:81), in one paragraph.
fn voorlopige_voorziening(ctx: &Ctx) -> Markup {
    ui::details(
        &ctx.t(msg::BEZWAAR_VOORLOPIG_TITEL),
        html! {
            p { (ctx.t(msg::BEZWAAR_VOORLOPIG_TEKST)) }
        },
    )
}

/// A list of documents, each a link to open it (or its virus-scan state).
fn documenten_lijst(ctx: &Ctx, basis: &str, documenten: &[Document]) -> Markup {
    html! {
        ul {
            @for d in documenten {
                li { (document::link(&ctx.tr, &format!("{basis}/{}", d.id), &d.naam, d.controle, true)) }
            }
        }
    }
}

/// Text as someone typed it: one paragraph per line.
use crate::ui::alinea;

/// `GET {case}/bezwaar` before a bezwaar is sent: the term, the form, and what happens next.
#[allow(clippy::too_many_arguments)]
pub fn formulier(
    ctx: &Ctx,
    pad: &str,
    besluit_op: Date,
    eerder: Option<&Bezwaar>,
    invoer: &Invoer,
    documenten: &[Document],
    errors: &FieldErrors,
    klaar: &str,
) -> Markup {
    let tr = &ctx.tr;
    let vandaag = ctx.app.clock.today();
    let gemeente = &ctx.app.gemeente;
    let termijn =
        crate::termijnen::domain::na_besluit(besluit_op, &gemeente.termijnen, &gemeente.kalender());
    let te_laat = termijn.verstreken(vandaag);
    let pro_forma = [ui::Choice::new("ja", ctx.t(msg::BEZWAAR_PRO_FORMA_KEUZE))
        .hint(ctx.t(msg::BEZWAAR_PRO_FORMA_UITLEG))];
    let namen: Vec<String> = documenten
        .iter()
        .map(|d| {
            tr.ta(
                msg::BEZWAAR_DOCUMENT_WEG,
                &[("naam", d.naam.as_str().into())],
            )
        })
        .collect();
    let weg: Vec<ui::Choice<'_>> = documenten
        .iter()
        .zip(&namen)
        .map(|(d, naam)| ui::Choice::new(&d.id, naam.as_str()))
        .collect();
    let banner = match klaar {
        "ingetrokken" => Some(msg::BEZWAAR_KLAAR_INGETROKKEN),
        "opgeslagen" => Some(msg::BEZWAAR_KLAAR_OPGESLAGEN),
        _ => None,
    };
    let page = ui::Page::new(ctx, ctx.t(msg::DOSSIER_BEZWAAR_TITEL))
        .back(pad.to_owned(), ctx.t(msg::DOSSIER_TERUG))
        .errors(errors);
    page.render(html! {
        @if let Some(tekst) = banner {
            (ui::notification_banner(tr, ui::Notice::Success, html! { p { (ctx.t(tekst)) } }))
        }
        @if eerder.is_some_and(|b| b.ingetrokken_op.is_some()) {
            p { (ctx.t(msg::BEZWAAR_OPNIEUW)) }
        }
        p { (begrippen::zin(ctx, msg::DOSSIER_BEZWAAR_INTRO, &[], Begrip::Besluit)) }
        (bezwaar_termijn(ctx, &termijn, vandaag))
        form method="post" action={ (pad) "/bezwaar" } enctype="multipart/form-data" novalidate {
            (ui::Field::new("tekst", ctx.t(msg::DOSSIER_BEZWAAR_LABEL))
                .hint(ctx.t(if te_laat { msg::DOSSIER_BEZWAAR_HINT_TE_LAAT } else { msg::DOSSIER_BEZWAAR_HINT }))
                .value(invoer.tekst.as_str())
                .errors(errors)
                .textarea(tr, 8, Some(MAX_TEKENS as u32)))
            (ui::Field::new("pro_forma", ctx.t(msg::BEZWAAR_PRO_FORMA_LABEL))
                .errors(errors)
                .checkboxes(tr, &pro_forma, if invoer.pro_forma { &["ja"] as &[&str] } else { &[] }))
            @if !documenten.is_empty() {
                h2 { (ctx.t(msg::BEZWAAR_DOCUMENTEN_TITEL)) }
                (documenten_lijst(ctx, &format!("{pad}/bezwaar/document"), documenten))
                (ui::Field::new("document-weg", ctx.t(msg::BEZWAAR_DOCUMENT_WEG_LABEL))
                    .checkboxes(tr, &weg, &[] as &[&str]))
            }
            (ui::Field::new("bestand", ctx.t(msg::BEZWAAR_BESTAND_LABEL))
                .hint(ctx.t(msg::BEZWAAR_BESTAND_HINT))
                .errors(errors)
                .files(tr, ".pdf,.jpg,.jpeg,.png", MAX_MB, MAX_PER_KEER, MAX_MB_PER_KEER))
            (ui::button_group(html! {
                (ui::Button::primary(ctx.t(msg::BEZWAAR_VERDER)).name_value("actie", "controleren"))
                (ui::Button::secondary(ctx.t(msg::BEZWAAR_OPSLAAN)).name_value("actie", "opslaan"))
            }))
        }
        (hierna(ctx))
    })
}

/// `GET {case}/bezwaar/controleren`: what will be sent.
pub fn controleren(
    ctx: &Ctx,
    pad: &str,
    besluit_op: Date,
    invoer: &Invoer,
    documenten: &[Document],
) -> Markup {
    let lang = ctx.lang();
    let gronden = if invoer.tekst.trim().is_empty() {
        html! { (ctx.t(msg::BEZWAAR_GRONDEN_LATER)) }
    } else {
        alinea(&invoer.tekst)
    };
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::BEZWAAR_RIJ_BESLUIT),
            datum_met_dag(besluit_op, lang),
        ),
        ui::SummaryRow::new(ctx.t(msg::BEZWAAR_RIJ_GRONDEN), gronden)
            .change(format!("{pad}/bezwaar#tekst")),
    ];
    if invoer.pro_forma && !invoer.tekst.trim().is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BEZWAAR_PRO_FORMA_LABEL),
            ctx.t(msg::BEZWAAR_PRO_FORMA_KEUZE),
        ));
    }
    let docs = if documenten.is_empty() {
        html! { (ctx.t(msg::BEZWAAR_GEEN_DOCUMENTEN)) }
    } else {
        documenten_lijst(ctx, &format!("{pad}/bezwaar/document"), documenten)
    };
    rijen.push(
        ui::SummaryRow::new(ctx.t(msg::BEZWAAR_DOCUMENTEN_TITEL), docs)
            .change(format!("{pad}/bezwaar#bestand")),
    );
    ui::Page::new(ctx, ctx.t(msg::BEZWAAR_CONTROLEREN_TITEL))
        .back(format!("{pad}/bezwaar"), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p { (ctx.t(msg::BEZWAAR_CONTROLEREN_INTRO)) }
            (ui::summary_list(&ctx.tr, &rijen))
            h2 { (ctx.t(msg::BEZWAAR_VERSTUREN_TITEL)) }
            p { (ctx.t(msg::BEZWAAR_VERSTUREN_TEKST)) }
            form method="post" action={ (pad) "/bezwaar/versturen" } {
                (ui::Button::primary(ctx.t(msg::DOSSIER_BEZWAAR_KNOP)))
            }
            (begrippen::uitleg(ctx, &[Begrip::Bezwaar]))
        })
}

/// One step of a bezwaar in words, as the resident reads it.
fn stap_tekst(ctx: &Ctx, stap: &BezwaarStap) -> String {
    let lang = ctx.lang();
    match stap {
        BezwaarStap::Ingediend { pro_forma, .. } => ctx.t(if *pro_forma {
            msg::BEZWAAR_STAP_INGEDIEND_PRO_FORMA
        } else {
            msg::BEZWAAR_STAP_INGEDIEND
        }),
        BezwaarStap::OntvangstBevestigd => ctx.t(msg::BEZWAAR_STAP_BEVESTIGD),
        BezwaarStap::AanvullenTot { tot } => ctx.tr.ta(
            msg::BEZWAAR_STAP_AANVULLEN_TOT,
            &[("datum", datum_met_dag(*tot, lang).into())],
        ),
        BezwaarStap::Aangevuld { .. } => ctx.t(msg::BEZWAAR_STAP_AANGEVULD),
        BezwaarStap::HoorzittingGepland {
            datum: dag,
            tijd,
            plaats,
            ..
        } => ctx.tr.ta(
            msg::BEZWAAR_STAP_HOORZITTING,
            &[
                ("datum", datum_met_dag(*dag, lang).into()),
                ("tijd", tijd.as_str().into()),
                ("plaats", plaats.as_str().into()),
            ],
        ),
        BezwaarStap::HorenAfgezien { reden } => ctx.tr.ta(
            msg::BEZWAAR_STAP_HOREN_AFGEZIEN,
            &[("reden", reden.as_str().into())],
        ),
        BezwaarStap::Verdaagd { reden } => ctx.tr.ta(
            msg::BEZWAAR_STAP_VERDAAGD,
            &[("reden", reden.as_str().into())],
        ),
        BezwaarStap::Beslist { .. } => ctx.t(msg::BEZWAAR_STAP_BESLIST),
        BezwaarStap::Ingetrokken => ctx.t(msg::BEZWAAR_STAP_INGETROKKEN),
        BezwaarStap::Ingebrekestelling { .. } => ctx.t(msg::INGEBREKE_GEBEURTENIS),
    }
}

/// Every step of the bezwaar, oldest first, with its day.
fn stappen_lijst(ctx: &Ctx, b: &Bezwaar) -> Markup {
    let lang = ctx.lang();
    html! {
        ol.loket-stappen {
            @for s in &b.stappen {
                li { strong { (datum(crate::zaken::dag(s.op), lang)) } ": " (stap_tekst(ctx, &s.stap)) }
            }
        }
    }
}

fn uitkomst_tekst(uitkomst: Uitkomst) -> &'static str {
    match uitkomst {
        Uitkomst::Gegrond => msg::BEZWAAR_UITKOMST_GEGROND,
        Uitkomst::DeelsGegrond => msg::BEZWAAR_UITKOMST_DEELS_GEGROND,
        Uitkomst::Ongegrond => msg::BEZWAAR_UITKOMST_ONGEGROND,
        Uitkomst::NietOntvankelijk => msg::BEZWAAR_UITKOMST_NIET_ONTVANKELIJK,
    }
}

/// The last day for the decision, how it follows, and whether it may still move.
fn beslis_termijn(ctx: &Ctx, b: &Bezwaar) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let termijn = b.beslis_termijn(gemeente);
    let lang = ctx.lang();
    html! {
        p { strong { (ctx.tr.ta(msg::BEZWAAR_BESLIST_UITERLIJK, &[("datum", datum_met_dag(termijn.einde, lang).into())])) } }
        (crate::termijnen::views::kan_veranderen(ctx, termijn.einde))
        p { (ctx.tr.ta(if b.na_termijn(gemeente) { msg::BEZWAAR_BESLIST_UITLEG_LAAT } else { msg::BEZWAAR_BESLIST_UITLEG }, &[
            ("weken", (termijn.einde_zonder_verlenging - termijn.begin).whole_weeks().into()),
            ("datum", datum_met_dag(termijn.begin, lang).into()),
        ])) }
        @if termijn.verlengd() {
            p { (ctx.tr.ta(msg::TERMIJNEN_VERLENGD, &[("datum", datum_met_dag(termijn.einde_zonder_verlenging, lang).into())])) }
        }
    }
}

/// `GET {case}/bezwaar` once sent: what was sent, its steps, its term, and what the resident can do now.
#[allow(clippy::too_many_arguments)]
pub fn bezwaar(
    ctx: &Ctx,
    pad: &str,
    referentie: &str,
    b: &Bezwaar,
    documenten: &[Document],
    klaar: &str,
    invoer: &Invoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let vandaag = ctx.app.clock.today();
    let page = ui::Page::new(ctx, ctx.t(msg::BEZWAAR_TITEL_VERSTUURD))
        .back(pad.to_owned(), ctx.t(msg::DOSSIER_TERUG))
        .errors(errors);
    page.render(html! {
        @if klaar == "verstuurd" {
            (ui::notification_banner(tr, ui::Notice::Success, html! {
                p { (ctx.t(msg::BEZWAAR_KLAAR_VERSTUURD)) }
                p { (ctx.t(msg::BEZWAAR_KLAAR_MAIL)) }
            }))
        } @else if klaar == "aangevuld" {
            (ui::notification_banner(tr, ui::Notice::Success, html! { p { (ctx.t(msg::BEZWAAR_KLAAR_AANGEVULD)) } }))
        }
        p { (begrippen::zin(ctx, msg::DOSSIER_STAP_BEZWAAR, &[("datum", datum(b.ingediend_op, lang).into())], Begrip::Bezwaar)) }
        @if let Some(beslissing) = &b.beslissing {
            section aria-labelledby="beslissing" {
                h2 id="beslissing" { (ctx.t(msg::BEZWAAR_BESLISSING_TITEL)) }
                p { strong { (ctx.t(uitkomst_tekst(beslissing.uitkomst))) } }
                (ui::in_het_nederlands(&ctx.tr))
                h3 { (ctx.t(msg::BEZWAAR_BESLISSING_WAAROM)) }
                (ui::van_gemeente(&ctx.tr, &beslissing.motivering))
                @if !beslissing.nieuw_besluit.is_empty() {
                    h3 { (ctx.t(msg::BEZWAAR_BESLISSING_NIEUW)) }
                    (ui::van_gemeente(&ctx.tr, &beslissing.nieuw_besluit))
                }
                p { (ctx.t(msg::BEZWAAR_BEROEP)) }
            }
        } @else if b.is_open() {
            (beslis_termijn(ctx, b))
            @if b.te_laat(&ctx.app.gemeente, vandaag) {
                (crate::zaken::ingebreke::te_laat_blok(ctx, &ctx.tr.ta(msg::INGEBREKE_NIET_GELUKT, &[("datum", datum_met_dag(b.beslis_termijn(&ctx.app.gemeente).einde, lang).into())]), referentie, msg::INGEBREKE_BESLIS_BEZWAAR))
            }
            @if b.wacht_op_gronden() {
                @if let Some(tot) = b.aanvullen_tot {
                    p { strong { (tr.ta(msg::BEZWAAR_AANVULLEN_TOT, &[("datum", datum_met_dag(tot, lang).into())])) } }
                    @if vandaag > tot {
                        p { (ctx.t(msg::BEZWAAR_AANVULLEN_TE_LAAT)) }
                    }
                } @else {
                    p { (ctx.t(msg::BEZWAAR_AANVULLEN_ZO_SNEL)) }
                }
            }
        }
        @if let Some(dag) = b.te_laat_aangevuld() {
            p { (tr.ta(msg::BEZWAAR_AANGEVULD_NA_TERMIJN, &[("datum", datum_met_dag(dag, lang).into())])) }
        }
        h2 { (ctx.t(msg::DOSSIER_BEZWAAR_UW_TEKST)) }
        @if b.gronden.trim().is_empty() {
            p { (ctx.t(msg::BEZWAAR_GRONDEN_LATER)) }
        } @else {
            (alinea(&b.gronden))
        }
        @for (op, gronden) in b.aanvullingen.iter().filter(|(_, g)| !g.trim().is_empty()) {
            h3 { (tr.ta(msg::BEZWAAR_AANVULLING_VAN, &[("datum", datum(*op, lang).into())])) }
            (alinea(gronden))
        }
        @if !documenten.is_empty() {
            h2 { (ctx.t(msg::BEZWAAR_DOCUMENTEN_TITEL)) }
            (documenten_lijst(ctx, &format!("{pad}/bezwaar/document"), documenten))
        }
        @if let Some(dw) = b.dwangsom(vandaag) {
            section aria-labelledby="dwangsom" {
                h2 id="dwangsom" { (ctx.t(msg::DOSSIER_DWANGSOM_TITEL)) }
                (crate::zaken::ingebreke::stand_blok(ctx, &dw))
            }
        }
        h2 { (ctx.t(msg::BEZWAAR_STAPPEN_TITEL)) }
        (stappen_lijst(ctx, b))
        @if b.is_open() && b.wacht_op_gronden() {
            h2 #aanvullen { (ctx.t(msg::BEZWAAR_AANVULLEN_TITEL)) }
            p { (ctx.t(msg::BEZWAAR_AANVULLEN_UITLEG)) }
            form method="post" action={ (pad) "/bezwaar/aanvullen" } enctype="multipart/form-data" novalidate {
                input type="hidden" name="stand" value=(b.stappen.last().map_or(0, |s| s.volgnummer));
                (ui::Field::new("tekst", ctx.t(msg::BEZWAAR_AANVULLEN_LABEL))
                    .value(invoer.tekst.as_str())
                    .errors(errors)
                    .textarea(tr, 5, Some(MAX_TEKENS as u32)))
                (ui::Field::new("bestand", ctx.t(msg::BEZWAAR_BESTAND_LABEL))
                    .errors(errors)
                    .files(tr, ".pdf,.jpg,.jpeg,.png", MAX_MB, MAX_PER_KEER, MAX_MB_PER_KEER))
                (ui::Button::secondary(ctx.t(msg::BEZWAAR_AANVULLEN_KNOP)))
            }
        }
        @if b.is_open() {
            (voorlopige_voorziening(ctx))
            h2 { (ctx.t(msg::BEZWAAR_INTREKKEN_TITEL)) }
            p { a href={ (pad) "/bezwaar/intrekken" } { (ctx.t(msg::BEZWAAR_INTREKKEN_LINK)) } }
        }
    })
}

/// `GET {case}/bezwaar/intrekken`.
pub fn intrekken(ctx: &Ctx, pad: &str) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::BEZWAAR_INTREKKEN_TITEL))
        .back(format!("{pad}/bezwaar"), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p { (ctx.t(msg::BEZWAAR_INTREKKEN_UITLEG)) }
            p { (ctx.t(msg::BEZWAAR_INTREKKEN_OPNIEUW)) }
            form method="post" action={ (pad) "/bezwaar/intrekken" } {
                (ui::Button::warning(ctx.t(msg::BEZWAAR_INTREKKEN_KNOP)))
            }
            (begrippen::uitleg(ctx, &[Begrip::Bezwaar]))
        })
}

/// The staff page of a bezwaar: what was sent, its terms, its steps, and a form per step that fits now.
/// `fout`: the step whose form came back with `errors` and `invoer`.
#[allow(clippy::too_many_arguments)]
pub fn staf(
    ctx: &Ctx,
    kern: &Kern,
    b: &Bezwaar,
    documenten: &[Document],
    klaar: &str,
    fout: Option<StafStap>,
    invoer: &staf::Invoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let gemeente = &ctx.app.gemeente;
    let basis = format!("/medewerker/zaak/{}/bezwaar", kern.id);
    let leeg = FieldErrors::new();
    let leeg_invoer = staf::Invoer::default();
    let rijen = [
        ui::SummaryRow::new(
            ctx.t(msg::BEZWAAR_RIJ_BESLUIT),
            datum_met_dag(b.besluit_op, lang),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BEZWAAR_RIJ_INGEDIEND),
            datum_met_dag(b.ingediend_op, lang),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BEZWAAR_RIJ_TERMIJN),
            if b.na_termijn(gemeente) {
                tr.ta(
                    msg::BEZWAAR_NA_TERMIJN,
                    &[(
                        "datum",
                        datum_met_dag(b.bezwaar_termijn(gemeente).einde, lang).into(),
                    )],
                )
            } else {
                ctx.t(msg::BEZWAAR_BINNEN_TERMIJN)
            },
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BEZWAAR_RIJ_BESLISSEN),
            datum_met_dag(b.beslis_termijn(gemeente).einde, lang),
        ),
    ];
    let page = ui::Page::new(
        ctx,
        tr.ta(
            msg::BEZWAAR_STAF_TITEL,
            &[("referentie", kern.referentie.as_str().into())],
        ),
    )
    .back(
        crate::zaken::kern::staf_pad(kern.regeling, &kern.id),
        ctx.t(msg::BACKOFFICE_TERUG_ZAAK),
    )
    .errors(errors)
    .wide();
    let beschikbaar = staf::stappen(b, ctx);
    // The documents of this bezwaar, and apart those of one withdrawn before it.
    let (deze, eerder): (Vec<Document>, Vec<Document>) = documenten
        .iter()
        .cloned()
        .partition(|d| b.documenten.contains(&d.id));
    let uitkomsten: Vec<ui::Choice<'_>> = Uitkomst::ALL
        .iter()
        .map(|u| ui::Choice::new(u.code(), ctx.t(uitkomst_tekst(*u))))
        .collect();
    page.render(html! {
        @if !klaar.is_empty() {
            (ui::notification_banner(tr, ui::Notice::Success, html! { p { (ctx.t(msg::BEZWAAR_STAF_VASTGELEGD)) } }))
        }
        (ui::summary_list(tr, &rijen))
        @if b.ingetrokken_op.is_some() {
            p { strong { (ctx.t(msg::BEZWAAR_STAF_INGETROKKEN)) } }
        }
        h2 { (ctx.t(msg::BEZWAAR_STAF_GRONDEN)) }
        @if b.gronden.trim().is_empty() {
            p { (ctx.t(msg::BEZWAAR_STAF_PRO_FORMA)) }
        } @else {
            (alinea(&b.gronden))
        }
        @for (op, gronden) in b.aanvullingen.iter().filter(|(_, g)| !g.trim().is_empty()) {
            h3 { (tr.ta(msg::BEZWAAR_AANVULLING_VAN, &[("datum", datum(*op, lang).into())])) }
            (alinea(gronden))
        }
        @if let Some(dag) = b.te_laat_aangevuld() {
            p { (ui::tag(ui::TagKind::Warning, &tr.ta(msg::BEZWAAR_AANGEVULD_NA_TERMIJN, &[("datum", datum_met_dag(dag, lang).into())]))) }
        }
        @if !deze.is_empty() {
            h2 { (ctx.t(msg::BEZWAAR_DOCUMENTEN_TITEL)) }
            (documenten_lijst(ctx, &format!("{basis}/document"), &deze))
        }
        @if !eerder.is_empty() {
            h2 { (ctx.t(msg::BEZWAAR_STAF_EERDER)) }
            (documenten_lijst(ctx, &format!("{basis}/document"), &eerder))
        }
        h2 { (ctx.t(msg::BEZWAAR_STAPPEN_TITEL)) }
        (stappen_lijst(ctx, b))
        @if let Some(dw) = b.dwangsom(ctx.app.clock.today()) {
            h2 { (ctx.t(msg::DOSSIER_DWANGSOM_TITEL)) }
            (crate::zaken::ingebreke::stand_blok(ctx, &dw))
        }
        @if let Some(beslissing) = &b.beslissing {
            h2 { (ctx.t(msg::BEZWAAR_BESLISSING_TITEL)) }
            p { strong { (ctx.t(uitkomst_tekst(beslissing.uitkomst))) } }
            (alinea(&beslissing.motivering))
            @if !beslissing.nieuw_besluit.is_empty() {
                h3 { (ctx.t(msg::BEZWAAR_BESLISSING_NIEUW)) }
                (alinea(&beslissing.nieuw_besluit))
            }
        }
        @for stap in &beschikbaar {
            @let (e, w) = if fout == Some(*stap) { (errors, invoer) } else { (&leeg, &leeg_invoer) };
            section.loket-stap aria-labelledby={ "stap-" (stap.slug()) } {
                h2 id={ "stap-" (stap.slug()) } { (ctx.t(staf_titel(*stap))) }
                form method="post" action={ (basis) "/" (stap.slug()) } novalidate {
                    input type="hidden" name="stand" value=(b.stappen.last().map_or(0, |s| s.volgnummer));
                    @match stap {
                        StafStap::Ontvangst => p { (ctx.t(msg::BEZWAAR_STAF_ONTVANGST_UITLEG)) },
                        StafStap::AanvullenTot => {
                            p { (ctx.t(msg::BEZWAAR_STAF_AANVULLEN_UITLEG)) }
                            (ui::Field::new("tot", ctx.t(msg::BEZWAAR_STAF_AANVULLEN_LABEL)).errors(e)
                                .date(tr, w.get("tot-dag"), w.get("tot-maand"), w.get("tot-jaar")))
                        }
                        StafStap::Hoorzitting => {
                            (ui::Field::new("datum", ctx.t(msg::BEZWAAR_STAF_DATUM)).errors(e)
                                .date(tr, w.get("datum-dag"), w.get("datum-maand"), w.get("datum-jaar")))
                            (ui::Field::new("tijd", ctx.t(msg::BEZWAAR_STAF_TIJD)).hint(ctx.t(msg::BEZWAAR_STAF_TIJD_HINT))
                                .value(w.get("tijd")).errors(e).width(ui::Width::Chars10).input(tr, ui::InputKind::Text))
                            (ui::Field::new("plaats", ctx.t(msg::BEZWAAR_STAF_PLAATS)).value(w.get("plaats")).errors(e)
                                .input(tr, ui::InputKind::Text))
                            @if gemeente.termijnen.bezwaar_adviescommissie {
                                (ui::Field::new("commissie", ctx.t(msg::BEZWAAR_STAF_COMMISSIE_LABEL))
                                    .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BEZWAAR_STAF_COMMISSIE))], &[w.get("commissie")]))
                            }
                        }
                        StafStap::HorenAfgezien => {
                            (ui::Field::new("horen_reden", ctx.t(msg::BEZWAAR_STAF_HOREN_REDEN)).hint(ctx.t(msg::BEZWAAR_STAF_HOREN_HINT))
                                .value(w.get("horen_reden")).errors(e).textarea(tr, 3, None))
                        }
                        StafStap::Verdagen => {
                            p { (ctx.t(msg::BEZWAAR_STAF_VERDAGEN_UITLEG)) }
                            (ui::Field::new("verdagen_reden", ctx.t(msg::BEZWAAR_STAF_VERDAGEN_REDEN))
                                .value(w.get("verdagen_reden")).errors(e).textarea(tr, 3, None))
                        }
                        StafStap::Ingebrekestelling => {
                            p { (ctx.t(msg::INGEBREKE_STAF_UITLEG)) }
                            (ui::Field::new("ontvangen", ctx.t(msg::INGEBREKE_STAF_ONTVANGEN)).errors(e)
                                .date(tr, w.get("ontvangen-dag"), w.get("ontvangen-maand"), w.get("ontvangen-jaar")))
                        }
                        StafStap::Beslissen => {
                            (ui::Field::new("uitkomst", ctx.t(msg::BEZWAAR_STAF_UITKOMST)).value(w.get("uitkomst")).errors(e)
                                .radios(tr, &uitkomsten))
                            (ui::Field::new("motivering", ctx.t(msg::BEZWAAR_STAF_MOTIVERING)).value(w.get("motivering")).errors(e)
                                .textarea(tr, 6, None))
                            (ui::Field::new("nieuw_besluit", ctx.t(msg::BEZWAAR_STAF_NIEUW_BESLUIT)).hint(ctx.t(msg::BEZWAAR_STAF_NIEUW_BESLUIT_HINT))
                                .value(w.get("nieuw_besluit")).errors(e).textarea(tr, 6, None))
                        }
                    }
                    (ui::Button::secondary(ctx.t(staf_titel(*stap))))
                }
            }
        }
    })
}

fn staf_titel(stap: StafStap) -> &'static str {
    match stap {
        StafStap::Ontvangst => msg::BEZWAAR_STAF_ONTVANGST,
        StafStap::AanvullenTot => msg::BEZWAAR_STAF_AANVULLEN,
        StafStap::Hoorzitting => msg::BEZWAAR_STAF_HOORZITTING,
        StafStap::HorenAfgezien => msg::BEZWAAR_STAF_HOREN_AFGEZIEN,
        StafStap::Verdagen => msg::BEZWAAR_STAF_VERDAGEN,
        StafStap::Beslissen => msg::BEZWAAR_STAF_BESLISSEN,
        StafStap::Ingebrekestelling => msg::INGEBREKE_STAF_KNOP,
    }
}

/// The bezwaar on a resident's case page ([`super::inwoner_blok`]), below the page's own sentence on the
/// term to object: the button to the form, or where the bezwaar stands.
pub fn inwoner_blok(ctx: &Ctx, pad: &str, bezwaar: Option<&Bezwaar>, mag_indienen: bool) -> Markup {
    let lang = ctx.lang();
    let gemeente = &ctx.app.gemeente;
    html! {
        @if let Some(b) = bezwaar {
            section aria-labelledby="bezwaar" {
                h2 id="bezwaar" { (ctx.t(msg::DOSSIER_BESLUIT_BEZWAAR_TITEL)) }
                p { (begrippen::zin(ctx, msg::DOSSIER_STAP_BEZWAAR, &[("datum", datum(b.ingediend_op, lang).into())], Begrip::Bezwaar)) }
                @if let Some(beslissing) = &b.beslissing {
                    p { (ctx.t(uitkomst_tekst(beslissing.uitkomst))) }
                } @else {
                    p { (ctx.tr.ta(msg::BEZWAAR_BESLIST_UITERLIJK, &[("datum", datum_met_dag(b.beslis_termijn(gemeente).einde, lang).into())])) }
                }
                @if mag_indienen {
                    p { a href={ (pad) "/bezwaar" } { (ctx.t(msg::BEZWAAR_BEKIJKEN)) } }
                }
            }
        } @else if mag_indienen {
            p { (ui::Button::secondary(ctx.t(msg::DOSSIER_BEZWAAR_LINK)).link(&format!("{pad}/bezwaar"))) }
        }
    }
}

/// The link from a staff case page to its bezwaar ([`super::staf_link`]).
pub fn staf_link(ctx: &Ctx, id: &str, b: &Bezwaar) -> Markup {
    let lang = ctx.lang();
    let stand = if b.ingetrokken_op.is_some() {
        ctx.t(msg::BEZWAAR_STAF_INGETROKKEN)
    } else if let Some(beslissing) = &b.beslissing {
        ctx.t(uitkomst_tekst(beslissing.uitkomst))
    } else {
        ctx.tr.ta(
            msg::BEZWAAR_BESLIST_UITERLIJK,
            &[(
                "datum",
                datum_met_dag(b.beslis_termijn(&ctx.app.gemeente).einde, lang).into(),
            )],
        )
    };
    html! {
        section aria-labelledby="bezwaar" {
            h2 id="bezwaar" { (ctx.t(msg::BEZWAAR_STAF_LINK_TITEL)) }
            p { (ctx.tr.ta(msg::BEZWAAR_STAF_LINK_ONTVANGEN, &[("datum", datum(b.ingediend_op, lang).into())])) " " (stand) }
            p { a href={ "/medewerker/zaak/" (id) "/bezwaar" } { (ctx.t(msg::BEZWAAR_STAF_LINK)) } }
        }
    }
}

/// The staff page of a case without a bezwaar.
pub fn staf_geen(ctx: &Ctx, kern: &Kern) -> Markup {
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::BEZWAAR_STAF_TITEL,
            &[("referentie", kern.referentie.as_str().into())],
        ),
    )
    .back(
        crate::zaken::kern::staf_pad(kern.regeling, &kern.id),
        ctx.t(msg::BACKOFFICE_TERUG_ZAAK),
    )
    .render(html! {
        p { (ctx.t(msg::BEZWAAR_STAF_GEEN)) }
    })
}
