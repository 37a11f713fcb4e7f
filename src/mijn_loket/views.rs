//! The Mijn loket page.

use maud::{Markup, html};

use crate::auth::Namens;
use crate::auth::machtiging::Onderwerp;
use crate::begrippen::{self, Begrip};
use crate::clientondersteuning::repo::Samenvatting;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::i18n::{datum, datum_met_dag};
use crate::meldingen::domain::termijnen;
use crate::meldingen::repo::Melding;
use crate::ui;
use crate::zaken::domain::{Fase, Zaak};

/// What a resident can start, with a plain explanation of each: (path, title, explanation, the word it
/// explains, the matter it belongs to: someone acting for the resident sees it with the right to file on it).
const STARTS: [(&str, &str, &str, Option<Begrip>, Onderwerp); 7] = [
    (
        "/melding",
        msg::MIJN_LOKET_START_MELDING,
        msg::MIJN_LOKET_START_MELDING_UITLEG,
        Some(Begrip::Melding),
        Onderwerp::Zorg,
    ),
    (
        "/clientondersteuning",
        msg::MIJN_LOKET_START_CLIENTONDERSTEUNING,
        msg::MIJN_LOKET_START_CLIENTONDERSTEUNING_UITLEG,
        None,
        Onderwerp::Zorg,
    ),
    (
        "/blijverslening",
        msg::MIJN_LOKET_START_BLIJVERSLENING,
        msg::MIJN_LOKET_START_BLIJVERSLENING_UITLEG,
        Some(Begrip::Blijverslening),
        Onderwerp::Geld,
    ),
    (
        "/kindpakket",
        msg::MIJN_LOKET_START_KINDPAKKET,
        msg::MIJN_LOKET_START_KINDPAKKET_UITLEG,
        None,
        Onderwerp::Geld,
    ),
    (
        "/uitdaagrecht/initiatief",
        msg::MIJN_LOKET_START_UITDAAGRECHT,
        msg::MIJN_LOKET_START_UITDAAGRECHT_UITLEG,
        Some(Begrip::Uitdaagrecht),
        Onderwerp::Zorg,
    ),
    (
        "/termijnen",
        msg::MIJN_LOKET_START_TERMIJNEN,
        msg::MIJN_LOKET_START_TERMIJNEN_UITLEG,
        None,
        Onderwerp::Zorg,
    ),
    (
        "/vertegenwoordiger",
        msg::MIJN_LOKET_START_VERTEGENWOORDIGER,
        msg::MIJN_LOKET_START_VERTEGENWOORDIGER_UITLEG,
        None,
        Onderwerp::Zorg,
    ),
];

#[allow(clippy::too_many_arguments)]
pub fn page(
    ctx: &Ctx,
    namens: &Namens,
    meldingen: &[(Melding, Option<std::sync::Arc<Zaak>>, bool)],
    verzoeken: &[Samenvatting],
    blijverslening: Option<Markup>,
    kindpakket: Markup,
    initiatieven: Markup,
    verwijderd: bool,
    (account_boven, account_onder): (Markup, Markup),
) -> Markup {
    let titel = if namens.is_zelf() {
        ctx.t(msg::MIJN_LOKET_TITEL)
    } else {
        ctx.tr.ta(
            msg::MIJN_LOKET_TITEL_NAMENS,
            &[("naam", namens.voor_naam().into())],
        )
    };
    let gemeente = &ctx.app.gemeente;
    let starts: Vec<_> = STARTS
        .iter()
        .filter(|(href, _, _, _, onderwerp)| {
            namens.rechten(*onderwerp).indienen
                && match *href {
                    "/blijverslening" => gemeente.blijverslening.is_some(),
                    "/kindpakket" => gemeente.kindpakket.is_some(),
                    // Only a resident acting for themselves registers as someone's legal representative.
                    "/vertegenwoordiger" => namens.is_zelf(),
                    // An initiative is the person's own, never the resident's they act for.
                    "/uitdaagrecht/initiatief" => {
                        namens.is_zelf() && namens.wie.rol == crate::auth::Rol::Inwoner
                    }
                    _ => true,
                }
        })
        .collect();
    ui::layout::page(
        ctx,
        &titel,
        html! {
            (crate::zaken::concept::verwijderd(ctx, verwijderd))
            (account_boven)
            @if crate::auth::namens::echt_adres(&namens.wie.email) {
                p { (ctx.tr.ta(msg::MIJN_LOKET_INGELOGD_ALS, &[("email", namens.wie.email.as_str().into())])) }
            }
            @if let Some(bsn) = ctx.aanmelding.as_ref().and_then(|a| a.bsn.as_ref()) {
                p.loket-bsn { (ctx.tr.ta(msg::AUTH_BSN, &[("bsn", bsn.gemaskeerd().into())])) }
            }
            @if !crate::auth::namens::echt_adres(&namens.wie.email) {
                p { a href="/inloggen/adres" { (ctx.t(msg::MIJN_LOKET_ADRES_OPGEVEN)) } }
            }
            // Only one's own data: nobody reads or downloads another person's there.
            @if namens.is_zelf() {
                p { a href="/mijn-gegevens" { (ctx.t(msg::MIJN_LOKET_MIJN_GEGEVENS)) } }
            }
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::MIJN_LOKET_NAMENS_UITLEG, &[("naam", namens.voor_naam().into())])) }
            }
            @if namens.is_zelf() {
                h2 { (ctx.t(msg::MIJN_LOKET_ZAKEN_TITEL)) }
            } @else {
                h2 { (ctx.tr.ta(msg::MIJN_LOKET_ZAKEN_TITEL_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            @if meldingen.is_empty() && verzoeken.is_empty() {
                @if namens.is_zelf() {
                    p { (ctx.t(msg::MIJN_LOKET_GEEN_ZAKEN)) }
                } @else {
                    p { (ctx.tr.ta(msg::MIJN_LOKET_GEEN_ZAKEN_NAMENS, &[("naam", namens.voor_naam().into())])) }
                }
            } @else {
                ul.loket-list-plain.loket-zaken {
                    @for (melding, dossier, plan) in meldingen {
                        li { (zaak(ctx, melding, dossier.as_deref(), *plan)) }
                    }
                    @for verzoek in verzoeken {
                        li { (verzoek_blok(ctx, verzoek)) }
                    }
                }
            }
            @if let Some(sectie) = blijverslening { (sectie) }
            (kindpakket)
            (initiatieven)
            @if !starts.is_empty() {
            h2 { (ctx.t(msg::MIJN_LOKET_STARTEN_TITEL)) }
            ul {
                @for (href, title, uitleg, begrip, _) in starts {
                    li {
                        a href=(href) { (ctx.t(title)) } br;
                        @if let Some(begrip) = begrip {
                            (begrippen::zin(ctx, uitleg, &[], *begrip))
                        } @else {
                            (ctx.t(uitleg))
                        }
                    }
                }
            }
            }
            h2 { (ctx.t(msg::MIJN_LOKET_HULP_TITEL)) }
            @if namens.is_zelf() {
                p { (begrippen::zin(ctx, msg::MIJN_LOKET_HULP_UITLEG, &[], Begrip::Machtiging)) }
                ul {
                    li { a href="/machtigingen" { (ctx.t(msg::MIJN_LOKET_HULP_MACHTIGINGEN)) } }
                    li { a href="/namens" { (ctx.t(msg::MIJN_LOKET_HULP_NAMENS)) } }
                }
            } @else {
                form method="post" action="/namens" {
                    input type="hidden" name="voor" value="";
                    input type="hidden" name="terug" value="/mijn-loket";
                    (ui::Button::secondary(ctx.t(msg::MIJN_LOKET_HULP_TERUG_ZELF)))
                }
            }
            (account_onder)
        },
    )
}

/// One melding: a draft with its code and a link to continue, or a submitted one with its number and the next
/// date that matters.
/// One melding: where it stands and the way to it; `plan` when its persoonlijk plan was handed in, so that
/// the link reads it back rather than offering to write one.
fn zaak(ctx: &Ctx, melding: &Melding, dossier: Option<&Zaak>, plan: bool) -> Markup {
    let lang = ctx.lang();
    let gemeente = &ctx.app.gemeente;
    // Someone acting for the resident reads about them, by name.
    let over = ctx.namens.as_ref().map(|n| n.voor_naam());
    if !melding.ingediend {
        return html! {
            h3 { (ctx.t(msg::MIJN_LOKET_MELDING_CONCEPT_TITEL)) " " (ui::tag(ui::TagKind::Warning, &ctx.t(msg::MIJN_LOKET_CONCEPT))) }
            p { (ctx.tr.ta(msg::MIJN_LOKET_CONCEPT_BEGONNEN, &[("datum", datum(crate::clock::amsterdam(melding.aangemaakt_op).date(), lang).into())])) }
            p { (ctx.tr.ta(msg::MIJN_LOKET_CONCEPT_CODE, &[("code", melding.hervatcode.as_str().into())])) }
            ul {
                li { a href={ "/melding/" (melding.id) "/stap/" (melding.stap.slug()) } { (ctx.t(msg::MIJN_LOKET_CONCEPT_VERDER)) } }
                @if melding.antwoorden.eerste_open_stap().is_none() {
                    li { a href={ "/melding/" (melding.id) "/controleren" } { (ctx.t(msg::MIJN_LOKET_CONCEPT_VERSTUREN)) } }
                }
                li { a href={ "/melding/" (melding.id) "/later" } { (ctx.t(msg::MIJN_LOKET_CONCEPT_LATER)) } }
                li { a href={ "/melding/" (melding.id) "/verwijderen" } { (ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_LINK)) } }
            }
        };
    }
    let vandaag = ctx.app.clock.today();
    let fase = dossier.map_or(Fase::Ontvangen, Zaak::fase);
    // While nothing happened yet, the melding's own dates; after that, the case's next date.
    let eerste = termijnen(gemeente, melding.ontvangen_op, melding.eerste_gesprek_op)
        .and_then(|termijnen| termijnen.into_iter().find(|t| !t.verstreken(vandaag)))
        .filter(|_| {
            fase == Fase::Ontvangen && dossier.is_none_or(|z| z.open_vragen().next().is_none())
        });
    let volgende = dossier
        .filter(|_| eerste.is_none())
        .and_then(|z| crate::dossier::volgende(ctx, melding, z));
    let tag = if fase == Fase::Gesloten {
        ui::TagKind::Neutral
    } else {
        ui::TagKind::Info
    };
    html! {
        h3 { (ctx.tr.ta(msg::MIJN_LOKET_MELDING_TITEL, &[("referentie", melding.referentie.as_deref().unwrap_or_default().into())]))
            " " (ui::tag(tag, &ctx.t(crate::dossier::fase_naam(fase)))) }
        @if let Some(ontvangen) = melding.ontvangen_op {
            p { (ctx.tr.ta(msg::MIJN_LOKET_ONTVANGEN_OP, &[("datum", datum(ontvangen, lang).into())])) }
        }
        @if let Some(termijn) = eerste {
            @let plan = termijn.soort == crate::termijnen::domain::Soort::PersoonlijkPlan;
            @let datum = ("datum", datum_met_dag(termijn.einde, lang).into());
            p { @match over {
                None => (ctx.tr.ta(if plan { msg::MIJN_LOKET_VOLGENDE_PLAN } else { msg::MIJN_LOKET_VOLGENDE_GESPREK }, &[datum])),
                Some(naam) => (ctx.tr.ta(
                    if plan { msg::MIJN_LOKET_VOLGENDE_PLAN_NAMENS } else { msg::MIJN_LOKET_VOLGENDE_GESPREK_NAMENS },
                    &[datum, ("naam", naam.into())],
                )),
            } }
        }
        @if let Some(v) = volgende {
            p { (crate::dossier::volgende_zin(ctx, v)) }
        }
        ul {
            li { a href={ "/melding/" (melding.id) } { @match over {
                None => (ctx.t(msg::DOSSIER_MIJN_LOKET_LINK)),
                Some(naam) => (ctx.tr.ta(msg::DOSSIER_MIJN_LOKET_LINK_NAMENS, &[("naam", naam.into())])),
            } } }
            li { a href={ "/melding/" (melding.id) "/bevestiging" } { (ctx.t(msg::MIJN_LOKET_MELDING_BEKIJK)) } }
            // A melding that waits for its resident's confirmation has no plan for its filer to see.
            @if dossier.is_some() {
                li { a href={ "/melding/" (melding.id) "/plan" } { @match over {
                    None => (ctx.t(if plan { msg::MIJN_LOKET_MELDING_PLAN_BEKIJK } else { msg::MIJN_LOKET_MELDING_PLAN })),
                    Some(naam) => (ctx.tr.ta(
                        if plan { msg::MIJN_LOKET_MELDING_PLAN_BEKIJK_NAMENS } else { msg::MIJN_LOKET_MELDING_PLAN_NAMENS },
                        &[("naam", naam.into())],
                    )),
                } } }
            }
        }
    }
}

/// A request for free cliëntondersteuning.
fn verzoek_blok(ctx: &Ctx, verzoek: &Samenvatting) -> Markup {
    html! {
        h3 { (ctx.tr.ta(msg::MIJN_LOKET_CO_TITEL, &[("referentie", verzoek.referentie.as_str().into())])) }
        p { (ctx.tr.ta(msg::MIJN_LOKET_CO_VERSTUURD, &[("datum", datum(verzoek.aangemaakt_op, ctx.lang()).into())])) }
        p { @match (&verzoek.ondersteuner, &verzoek.organisatie_naam) {
            (Some(naam), Some(organisatie)) => (ctx.tr.ta(msg::CLIENTONDERSTEUNING_BEVESTIGING_OPGEPAKT,
                &[("naam", naam.as_str().into()), ("organisatie", organisatie.as_str().into())])),
            (_, Some(organisatie)) if verzoek.door_gemeente => (ctx.tr.ta(msg::CLIENTONDERSTEUNING_STATUS_GEKOZEN,
                &[("organisatie", organisatie.as_str().into())])),
            (_, Some(naam)) => (ctx.tr.ta(msg::MIJN_LOKET_CO_ORGANISATIE, &[("organisatie", naam.as_str().into())])),
            (_, None) => (ctx.t(msg::MIJN_LOKET_CO_GEMEENTE_KIEST)),
        } }
        p { a href={ "/clientondersteuning/" (verzoek.id) } { (ctx.t(msg::MIJN_LOKET_CO_BEKIJK)) } }
    }
}
