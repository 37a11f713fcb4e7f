//! The staff page of a Wmo case: its overview, terms, plan, documents and history.

use super::*;

/// What was just done, shown once on the case after the redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Klaar {
    Opgepakt,
    Stap(Stap),
}

/// Everything the case page shows.
pub struct Zaakbeeld<'a> {
    pub melding: &'a Melding,
    pub zaak: &'a Zaak,
    pub spoed: bool,
    pub ik: &'a Person,
    pub plan: Option<&'a Plan>,
    pub documenten: &'a [Document],
    /// Names of the staff on this case, by person id.
    pub namen: &'a HashMap<crate::ids::PersoonId, String>,
    pub klaar: Option<Klaar>,
    /// Filed for someone who has not confirmed that the filer may help (vertegenwoordiging).
    pub onbevestigd: Option<&'a crate::vertegenwoordiging::Wacht>,
    /// The way to a bezwaar against the besluit, when there is one.
    pub bezwaar: Markup,
}

/// `GET /medewerker/zaak/{id}`.
pub fn zaak(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
    let pad = zaak_pad(z.melding);
    let stappen: Vec<Stap> = Stap::ALL
        .into_iter()
        .filter(|s| s.aangeboden(z.zaak, z.spoed))
        .collect();
    let van_mij = z.zaak.consulent_id.as_deref() == Some(z.ik.id.as_str());
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::BACKOFFICE_ZAAK_TITEL,
            &[("referentie", referentie(z.melding).into())],
        ),
    )
    .back("/medewerker", ctx.t(msg::BACKOFFICE_TERUG_WACHTRIJ))
    .render(html! {
        @if let Some(klaar) = z.klaar {
            (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! {
                p { @match klaar {
                    Klaar::Opgepakt => { (ctx.t(msg::BACKOFFICE_KLAAR_OPGEPAKT)) }
                    Klaar::Stap(stap) => { (ctx.tr.ta(msg::BACKOFFICE_KLAAR_STAP, &[("stap", ctx.t(stap_titel(stap)).into())])) }
                } }
            }))
        }
        @if let Some(wacht) = z.onbevestigd {
            (crate::vertegenwoordiging::views::staf_melding(ctx, wacht))
        }
        h2 { (ctx.t(msg::BACKOFFICE_OVERZICHT_TITEL)) }
        (overzicht(ctx, z))
        @if z.zaak.besluit.is_some() {
            (crate::zaken::beschikking::link(ctx, &format!("{pad}/besluit/brief")))
        }
        (z.bezwaar)
        h2 { (ctx.t(msg::BACKOFFICE_TERMIJNEN_TITEL)) }
        (termijnen_lijst(ctx, z))
        h2 { (ctx.t(msg::BACKOFFICE_STAPPEN_TITEL)) }
        @if !van_mij && z.zaak.is_open() {
            form method="post" action={ (pad) "/oppakken" } {
                (ui::Button::secondary(ctx.t(msg::BACKOFFICE_OPPAKKEN_KNOP)))
            }
        }
        @if stappen.is_empty() {
            p { (ctx.t(msg::BACKOFFICE_STAPPEN_GEEN)) }
        } @else {
            ul {
                @for stap in &stappen {
                    li { a href={ (pad) "/" (stap.slug()) } { (ctx.t(stap_titel(*stap))) } }
                }
            }
        }
        h2 { (ctx.t(msg::BACKOFFICE_MELDING_TITEL)) }
        (crate::meldingen::samenvatting(ctx, z.melding))
        h2 { (ctx.t(msg::BACKOFFICE_PLAN_TITEL)) }
        (plan(ctx, &pad, z.plan))
        h2 { (ctx.t(msg::BACKOFFICE_GESCHIEDENIS_TITEL)) }
        (geschiedenis(ctx, z))
        h2 { (ctx.t(msg::BACKOFFICE_DOCUMENTEN_TITEL)) }
        @if z.documenten.is_empty() {
            p { (ctx.t(msg::BACKOFFICE_DOCUMENTEN_LEEG)) }
        } @else {
            ul {
                @for d in z.documenten {
                    @let regel = ctx.tr.ta(msg::BACKOFFICE_DOCUMENT_REGEL, &[
                        ("naam", d.naam.as_str().into()),
                        ("soort", ctx.t(document_soort_label(d.soort)).into()),
                        ("datum", datum(crate::zaken::dag(d.op), ctx.lang()).into()),
                    ]);
                    li { (crate::zaken::document::link(&ctx.tr, &format!("{pad}/document/{}", d.id), &regel, d.controle, true)) }
                }
            }
        }
    })
}

pub(super) fn ja_nee(ctx: &Ctx, ja: bool) -> String {
    ctx.t(if ja {
        msg::BACKOFFICE_JA
    } else {
        msg::BACKOFFICE_NEE
    })
}

pub(super) fn overzicht(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
    let lang = ctx.lang();
    let onbekend = || ctx.t(msg::BACKOFFICE_ONBEKEND);
    let zaak = z.zaak;
    let consulent = match &zaak.consulent_id {
        Some(id) => z
            .namen
            .get(id)
            .cloned()
            .unwrap_or_else(|| ctx.t(msg::BACKOFFICE_DOOR_MEDEWERKER)),
        None => ctx.t(msg::BACKOFFICE_NIEMAND),
    };
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_SOORT),
            ctx.t(soort_label(Regeling::Wmo)),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_FASE),
            ctx.t(fase_label(zaak.fase())),
        ),
        ui::SummaryRow::new(ctx.t(msg::BACKOFFICE_RIJ_SPOED), ja_nee(ctx, z.spoed)),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_ONTVANGEN),
            z.melding
                .ontvangen_op
                .map_or_else(onbekend, |d| datum_met_dag(d, lang)),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_EERSTE_GESPREK),
            z.melding
                .eerste_gesprek_op
                .map_or_else(onbekend, |d| datum_met_dag(d, lang)),
        ),
        ui::SummaryRow::new(ctx.t(msg::BACKOFFICE_RIJ_CONSULENT), consulent),
    ];
    if let Some((dag, tijd, plaats)) = &zaak.gesprek {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_GESPREK),
            ctx.tr.ta(
                msg::BACKOFFICE_GESPREK_WAARDE,
                &[
                    ("datum", datum_met_dag(*dag, lang).into()),
                    ("tijd", tijd.as_str().into()),
                    ("plaats", ctx.t(plaats_label(*plaats)).into()),
                ],
            ),
        ));
    }
    if let Some((co, plan)) = zaak.geinformeerd {
        let mut wat = Vec::new();
        if co {
            wat.push(ctx.t(msg::BACKOFFICE_GEINFORMEERD_CO));
        }
        if plan {
            wat.push(ctx.t(msg::BACKOFFICE_GEINFORMEERD_PLAN));
        }
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_GEINFORMEERD),
            wat.join(", "),
        ));
    }
    if let Some((omschrijving, vanaf)) = &zaak.tijdelijk {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_TIJDELIJK),
            format!("{omschrijving} ({})", datum(*vanaf, lang)),
        ));
    }
    let open_vragen: Vec<String> = zaak
        .open_vragen()
        .map(|v| format!("{} ({})", v.tekst, datum_kort(v.voor)))
        .collect();
    if !open_vragen.is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_RIJ_OPEN_VRAGEN),
            open_vragen.join("; "),
        ));
    }
    ui::summary_list(&ctx.tr, &rijen)
}

pub(super) fn termijnen_lijst(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
    let app = &ctx.app;
    let gemeente = &app.gemeente;
    let vandaag = app.clock.today();
    let lang = ctx.lang();
    let melding_termijnen = termijnen(
        gemeente,
        z.melding.ontvangen_op,
        z.melding.eerste_gesprek_op,
    );
    let mut rijen = Vec::new();
    match &melding_termijnen {
        Some([plan, onderzoek]) => {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::BACKOFFICE_TERMIJN_PLAN),
                datum_met_dag(plan.einde, lang),
            ));
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::BACKOFFICE_TERMIJN_ONDERZOEK),
                datum_met_dag(onderzoek.einde, lang),
            ));
        }
        None => {
            for label in [
                msg::BACKOFFICE_TERMIJN_PLAN,
                msg::BACKOFFICE_TERMIJN_ONDERZOEK,
            ] {
                rijen.push(ui::SummaryRow::new(
                    ctx.t(label),
                    ctx.t(msg::BACKOFFICE_TERMIJN_NA_GESPREK),
                ));
            }
        }
    }
    if let Some(einde) = z.zaak.verslag_termijn(gemeente) {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_TERMIJN_VERSLAG),
            datum_met_dag(einde, lang),
        ));
    }
    if let Some(einde) = z.zaak.besluit_termijn(gemeente, vandaag) {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_TERMIJN_BESLUIT),
            datum_met_dag(einde, lang),
        ));
    }
    if let Some(t) = z.zaak.bezwaar_termijn(gemeente) {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_TERMIJN_BEZWAAR),
            datum_met_dag(t.einde, lang),
        ));
    }
    let volgende = z.zaak.volgende_termijn(
        gemeente,
        vandaag,
        melding_termijnen,
        z.melding.ontvangen_op.unwrap_or(vandaag),
    );
    if z.zaak.is_open() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_TERMIJN_VOLGENDE),
            deadline(ctx, volgende.as_ref(), vandaag),
        ));
    }
    ui::summary_list(&ctx.tr, &rijen)
}

pub(super) fn plan(ctx: &Ctx, pad: &str, plan: Option<&Plan>) -> Markup {
    let Some(plan) = plan.filter(|p| p.status == PlanStatus::Ingeleverd) else {
        return html! {
            p { (ctx.t(if plan.is_some() { msg::BACKOFFICE_PLAN_CONCEPT } else { msg::BACKOFFICE_PLAN_GEEN })) }
        };
    };
    html! {
        @if let Some(op) = plan.ingeleverd_op {
            p { (ctx.tr.ta(msg::BACKOFFICE_PLAN_INGELEVERD, &[("datum", datum(crate::zaken::dag(op), ctx.lang()).into())])) }
        }
        @match (plan.soort, &plan.bestand) {
            (PlanSoort::Bestand, Some(bestand)) => {
                p { a href={ (pad) "/plan" } download {
                    (ctx.tr.ta(msg::BACKOFFICE_PLAN_DOWNLOAD, &[("naam", bestand.naam.as_str().into())]))
                } }
            }
            _ => {
                (ui::summary_list(&ctx.tr, &[
                    ui::SummaryRow::new(ctx.t(msg::PERSOONLIJK_PLAN_DOELEN_LABEL), alinea(&plan.teksten.doelen)),
                    ui::SummaryRow::new(ctx.t(msg::PERSOONLIJK_PLAN_ZELF_LABEL), alinea(&plan.teksten.zelf_en_netwerk)),
                    ui::SummaryRow::new(ctx.t(msg::PERSOONLIJK_PLAN_ONDERSTEUNING_LABEL), alinea(&plan.teksten.ondersteuning)),
                ]))
            }
        }
    }
}

/// Text as it was typed: one paragraph per line.
pub(super) use crate::ui::alinea;

pub(super) fn geschiedenis(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
    let rows: Vec<ui::HistoryRow> = z
        .zaak
        .stappen
        .iter()
        .map(|stap| ui::HistoryRow {
            op: stap.op,
            wie: z
                .namen
                .get(&stap.door_persoon_id)
                .cloned()
                .unwrap_or_else(|| ctx.t(crate::zaken::door_label(stap.door))),
            wat: gebeurtenis(ctx, &stap.gebeurtenis, z.namen),
        })
        .collect();
    ui::history(&ctx.tr, &rows)
}

/// One detail of an event: "Label: value".
pub(super) fn detail(ctx: &Ctx, label: &str, waarde: impl maud::Render) -> Markup {
    html! { p { strong { (ctx.t(label)) ": " } (waarde) } }
}

pub(super) fn gebeurtenis(
    ctx: &Ctx,
    g: &Gebeurtenis,
    namen: &HashMap<crate::ids::PersoonId, String>,
) -> Markup {
    let lang = ctx.lang();
    let d = |dag: &Date| datum(*dag, lang);
    let eur = |b: crate::geld::Bedrag| bedrag(b, lang);
    match g {
        Gebeurtenis::Toegewezen { consulent_id } => html! {
            p { (ctx.tr.ta(msg::BACKOFFICE_G_TOEGEWEZEN, &[("naam", namen.get(consulent_id).cloned().unwrap_or_else(|| ctx.t(msg::BACKOFFICE_DOOR_MEDEWERKER)).into())])) }
        },
        Gebeurtenis::GesprekGepland {
            datum: dag,
            tijd,
            plaats,
            toelichting,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_GESPREK_GEPLAND)) } }
            p { (ctx.tr.ta(msg::BACKOFFICE_GESPREK_WAARDE, &[
                ("datum", datum_met_dag(*dag, lang).into()),
                ("tijd", tijd.as_str().into()),
                ("plaats", ctx.t(plaats_label(*plaats)).into()),
            ])) }
            @if !toelichting.is_empty() { (detail(ctx, msg::BACKOFFICE_VELD_TOELICHTING, toelichting)) }
        },
        Gebeurtenis::Geinformeerd {
            clientondersteuning,
            persoonlijk_plan,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_GEINFORMEERD)) } }
            @if *clientondersteuning { p { (ctx.t(msg::BACKOFFICE_GEINFORMEERD_CO)) } }
            @if *persoonlijk_plan { p { (ctx.t(msg::BACKOFFICE_GEINFORMEERD_PLAN)) } }
        },
        Gebeurtenis::TijdelijkeVoorziening {
            omschrijving,
            vanaf,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_TIJDELIJK)) } }
            p { (omschrijving) }
            (detail(ctx, msg::BACKOFFICE_VELD_VANAF, d(vanaf)))
        },
        Gebeurtenis::Onderzoek {
            gesprek_op,
            onderwerpen,
            levensgebieden,
            uitkomst,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_ONDERZOEK)) } }
            (detail(ctx, msg::BACKOFFICE_VELD_GESPREK_OP, d(gesprek_op)))
            (detail(ctx, msg::BACKOFFICE_VELD_ONDERWERPEN, onderwerpen.iter().map(|o| ctx.t(onderwerp_label(*o))).collect::<Vec<_>>().join(", ")))
            @if !levensgebieden.is_empty() {
                (detail(ctx, msg::BACKOFFICE_VELD_LEVENSGEBIEDEN, levensgebieden.iter()
                    .filter_map(|c| Levensgebied::from_code(c))
                    .map(|g| ctx.t(crate::meldingen::levensgebied_label(g)))
                    .collect::<Vec<_>>().join(", ")))
            }
            (detail(ctx, msg::BACKOFFICE_VELD_UITKOMST, uitkomst))
        },
        Gebeurtenis::Verslag { tekst, document_id } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_VERSLAG)) } }
            (alinea(tekst))
            @if document_id.is_some() { p { (ctx.t(msg::BACKOFFICE_MET_PDF)) } }
        },
        Gebeurtenis::Reactie { tekst } | Gebeurtenis::Bezwaar { tekst } => html! {
            p { strong { (ctx.t(if matches!(g, Gebeurtenis::Reactie { .. }) { msg::BACKOFFICE_G_REACTIE } else { msg::BACKOFFICE_G_BEZWAAR })) } }
            (alinea(tekst))
        },
        Gebeurtenis::Document { naam, .. } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_DOCUMENT)) } }
            p { (naam) }
        },
        Gebeurtenis::Vraag {
            tekst,
            voor,
            schort_op,
            ..
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_VRAAG)) } }
            p { (tekst) }
            (detail(ctx, msg::BACKOFFICE_VELD_VOOR, d(voor)))
            @if *schort_op { p { (ctx.t(msg::BACKOFFICE_SCHORT_JA)) } }
        },
        Gebeurtenis::Antwoord { tekst, .. } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_ANTWOORD)) } }
            (alinea(tekst))
        },
        Gebeurtenis::Aanvraag {
            ontvangen_op,
            voorzieningen,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_AANVRAAG)) } }
            (detail(ctx, msg::BACKOFFICE_VELD_ONTVANGEN_OP, d(ontvangen_op)))
            (detail(ctx, msg::BACKOFFICE_VELD_VOORZIENINGEN, voorzieningen.iter().map(|v| ctx.t(voorziening_label(*v))).collect::<Vec<_>>().join(", ")))
        },
        Gebeurtenis::Verdaagd {
            nieuwe_datum,
            reden,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_VERDAAGD)) } }
            (detail(ctx, msg::BACKOFFICE_VELD_NIEUWE_DATUM, d(nieuwe_datum)))
            (detail(ctx, msg::BACKOFFICE_VELD_REDEN, reden))
        },
        Gebeurtenis::Besluit {
            verzonden_op,
            regels,
            motivering,
            document_id,
        } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_BESLUIT)) } }
            (detail(ctx, msg::BACKOFFICE_VELD_VERZONDEN_OP, d(verzonden_op)))
            @for r in regels {
                p {
                    strong { (ctx.t(voorziening_label(r.voorziening))) ": " }
                    (ctx.t(uitkomst_label(r.uitkomst)))
                    @if let Some(vorm) = r.vorm { ", " (ctx.t(vorm_label(vorm))) }
                    @if let (Some(van), Some(tot)) = (r.ingangsdatum, r.einddatum) { ", " (datum_kort(van)) " – " (datum_kort(tot)) }
                    @if !r.omvang.is_empty() { ", " (r.omvang) }
                    @if !r.aanbieder.is_empty() { ", " (r.aanbieder) }
                    @if let Some(c) = r.kostprijs { ", " (ctx.t(msg::BACKOFFICE_VELD_KOSTPRIJS)) " " (eur(c)) }
                    ", " @match r.eigen_bijdrage {
                        Some(c) => { (ctx.t(msg::BACKOFFICE_VELD_BIJDRAGE)) " " (eur(c)) }
                        None => { (ctx.t(msg::BACKOFFICE_GEEN_EIGEN_BIJDRAGE)) }
                    }
                    @if let Some(c) = r.pgb_bedrag { ", " (ctx.t(msg::BACKOFFICE_VELD_PGB_BEDRAG)) " " (eur(c)) }
                }
                @if !r.pgb_berekening.is_empty() { (detail(ctx, msg::BACKOFFICE_VELD_PGB_BEREKENING, &r.pgb_berekening)) }
                (detail(ctx, msg::BACKOFFICE_VELD_REDEN_REGEL, &r.reden))
            }
            (detail(ctx, msg::BACKOFFICE_VELD_MOTIVERING, motivering))
            @if document_id.is_some() { p { (ctx.t(msg::BACKOFFICE_MET_PDF)) } }
        },
        Gebeurtenis::Ingebrekestelling { ontvangen_op } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_INGEBREKESTELLING)) } }
            (detail(ctx, msg::BACKOFFICE_VELD_ONTVANGEN_OP, d(ontvangen_op)))
        },
        Gebeurtenis::Gesloten { reden } => html! {
            p { strong { (ctx.t(msg::BACKOFFICE_G_GESLOTEN)) } }
            (detail(ctx, msg::BACKOFFICE_VELD_REDEN, reden))
        },
    }
}
