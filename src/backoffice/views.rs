//! The back office's pages: the work queue, the question why a case is opened, the case, and the form of
//! each processing step.

use std::collections::HashMap;

use maud::{Markup, html};
use time::Date;

use super::domain::{Filter, Rij, Stap};
use super::form::{Invoer, regel_veld};
use crate::auth::Person;
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{bedrag, datum, datum_kort, datum_met_dag, msg, tijdstip};
use crate::meldingen::domain::{Code, Levensgebied, termijnen};
use crate::meldingen::repo::Melding;
use crate::persoonlijk_plan::domain::{Soort as PlanSoort, Status as PlanStatus};
use crate::persoonlijk_plan::repo::Plan;
use crate::ui;
use crate::zaken::document::MAX_MB;
use crate::zaken::domain::{
    Deadline, Door, Fase, Gebeurtenis, Onderwerp, Plaats, Uitkomst, Urgentie, Voorziening, Vorm,
    Wat, Zaak,
};
use crate::zaken::kern::{Kern, Regeling};
use crate::zaken::repo::{Document, DocumentSoort};

pub fn fase_label(fase: Fase) -> &'static str {
    match fase {
        Fase::Ontvangen => msg::BACKOFFICE_FASE_ONTVANGEN,
        Fase::GesprekGepland => msg::BACKOFFICE_FASE_GESPREK_GEPLAND,
        Fase::Onderzocht => msg::BACKOFFICE_FASE_ONDERZOCHT,
        Fase::VerslagVerstuurd => msg::BACKOFFICE_FASE_VERSLAG_VERSTUURD,
        Fase::AanvraagOntvangen => msg::BACKOFFICE_FASE_AANVRAAG_ONTVANGEN,
        Fase::Besloten => msg::BACKOFFICE_FASE_BESLOTEN,
        Fase::Gesloten => msg::BACKOFFICE_FASE_GESLOTEN,
    }
}

fn soort_label(regeling: Regeling) -> &'static str {
    match regeling {
        Regeling::Wmo => msg::BACKOFFICE_SOORT_WMO_MELDING,
        Regeling::Blijverslening => msg::BACKOFFICE_SOORT_BLIJVERSLENING,
        Regeling::Kindpakket => msg::BACKOFFICE_SOORT_KINDPAKKET,
        Regeling::Uitdaagrecht => msg::BACKOFFICE_SOORT_UITDAAGRECHT,
    }
}

/// The staff page of a case of any scheme.
pub fn staf_pad(regeling: Regeling, id: &str) -> String {
    match regeling {
        Regeling::Wmo => format!("/medewerker/zaak/{id}"),
        Regeling::Blijverslening => format!("/medewerker/blijverslening/{id}"),
        Regeling::Kindpakket => format!("/medewerker/kindpakket/{id}"),
        Regeling::Uitdaagrecht => format!("/medewerker/uitdaagrecht/{id}"),
    }
}

fn wat_label(wat: Wat) -> &'static str {
    match wat {
        Wat::Onderzoek => msg::BACKOFFICE_WAT_ONDERZOEK,
        Wat::Verslag => msg::BACKOFFICE_WAT_VERSLAG,
        Wat::Besluit => msg::BACKOFFICE_WAT_BESLUIT,
    }
}

fn plaats_label(plaats: Plaats) -> &'static str {
    match plaats {
        Plaats::Thuis => msg::BACKOFFICE_PLAATS_THUIS,
        Plaats::Gemeentehuis => msg::BACKOFFICE_PLAATS_GEMEENTEHUIS,
        Plaats::Telefoon => msg::BACKOFFICE_PLAATS_TELEFOON,
        Plaats::Beeldbellen => msg::BACKOFFICE_PLAATS_BEELDBELLEN,
    }
}

fn onderwerp_label(onderwerp: Onderwerp) -> &'static str {
    match onderwerp {
        Onderwerp::Behoeften => msg::BACKOFFICE_ONDERWERP_BEHOEFTEN,
        Onderwerp::Resultaat => msg::BACKOFFICE_ONDERWERP_RESULTAAT,
        Onderwerp::EigenKracht => msg::BACKOFFICE_ONDERWERP_EIGEN_KRACHT,
        Onderwerp::Mantelzorg => msg::BACKOFFICE_ONDERWERP_MANTELZORG,
        Onderwerp::OndersteuningMantelzorger => {
            msg::BACKOFFICE_ONDERWERP_ONDERSTEUNING_MANTELZORGER
        }
        Onderwerp::AlgemeneVoorzieningen => msg::BACKOFFICE_ONDERWERP_ALGEMENE_VOORZIENINGEN,
        Onderwerp::Maatwerk => msg::BACKOFFICE_ONDERWERP_MAATWERK,
        Onderwerp::Samenwerking => msg::BACKOFFICE_ONDERWERP_SAMENWERKING,
        Onderwerp::CultuurGeloof => msg::BACKOFFICE_ONDERWERP_CULTUUR_GELOOF,
        Onderwerp::EigenBijdrage => msg::BACKOFFICE_ONDERWERP_EIGEN_BIJDRAGE,
        Onderwerp::Pgb => msg::BACKOFFICE_ONDERWERP_PGB,
        Onderwerp::Documenten => msg::BACKOFFICE_ONDERWERP_DOCUMENTEN,
        Onderwerp::Identiteit => msg::BACKOFFICE_ONDERWERP_IDENTITEIT,
    }
}

fn voorziening_label(voorziening: Voorziening) -> &'static str {
    match voorziening {
        Voorziening::HuishoudelijkeOndersteuning => {
            msg::BACKOFFICE_VOORZIENING_HUISHOUDELIJKE_ONDERSTEUNING
        }
        Voorziening::Begeleiding => msg::BACKOFFICE_VOORZIENING_BEGELEIDING,
        Voorziening::Dagbesteding => msg::BACKOFFICE_VOORZIENING_DAGBESTEDING,
        Voorziening::KortdurendVerblijf => msg::BACKOFFICE_VOORZIENING_KORTDUREND_VERBLIJF,
        Voorziening::Hulpmiddel => msg::BACKOFFICE_VOORZIENING_HULPMIDDEL,
        Voorziening::Woningaanpassing => msg::BACKOFFICE_VOORZIENING_WONINGAANPASSING,
        Voorziening::Vervoer => msg::BACKOFFICE_VOORZIENING_VERVOER,
        Voorziening::BeschermdWonen => msg::BACKOFFICE_VOORZIENING_BESCHERMD_WONEN,
        Voorziening::Overig => msg::BACKOFFICE_VOORZIENING_OVERIG,
    }
}

fn uitkomst_label(uitkomst: Uitkomst) -> &'static str {
    match uitkomst {
        Uitkomst::Toegekend => msg::BACKOFFICE_UITKOMST_TOEGEKEND,
        Uitkomst::Gedeeltelijk => msg::BACKOFFICE_UITKOMST_GEDEELTELIJK,
        Uitkomst::Afgewezen => msg::BACKOFFICE_UITKOMST_AFGEWEZEN,
    }
}

fn vorm_label(vorm: Vorm) -> &'static str {
    match vorm {
        Vorm::Zin => msg::BACKOFFICE_VORM_ZIN,
        Vorm::Pgb => msg::BACKOFFICE_VORM_PGB,
    }
}

fn stap_titel(stap: Stap) -> &'static str {
    match stap {
        Stap::Gesprek => msg::BACKOFFICE_STAP_GESPREK,
        Stap::Geinformeerd => msg::BACKOFFICE_STAP_GEINFORMEERD,
        Stap::Tijdelijk => msg::BACKOFFICE_STAP_TIJDELIJK,
        Stap::Onderzoek => msg::BACKOFFICE_STAP_ONDERZOEK,
        Stap::Verslag => msg::BACKOFFICE_STAP_VERSLAG,
        Stap::Vraag => msg::BACKOFFICE_STAP_VRAAG,
        Stap::Aanvraag => msg::BACKOFFICE_STAP_AANVRAAG,
        Stap::Verdagen => msg::BACKOFFICE_STAP_VERDAGEN,
        Stap::Besluit => msg::BACKOFFICE_STAP_BESLUIT,
        Stap::Sluiten => msg::BACKOFFICE_STAP_SLUITEN,
    }
}

fn door_label(door: Door) -> &'static str {
    match door {
        Door::Inwoner => msg::BACKOFFICE_DOOR_INWONER,
        Door::Medewerker => msg::BACKOFFICE_DOOR_MEDEWERKER,
        Door::Beheerder => msg::BACKOFFICE_DOOR_BEHEERDER,
        Door::Helper => msg::BACKOFFICE_DOOR_HELPER,
    }
}

fn document_soort_label(soort: DocumentSoort) -> &'static str {
    match soort {
        DocumentSoort::Verslag => msg::BACKOFFICE_DOCSOORT_VERSLAG,
        DocumentSoort::Besluit => msg::BACKOFFICE_DOCSOORT_BESLUIT,
        DocumentSoort::Inwoner => msg::BACKOFFICE_DOCSOORT_INWONER,
        DocumentSoort::Medewerker => msg::BACKOFFICE_DOCSOORT_MEDEWERKER,
    }
}

fn zaak_pad(melding: &Melding) -> String {
    format!("/medewerker/zaak/{}", melding.id)
}

fn referentie(melding: &Melding) -> &str {
    melding.referentie.as_deref().unwrap_or_default()
}

/// The deadline in words, with a mark in text (not colour only) when it is overdue or nearly due.
fn deadline(ctx: &Ctx, deadline: Option<&Deadline>, vandaag: Date) -> Markup {
    let Some(d) = deadline else {
        return html! { (ctx.t(msg::BACKOFFICE_GEEN_TERMIJN)) };
    };
    html! {
        (ctx.tr.ta(msg::BACKOFFICE_TERMIJN_WAT, &[
            ("wat", ctx.t(wat_label(d.wat)).into()),
            ("datum", datum_kort(d.einde).into()),
        ]))
        @if !d.wettelijk { " " (ctx.t(msg::BACKOFFICE_STREEFDATUM)) }
        @match d.urgentie(vandaag) {
            Urgentie::Verlopen => { " " (ui::tag(ui::TagKind::Error, &ctx.t(msg::BACKOFFICE_TE_LAAT))) }
            Urgentie::Bijna => { " " (ui::tag(ui::TagKind::Warning, &ctx.t(msg::BACKOFFICE_BIJNA))) }
            Urgentie::Op => {}
        }
    }
}

/// `GET /medewerker`.
pub fn wachtrij(ctx: &Ctx, rijen: &[Rij], filter: &Filter, vandaag: Date) -> Markup {
    let tr = &ctx.tr;
    let mut fasen = vec![ui::Choice::new("", ctx.t(msg::BACKOFFICE_FILTER_FASE_ALLE))];
    fasen.extend(
        Fase::PAD
            .iter()
            .filter(|f| **f != Fase::Gesloten)
            .map(|f| ui::Choice::new(f.code(), ctx.t(fase_label(*f)))),
    );
    let mut soorten = vec![ui::Choice::new(
        "",
        ctx.t(msg::BACKOFFICE_FILTER_SOORT_ALLE),
    )];
    let gemeente = &ctx.app.gemeente;
    soorten.extend(
        Regeling::ALL
            .into_iter()
            .filter(|r| match r {
                Regeling::Blijverslening => gemeente.blijverslening.is_some(),
                Regeling::Kindpakket => gemeente.kindpakket.is_some(),
                Regeling::Wmo | Regeling::Uitdaagrecht => true,
            })
            .map(|r| ui::Choice::new(r.code(), ctx.t(soort_label(r)))),
    );
    let mijn: &[&str] = if filter.alleen_mijn { &["ja"] } else { &[] };
    let kolommen = [
        ctx.t(msg::BACKOFFICE_KOLOM_REFERENTIE),
        ctx.t(msg::BACKOFFICE_KOLOM_SOORT),
        ctx.t(msg::BACKOFFICE_KOLOM_FASE),
        ctx.t(msg::BACKOFFICE_KOLOM_CONSULENT),
        ctx.t(msg::BACKOFFICE_KOLOM_TERMIJN),
    ];
    ui::Page::new(ctx, ctx.t(msg::BACKOFFICE_WACHTRIJ_TITEL))
        .wide()
        .render(html! {
            p { (ctx.t(msg::BACKOFFICE_WACHTRIJ_INTRO)) }
            @if ctx.person.as_ref().is_some_and(|p| p.rol == crate::auth::Rol::Beheerder) {
                p { a href="/medewerker/beheer/clientondersteuners" { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_LINK)) } }
                p { a href=(crate::verzending::PAD) { (ctx.t(msg::VERZENDING_LINK)) } }
            }
            p { a href="/medewerker/machtigingen" { (ctx.t(msg::BACKOFFICE_WACHTRIJ_MACHTIGINGEN)) } }
            h2 { (ctx.t(msg::BACKOFFICE_FILTER_TITEL)) }
            form method="get" action="/medewerker" {
                (ui::Field::new("zoek", ctx.t(msg::BACKOFFICE_FILTER_ZOEK))
                    .hint(ctx.t(msg::BACKOFFICE_FILTER_ZOEK_HINT))
                    .value(filter.zoek.as_str())
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("fase", ctx.t(msg::BACKOFFICE_FILTER_FASE))
                    .value(filter.fase.map_or("", Fase::code))
                    .select(tr, &fasen))
                (ui::Field::new("soort", ctx.t(msg::BACKOFFICE_FILTER_SOORT))
                    .value(filter.soort.map_or("", Regeling::code))
                    .select(tr, &soorten))
                (ui::Field::new("mijn", ctx.t(msg::BACKOFFICE_FILTER_MIJN))
                    .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BACKOFFICE_FILTER_MIJN_JA))], mijn))
                (ui::Button::secondary(ctx.t(msg::BACKOFFICE_FILTER_KNOP)))
            }
            @if rijen.is_empty() {
                p { (ctx.t(msg::BACKOFFICE_WACHTRIJ_LEEG)) }
            } @else {
                table.loket-table {
                    caption { (ctx.tr.ta(msg::BACKOFFICE_WACHTRIJ_CAPTION, &[("aantal", rijen.len().into())])) }
                    thead {
                        tr { @for kolom in &kolommen { th scope="col" { (kolom) } } }
                    }
                    tbody {
                        @for rij in rijen {
                            tr {
                                th scope="row" data-label=(kolommen[0]) {
                                    a href=(staf_pad(rij.regeling, &rij.id)) { (rij.referentie) }
                                    @if rij.spoed { " " (ui::tag(ui::TagKind::Error, &ctx.t(msg::BACKOFFICE_SPOED))) }
                                    @if let Some(naam) = &rij.naam { br; (naam) }
                                }
                                td data-label=(kolommen[1]) { (ctx.t(soort_label(rij.regeling))) }
                                td data-label=(kolommen[2]) { (ctx.t(fase_label(rij.fase))) }
                                td data-label=(kolommen[3]) {
                                    @match (&rij.consulent_naam, &rij.consulent_id) {
                                        (Some(naam), _) => { (naam) }
                                        (None, Some(_)) => { (ctx.t(msg::BACKOFFICE_DOOR_MEDEWERKER)) }
                                        (None, None) => { (ctx.t(msg::BACKOFFICE_NIEMAND)) }
                                    }
                                }
                                td data-label=(kolommen[4]) { (deadline(ctx, rij.deadline.as_ref(), vandaag)) }
                            }
                        }
                    }
                }
            }
        })
}

/// The question why a case that is not one's own is opened; with "Zaak oppakken" when nobody has it.
pub fn reden(ctx: &Ctx, zaak: &Kern, invoer: &Invoer, errors: &FieldErrors) -> Markup {
    let pad = format!("/medewerker/zaak/{}", zaak.id);
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::BACKOFFICE_REDEN_TITEL,
            &[("referentie", zaak.referentie.as_str().into())],
        ),
    )
    .back("/medewerker", ctx.t(msg::BACKOFFICE_TERUG_WACHTRIJ))
    .errors(errors)
    .render(html! {
        p { (ctx.t(msg::BACKOFFICE_REDEN_UITLEG)) }
        form method="post" action={ (pad) "/reden" } novalidate {
            (ui::Field::new("reden", ctx.t(msg::BACKOFFICE_REDEN_LABEL))
                .value(invoer.get("reden"))
                .errors(errors)
                .textarea(&ctx.tr, 3, Some(super::form::REDEN_MAX as u32)))
            (ui::Button::primary(ctx.t(msg::BACKOFFICE_REDEN_KNOP)))
        }
        @if zaak.consulent_id.is_none() && zaak.fase != Fase::Gesloten {
            h2 { (ctx.t(msg::BACKOFFICE_OPPAKKEN_TITEL)) }
            p { (ctx.t(msg::BACKOFFICE_OPPAKKEN_UITLEG)) }
            form method="post" action={ (pad) "/oppakken" } {
                (ui::Button::secondary(ctx.t(msg::BACKOFFICE_OPPAKKEN_KNOP)))
            }
        }
    })
}

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
    pub namen: &'a HashMap<String, String>,
    pub klaar: Option<Klaar>,
    /// Filed for someone who has not confirmed that the filer may help (vertegenwoordiging).
    pub onbevestigd: Option<&'a crate::vertegenwoordiging::Wacht>,
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
                    li {
                        a href={ (pad) "/document/" (d.id) } download {
                            (ctx.tr.ta(msg::BACKOFFICE_DOCUMENT_REGEL, &[
                                ("naam", d.naam.as_str().into()),
                                ("soort", ctx.t(document_soort_label(d.soort)).into()),
                                ("datum", datum(crate::zaken::dag(d.op), ctx.lang()).into()),
                            ]))
                        }
                    }
                }
            }
        }
    })
}

fn ja_nee(ctx: &Ctx, ja: bool) -> String {
    ctx.t(if ja {
        msg::BACKOFFICE_JA
    } else {
        msg::BACKOFFICE_NEE
    })
}

fn overzicht(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
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

fn termijnen_lijst(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
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

fn plan(ctx: &Ctx, pad: &str, plan: Option<&Plan>) -> Markup {
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
fn alinea(tekst: &str) -> Markup {
    html! {
        @for regel in tekst.lines().filter(|r| !r.trim().is_empty()) {
            p { (regel) }
        }
    }
}

fn geschiedenis(ctx: &Ctx, z: &Zaakbeeld<'_>) -> Markup {
    if z.zaak.stappen.is_empty() {
        return html! { p { (ctx.t(msg::BACKOFFICE_GESCHIEDENIS_LEEG)) } };
    }
    let kolommen = [
        ctx.t(msg::BACKOFFICE_KOLOM_WANNEER),
        ctx.t(msg::BACKOFFICE_KOLOM_WIE),
        ctx.t(msg::BACKOFFICE_KOLOM_WAT),
    ];
    html! {
        table.loket-table {
            caption { (ctx.t(msg::BACKOFFICE_GESCHIEDENIS_CAPTION)) }
            thead { tr { @for kolom in &kolommen { th scope="col" { (kolom) } } } }
            tbody {
                @for stap in &z.zaak.stappen {
                    tr {
                        th scope="row" data-label=(kolommen[0]) { (tijdstip(stap.op, ctx.lang())) }
                        td data-label=(kolommen[1]) {
                            (z.namen.get(&stap.door_persoon_id).cloned().unwrap_or_else(|| ctx.t(door_label(stap.door))))
                        }
                        td data-label=(kolommen[2]) { (gebeurtenis(ctx, &stap.gebeurtenis, z.namen)) }
                    }
                }
            }
        }
    }
}

/// One detail of an event: "Label: value".
fn detail(ctx: &Ctx, label: &str, waarde: impl maud::Render) -> Markup {
    html! { p { strong { (ctx.t(label)) ": " } (waarde) } }
}

fn gebeurtenis(ctx: &Ctx, g: &Gebeurtenis, namen: &HashMap<String, String>) -> Markup {
    let lang = ctx.lang();
    let d = |dag: &Date| datum(*dag, lang);
    let eur = |cent: i64| bedrag(cent, lang);
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
                    @if let Some(c) = r.kostprijs_cent { ", " (ctx.t(msg::BACKOFFICE_VELD_KOSTPRIJS)) " " (eur(c)) }
                    ", " @match r.eigen_bijdrage_cent {
                        Some(c) => { (ctx.t(msg::BACKOFFICE_VELD_BIJDRAGE)) " " (eur(c)) }
                        None => { (ctx.t(msg::BACKOFFICE_GEEN_EIGEN_BIJDRAGE)) }
                    }
                    @if let Some(c) = r.pgb_bedrag_cent { ", " (ctx.t(msg::BACKOFFICE_VELD_PGB_BEDRAG)) " " (eur(c)) }
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

/// A date field with its three parts as typed.
fn datum_veld(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: String,
    hint: Option<String>,
) -> Markup {
    let deel = |d: &str| invoer.get(&format!("{naam}-{d}")).to_owned();
    let mut veld = ui::Field::new(naam, label).errors(errors);
    if let Some(hint) = hint {
        veld = veld.hint(hint);
    }
    veld.date(&ctx.tr, &deel("dag"), &deel("maand"), &deel("jaar"))
}

/// A field with its label, optional hint, typed value and errors, ready for its input kind.
fn veld<'a>(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &'a FieldErrors,
    naam: &'a str,
    label: &str,
    hint: Option<&str>,
) -> ui::Field<'a> {
    let veld = ui::Field::new(naam, ctx.t(label))
        .value(invoer.get(naam))
        .errors(errors);
    match hint {
        Some(hint) => veld.hint(ctx.t(hint)),
        None => veld,
    }
}

fn tekst_veld(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    veld(ctx, invoer, errors, naam, label, hint).input(&ctx.tr, ui::InputKind::Text)
}

fn bedrag_veld(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: &str,
    hint: &str,
) -> Markup {
    ui::Field::new(naam, ctx.t(label))
        .hint(ctx.t(hint))
        .value(invoer.get(naam))
        .errors(errors)
        .width(ui::Width::Chars10)
        .input(&ctx.tr, ui::InputKind::Decimal)
}

fn vak(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    veld(ctx, invoer, errors, naam, label, hint).textarea(&ctx.tr, 5, None)
}

fn pdf_veld(ctx: &Ctx, errors: &FieldErrors, label: &str) -> Markup {
    ui::Field::new("bestand", ctx.t(label)).errors(errors).file(
        &ctx.tr,
        ".pdf,application/pdf",
        MAX_MB,
    )
}

/// `GET /medewerker/zaak/{id}/{stap}`: the form of one step.
pub fn stap(
    ctx: &Ctx,
    melding: &Melding,
    zaak: &Zaak,
    stap: Stap,
    invoer: &Invoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let pad = zaak_pad(melding);
    let multipart = matches!(stap, Stap::Verslag | Stap::Besluit);
    let velden = match stap {
        Stap::Gesprek => {
            let plaatsen: Vec<ui::Choice<'_>> = Plaats::ALL
                .iter()
                .map(|p| ui::Choice::new(p.code(), ctx.t(plaats_label(*p))))
                .collect();
            html! {
                (datum_veld(ctx, invoer, errors, "datum", ctx.t(msg::BACKOFFICE_VELD_DATUM_GESPREK), None))
                (ui::Field::new("tijd", ctx.t(msg::BACKOFFICE_VELD_TIJD))
                    .hint(ctx.t(msg::BACKOFFICE_VELD_TIJD_HINT))
                    .value(invoer.get("tijd"))
                    .errors(errors)
                    .width(ui::Width::Chars4)
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("plaats", ctx.t(msg::BACKOFFICE_VELD_PLAATS))
                    .value(invoer.get("plaats"))
                    .errors(errors)
                    .radios(tr, &plaatsen))
                (vak(ctx, invoer, errors, "toelichting", msg::BACKOFFICE_VELD_TOELICHTING, Some(msg::BACKOFFICE_VELD_TOELICHTING_HINT)))
            }
        }
        Stap::Geinformeerd => html! {
            (ui::Field::new("geinformeerd", ctx.t(msg::BACKOFFICE_VELD_GEINFORMEERD))
                .errors(errors)
                .checkboxes(tr, &[
                    ui::Choice::new("clientondersteuning", ctx.t(msg::BACKOFFICE_GEINFORMEERD_CO)),
                    ui::Choice::new("persoonlijk_plan", ctx.t(msg::BACKOFFICE_GEINFORMEERD_PLAN)),
                ], &invoer.alle("geinformeerd")))
        },
        Stap::Tijdelijk => html! {
            (vak(ctx, invoer, errors, "omschrijving", msg::BACKOFFICE_VELD_TIJDELIJK_OMSCHRIJVING, None))
            (datum_veld(ctx, invoer, errors, "vanaf", ctx.t(msg::BACKOFFICE_VELD_VANAF), None))
        },
        Stap::Onderzoek => {
            let onderwerpen: Vec<ui::Choice<'_>> = Onderwerp::ALL
                .iter()
                .map(|o| ui::Choice::new(o.code(), ctx.t(onderwerp_label(*o))))
                .collect();
            let gebieden: Vec<ui::Choice<'_>> = <Levensgebied as Code>::ALL
                .iter()
                .map(|g| ui::Choice::new(g.code(), ctx.t(crate::meldingen::levensgebied_label(*g))))
                .collect();
            html! {
                (datum_veld(ctx, invoer, errors, "gesprek_op", ctx.t(msg::BACKOFFICE_VELD_GESPREK_OP), None))
                (ui::Field::new("onderwerpen", ctx.t(msg::BACKOFFICE_VELD_ONDERWERPEN))
                    .hint(ctx.t(msg::BACKOFFICE_VELD_ONDERWERPEN_HINT))
                    .errors(errors)
                    .checkboxes(tr, &onderwerpen, &invoer.alle("onderwerpen")))
                (ui::Field::new("levensgebieden", ctx.t(msg::BACKOFFICE_VELD_LEVENSGEBIEDEN))
                    .hint(ctx.t(msg::BACKOFFICE_VELD_LEVENSGEBIEDEN_HINT))
                    .errors(errors)
                    .checkboxes(tr, &gebieden, &invoer.alle("levensgebieden")))
                (vak(ctx, invoer, errors, "uitkomst", msg::BACKOFFICE_VELD_UITKOMST, None))
            }
        }
        Stap::Verslag => html! {
            (ui::Field::new("tekst", ctx.t(msg::BACKOFFICE_VELD_VERSLAG_TEKST))
                .hint(ctx.t(msg::BACKOFFICE_VELD_VERSLAG_HINT))
                .value(invoer.get("tekst"))
                .errors(errors)
                .textarea(tr, 12, Some(super::form::LANG_MAX as u32)))
            (pdf_veld(ctx, errors, msg::BACKOFFICE_VELD_BESTAND))
        },
        Stap::Vraag => html! {
            (vak(ctx, invoer, errors, "tekst", msg::BACKOFFICE_VELD_VRAAG, Some(msg::BACKOFFICE_VELD_VRAAG_HINT)))
            (datum_veld(ctx, invoer, errors, "voor", ctx.t(msg::BACKOFFICE_VELD_VOOR), None))
            (ui::Field::new("schort_op", ctx.t(msg::BACKOFFICE_VELD_SCHORT))
                .errors(errors)
                .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BACKOFFICE_SCHORT_JA))], &invoer.alle("schort_op")))
        },
        Stap::Aanvraag => {
            let voorzieningen: Vec<ui::Choice<'_>> = Voorziening::ALL
                .iter()
                .map(|v| ui::Choice::new(v.code(), ctx.t(voorziening_label(*v))))
                .collect();
            html! {
                (datum_veld(ctx, invoer, errors, "ontvangen_op", ctx.t(msg::BACKOFFICE_VELD_ONTVANGEN_OP), Some(ctx.t(msg::BACKOFFICE_VELD_ONTVANGEN_HINT))))
                (ui::Field::new("voorzieningen", ctx.t(msg::BACKOFFICE_VELD_VOORZIENINGEN))
                    .errors(errors)
                    .checkboxes(tr, &voorzieningen, &invoer.alle("voorzieningen")))
            }
        }
        Stap::Verdagen => {
            let hint = zaak
                .besluit_termijn(&ctx.app.gemeente, ctx.app.clock.today())
                .map(|d| {
                    tr.ta(
                        msg::BACKOFFICE_VELD_NIEUWE_DATUM_HINT,
                        &[("datum", datum_met_dag(d, ctx.lang()).into())],
                    )
                });
            html! {
                (datum_veld(ctx, invoer, errors, "nieuwe_datum", ctx.t(msg::BACKOFFICE_VELD_NIEUWE_DATUM), hint))
                (vak(ctx, invoer, errors, "reden", msg::BACKOFFICE_VELD_REDEN, None))
            }
        }
        Stap::Besluit => {
            let voorzieningen = zaak
                .aanvraag
                .as_ref()
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            html! {
                (datum_veld(ctx, invoer, errors, "verzonden_op", ctx.t(msg::BACKOFFICE_VELD_VERZONDEN_OP), None))
                @for (i, voorziening) in voorzieningen.iter().enumerate() {
                    (besluit_regel(ctx, invoer, errors, i + 1, *voorziening))
                }
                (vak(ctx, invoer, errors, "motivering", msg::BACKOFFICE_VELD_MOTIVERING, None))
                (pdf_veld(ctx, errors, msg::BACKOFFICE_VELD_BRIEF))
            }
        }
        Stap::Sluiten => html! {
            (vak(ctx, invoer, errors, "reden", msg::BACKOFFICE_VELD_SLUITEN_REDEN, None))
        },
    };
    let knop = match stap {
        Stap::Besluit | Stap::Sluiten | Stap::Verslag => ctx.t(stap_titel(stap)),
        _ => ctx.t(msg::BACKOFFICE_STAP_KNOP),
    };
    ui::Page::new(ctx, ctx.t(stap_titel(stap)))
        .back(pad.clone(), ctx.t(msg::BACKOFFICE_TERUG_ZAAK))
        .errors(errors)
        .render(html! {
            p { (ctx.tr.ta(msg::BACKOFFICE_STAP_ZAAK, &[("referentie", referentie(melding).into())])) }
            form method="post" action={ (pad) "/" (stap.slug()) }
                enctype=[multipart.then_some("multipart/form-data")] novalidate {
                // The step of the case this form was drawn on; kept when the form comes back with errors.
                input type="hidden" name="stand" value=(match invoer.get("stand") {
                    "" => zaak.stand().to_string(),
                    stand => stand.to_owned(),
                });
                (velden)
                (ui::Button::primary(knop))
            }
        })
}

/// The fieldset of one requested voorziening in the besluit.
fn besluit_regel(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    n: usize,
    voorziening: Voorziening,
) -> Markup {
    let tr = &ctx.tr;
    let naam = |veld: &str| regel_veld(n, veld);
    let (omschrijving, uitkomst, vorm, ingang, einde) = (
        naam("omschrijving"),
        naam("uitkomst"),
        naam("vorm"),
        naam("ingang"),
        naam("einde"),
    );
    let (omvang, aanbieder, kostprijs, bijdrage) = (
        naam("omvang"),
        naam("aanbieder"),
        naam("kostprijs"),
        naam("bijdrage"),
    );
    let (pgb_bedrag, pgb_berekening, reden) =
        (naam("pgb_bedrag"), naam("pgb_berekening"), naam("reden"));
    let uitkomsten: Vec<ui::Choice<'_>> = Uitkomst::ALL
        .iter()
        .map(|u| ui::Choice::new(u.code(), ctx.t(uitkomst_label(*u))))
        .collect();
    let vormen: Vec<ui::Choice<'_>> = Vorm::ALL
        .iter()
        .map(|v| ui::Choice::new(v.code(), ctx.t(vorm_label(*v))))
        .collect();
    let legend = tr.ta(
        msg::BACKOFFICE_REGEL_LEGEND,
        &[
            ("nummer", n.into()),
            ("voorziening", ctx.t(voorziening_label(voorziening)).into()),
        ],
    );
    ui::fieldset(
        &format!("r{n}"),
        &legend,
        None,
        html! {
            (tekst_veld(ctx, invoer, errors, &omschrijving, msg::BACKOFFICE_VELD_OMSCHRIJVING, Some(msg::BACKOFFICE_VELD_OMSCHRIJVING_HINT)))
            (ui::Field::new(&uitkomst, ctx.t(msg::BACKOFFICE_VELD_UITKOMST_REGEL))
                .value(invoer.get(&uitkomst))
                .errors(errors)
                .radios(tr, &uitkomsten))
            (ui::Field::new(&vorm, ctx.t(msg::BACKOFFICE_VELD_VORM))
                .hint(ctx.t(msg::BACKOFFICE_VELD_VORM_HINT))
                .value(invoer.get(&vorm))
                .errors(errors)
                .radios(tr, &vormen))
            (datum_veld(ctx, invoer, errors, &ingang, ctx.t(msg::BACKOFFICE_VELD_INGANG), None))
            (datum_veld(ctx, invoer, errors, &einde, ctx.t(msg::BACKOFFICE_VELD_EINDE), Some(ctx.t(msg::BACKOFFICE_VELD_EINDE_HINT))))
            (tekst_veld(ctx, invoer, errors, &omvang, msg::BACKOFFICE_VELD_OMVANG, Some(msg::BACKOFFICE_VELD_OMVANG_HINT)))
            (tekst_veld(ctx, invoer, errors, &aanbieder, msg::BACKOFFICE_VELD_AANBIEDER, Some(msg::BACKOFFICE_VELD_AANBIEDER_HINT)))
            (bedrag_veld(ctx, invoer, errors, &kostprijs, msg::BACKOFFICE_VELD_KOSTPRIJS, msg::BACKOFFICE_VELD_KOSTPRIJS_HINT))
            (bedrag_veld(ctx, invoer, errors, &bijdrage, msg::BACKOFFICE_VELD_BIJDRAGE, msg::BACKOFFICE_VELD_BIJDRAGE_HINT))
            (bedrag_veld(ctx, invoer, errors, &pgb_bedrag, msg::BACKOFFICE_VELD_PGB_BEDRAG, msg::BACKOFFICE_VELD_PGB_BEDRAG_HINT))
            (vak(ctx, invoer, errors, &pgb_berekening, msg::BACKOFFICE_VELD_PGB_BEREKENING, Some(msg::BACKOFFICE_VELD_PGB_BEREKENING_HINT)))
            (vak(ctx, invoer, errors, &reden, msg::BACKOFFICE_VELD_REDEN_REGEL, None))
        },
    )
}
