//! The dossier: where the case stands, on the one timeline, with its documents.

use super::*;

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
    /// The resident's requests to correct something, with their answers ([`crate::zaken::correctie`]).
    pub correcties: Markup,
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
    let titel = match &ctx.namens {
        Some(namens) => ctx.tr.ta(
            msg::DOSSIER_TITEL_NAMENS,
            &[("naam", namens.voor_naam().into())],
        ),
        None => ctx.t(msg::DOSSIER_TITEL),
    };
    ui::Page::new(ctx, titel).render(html! {
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
                (ui::in_het_nederlands(&ctx.tr))
                ul.loket-list-plain {
                    @for vraag in open {
                        li {
                            (ui::van_gemeente(&ctx.tr, &vraag.tekst))
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
        (d.correcties)
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

pub(super) fn document_link(ctx: &Ctx, melding: &Melding, doc: &Document) -> Markup {
    let soort = match doc.soort {
        DocumentSoort::Verslag => msg::DOSSIER_DOCUMENT_VERSLAG,
        DocumentSoort::Besluit => msg::DOSSIER_DOCUMENT_BESLUIT,
        DocumentSoort::Inwoner => msg::DOSSIER_DOCUMENT_INWONER,
        DocumentSoort::Medewerker => msg::DOSSIER_DOCUMENT_GEMEENTE,
    };
    html! {
        (crate::zaken::document::link(&ctx.tr, &format!("{}/document/{}", pad(melding), doc.id), &doc.naam, doc.controle, true))
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
pub(super) fn tijdlijn(ctx: &Ctx, d: &Dossier<'_>) -> Markup {
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

pub(super) fn plaats(p: Plaats) -> &'static str {
    match p {
        Plaats::Thuis => msg::DOSSIER_PLAATS_THUIS,
        Plaats::Gemeentehuis => msg::DOSSIER_PLAATS_GEMEENTEHUIS,
        Plaats::Telefoon => msg::DOSSIER_PLAATS_TELEFOON,
        Plaats::Beeldbellen => msg::DOSSIER_PLAATS_BEELDBELLEN,
    }
}

/// The plain sentences under a step: what happened, or what comes and by when.
pub(super) fn stap_tekst(ctx: &Ctx, d: &Dossier<'_>, punt: &Punt) -> Markup {
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
                    // Past: the day the talk took place, which may not be the day planned.
                    (_, true) if punt.staat == Staat::Gedaan && zaak.onderzocht_op.is_some() => {
                        @if let Some(op) = zaak.onderzocht_op {
                            p.loket-timeline__text { (ctx.tr.ta(msg::DOSSIER_STAP_GESPREK_WAS, &[("datum", dag(op).into())])) }
                        }
                    }
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
                            (crate::termijnen::views::kan_veranderen(ctx, einde))
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
                        p.loket-timeline__text { a href={ (pad) "/bezwaar" } { (ctx.t(msg::BEZWAAR_BEKIJKEN)) } }
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
pub(super) fn dwangsom_stand(ctx: &Ctx, dw: &Dwangsom) -> Markup {
    crate::zaken::ingebreke::stand_blok(ctx, dw)
}
