//! The pages and mails of the right to challenge.

use maud::{Markup, html};
use time::Date;

use super::domain::{REGELS_MAX, Status, Uitkomst, Vorm, Waarom};
use super::form::{self, Geldig, InitiatiefForm, LidForm};
use super::handlers::{StafInvoer, openbaar_pad, voorstel_pad};
use super::repo::{Handeling, Initiatief, Regel, Toegang, Voorstel};
use crate::backoffice::domain::bedrag_cent;
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{Tr, bedrag, datum, msg, tijdstip};
use crate::mail::Email;
use crate::ui;
use crate::zaken::document::MAX_MB;

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

fn uitkomst_id(uitkomst: Uitkomst) -> &'static str {
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
fn alinea(tekst: &str) -> Markup {
    html! {
        @for regel in tekst.lines().filter(|r| !r.trim().is_empty()) { p { (regel) } }
    }
}

/// `GET /uitdaagrecht`: what the right is, how it goes, and the ways in.
pub fn uitleg(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::UITDAAGRECHT_UITLEG_TITEL),
        html! {
            p { (begrippen::zin(ctx, msg::UITDAAGRECHT_UITLEG_INTRO, &[], Begrip::Uitdaagrecht)) }
            p { (begrippen::zin(ctx, msg::UITDAAGRECHT_UITLEG_WET, &[], Begrip::Wmo)) }
            p { (ctx.t(msg::UITDAAGRECHT_UITLEG_WIE)) }
            h2 { (ctx.t(msg::UITDAAGRECHT_UITLEG_VOORBEELD_TITEL)) }
            p { (ctx.t(msg::UITDAAGRECHT_UITLEG_VOORBEELD)) }
            h2 { (ctx.t(msg::UITDAAGRECHT_UITLEG_STAPPEN_TITEL)) }
            ol {
                li { (ctx.t(msg::UITDAAGRECHT_UITLEG_STAP_AANMELDEN)) }
                li { (ctx.t(msg::UITDAAGRECHT_UITLEG_STAP_SCHRIJVEN)) }
                li { (ctx.t(msg::UITDAAGRECHT_UITLEG_STAP_VERSTUREN)) }
                li { (ctx.t(msg::UITDAAGRECHT_UITLEG_STAP_GESPREK)) }
                li { (ctx.t(msg::UITDAAGRECHT_UITLEG_STAP_BESLUIT)) }
            }
            p { (ctx.t(msg::UITDAAGRECHT_UITLEG_OPENBAAR)) }
            // Initiatives are residents' own: staff and organisations' accounts do not start one.
            @if ctx.person.as_ref().is_none_or(|p| p.rol == crate::auth::Rol::Inwoner) {
                p { a.loket-button href="/uitdaagrecht/initiatief" { (ctx.t(msg::UITDAAGRECHT_UITLEG_START)) } }
            }
            p { a href="/uitdaagrecht/voorstellen" { (ctx.t(msg::UITDAAGRECHT_UITLEG_LIJST)) } }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

/// `GET /uitdaagrecht/voorstellen`.
pub fn openbare_lijst(ctx: &Ctx, voorstellen: &[Voorstel]) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_LIJST_TITEL))
        .back("/uitdaagrecht", ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p { (ctx.t(msg::UITDAAGRECHT_LIJST_INTRO)) }
            @if voorstellen.is_empty() {
                p { (ctx.t(msg::UITDAAGRECHT_LIJST_LEEG)) }
            } @else {
                ul.loket-list-plain {
                    @for v in voorstellen {
                        li {
                            h2 { a href=(openbaar_pad(&v.id)) { (v.taak) } }
                            p { (ctx.tr.ta(msg::UITDAAGRECHT_DOOR, &[("naam", v.initiatief_naam.as_str().into())])) }
                            p { (status_tag(ctx, v.status)) }
                            p { (ctx.tr.ta(msg::UITDAAGRECHT_STEUN_AANTAL, &[("aantal", v.steun.into())])) }
                        }
                    }
                }
            }
        })
}

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
fn begroting(ctx: &Ctx, regels: &[&Regel], totaal: Option<i64>) -> Markup {
    let lang = ctx.lang();
    let kolommen = [
        ctx.t(msg::UITDAAGRECHT_BEGROTING_POST),
        ctx.t(msg::UITDAAGRECHT_BEGROTING_BEDRAG),
    ];
    let bedrag_van = |r: &Regel| {
        r.bedrag_centen
            .or_else(|| bedrag_cent(&r.bedrag).ok().flatten())
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
                @if let Some(t) = &v.toelichting { (alinea(t)) }
            }
        }
    }
}

/// `GET /uitdaagrecht/voorstellen/{id}`. `gesteund`: for a signed-in resident, whether they support it.
pub fn openbaar_voorstel(ctx: &Ctx, v: &Voorstel, gesteund: Option<bool>) -> Markup {
    let pad = openbaar_pad(&v.id);
    ui::Page::new(ctx, v.taak.clone())
        .back("/uitdaagrecht/voorstellen", ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p { (ctx.tr.ta(msg::UITDAAGRECHT_DOOR, &[("naam", v.initiatief_naam.as_str().into())])) }
            p { (ctx.t(msg::UITDAAGRECHT_STATUS_LABEL)) " " (status_tag(ctx, v.status)) }
            (tijdlijn(ctx, v))
            (antwoord_gemeente(ctx, v))
            section #steun aria-labelledby="steun-titel" {
                h2 #steun-titel { (ctx.t(msg::UITDAAGRECHT_STEUN_TITEL)) }
                p { (ctx.tr.ta(msg::UITDAAGRECHT_STEUN_AANTAL, &[("aantal", v.steun.into())])) }
                @if v.status.is_open() {
                    @match gesteund {
                        Some(true) => {
                            p { (ctx.t(msg::UITDAAGRECHT_STEUN_GEGEVEN)) }
                            form method="post" action={ (pad) "/steun" } {
                                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_STEUN_INTREKKEN)).name_value("steun", "nee"))
                            }
                        }
                        Some(false) => {
                            p { (ctx.t(msg::UITDAAGRECHT_STEUN_UITLEG)) }
                            form method="post" action={ (pad) "/steun" } {
                                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_STEUN_KNOP)).name_value("steun", "ja"))
                            }
                        }
                        None if ctx.person.is_none() => {
                            p { a href={ "/inloggen?terug=" (crate::http::query_waarde(&pad)) } { (ctx.t(msg::UITDAAGRECHT_STEUN_INLOGGEN)) } }
                        }
                        None => {}
                    }
                } @else {
                    p { (ctx.t(msg::UITDAAGRECHT_STEUN_GESLOTEN)) }
                }
            }
            (inhoud(ctx, v))
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /uitdaagrecht/initiatief`.
pub fn mijn_initiatieven(ctx: &Ctx, initiatieven: &[(Initiatief, Vec<Voorstel>)]) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_MIJN_TITEL))
        .back("/uitdaagrecht", ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            @if initiatieven.is_empty() {
                p { (begrippen::zin(ctx, msg::UITDAAGRECHT_MIJN_LEEG, &[], Begrip::Uitdaagrecht)) }
            } @else {
                p { (ctx.t(msg::UITDAAGRECHT_MIJN_INTRO)) }
                ul.loket-list-plain {
                    @for (i, voorstellen) in initiatieven {
                        li {
                            h2 { a href={ "/uitdaagrecht/initiatief/" (i.id) } { (i.naam) } }
                            p { (ctx.tr.ta(msg::UITDAAGRECHT_MIJN_VOORSTELLEN, &[("aantal", voorstellen.len().into())])) }
                        }
                    }
                }
            }
            p { a.loket-button href="/uitdaagrecht/initiatief/nieuw" { (ctx.t(msg::UITDAAGRECHT_MIJN_NIEUW)) } }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// Radios or checkboxes from (label, value) pairs.
fn keuzes<'a>(labels: &'a [(String, &'static str)]) -> Vec<ui::Choice<'a>> {
    labels
        .iter()
        .map(|(label, code)| ui::Choice::new(code, label.as_str()))
        .collect()
}

/// Whether everyone may see the proposal: yes or no.
fn openbaar_keuzes(ctx: &Ctx) -> [ui::Choice<'static>; 2] {
    [
        ui::Choice::new("ja", ctx.t(msg::UITDAAGRECHT_OPENBAAR_JA)),
        ui::Choice::new("nee", ctx.t(msg::UITDAAGRECHT_OPENBAAR_NEE)),
    ]
}

fn vorm_keuzes(ctx: &Ctx) -> Vec<(String, &'static str)> {
    Vorm::ALL
        .iter()
        .map(|v| (vorm_tekst(ctx, *v), v.code()))
        .collect()
}

/// `GET /uitdaagrecht/initiatief/nieuw`: the sign-up form.
/// `GET /uitdaagrecht/initiatief/nieuw`, and with `bestaand` (an initiative's id) the form that changes its
/// details.
pub fn aanmelden(
    ctx: &Ctx,
    invoer: &InitiatiefForm,
    errors: &FieldErrors,
    bestaand: Option<&str>,
) -> Markup {
    let tr = &ctx.tr;
    let vormen = vorm_keuzes(ctx);
    let keuzes = keuzes(&vormen);
    let sleutel = if invoer.sleutel.is_empty() {
        crate::token::random_hex(16)
    } else {
        invoer.sleutel.clone()
    };
    let (titel, intro, actie, terug, knop) = match bestaand {
        Some(id) => (
            msg::UITDAAGRECHT_GEGEVENS_TITEL,
            msg::UITDAAGRECHT_GEGEVENS_INTRO,
            format!("/uitdaagrecht/initiatief/{id}/gegevens"),
            format!("/uitdaagrecht/initiatief/{id}"),
            msg::UITDAAGRECHT_GEGEVENS_KNOP,
        ),
        None => (
            msg::UITDAAGRECHT_AANMELDEN_TITEL,
            msg::UITDAAGRECHT_AANMELDEN_INTRO,
            "/uitdaagrecht/initiatief/nieuw".to_owned(),
            "/uitdaagrecht/initiatief".to_owned(),
            msg::UITDAAGRECHT_AANMELDEN_KNOP,
        ),
    };
    ui::Page::new(ctx, ctx.t(titel))
        .back(terug, ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (ctx.t(intro)) }
            form method="post" action=(actie) novalidate {
                @if bestaand.is_none() { input type="hidden" name="sleutel" value=(sleutel); }
                (ui::Field::new("naam", ctx.t(msg::UITDAAGRECHT_NAAM_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_NAAM_HINT))
                    .value(invoer.naam.as_str()).errors(errors).autocomplete("organization")
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("vorm", ctx.t(msg::UITDAAGRECHT_VORM_LABEL))
                    .value(invoer.vorm.as_str()).errors(errors).radios(tr, &keuzes))
                (ui::Field::new("kvk", ctx.t(msg::UITDAAGRECHT_KVK_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_KVK_HINT))
                    .value(invoer.kvk.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Numeric))
                h2 { (ctx.t(msg::UITDAAGRECHT_CONTACT_TITEL)) }
                p { (ctx.t(msg::UITDAAGRECHT_CONTACT_UITLEG)) }
                (ui::Field::new("contact_naam", ctx.t(msg::UITDAAGRECHT_CONTACT_NAAM_LABEL))
                    .value(invoer.contact_naam.as_str()).errors(errors).autocomplete("name")
                    .width(ui::Width::Chars20).input(tr, ui::InputKind::Text))
                (ui::Field::new("contact_email", ctx.t(msg::UITDAAGRECHT_CONTACT_EMAIL_LABEL))
                    .value(invoer.contact_email.as_str()).errors(errors).autocomplete("email")
                    .input(tr, ui::InputKind::Email))
                (ui::Field::new("contact_telefoon", ctx.t(msg::UITDAAGRECHT_CONTACT_TELEFOON_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_CONTACT_TELEFOON_HINT))
                    .value(invoer.contact_telefoon.as_str()).errors(errors).autocomplete("tel")
                    .width(ui::Width::Chars10).input(tr, ui::InputKind::Tel))
                (ui::Button::primary(ctx.t(knop)))
            }
        })
}

/// The contact person as one line: name, address and phone number.
fn contact(i: &Initiatief) -> String {
    [
        Some(i.contact_naam.as_str()),
        Some(i.contact_email.as_str()),
        i.contact_telefoon.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// `GET /uitdaagrecht/initiatief/{id}`: the initiative, its members and its proposals.
pub fn initiatief(
    ctx: &Ctx,
    i: &Initiatief,
    voorstellen: &[Voorstel],
    compleet: &[bool],
    mag_weghalen: &[String],
    lid: &LidForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let mut rijen = vec![ui::SummaryRow::new(
        ctx.t(msg::UITDAAGRECHT_NAAM_LABEL),
        i.naam.as_str(),
    )];
    if let Some(vorm) = i.vorm {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::UITDAAGRECHT_VORM_LABEL),
            vorm_tekst(ctx, vorm),
        ));
    }
    if let Some(kvk) = &i.kvk {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::UITDAAGRECHT_KVK_LABEL),
            kvk.as_str(),
        ));
    }
    let contact = contact(i);
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::UITDAAGRECHT_CONTACT_TITEL),
        contact,
    ));
    ui::Page::new(ctx, i.naam.clone())
        .back("/uitdaagrecht/initiatief", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            (ui::summary_list(tr, &rijen))
            p { a href={ "/uitdaagrecht/initiatief/" (i.id) "/gegevens" } { (ctx.t(msg::UITDAAGRECHT_GEGEVENS_LINK)) } }
            h2 #voorstellen { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_VOORSTELLEN)) }
            @if voorstellen.is_empty() {
                p { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_GEEN_VOORSTELLEN)) }
            } @else {
                ul.loket-list-plain {
                    @for (v, klaar) in voorstellen.iter().zip(compleet) {
                        li {
                            @let bewerken = format!("/uitdaagrecht/voorstel/{}/bewerken", v.id);
                            @let titel = if v.taak.trim().is_empty() { ctx.t(msg::UITDAAGRECHT_ZONDER_TAAK) } else { v.taak.clone() };
                            h3 {
                                // A complete draft opens on its check page: the next step is to send it.
                                @if *klaar {
                                    a href={ "/uitdaagrecht/voorstel/" (v.id) "/controleren" } { (titel) }
                                } @else if v.status == Status::Concept {
                                    a href=(bewerken) { (titel) }
                                } @else {
                                    a href=(voorstel_pad(&v.id)) { (titel) }
                                }
                                " " (status_tag(ctx, v.status))
                            }
                            @if *klaar {
                                p { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_VERSTUREN)) " " a href=(bewerken) { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_VERDER_SCHRIJVEN)) } }
                            }
                            @if let Some(r) = &v.referentie { p { (ctx.tr.ta(msg::UITDAAGRECHT_REFERENTIE, &[("referentie", r.as_str().into())])) } }
                            p { (ctx.tr.ta(msg::UITDAAGRECHT_GEWIJZIGD_OP, &[("moment", tijdstip(v.gewijzigd_op, ctx.lang()).into())])) }
                        }
                    }
                }
            }
            form method="post" action={ "/uitdaagrecht/initiatief/" (i.id) "/voorstellen" } {
                input type="hidden" name="sleutel" value=(crate::token::random_hex(16));
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_INITIATIEF_NIEUW_VOORSTEL)))
            }
            h2 #leden { (ctx.t(msg::UITDAAGRECHT_LEDEN_TITEL)) }
            p { (ctx.t(msg::UITDAAGRECHT_LEDEN_UITLEG)) }
            ul { @for l in &i.leden { li { (l) } } }
            form method="post" action={ "/uitdaagrecht/initiatief/" (i.id) "/leden" } novalidate {
                (ui::Field::new("email", ctx.t(msg::UITDAAGRECHT_LID_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_LID_HINT))
                    .value(lid.email.as_str()).errors(errors)
                    .input(tr, ui::InputKind::Email))
                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_LID_KNOP)))
            }
            @if i.leden.len() > 1 || errors.get("lid").is_some() {
                h3 { (ctx.t(msg::UITDAAGRECHT_LID_WEG_TITEL)) }
                @let weg: Vec<ui::Choice<'_>> = mag_weghalen.iter().map(|l| ui::Choice::new(l, l.as_str())).collect();
                form method="post" action={ "/uitdaagrecht/initiatief/" (i.id) "/leden/weg" } novalidate {
                    (ui::Field::new("lid", ctx.t(msg::UITDAAGRECHT_LID_WEG_LABEL))
                        .hint(ctx.t(msg::UITDAAGRECHT_LID_WEG_HINT))
                        .errors(errors).radios(tr, &weg))
                    (ui::Button::warning(ctx.t(msg::UITDAAGRECHT_LID_WEG_KNOP)))
                }
            }
        })
}

/// One budget line of the draft form: what it is for and the amount, numbered from 1.
fn regel_blok(ctx: &Ctx, n: usize, r: &Regel, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let post = format!("post-{n}");
    let bedrag = format!("bedrag-{n}");
    html! {
        div.loket-begroting-regel {
            (ui::Field::new(&post, ctx.tr.ta(msg::UITDAAGRECHT_POST_LABEL, &[("regel", n.into())]))
                .value(r.post.as_str()).errors(errors).input(tr, ui::InputKind::Text))
            (ui::Field::new(&bedrag, ctx.tr.ta(msg::UITDAAGRECHT_BEDRAG_LABEL, &[("regel", n.into())]))
                .value(r.bedrag.as_str()).errors(errors).width(ui::Width::Chars10)
                .input(tr, ui::InputKind::Decimal))
        }
    }
}

/// `GET /uitdaagrecht/voorstel/{id}/bewerken`: the whole draft on one page. `nieuwer`: what another member
/// saved after this person opened the form; nothing of this person's form was saved yet.
pub fn formulier(
    ctx: &Ctx,
    v: &Voorstel,
    errors: &FieldErrors,
    nieuwer: Option<&Voorstel>,
) -> Markup {
    let tr = &ctx.tr;
    let actie = format!("/uitdaagrecht/voorstel/{}/bewerken", v.id);
    let waarom: Vec<(String, &'static str)> = Waarom::ALL
        .iter()
        .map(|w| (waarom_tekst(ctx, *w), w.code()))
        .collect();
    let waarom_keuzes = keuzes(&waarom);
    let ja_nee = openbaar_keuzes(ctx);
    // The saved lines and one empty line: filling it in and saving adds a line, without JavaScript.
    let mut regels: Vec<Regel> = v.gevulde_regels().cloned().collect();
    if regels.len() < REGELS_MAX {
        regels.push(Regel::default());
    }
    let gevuld: Vec<&Regel> = v.gevulde_regels().collect();
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_FORMULIER_TITEL))
        .back(
            format!("/uitdaagrecht/initiatief/{}", v.initiatief_id),
            ctx.t(msg::UI_BACK_LINK),
        )
        .errors(errors)
        .render(html! {
            @if let Some(nieuwer) = nieuwer {
                (ui::notification_banner(tr, ui::Notice::Info, html! {
                    p { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OUDER)) }
                    p { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OUDER_WAT)) }
                }))
                (ui::details(&ctx.t(msg::UITDAAGRECHT_FORMULIER_OUDER_TEKST),
                    antwoorden(ctx, nieuwer, None, &format!("/uitdaagrecht/voorstel/{}/bijlage/", v.id))))
            }
            p { (ctx.tr.ta(msg::UITDAAGRECHT_FORMULIER_INTRO, &[("naam", v.initiatief_naam.as_str().into())])) }
            p { (ctx.t(msg::UITDAAGRECHT_FORMULIER_SAMEN)) }
            form method="post" action=(actie) enctype="multipart/form-data" novalidate {
                // The version this form shows: a save over a newer version of another member is stopped.
                input type="hidden" name="versie" value=(v.versie);
                h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_TAAK)) }
                (ui::Field::new("taak", ctx.t(msg::UITDAAGRECHT_TAAK_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_TAAK_HINT))
                    .value(v.taak.as_str()).errors(errors).input(tr, ui::InputKind::Text))
                (ui::Field::new("wat", ctx.t(msg::UITDAAGRECHT_WAT_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_WAT_HINT))
                    .value(v.wat.as_str()).errors(errors).textarea(tr, 6, Some(form::TEKST_MAX as u32)))
                (ui::Field::new("voor_wie", ctx.t(msg::UITDAAGRECHT_VOOR_WIE_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_VOOR_WIE_HINT))
                    .value(v.voor_wie.as_str()).errors(errors).textarea(tr, 4, Some(form::MIDDEL_MAX as u32)))
                h2 { (ctx.t(msg::UITDAAGRECHT_WAAROM_TITEL)) }
                (ui::Field::new("waarom_soort", ctx.t(msg::UITDAAGRECHT_WAAROM_SOORT_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_WAAROM_SOORT_HINT))
                    .errors(errors).checkboxes(tr, &waarom_keuzes, &v.waarom_soort))
                (ui::Field::new("waarom", ctx.t(msg::UITDAAGRECHT_WAAROM_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_WAAROM_HINT))
                    .value(v.waarom.as_str()).errors(errors).textarea(tr, 6, Some(form::TEKST_MAX as u32)))
                h2 #begroting { (ctx.t(msg::UITDAAGRECHT_FORMULIER_BEGROTING)) }
                p { (ctx.t(msg::UITDAAGRECHT_BEGROTING_UITLEG)) }
                @for (i, r) in regels.iter().enumerate() {
                    (regel_blok(ctx, i + 1, r, errors))
                }
                @if gevuld.len() >= REGELS_MAX {
                    p { (ctx.tr.ta(msg::UITDAAGRECHT_BEGROTING_VOL, &[("aantal", REGELS_MAX.into())])) }
                }
                @if !gevuld.is_empty() {
                    (begroting(ctx, &gevuld, None))
                }
                h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_WIE)) }
                (ui::Field::new("betrokkenen", ctx.t(msg::UITDAAGRECHT_BETROKKENEN_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_BETROKKENEN_HINT))
                    .value(v.betrokkenen.as_str()).errors(errors).textarea(tr, 4, Some(form::MIDDEL_MAX as u32)))
                (ui::Field::new("draagvlak", ctx.t(msg::UITDAAGRECHT_DRAAGVLAK_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_DRAAGVLAK_HINT))
                    .value(v.draagvlak.as_str()).errors(errors).textarea(tr, 4, Some(form::MIDDEL_MAX as u32)))
                (ui::Field::new("start", ctx.t(msg::UITDAAGRECHT_START_LABEL))
                    .errors(errors).date(tr, &v.start_dag, &v.start_maand, &v.start_jaar))
                h2 #bijlagen { (ctx.t(msg::UITDAAGRECHT_FORMULIER_BIJLAGEN)) }
                @if !v.bijlagen.is_empty() {
                    ul {
                        @for b in &v.bijlagen {
                            li { a href={ "/uitdaagrecht/voorstel/" (v.id) "/bijlage/" (b.id) } { (b.naam) } }
                        }
                    }
                    @let namen: Vec<String> = v.bijlagen.iter().map(|b| ctx.tr.ta(msg::UITDAAGRECHT_BIJLAGE_WEG, &[("naam", b.naam.as_str().into())])).collect();
                    @let keuzes: Vec<ui::Choice<'_>> = v.bijlagen.iter().zip(&namen).map(|(b, naam)| ui::Choice::new(&b.id, naam.as_str())).collect();
                    (ui::Field::new("bijlage-weg", ctx.t(msg::UITDAAGRECHT_BIJLAGE_WEG_LABEL))
                        .checkboxes(tr, &keuzes, &[] as &[&str]))
                }
                (ui::Field::new("bestand", ctx.t(msg::UITDAAGRECHT_BESTAND_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_BESTAND_HINT)).errors(errors)
                    .file(tr, ".pdf,.jpg,.jpeg,.png", MAX_MB))
                h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OPENBAAR)) }
                (ui::Field::new("openbaar", ctx.t(msg::UITDAAGRECHT_OPENBAAR_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_OPENBAAR_HINT))
                    .value(v.openbaar.as_str()).errors(errors).radios(tr, &ja_nee))
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_FORMULIER_VERDER)).name_value("actie", "controleren"))
                    (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_FORMULIER_OPSLAAN)).name_value("actie", "opslaan"))
                }))
            }
            p #opgeslagen { (ctx.tr.ta(msg::UITDAAGRECHT_GEWIJZIGD_OP, &[("moment", tijdstip(v.gewijzigd_op, ctx.lang()).into())])) }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
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
                @else { ul { @for b in &v.bijlagen { li { a href={ (bijlage_pad) (b.id) } { (b.naam) } } } } }
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

/// `GET /uitdaagrecht/voorstel/{id}/controleren`.
/// `gewijzigd`: another member changed the draft after this person opened the page; nothing was sent.
pub fn controleren(ctx: &Ctx, v: &Voorstel, geldig: &Geldig, gewijzigd: bool) -> Markup {
    let bewerken = format!("/uitdaagrecht/voorstel/{}/bewerken", v.id);
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_CONTROLEREN_TITEL))
        .back(bewerken.clone(), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            @if gewijzigd {
                (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
                    p { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_GEWIJZIGD)) }
                }))
            }
            p { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_INTRO)) }
            (antwoorden(ctx, v, Some(&bewerken), &format!("/uitdaagrecht/voorstel/{}/bijlage/", v.id)))
            p { (ctx.tr.ta(msg::UITDAAGRECHT_CONTROLEREN_TOTAAL, &[("bedrag", bedrag(geldig.totaal(), ctx.lang()).into())])) }
            h2 { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_VERSTUREN_TITEL)) }
            p { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_VERSTUREN_UITLEG)) }
            form method="post" action={ "/uitdaagrecht/voorstel/" (v.id) "/indienen" } {
                // What this page shows: a draft another member changed since is not sent unseen.
                input type="hidden" name="versie" value=(v.versie);
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_CONTROLEREN_KNOP)))
            }
        })
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
    })
}

/// `GET /uitdaagrecht/voorstel/{id}`: the initiative's case page. `invoer`: (question id, answer typed) of
/// an answer that came back with an error.
pub fn voorstel(
    ctx: &Ctx,
    v: &Voorstel,
    log: &[Toegang],
    invoer: Option<(&str, &str)>,
    errors: &FieldErrors,
    melding: Option<Markup>,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let referentie = v.referentie.clone().unwrap_or_default();
    let ja_nee = openbaar_keuzes(ctx);
    ui::Page::new(ctx, v.taak.clone())
        .back(
            format!("/uitdaagrecht/initiatief/{}", v.initiatief_id),
            ctx.t(msg::UI_BACK_LINK),
        )
        .errors(errors)
        .render(html! {
            @if let Some(m) = melding { (m) }
            (ui::panel(&ctx.t(msg::UITDAAGRECHT_ZAAK_NUMMER), html! { strong.loket-referentie { (referentie) } }))
            p { (ctx.t(msg::UITDAAGRECHT_STATUS_LABEL)) " " (status_tag(ctx, v.status)) }
            (tijdlijn(ctx, v))
            @if let Some(bericht) = &v.gesprek_bericht {
                h2 { (ctx.t(msg::UITDAAGRECHT_GESPREK_TITEL)) }
                (alinea(bericht))
            }
            (antwoord_gemeente(ctx, v))
            @if v.status.is_open() && v.vragen.is_empty() && v.gesprek_op.is_none() {
                p { (ctx.t(msg::UITDAAGRECHT_ZAAK_WACHT)) }
            }
            @if !v.vragen.is_empty() {
                h2 #vragen { (ctx.t(msg::UITDAAGRECHT_VRAGEN_TITEL)) }
                @for (n, q) in v.vragen.iter().enumerate() {
                    section #{ "vraag-" (q.id) } aria-labelledby={ "vraag-" (q.id) "-titel" } {
                        h3 #{ "vraag-" (q.id) "-titel" } { (ctx.tr.ta(msg::UITDAAGRECHT_VRAAG_NUMMER, &[("nummer", (n + 1).into()), ("datum", datum(dag(q.gesteld_op), lang).into())])) }
                        (alinea(&q.vraag))
                        @match (&q.antwoord, q.beantwoord_op) {
                            (Some(antwoord), Some(op)) => {
                                h4 { (ctx.tr.ta(msg::UITDAAGRECHT_ANTWOORD_GEGEVEN, &[("datum", datum(dag(op), lang).into())])) }
                                (alinea(antwoord))
                            }
                            _ if !v.status.is_open() => { p { (ctx.t(msg::UITDAAGRECHT_ANTWOORD_GESLOTEN)) } }
                            _ => {
                                @let veld = format!("antwoord-{}", q.id);
                                @let getypt = invoer.filter(|(id, _)| *id == q.id).map_or("", |(_, t)| t);
                                form method="post" action={ "/uitdaagrecht/voorstel/" (v.id) "/vraag/" (q.id) } novalidate {
                                    (ui::Field::new(&veld, ctx.t(msg::UITDAAGRECHT_ANTWOORD_LABEL))
                                        .value(getypt).errors(errors)
                                        .textarea(tr, 5, Some(form::TEKST_MAX as u32)))
                                    (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_ANTWOORD_KNOP)))
                                }
                            }
                        }
                    }
                }
            }
            h2 #openbaar-titel { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OPENBAAR)) }
            @if v.is_openbaar() {
                p { (ctx.t(msg::UITDAAGRECHT_ZAAK_OPENBAAR_JA)) " " a href=(openbaar_pad(&v.id)) { (ctx.t(msg::UITDAAGRECHT_ZAAK_OPENBAAR_LINK)) } }
                p { (ctx.tr.ta(msg::UITDAAGRECHT_STEUN_AANTAL, &[("aantal", v.steun.into())])) }
            } @else {
                p { (ctx.t(msg::UITDAAGRECHT_ZAAK_OPENBAAR_NEE)) }
            }
            form method="post" action={ "/uitdaagrecht/voorstel/" (v.id) "/openbaar" } novalidate {
                (ui::Field::new("openbaar", ctx.t(msg::UITDAAGRECHT_OPENBAAR_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_OPENBAAR_HINT))
                    .value(v.openbaar.as_str()).errors(errors).radios(tr, &ja_nee))
                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_OPENBAAR_KNOP)))
            }
            h2 { (ctx.t(msg::UITDAAGRECHT_ZAAK_GEGEVENS)) }
            @if let Some(op) = v.ingediend_op {
                p { (ctx.tr.ta(msg::UITDAAGRECHT_ZAAK_VERSTUURD_OP, &[("datum", datum(dag(op), lang).into())])) }
            }
            (antwoorden(ctx, v, None, &format!("/uitdaagrecht/voorstel/{}/bijlage/", v.id)))
            h2 { (ctx.t(msg::UITDAAGRECHT_LOG_TITEL)) }
            @if log.is_empty() {
                p { (ctx.t(msg::UITDAAGRECHT_LOG_LEEG)) }
            } @else {
                ul {
                    @for t in log {
                        li { (tijdstip(t.op, lang)) ": " (t.naam) ", " (handeling_tekst(ctx, t.handeling)) }
                    }
                }
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// A notice that what someone typed could not be saved (`waarom`), with their text to copy.
pub fn niet_bewaard(ctx: &Ctx, waarom: &str, getypt: &str) -> Markup {
    ui::notification_banner(
        &ctx.tr,
        ui::Notice::Info,
        html! {
            p { (ctx.t(waarom)) }
            p { (ctx.t(msg::UITDAAGRECHT_NIET_BEWAARD_TEKST)) }
            blockquote { (alinea(getypt)) }
        },
    )
}

/// A notice that the draft was sent before this person's changes were saved, with their answers to copy.
pub fn al_verstuurd(ctx: &Ctx, getypt: &Voorstel) -> Markup {
    html! {
        (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
            p { (ctx.t(msg::UITDAAGRECHT_AL_VERSTUURD)) }
        }))
        (ui::details(&ctx.t(msg::UITDAAGRECHT_AL_VERSTUURD_TEKST),
            antwoorden(ctx, getypt, None, &format!("/uitdaagrecht/voorstel/{}/bijlage/", getypt.id))))
    }
}

/// The Mijn loket section: the person's initiatives.
pub fn mijn_loket(ctx: &Ctx, initiatieven: &[Initiatief]) -> Markup {
    if initiatieven.is_empty() {
        return html! {};
    }
    html! {
        h2 { (ctx.t(msg::UITDAAGRECHT_MIJN_TITEL)) }
        ul.loket-list-plain {
            @for i in initiatieven {
                li { a href={ "/uitdaagrecht/initiatief/" (i.id) } { (i.naam) } }
            }
        }
    }
}

/// `GET /medewerker/uitdaagrecht/{id}`: the proposal, the initiative's contact, and the steps to take.
pub fn staf_detail(
    ctx: &Ctx,
    v: &Voorstel,
    i: &Initiatief,
    invoer: &StafInvoer<'_>,
    errors: &FieldErrors,
    melding: Option<Markup>,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let referentie = v.referentie.clone().unwrap_or_default();
    let basis = format!("/medewerker/uitdaagrecht/{}", v.id);
    let uitkomsten: Vec<(String, &'static str)> = Uitkomst::ALL
        .iter()
        .map(|u| (uitkomst_tekst(ctx, *u), u.code()))
        .collect();
    let keuzes = keuzes(&uitkomsten);
    let contact = contact(i);
    let mut gegevens = vec![
        ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_NAAM_LABEL), i.naam.as_str()),
        ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_CONTACT_TITEL), contact),
        ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_LEDEN_TITEL), i.leden.join(", ")),
    ];
    if let Some(vorm) = i.vorm {
        gegevens.insert(
            1,
            ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_VORM_LABEL), vorm_tekst(ctx, vorm)),
        );
    }
    if let Some(kvk) = &i.kvk {
        gegevens.insert(
            2,
            ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_KVK_LABEL), kvk.as_str()),
        );
    }
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::UITDAAGRECHT_MEDEWERKER_DETAIL_TITEL,
            &[("referentie", referentie.as_str().into())],
        ),
    )
    .wide()
    .back(crate::backoffice::lijst_van(crate::zaken::kern::Regeling::Uitdaagrecht), ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(html! {
        @if let Some(m) = melding { (m) }
        h2 { (v.taak) }
        p { (ctx.t(msg::UITDAAGRECHT_STATUS_LABEL)) " " (status_tag(ctx, v.status)) }
        (tijdlijn(ctx, v))
        p {
            @if v.is_openbaar() { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_OPENBAAR)) } @else { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_NIET_OPENBAAR)) }
        }
        p { (ctx.tr.ta(msg::UITDAAGRECHT_STEUN_AANTAL, &[("aantal", v.steun.into())])) }
        h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_INITIATIEF)) }
        (ui::summary_list(tr, &gegevens))
        h2 { (ctx.t(msg::UITDAAGRECHT_ZAAK_GEGEVENS)) }
        (antwoorden(ctx, v, None, &format!("{basis}/bijlage/")))
        @if let Some(bericht) = &v.gesprek_bericht {
            h2 { (ctx.t(msg::UITDAAGRECHT_GESPREK_TITEL)) }
            (alinea(bericht))
        }
        h2 #vragen { (ctx.t(msg::UITDAAGRECHT_VRAGEN_TITEL)) }
        @if v.vragen.is_empty() {
            p { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_GEEN_VRAGEN)) }
        }
        @for (n, q) in v.vragen.iter().enumerate() {
            h3 { (ctx.tr.ta(msg::UITDAAGRECHT_VRAAG_NUMMER, &[("nummer", (n + 1).into()), ("datum", datum(dag(q.gesteld_op), lang).into())])) }
            (alinea(&q.vraag))
            @match (&q.antwoord, q.beantwoord_op) {
                (Some(antwoord), Some(op)) => {
                    h4 { (ctx.tr.ta(msg::UITDAAGRECHT_ANTWOORD_GEGEVEN, &[("datum", datum(dag(op), lang).into())])) }
                    (alinea(antwoord))
                }
                _ => { p { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_WACHT_OP_ANTWOORD)) } }
            }
        }
        (antwoord_gemeente(ctx, v))
        @if v.status == Status::Ontvangen {
            h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_GESPREK_TITEL)) }
            form method="post" action={ (basis) "/gesprek" } novalidate {
                (ui::Field::new("bericht", ctx.t(msg::UITDAAGRECHT_BERICHT_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_BERICHT_HINT))
                    .value(invoer.bericht).errors(errors).textarea(tr, 5, Some(form::TEKST_MAX as u32)))
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_MEDEWERKER_GESPREK_KNOP)))
            }
        }
        @if v.status.is_open() {
            h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_VRAAG_TITEL)) }
            form method="post" action={ (basis) "/vraag" } novalidate {
                (ui::Field::new("vraag", ctx.t(msg::UITDAAGRECHT_VRAAG_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_VRAAG_HINT))
                    .value(invoer.vraag).errors(errors).textarea(tr, 5, Some(form::TEKST_MAX as u32)))
                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_MEDEWERKER_VRAAG_KNOP)))
            }
            h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_BESLUIT_TITEL)) }
            form method="post" action={ (basis) "/besluit" } novalidate {
                (ui::Field::new("uitkomst", ctx.t(msg::UITDAAGRECHT_UITKOMST_LABEL))
                    .value(invoer.uitkomst).errors(errors).radios(tr, &keuzes))
                (ui::Field::new("toelichting", ctx.t(msg::UITDAAGRECHT_TOELICHTING_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_TOELICHTING_HINT))
                    .value(invoer.toelichting).errors(errors).textarea(tr, 8, Some(form::TOELICHTING_MAX as u32)))
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_MEDEWERKER_BESLUIT_KNOP)))
            }
        }
    })
}

fn mail(tr: &Tr, to: String, onderwerp: String, paragraphs: Vec<String>, url: String) -> Email {
    let knop = (tr.t(msg::UITDAAGRECHT_MAIL_KNOP), url);
    met_knop(tr, to, onderwerp, paragraphs, knop)
}

fn met_knop(
    tr: &Tr,
    to: String,
    onderwerp: String,
    paragraphs: Vec<String>,
    knop: (String, String),
) -> Email {
    Email {
        to,
        greeting: Some(tr.t(msg::UITDAAGRECHT_MAIL_AANHEF)),
        subject: onderwerp,
        paragraphs,
        action: Some(knop),
        after: vec![tr.t(msg::UITDAAGRECHT_MAIL_INLOGGEN)],
        erase_after_sending: false,
        link_geldig_tot: None,
    }
}

/// The invitation of a new member.
pub fn mail_lid(tr: &Tr, to: String, initiatief: &str, url: String) -> Email {
    let naam = [("naam", initiatief.into())];
    let adres = tr.ta(
        msg::UITDAAGRECHT_MAIL_LID_ADRES,
        &[("adres", to.as_str().into())],
    );
    met_knop(
        tr,
        to,
        tr.ta(msg::UITDAAGRECHT_MAIL_LID_ONDERWERP, &naam),
        vec![tr.ta(msg::UITDAAGRECHT_MAIL_LID_TEKST, &naam), adres],
        (tr.t(msg::UITDAAGRECHT_MAIL_LID_KNOP), url),
    )
}

/// The proposal was sent: its reference number.
pub fn mail_ingediend(tr: &Tr, to: String, taak: &str, referentie: &str, url: String) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_INGEDIEND_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![
            tr.ta(
                msg::UITDAAGRECHT_MAIL_INGEDIEND_TEKST,
                &[("taak", taak.into()), ("referentie", referentie.into())],
            ),
            tr.t(msg::UITDAAGRECHT_ZAAK_WACHT),
        ],
        url,
    )
}

/// The municipality wants to talk: its message.
pub fn mail_gesprek(tr: &Tr, to: String, referentie: &str, bericht: &str, url: String) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_GESPREK_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![
            tr.t(msg::UITDAAGRECHT_MAIL_GESPREK_TEKST),
            bericht.to_owned(),
        ],
        url,
    )
}

/// A question to answer in the portal, with the question.
pub fn mail_vraag(tr: &Tr, to: String, referentie: &str, vraag: &str, url: String) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_VRAAG_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![tr.t(msg::UITDAAGRECHT_MAIL_VRAAG_TEKST), vraag.to_owned()],
        url,
    )
}

/// The decision: that there is one, with a link.
pub fn mail_besluit(
    tr: &Tr,
    to: String,
    referentie: &str,
    uitkomst: Uitkomst,
    url: String,
) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_BESLUIT_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![
            tr.t(msg::UITDAAGRECHT_MAIL_BESLUIT_TEKST),
            tr.t(uitkomst_id(uitkomst)),
            tr.t(msg::UITDAAGRECHT_MAIL_BESLUIT_UITLEG),
        ],
        url,
    )
}
