//! Pages of the dossier. Plain Dutch (B1): short sentences, "u", the jargon linked to the glossary.

use maud::{Markup, html};
use time::{Date, Duration};

use super::domain::{self, Dwangsom, Punt, Staat, Volgende};
use super::form::{MAX_TEKENS, TekstForm};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::Meldingsdatum;
use crate::http::Ctx;
use crate::i18n::{bedrag, datum, datum_met_dag, msg, tijdstip};
use crate::meldingen::repo::Melding;
use crate::termijnen::domain::{Termijn, dwangsom};
use crate::ui;
use crate::zaken::document::MAX_MB;
use crate::zaken::domain::{
    BesluitRegel, Fase, Gebeurtenis, Plaats, Uitkomst, Vorm, Vraag, Wat, Zaak,
};
use crate::zaken::repo::{Document, DocumentSoort};
use crate::zaken::toegang::{Handeling, Regel};

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
fn alinea(tekst: &str) -> Markup {
    html! {
        @for regel in tekst.lines().filter(|r| !r.trim().is_empty()) {
            p { (regel) }
        }
    }
}

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

/// One sentence with the next date that matters.
pub(crate) fn volgende_zin(ctx: &Ctx, volgende: Volgende) -> Markup {
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
    }
}

/// Everything the dossier page shows.
pub struct Dossier<'a> {
    pub melding: &'a Melding,
    pub zaak: &'a Zaak,
    pub punten: Vec<Punt>,
    pub volgende: Option<Volgende>,
    pub documenten: &'a [Document],
    pub te_laat: bool,
    pub dwangsom: Option<Dwangsom>,
    pub klaar: Option<Klaar>,
}

/// `GET /melding/{id}`.
pub fn dossier(ctx: &Ctx, d: &Dossier<'_>) -> Markup {
    let melding = d.melding;
    let pad = pad(melding);
    let referentie = melding.referentie.as_deref().unwrap_or_default();
    let mut woorden = vec![
        Begrip::Melding,
        Begrip::Onderzoek,
        Begrip::Verslag,
        Begrip::Aanvraag,
        Begrip::Besluit,
        Begrip::Bezwaar,
    ];
    if d.te_laat || d.dwangsom.is_some() {
        woorden.extend([Begrip::Ingebrekestelling, Begrip::Dwangsom]);
    }
    ui::Page::new(ctx, ctx.t(msg::DOSSIER_TITEL)).render(html! {
        (banner(ctx, d.klaar))
        p { (ctx.tr.ta(msg::DOSSIER_NUMMER, &[("referentie", referentie.into())])) }
        p { (ctx.t(msg::DOSSIER_INTRO)) }
        @if let Some(v) = d.volgende {
            p { strong { (volgende_zin(ctx, v)) } }
        }
        @if d.te_laat && d.dwangsom.is_none() {
            (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
                p { (ctx.t(msg::DOSSIER_TE_LAAT)) }
                @if mag_indienen(ctx) {
                    p { a href={ (pad) "/ingebrekestelling" } { (ctx.t(msg::DOSSIER_TE_LAAT_LINK)) } }
                }
            }))
        }
        @if let Some(dw) = d.dwangsom {
            section aria-labelledby="dwangsom" {
                h2 id="dwangsom" { (ctx.t(msg::DOSSIER_DWANGSOM_TITEL)) }
                (dwangsom_stand(ctx, &dw))
            }
        }
        @let open: Vec<&Vraag> = d.zaak.open_vragen().collect();
        @if !open.is_empty() {
            section aria-labelledby="vragen" {
                h2 id="vragen" { (ctx.t(msg::DOSSIER_VRAGEN_TITEL)) }
                ul.loket-list-plain {
                    @for vraag in open {
                        li {
                            (alinea(&vraag.tekst))
                            p { strong { (ctx.tr.ta(msg::DOSSIER_VRAAG_VOOR, &[("datum", datum_met_dag(vraag.voor, ctx.lang()).into())])) } }
                            @if mag_indienen(ctx) {
                                p { a href={ (pad) "/vraag/" (vraag.id) } { (ctx.t(msg::DOSSIER_VRAAG_BEANTWOORDEN)) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { (ctx.t(msg::DOSSIER_STAPPEN_TITEL)) }
        (tijdlijn(ctx, d))
        h2 { (ctx.t(msg::DOSSIER_DOCUMENTEN_TITEL)) }
        @if d.documenten.is_empty() {
            p { (ctx.t(msg::DOSSIER_DOCUMENTEN_GEEN)) }
        } @else {
            ul {
                @for doc in d.documenten {
                    li { (document_link(ctx, melding, doc)) }
                }
            }
        }
        @if mag_indienen(ctx) {
            p { a href={ (pad) "/uploaden" } { (ctx.t(msg::DOSSIER_UPLOADEN_LINK)) } }
        }
        h2 { (ctx.t(msg::DOSSIER_MEER_TITEL)) }
        ul {
            li { a href={ (pad) "/inzage" } { (ctx.t(msg::DOSSIER_INZAGE_LINK)) } }
            li { a href={ (pad) "/ontvangstbewijs" } { (ctx.t(msg::DOSSIER_BEWIJS_LINK)) } }
            li { a href={ (pad) "/plan" } { (ctx.t(msg::DOSSIER_PLAN_LINK)) } }
        }
        (begrippen::uitleg(ctx, &woorden))
    })
}

fn document_link(ctx: &Ctx, melding: &Melding, doc: &Document) -> Markup {
    let soort = match doc.soort {
        DocumentSoort::Verslag => msg::DOSSIER_DOCUMENT_VERSLAG,
        DocumentSoort::Besluit => msg::DOSSIER_DOCUMENT_BESLUIT,
        DocumentSoort::Inwoner => msg::DOSSIER_DOCUMENT_INWONER,
        DocumentSoort::Medewerker => msg::DOSSIER_DOCUMENT_GEMEENTE,
    };
    html! {
        a href={ (pad(melding)) "/document/" (doc.id) } download { (doc.naam) }
        " "
        (ctx.tr.ta(msg::DOSSIER_DOCUMENT_OVER, &[
            ("soort", ctx.t(soort).into()),
            ("datum", datum(crate::zaken::dag(doc.op), ctx.lang()).into()),
        ]))
        // Sent on the resident's behalf: the dossier says so (the helper's name is in the access log).
        @if doc.soort == DocumentSoort::Inwoner && doc.door_persoon_id != melding.persoon_id {
            " " (ctx.t(msg::DOSSIER_DOOR_HELPER))
        }
    }
}

/// The case's steps on the one timeline component: each with its date once it happened, the last day where
/// one applies, and the plain sentences of the step.
fn tijdlijn(ctx: &Ctx, d: &Dossier<'_>) -> Markup {
    let events: Vec<ui::TimelineEvent> = d
        .punten
        .iter()
        .map(|punt| {
            let state = match punt.staat {
                Staat::Gedaan => ui::EventState::Past,
                Staat::Nu => ui::EventState::Current,
                Staat::Hierna => ui::EventState::Next,
            };
            let mut event = ui::TimelineEvent::new(state, ctx.t(fase_naam(punt.fase)));
            if punt.staat != Staat::Hierna
                && let Some(dag) = punt.datum
            {
                event = event.date(dag);
            }
            event.body(html! {
                @if let Some(dag) = punt.uiterlijk {
                    p.loket-timeline__date { (ctx.tr.ta(msg::DOSSIER_UITERLIJK, &[("datum", datum_met_dag(dag, ctx.lang()).into())])) }
                }
                (stap_tekst(ctx, d, punt))
            })
        })
        .collect();
    ui::timeline(&ctx.tr, &events)
}

fn plaats(p: Plaats) -> &'static str {
    match p {
        Plaats::Thuis => msg::DOSSIER_PLAATS_THUIS,
        Plaats::Gemeentehuis => msg::DOSSIER_PLAATS_GEMEENTEHUIS,
        Plaats::Telefoon => msg::DOSSIER_PLAATS_TELEFOON,
        Plaats::Beeldbellen => msg::DOSSIER_PLAATS_BEELDBELLEN,
    }
}

/// The plain sentences under a step: what happened, or what comes and by when.
fn stap_tekst(ctx: &Ctx, d: &Dossier<'_>, punt: &Punt) -> Markup {
    let lang = ctx.lang();
    let zaak = d.zaak;
    let termijnen = &ctx.app.gemeente.termijnen;
    let pad = pad(d.melding);
    let gedaan = punt.staat != Staat::Hierna;
    let dag = |dag: Date| datum_met_dag(dag, lang);
    html! {
        @match punt.fase {
            Fase::Ontvangen => {
                p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_ONTVANGEN, &[], Begrip::Melding)) }
                @if punt.staat == Staat::Nu {
                    p.loket-timeline__text { (ctx.t(msg::DOSSIER_STAP_ONTVANGEN_NU)) }
                }
            }
            Fase::GesprekGepland => {
                @match (&zaak.gesprek, gedaan) {
                    (Some((datum, tijd, waar)), true) => {
                        p.loket-timeline__text { (ctx.tr.ta(msg::DOSSIER_STAP_GESPREK, &[("datum", dag(*datum).into()), ("tijd", tijd.as_str().into())])) }
                        p.loket-timeline__text { (ctx.t(plaats(*waar))) }
                    }
                    _ => p.loket-timeline__text { (ctx.t(msg::DOSSIER_STAP_GESPREK_HIERNA)) },
                }
            }
            Fase::Onderzocht => {
                @if gedaan {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_ONDERZOCHT, &[], Begrip::Onderzoek)) }
                } @else {
                    @let uitleg = match ctx.app.gemeente.procedure.meldingsdatum {
                        Meldingsdatum::Ontvangst => msg::DOSSIER_STAP_ONDERZOEK_HIERNA,
                        Meldingsdatum::EersteGesprek => msg::DOSSIER_STAP_ONDERZOEK_HIERNA_GESPREK,
                    };
                    p.loket-timeline__text { (begrippen::zin(ctx, uitleg, &[("weken", termijnen.onderzoek_weken.into())], Begrip::Onderzoek)) }
                }
            }
            Fase::VerslagVerstuurd => {
                @if gedaan {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_VERSLAG, &[], Begrip::Verslag)) }
                    p.loket-timeline__text { a href={ (pad) "/verslag" } { (ctx.t(msg::DOSSIER_STAP_VERSLAG_LINK)) } }
                } @else {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_VERSLAG_HIERNA, &[("dagen", termijnen.verslag_dagen.into())], Begrip::Verslag)) }
                }
            }
            Fase::AanvraagOntvangen => {
                @if gedaan {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_AANVRAAG, &[], Begrip::Aanvraag)) }
                    @if punt.staat == Staat::Nu {
                        @if let Some(einde) = zaak.besluit_termijn(&ctx.app.gemeente, ctx.app.clock.today()) {
                            p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_VOLGENDE_BESLUIT, &[("datum", dag(einde).into())], Begrip::Besluit)) }
                        }
                    }
                } @else {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_AANVRAAG_HIERNA, &[], Begrip::Aanvraag)) }
                }
            }
            Fase::Besloten => {
                @if gedaan {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_BESLUIT, &[], Begrip::Besluit)) }
                    p.loket-timeline__text { a href={ (pad) "/besluit" } { (ctx.t(msg::DOSSIER_STAP_BESLUIT_LINK)) } }
                    @if let Some(bezwaar) = &zaak.bezwaar {
                        p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_BEZWAAR, &[("datum", datum(crate::zaken::dag(bezwaar.op), lang).into())], Begrip::Bezwaar)) }
                    }
                } @else {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_BESLUIT_HIERNA, &[("weken", termijnen.besluit_weken.into())], Begrip::Besluit)) }
                    @if let Some((_, reden)) = &zaak.verdaagd {
                        p.loket-timeline__text { (ctx.tr.ta(msg::DOSSIER_STAP_VERDAAGD, &[("reden", reden.as_str().into())])) }
                    }
                }
            }
            Fase::Gesloten => {
                @if gedaan {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_GESLOTEN, &[], Begrip::Melding)) }
                } @else {
                    p.loket-timeline__text { (begrippen::zin(ctx, msg::DOSSIER_STAP_GESLOTEN_HIERNA, &[], Begrip::Melding)) }
                }
            }
        }
    }
}

/// The dwangsom after an ingebrekestelling: since when it runs and how much it is so far.
fn dwangsom_stand(ctx: &Ctx, dw: &Dwangsom) -> Markup {
    let lang = ctx.lang();
    html! {
        p { (begrippen::zin(ctx, msg::DOSSIER_DWANGSOM_ONTVANGEN, &[("datum", datum_met_dag(dw.ontvangen, lang).into())], Begrip::Ingebrekestelling)) }
        p { (ctx.tr.ta(msg::DOSSIER_DWANGSOM_WACHTEN, &[("datum", datum_met_dag(dw.vanaf, lang).into())])) }
        @if dw.dagen > 0 {
            p { (begrippen::zin(ctx, msg::DOSSIER_DWANGSOM_LOOPT, &[
                ("datum", datum_met_dag(dw.vanaf.saturating_add(Duration::days(1)), lang).into()),
            ], Begrip::Dwangsom)) }
            p { strong { (ctx.tr.ta(msg::DOSSIER_DWANGSOM_BEDRAG, &[
                ("bedrag", bedrag(dw.bedrag_cent, lang).into()),
                ("dagen", dw.dagen.into()),
            ])) } }
        }
    }
}

/// `GET /melding/{id}/vraag/{vraag}`: the question and the form for the answer.
pub fn vraag(
    ctx: &Ctx,
    melding: &Melding,
    vraag: &Vraag,
    tekst: &str,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_VRAAG_TITEL))
        .errors(errors)
        .render(html! {
            div { (alinea(&vraag.tekst)) }
            p { strong { (ctx.tr.ta(msg::DOSSIER_VRAAG_VOOR, &[("datum", datum_met_dag(vraag.voor, ctx.lang()).into())])) } }
            @if vraag.schort_op {
                p { (begrippen::zin(ctx, msg::DOSSIER_VRAAG_WACHT, &[], Begrip::Besluit)) }
            }
            form method="post" action={ (pad(melding)) "/vraag/" (vraag.id) } enctype="multipart/form-data" novalidate {
                (ui::Field::new("tekst", ctx.t(msg::DOSSIER_ANTWOORD_LABEL))
                    .hint(ctx.t(msg::DOSSIER_ANTWOORD_HINT))
                    .value(tekst)
                    .errors(errors)
                    .textarea(tr, 6, Some(MAX_TEKENS as u32)))
                (ui::Field::new("bestand", ctx.t(msg::DOSSIER_ANTWOORD_BESTAND))
                    .errors(errors)
                    .file(tr, ACCEPT, MAX_MB))
                (ui::Button::primary(ctx.t(msg::DOSSIER_ANTWOORD_KNOP)))
            }
        })
}

/// `GET /melding/{id}/verslag`: the verslag as the municipality wrote it, the resident's comments below it,
/// and the form for another.
pub fn verslag(
    ctx: &Ctx,
    melding: &Melding,
    zaak: &Zaak,
    invoer: &TekstForm,
    errors: &FieldErrors,
    klaar: Option<Klaar>,
) -> Markup {
    let lang = ctx.lang();
    let (tekst, document_id, op) = match zaak.verslag.as_ref().map(|s| (&s.gebeurtenis, s.op)) {
        Some((Gebeurtenis::Verslag { tekst, document_id }, op)) => {
            (tekst.as_str(), document_id.as_deref(), Some(op))
        }
        _ => ("", None, None),
    };
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_VERSLAG_TITEL))
        .errors(errors)
        .render(html! {
            (banner(ctx, klaar))
            @if let Some(op) = op {
                p { (begrippen::zin(ctx, msg::DOSSIER_VERSLAG_INTRO, &[("datum", datum(crate::zaken::dag(op), lang).into())], Begrip::Verslag)) }
            }
            section.loket-verslag aria-labelledby="verslag" {
                h2 id="verslag" { (ctx.t(msg::DOSSIER_VERSLAG_TEKST)) }
                (alinea(tekst))
                @if let Some(doc) = document_id {
                    p { a href={ (pad(melding)) "/document/" (doc) } download { (ctx.t(msg::DOSSIER_VERSLAG_PDF)) } }
                }
            }
            @if !zaak.reacties.is_empty() {
                h2 { (ctx.t(msg::DOSSIER_REACTIES_TITEL)) }
                ol.loket-list-plain {
                    @for reactie in &zaak.reacties {
                        @if let Gebeurtenis::Reactie { tekst } = &reactie.gebeurtenis {
                            li.loket-reactie {
                                p { strong { (ctx.tr.ta(msg::DOSSIER_REACTIE_OP, &[("datum", tijdstip(reactie.op, lang).into())])) }
                                    @if reactie.door == crate::zaken::domain::Door::Helper { " " (ctx.t(msg::DOSSIER_DOOR_HELPER)) } }
                                (alinea(tekst))
                            }
                        }
                    }
                }
            }
            @if mag_indienen(ctx) {
            h2 { (ctx.t(msg::DOSSIER_REACTIE_TITEL)) }
            form method="post" action={ (pad(melding)) "/verslag" } novalidate {
                input type="hidden" name="stand" value=(stand(&invoer.stand, zaak));
                (ui::Field::new("tekst", ctx.t(msg::DOSSIER_REACTIE_LABEL))
                    .hint(ctx.t(msg::DOSSIER_REACTIE_HINT))
                    .value(invoer.tekst.as_str())
                    .errors(errors)
                    .textarea(&ctx.tr, 6, Some(MAX_TEKENS as u32)))
                (ui::Button::primary(ctx.t(msg::DOSSIER_REACTIE_KNOP)))
            }
            }
            (begrippen::uitleg(ctx, &[Begrip::Verslag, Begrip::Onderzoek]))
        })
}

/// The step of the case a form was drawn on: as sent with the form when it comes back with errors, or the
/// case's last step.
fn stand(gestuurd: &str, zaak: &Zaak) -> String {
    match gestuurd {
        "" => zaak.stand().to_string(),
        s => s.to_owned(),
    }
}

/// `GET /melding/{id}/uploaden`.
pub fn uploaden(ctx: &Ctx, melding: &Melding, stand: &str, errors: &FieldErrors) -> Markup {
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_UPLOADEN_TITEL))
        .errors(errors)
        .render(html! {
            p { (begrippen::zin(ctx, msg::DOSSIER_UPLOADEN_INTRO, &[], Begrip::Melding)) }
            form method="post" action={ (pad(melding)) "/uploaden" } enctype="multipart/form-data" novalidate {
                input type="hidden" name="stand" value=(stand);
                (ui::Field::new("bestand", ctx.t(msg::DOSSIER_UPLOADEN_KIES))
                    .errors(errors)
                    .file(&ctx.tr, ACCEPT, MAX_MB))
                (ui::Button::primary(ctx.t(msg::DOSSIER_UPLOADEN_KNOP)))
            }
            (begrippen::uitleg(ctx, &[Begrip::Melding]))
        })
}

/// `GET /melding/{id}/besluit`: the besluit in plain words, per voorziening, with the letter and how to
/// object.
pub fn besluit(ctx: &Ctx, melding: &Melding, zaak: &Zaak, vandaag: Date) -> Markup {
    let Some(Gebeurtenis::Besluit {
        verzonden_op,
        regels,
        motivering,
        document_id,
    }) = zaak.besluit.as_ref().map(|s| &s.gebeurtenis)
    else {
        return html! {};
    };
    let lang = ctx.lang();
    let pad = pad(melding);
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_BESLUIT_TITEL)).render(html! {
        p { (begrippen::zin(ctx, msg::DOSSIER_BESLUIT_INTRO, &[("datum", datum_met_dag(*verzonden_op, lang).into())], Begrip::Besluit)) }
        @if let Some(doc) = document_id {
            p { a href={ (pad) "/document/" (doc) } download { (ctx.t(msg::DOSSIER_BESLUIT_BRIEF)) } }
        }
        @for regel in regels {
            (besluit_regel(ctx, regel))
        }
        @if !motivering.trim().is_empty() {
            h2 { (ctx.t(msg::DOSSIER_BESLUIT_MOTIVERING)) }
            (alinea(motivering))
        }
        section aria-labelledby="bezwaar" {
            h2 id="bezwaar" { (ctx.t(msg::DOSSIER_BESLUIT_BEZWAAR_TITEL)) }
            @if let Some(bezwaar) = &zaak.bezwaar {
                p { (begrippen::zin(ctx, msg::DOSSIER_STAP_BEZWAAR, &[("datum", datum(crate::zaken::dag(bezwaar.op), lang).into())], Begrip::Bezwaar)) }
                p { (ctx.t(msg::DOSSIER_BEZWAAR_HIERNA)) }
            } @else {
                @if let Some(termijn) = zaak.bezwaar_termijn(&ctx.app.gemeente) {
                    (bezwaar_termijn(ctx, &termijn, vandaag))
                }
                @if mag_indienen(ctx) {
                    p { (ui::Button::secondary(ctx.t(msg::DOSSIER_BEZWAAR_LINK)).link(&format!("{pad}/bezwaar"))) }
                }
            }
        }
        (begrippen::uitleg(ctx, &[Begrip::Besluit, Begrip::ZorgInNatura, Begrip::Pgb, Begrip::EigenBijdrage, Begrip::Bezwaar]))
    })
}

fn besluit_regel(ctx: &Ctx, regel: &BesluitRegel) -> Markup {
    let lang = ctx.lang();
    let (tag, uitkomst) = match regel.uitkomst {
        Uitkomst::Toegekend => (ui::TagKind::Success, msg::DOSSIER_UITKOMST_TOEGEKEND),
        Uitkomst::Gedeeltelijk => (ui::TagKind::Warning, msg::DOSSIER_UITKOMST_GEDEELTELIJK),
        Uitkomst::Afgewezen => (ui::TagKind::Error, msg::DOSSIER_UITKOMST_AFGEWEZEN),
    };
    let mut rijen = Vec::new();
    if regel.uitkomst != Uitkomst::Afgewezen {
        if !regel.omvang.trim().is_empty() {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::DOSSIER_REGEL_WAT),
                regel.omvang.as_str(),
            ));
        }
        if let Some(dag) = regel.ingangsdatum {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::DOSSIER_REGEL_VANAF),
                datum_met_dag(dag, lang),
            ));
        }
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::DOSSIER_REGEL_TOT),
            match regel.einddatum {
                Some(dag) => datum_met_dag(dag, lang),
                None => ctx.t(msg::DOSSIER_REGEL_GEEN_EINDE),
            },
        ));
        match regel.vorm {
            Some(Vorm::Zin) => {
                rijen.push(ui::SummaryRow::new(
                    ctx.t(msg::DOSSIER_REGEL_HOE),
                    begrippen::zin(ctx, msg::DOSSIER_REGEL_ZIN, &[], Begrip::ZorgInNatura),
                ));
            }
            Some(Vorm::Pgb) => {
                rijen.push(ui::SummaryRow::new(
                    ctx.t(msg::DOSSIER_REGEL_HOE),
                    begrippen::zin(ctx, msg::DOSSIER_REGEL_PGB, &[], Begrip::Pgb),
                ));
                if let Some(cent) = regel.pgb_bedrag_cent {
                    rijen.push(ui::SummaryRow::new(
                        ctx.t(msg::DOSSIER_REGEL_BUDGET),
                        html! {
                            p { (bedrag(cent, lang)) }
                            (alinea(&regel.pgb_berekening))
                        },
                    ));
                }
            }
            None => {}
        }
        if !regel.aanbieder.trim().is_empty() {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::DOSSIER_REGEL_WIE),
                regel.aanbieder.as_str(),
            ));
        }
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::DOSSIER_REGEL_BETALEN),
            match regel.eigen_bijdrage_cent {
                Some(cent) if cent > 0 => begrippen::zin(
                    ctx,
                    msg::DOSSIER_REGEL_EIGEN_BIJDRAGE,
                    &[("bedrag", bedrag(cent, lang).into())],
                    Begrip::EigenBijdrage,
                ),
                _ => html! { (ctx.t(msg::DOSSIER_REGEL_NIETS)) },
            },
        ));
    }
    if !regel.reden.trim().is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::DOSSIER_REGEL_WAAROM),
            alinea(&regel.reden),
        ));
    }
    html! {
        h2 { (regel.omschrijving) " " (ui::tag(tag, &ctx.t(uitkomst))) }
        (ui::summary_list(&ctx.tr, &rijen))
    }
}

/// The last day to object, where it comes from, and what to do when it has passed.
fn bezwaar_termijn(ctx: &Ctx, termijn: &Termijn, vandaag: Date) -> Markup {
    let lang = ctx.lang();
    let weken = ctx.app.gemeente.termijnen.bezwaar_weken;
    html! {
        p { strong { (begrippen::zin(ctx, msg::DOSSIER_BEZWAAR_TOT, &[("datum", datum_met_dag(termijn.einde, lang).into())], Begrip::Bezwaar)) } }
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

/// `GET /melding/{id}/bezwaar`: the last day, and the form; after a bezwaar, only what was sent.
pub fn bezwaar(
    ctx: &Ctx,
    melding: &Melding,
    zaak: &Zaak,
    vandaag: Date,
    invoer: &TekstForm,
    errors: &FieldErrors,
) -> Markup {
    let lang = ctx.lang();
    let termijn = zaak.bezwaar_termijn(&ctx.app.gemeente);
    let te_laat = termijn.is_some_and(|t| t.verstreken(vandaag));
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_BEZWAAR_TITEL))
        .errors(errors)
        .render(html! {
            @if let Some(Gebeurtenis::Bezwaar { tekst }) = zaak.bezwaar.as_ref().map(|s| &s.gebeurtenis) {
                @if let Some(stap) = &zaak.bezwaar {
                    p { (begrippen::zin(ctx, msg::DOSSIER_STAP_BEZWAAR, &[("datum", datum(crate::zaken::dag(stap.op), lang).into())], Begrip::Bezwaar)) }
                }
                p { (ctx.t(msg::DOSSIER_BEZWAAR_HIERNA)) }
                h2 { (ctx.t(msg::DOSSIER_BEZWAAR_UW_TEKST)) }
                (alinea(tekst))
            } @else {
                p { (begrippen::zin(ctx, msg::DOSSIER_BEZWAAR_INTRO, &[], Begrip::Besluit)) }
                @if let Some(t) = termijn {
                    (bezwaar_termijn(ctx, &t, vandaag))
                }
                form method="post" action={ (pad(melding)) "/bezwaar" } novalidate {
                    (ui::Field::new("tekst", ctx.t(msg::DOSSIER_BEZWAAR_LABEL))
                        .hint(ctx.t(if te_laat { msg::DOSSIER_BEZWAAR_HINT_TE_LAAT } else { msg::DOSSIER_BEZWAAR_HINT }))
                        .value(invoer.tekst.as_str())
                        .errors(errors)
                        .textarea(&ctx.tr, 8, Some(MAX_TEKENS as u32)))
                    (ui::Button::primary(ctx.t(msg::DOSSIER_BEZWAAR_KNOP)))
                }
            }
            (begrippen::uitleg(ctx, &[Begrip::Besluit, Begrip::Bezwaar]))
        })
}

/// `GET /melding/{id}/ingebrekestelling`: what it is, what the dwangsom is, and the button; afterwards how
/// the dwangsom stands.
pub fn ingebrekestelling(ctx: &Ctx, melding: &Melding, zaak: &Zaak, vandaag: Date) -> Markup {
    let lang = ctx.lang();
    let termijn = zaak.besluit_termijn(&ctx.app.gemeente, vandaag);
    let [eerste, tweede, derde] = dwangsom::PER_DAG;
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_INGEBREKE_TITEL)).render(html! {
        @if let Some(dw) = domain::dwangsom(zaak, vandaag) {
            (dwangsom_stand(ctx, &dw))
        } @else {
            @if let Some(einde) = termijn {
                p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_TE_LAAT, &[("datum", datum_met_dag(einde, lang).into())], Begrip::Aanvraag)) }
            }
            p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_WAT, &[], Begrip::Ingebrekestelling)) }
            p { (ctx.t(msg::DOSSIER_INGEBREKE_BETEKENT)) }
            p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_DWANGSOM, &[("dagen", dwangsom::WACHTTIJD_DAGEN.into())], Begrip::Dwangsom)) }
            h2 { (ctx.t(msg::DOSSIER_INGEBREKE_HOEVEEL)) }
            ul {
                li { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_EERSTE, &[("dagen", eerste.0.into()), ("bedrag", bedrag(eerste.1, lang).into())])) }
                li { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_TWEEDE, &[("dagen", tweede.0.into()), ("bedrag", bedrag(tweede.1, lang).into())])) }
                li { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_DERDE, &[("bedrag", bedrag(derde.1, lang).into())])) }
            }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_MAXIMUM, &[("dagen", dwangsom::MAXIMUM_DAGEN.into()), ("bedrag", bedrag(dwangsom::maximum(), lang).into())])) }
            h2 { (ctx.t(msg::DOSSIER_INGEBREKE_KNOP_TITEL)) }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_VANDAAG, &[("datum", datum_met_dag(vandaag, lang).into())])) }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_VANAF, &[("datum", datum_met_dag(domain::dwangsom_vanaf_als(vandaag), lang).into())])) }
            form method="post" action={ (pad(melding)) "/ingebrekestelling" } novalidate {
                (ui::Button::primary(ctx.t(msg::DOSSIER_INGEBREKE_KNOP)))
            }
        }
        (begrippen::uitleg(ctx, &[Begrip::Aanvraag, Begrip::Besluit, Begrip::Ingebrekestelling, Begrip::Dwangsom]))
    })
}

/// `GET /melding/{id}/inzage`: who looked at or changed the case, newest first.
pub fn inzage(ctx: &Ctx, melding: &Melding, regels: &[Regel]) -> Markup {
    let lang = ctx.lang();
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_INZAGE_TITEL)).render(html! {
        p { (ctx.t(msg::DOSSIER_INZAGE_INTRO)) }
        @if regels.is_empty() {
            p { (ctx.t(msg::DOSSIER_INZAGE_NIEMAND)) }
        } @else {
            ul.loket-list-plain.loket-inzage {
                @for regel in regels {
                    li {
                        p { strong { (tijdstip(regel.op, lang)) } }
                        p { (ctx.tr.ta(msg::DOSSIER_INZAGE_WIE, &[
                            ("naam", regel.naam.clone().unwrap_or_else(|| ctx.t(msg::DOSSIER_INZAGE_ONBEKEND)).into()),
                            ("rol", ctx.t(rol(&regel.rol)).into()),
                        ])) }
                        p { (handeling(ctx, regel)) }
                        @if let Some(reden) = regel.reden.as_deref().filter(|r| !r.trim().is_empty()) {
                            p { (ctx.tr.ta(msg::DOSSIER_INZAGE_REDEN, &[("reden", reden.into())])) }
                        }
                    }
                }
            }
            // The steps named above are words of the procedure.
            (begrippen::uitleg(ctx, &[Begrip::Onderzoek, Begrip::Verslag, Begrip::Aanvraag, Begrip::Besluit]))
        }
    })
}

fn rol(code: &str) -> &'static str {
    match code {
        "beheerder" => msg::DOSSIER_ROL_BEHEERDER,
        "inwoner" | "helper" => msg::DOSSIER_ROL_HELPER,
        _ => msg::DOSSIER_ROL_MEDEWERKER,
    }
}

fn handeling(ctx: &Ctx, regel: &Regel) -> String {
    match regel.handeling {
        Handeling::Bekeken => ctx.t(msg::DOSSIER_INZAGE_BEKEKEN),
        Handeling::Gedownload => ctx.t(msg::DOSSIER_INZAGE_GEDOWNLOAD),
        Handeling::Gewijzigd => {
            let stap = match regel.omschrijving.as_str() {
                "gesprek_gepland" => Some(Fase::GesprekGepland),
                "onderzoek" => Some(Fase::Onderzocht),
                "verslag" => Some(Fase::VerslagVerstuurd),
                "aanvraag" => Some(Fase::AanvraagOntvangen),
                "besluit" => Some(Fase::Besloten),
                "gesloten" => Some(Fase::Gesloten),
                _ => None,
            };
            match stap {
                Some(fase) => ctx.tr.ta(
                    msg::DOSSIER_INZAGE_STAP,
                    &[("stap", ctx.t(fase_naam(fase)).into())],
                ),
                None => ctx.t(msg::DOSSIER_INZAGE_GEWIJZIGD),
            }
        }
    }
}
