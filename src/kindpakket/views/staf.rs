//! The staff page of an application (the rule's advice and the decision per child and part), and the figures.

use super::*;
use crate::kindpakket::stap::Gebeurtenis;

/// The rule's outcome on the day the application was sent, for staff as advice.
pub(super) fn advies(ctx: &Ctx, a: &Aanvraag) -> Markup {
    let op = a
        .ingediend_op
        .map(dag)
        .unwrap_or_else(|| ctx.app.clock.today());
    let h = super::super::domain::Samenstelling::from_code(&a.samenstelling).map(|s| {
        super::super::domain::Huishouden {
            samenstelling: s,
            aow: a.aow == "ja",
        }
    });
    let leeftijden: Vec<Option<i32>> = a
        .kinderen
        .iter()
        .map(|k| {
            k.geboortedatum
                .and_then(|g| super::super::domain::leeftijd_op(g, op))
        })
        .collect();
    let b = h.and_then(|h| {
        super::super::domain::beoordeel_in(
            &ctx.app.gemeente,
            h,
            a.inkomen_centen.unwrap_or_default(),
            &leeftijden,
            op,
        )
        .and_then(Result::ok)
    });
    let uitkomst = match a.advies {
        Some(Uitkomst::Ja) => msg::KINDPAKKET_MEDEWERKER_ADVIES_JA,
        Some(Uitkomst::AlleenSchrijnend) => msg::KINDPAKKET_MEDEWERKER_ADVIES_SCHRIJNEND,
        _ => msg::KINDPAKKET_MEDEWERKER_ADVIES_NEE,
    };
    html! {
        (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
            p { strong { (ctx.t(uitkomst)) } }
            @if let Some(b) = &b {
                @let a = args(ctx, b);
                p { (ctx.tr.ta(msg::KINDPAKKET_UITSLAG_GRENS, &a)) }
                (per_onderdeel(ctx, b))
                ul { @for r in &b.redenen { li { (ctx.tr.ta(r.id, &a)) " " (bron(ctx, &r.bron)) } } }
            }
            p { (ctx.t(msg::KINDPAKKET_MEDEWERKER_ADVIES_UITLEG)) }
        }))
    }
}

pub(super) fn veld_waarde<'a>(velden: &'a [(String, String)], naam: &str) -> &'a str {
    velden
        .iter()
        .find(|(k, _)| k == naam)
        .map_or("", |(_, v)| v.as_str())
}

/// `GET/POST /medewerker/kindpakket/{id}`.
pub fn staf_detail(
    ctx: &Ctx,
    a: &Aanvraag,
    velden: &[(String, String)],
    errors: &FieldErrors,
    geschiedenis: &Markup,
) -> Markup {
    let tr = &ctx.tr;
    let bestand_pad = format!("/medewerker/kindpakket/{}/bestand/", a.id);
    let referentie = a.referentie.clone().unwrap_or_default();
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::KINDPAKKET_ZAAK_TITEL,
            &[("referentie", referentie.as_str().into())],
        ),
    )
    .wide()
    .back(
        crate::zaken::kern::Regeling::Kindpakket.wachtrij(),
        ctx.t(msg::UI_BACK_LINK),
    )
    .errors(errors)
    .render(html! {
        p { (ctx.t(msg::KINDPAKKET_ZAAK_STATUS)) " " (status_tag(ctx, a.status)) }
        (normen_oud(ctx, msg::KINDPAKKET_MEDEWERKER_NORMEN_OUD))
        (advies(ctx, a))
        h2 { (ctx.t(msg::KINDPAKKET_ZAAK_GEGEVENS_TITEL)) }
        (antwoorden(ctx, a, a.inkomen_centen.unwrap_or_default(), None, &bestand_pad))
        h2 { (ctx.t(msg::BACKOFFICE_GESCHIEDENIS_TITEL)) }
        (geschiedenis)
        h2 { (ctx.t(msg::KINDPAKKET_ZAAK_BESLUIT_TITEL)) }
        @if a.status == Status::Besloten {
            (besluit_tabel(ctx, a))
            (crate::zaken::beschikking::link(ctx, &format!("/medewerker/kindpakket/{}/besluit/brief", a.id)))
        } @else {
            form method="post" action={ "/medewerker/kindpakket/" (a.id) } novalidate {
                @for kind in &a.kinderen {
                    h3 { (kind.voornaam) ", " (kind_geboren(ctx, kind)) }
                    @for o in &kind.onderdelen {
                        @let veld = form::besluit_veld(&kind.id, o);
                        @let reden = form::reden_veld(&kind.id, o);
                        (ui::Field::new(&veld, onderdeel_naam(ctx, o))
                            .value(veld_waarde(velden, &veld)).errors(errors)
                            .radios(tr, &[
                                ui::Choice::new("ja", ctx.t(msg::KINDPAKKET_BESLUIT_JA)),
                                ui::Choice::new("nee", ctx.t(msg::KINDPAKKET_BESLUIT_NEE)),
                            ]))
                        (ui::Field::new(&reden, ctx.t(msg::KINDPAKKET_MEDEWERKER_REDEN))
                            .hint(ctx.t(msg::KINDPAKKET_MEDEWERKER_REDEN_HINT))
                            .value(veld_waarde(velden, &reden)).errors(errors)
                            .textarea(tr, 2, Some(form::TEKST_MAX as u32)))
                    }
                }
                (ui::Button::primary(ctx.t(msg::KINDPAKKET_MEDEWERKER_KNOP)))
            }
        }
    })
}

/// What a step of the case was, for its history.
pub fn stap_tekst(ctx: &Ctx, stap: &Gebeurtenis) -> String {
    ctx.t(match stap {
        Gebeurtenis::Ingediend => msg::KINDPAKKET_GEBEURTENIS_INGEDIEND,
        Gebeurtenis::Besloten => msg::KINDPAKKET_GEBEURTENIS_BESLOTEN,
        Gebeurtenis::Ingebrekestelling { .. } => msg::INGEBREKE_GEBEURTENIS,
    })
}

/// The Kindpakket section of `/medewerker/cijfers`.
pub fn cijfers(ctx: &Ctx, jaar: i32, g: &Gebruik) -> Markup {
    html! {
        section aria-labelledby="cijfers-kindpakket" {
            h2 #cijfers-kindpakket { (ctx.tr.ta(msg::KINDPAKKET_CIJFERS_TITEL, &[("jaar", jaar.into())])) }
            p { (ctx.t(msg::KINDPAKKET_CIJFERS_UITLEG)) }
            div.loket-tabel role="region" aria-labelledby="cijfers-kindpakket-tabel" tabindex="0" {
                table.loket-tabel__tabel {
                    caption.loket-tabel__caption #cijfers-kindpakket-tabel { (ctx.t(msg::KINDPAKKET_CIJFERS_TABEL)) }
                    thead { tr {
                        th scope="col" { (ctx.t(msg::KINDPAKKET_CIJFERS_WAT)) }
                        th scope="col" { (ctx.t(msg::KINDPAKKET_CIJFERS_AANTAL)) }
                    } }
                    tbody {
                        tr { th scope="row" { (ctx.t(msg::KINDPAKKET_CIJFERS_KINDEREN)) } td.loket-tabel__getal { (g.kinderen) } }
                        tr { th scope="row" { (ctx.t(msg::KINDPAKKET_CIJFERS_KINDEREN_TOEGEKEND)) } td.loket-tabel__getal { (g.kinderen_toegekend) } }
                        tr { th scope="row" { (ctx.t(msg::KINDPAKKET_CIJFERS_TOEKENNINGEN)) } td.loket-tabel__getal { (g.toekenningen) } }
                        @for (id, n) in &g.per_onderdeel {
                            tr { th scope="row" { (ctx.tr.ta(msg::KINDPAKKET_CIJFERS_ONDERDEEL, &[("onderdeel", onderdeel_naam(ctx, id).into())])) } td.loket-tabel__getal { (n) } }
                        }
                    }
                }
            }
        }
    }
}
