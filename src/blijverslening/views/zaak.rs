//! The resident's case page of an application, its status, decision and log, and its line on Mijn loket.

use super::*;

/// `toegekend`: the decision, once there is one.
pub(super) fn status_tag(ctx: &Ctx, status: Status, toegekend: Option<bool>) -> Markup {
    let (kind, id) = match (status, toegekend) {
        (Status::Concept, _) => (ui::TagKind::Neutral, msg::BLIJVERSLENING_STATUS_CONCEPT),
        (Status::WachtOpEigenaren, _) => (ui::TagKind::Warning, msg::BLIJVERSLENING_STATUS_WACHT),
        (Status::Ingediend, _) => (ui::TagKind::Info, msg::BLIJVERSLENING_STATUS_INGEDIEND),
        (Status::Gestopt, _) => (ui::TagKind::Neutral, msg::BLIJVERSLENING_STATUS_GESTOPT),
        (Status::Besloten, Some(true)) => {
            (ui::TagKind::Success, msg::BLIJVERSLENING_STATUS_TOEGEKEND)
        }
        (Status::Besloten, _) => (ui::TagKind::Error, msg::BLIJVERSLENING_STATUS_GEWEIGERD),
    };
    ui::tag(kind, &ctx.t(id))
}

/// The decision on the case page; `brief`: where its printable letter is.
pub(super) fn besluit_blok(ctx: &Ctx, a: &Aanvraag, brief: &str) -> Markup {
    let Some(b) = &a.besluit else {
        return html! {};
    };
    let bezwaar_weken = ctx.app.gemeente.termijnen.bezwaar_weken;
    let bezwaar_tot = crate::zaken::domain::bezwaar_termijn(b.datum, &ctx.app.gemeente).einde;
    html! {
        h2 { (ctx.t(msg::BLIJVERSLENING_BESLUIT_TITEL)) }
        @match b.bedrag {
            Some(x) => {
                p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_BESLUIT_TOEGEKEND, &[("bedrag", euro(ctx, x).into()), ("datum", datum(b.datum, ctx.lang()).into())])) } }
                p { (ctx.t(msg::BLIJVERSLENING_BESLUIT_SVN)) }
            }
            None => {
                p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_BESLUIT_GEWEIGERD, &[("datum", datum(b.datum, ctx.lang()).into())])) } }
                @if let Some(g) = b.grond {
                    p { (ctx.t(g.naam())) }
                    @if let Some(regeling) = &ctx.app.gemeente.blijverslening {
                        p.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", format!("{}, onder {}", regeling.bronnen.afwijzen, g.code()).into())])) }
                    }
                }
            }
        }
        h3 { (ctx.t(msg::BLIJVERSLENING_BESLUIT_WAAROM)) }
        (ui::in_het_nederlands(&ctx.tr))
        (ui::van_gemeente(&ctx.tr, &b.reden))
        (crate::zaken::beschikking::link(ctx, brief))
        p { (begrippen::zin(ctx, msg::BLIJVERSLENING_BEZWAAR, &[
            ("weken", i64::from(bezwaar_weken).into()),
            ("datum", datum(bezwaar_tot, ctx.lang()).into()),
        ], Begrip::Bezwaar)) }
    }
}

/// The status steps of an application.
pub(super) fn stappen(ctx: &Ctx, status: Status, heeft_mede: bool) -> Markup {
    use ui::EventState::{Current, Next, Past};
    let stap = match status {
        Status::Concept => 0,
        Status::WachtOpEigenaren | Status::Gestopt => 1,
        Status::Ingediend => 2,
        Status::Besloten => 3,
    };
    let staat = |i: usize| match i.cmp(&stap) {
        std::cmp::Ordering::Less => Past,
        std::cmp::Ordering::Equal => Current,
        std::cmp::Ordering::Greater => Next,
    };
    let mut events = vec![ui::TimelineEvent::new(
        staat(0),
        ctx.t(msg::BLIJVERSLENING_STAP_CONCEPT),
    )];
    if heeft_mede {
        events.push(ui::TimelineEvent::new(
            staat(1),
            ctx.t(msg::BLIJVERSLENING_STAP_MEDE),
        ));
    }
    events.push(ui::TimelineEvent::new(
        staat(2),
        ctx.t(msg::BLIJVERSLENING_STAP_INGEDIEND),
    ));
    events.push(ui::TimelineEvent::new(
        staat(3),
        ctx.t(msg::BLIJVERSLENING_STAP_BESLOTEN),
    ));
    ui::timeline(&ctx.tr, &events)
}

pub(super) fn handeling(ctx: &Ctx, t: &Toegang) -> String {
    let id = match t.handeling {
        Handeling::Bekeken => msg::BLIJVERSLENING_LOG_BEKEKEN,
        Handeling::Gedownload => msg::BLIJVERSLENING_LOG_GEDOWNLOAD,
        Handeling::Besloten => msg::BLIJVERSLENING_LOG_BESLOTEN,
        Handeling::Gewijzigd => msg::BLIJVERSLENING_LOG_GEWIJZIGD,
        Handeling::Opgepakt => msg::BLIJVERSLENING_LOG_OPGEPAKT,
        Handeling::Vastgelegd => msg::BLIJVERSLENING_LOG_VASTGELEGD,
    };
    let rol = if t.medewerker {
        ctx.t(msg::BLIJVERSLENING_LOG_MEDEWERKER)
    } else {
        ctx.t(msg::BLIJVERSLENING_LOG_HELPER)
    };
    ctx.tr
        .ta(id, &[("wie", format!("{} ({rol})", t.naam).into())])
}

/// `GET /blijverslening/{id}`: the resident's case page.
#[allow(clippy::too_many_arguments)]
pub fn zaak(
    ctx: &Ctx,
    namens: &Namens,
    a: &Aanvraag,
    eigenaren: &[Eigenaar],
    stukken: &[Stuk],
    toegang: &[Toegang],
    maand: Option<Bedrag>,
    opnieuw: bool,
    bezwaar: Markup,
) -> Markup {
    let pad = format!("/blijverslening/{}", a.id);
    let mag_indienen = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    ui::layout::page(
        ctx,
        &ctx.t(msg::BLIJVERSLENING_ZAAK_TITEL),
        html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            @if let Some(r) = &a.referentie {
                (ui::panel(&ctx.t(msg::BLIJVERSLENING_ZAAK_NUMMER), html! { strong.loket-referentie { (r) } }))
            }
            p { (status_tag(ctx, a.status, a.toegekend())) }
            (stappen(ctx, a.status, !eigenaren.is_empty()))
            @match a.status {
                Status::Concept => { (concept_verder(ctx, &pad, mag_indienen)) }
                Status::WachtOpEigenaren => {
                    p { (ctx.t(msg::BLIJVERSLENING_ZAAK_WACHT)) }
                    @if opnieuw {
                        (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! {
                            p { (ctx.t(msg::BLIJVERSLENING_OPNIEUW_GEDAAN)) }
                        }))
                    }
                    @if mag_indienen {
                        p { (ctx.t(msg::BLIJVERSLENING_OPNIEUW_UITLEG)) }
                        form method="post" action={ (pad) "/eigenaren/opnieuw" } novalidate {
                            (ui::Button::secondary(ctx.t(msg::BLIJVERSLENING_OPNIEUW_KNOP)))
                        }
                    }
                }
                Status::Gestopt => { p { (ctx.t(msg::BLIJVERSLENING_ZAAK_GESTOPT)) } }
                Status::Ingediend => { p { (ctx.t(msg::BLIJVERSLENING_ZAAK_INGEDIEND)) } }
                Status::Besloten => {}
            }
            (besluit_blok(ctx, a, &format!("{pad}/besluit/brief")))
            (bezwaar)
            h2 { (ctx.t(msg::BLIJVERSLENING_ZAAK_VERDER_TITEL)) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            (maandlast_blok(ctx, maand))
            h2 { (ctx.t(msg::BLIJVERSLENING_ZAAK_ANTWOORDEN)) }
            (antwoorden(ctx, a, eigenaren))
            h2 { (ctx.t(msg::BLIJVERSLENING_STUKKEN_AL)) }
            (stukken_lijst(ctx, &pad, stukken))
            (logboek(ctx, toegang))
            p { a href="/mijn-loket" { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET)) } }
            (begrippen::uitleg(ctx, &[Begrip::Blijverslening, Begrip::Bezwaar]))
        },
    )
}

/// Who looked at the application, for its resident.
fn logboek(ctx: &Ctx, toegang: &[Toegang]) -> Markup {
    html! {
        h2 { (ctx.t(msg::BLIJVERSLENING_LOG_TITEL)) }
        @if toegang.is_empty() {
            p { (ctx.t(msg::BLIJVERSLENING_LOG_GEEN)) }
        } @else {
            ul {
                @for t in toegang {
                    li { (tijdstip(t.op, ctx.lang())) ": " (handeling(ctx, t)) }
                }
            }
            (crate::zaken::toegang::alleen_de_laatste(ctx, toegang.len()))
        }
    }
}

/// A draft not sent yet: the way on to its task list and its check page.
fn concept_verder(ctx: &Ctx, pad: &str, mag_indienen: bool) -> Markup {
    html! {
        p { (ctx.t(msg::BLIJVERSLENING_ZAAK_CONCEPT)) }
        @if mag_indienen {
            p { (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_ZAAK_VERDER)).link(&format!("{pad}/wijzigen"))) }
            p { a href={ (pad) "/controleren" } { (ctx.t(msg::BLIJVERSLENING_ZAAK_NAKIJKEN)) } }
            (crate::zaken::concept::link(ctx, &format!("{pad}/verwijderen")))
        }
    }
}

/// `GET /blijverslening/{id}` of a draft: where it stands, the way on, and who looked at it.
pub fn zaak_concept(
    ctx: &Ctx,
    namens: &Namens,
    kop: &Kop,
    heeft_mede: bool,
    toegang: &[Toegang],
) -> Markup {
    let pad = format!("/blijverslening/{}", kop.id);
    let mag_indienen = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    ui::layout::page(
        ctx,
        &ctx.t(msg::BLIJVERSLENING_ZAAK_TITEL),
        html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            p { (status_tag(ctx, kop.status, kop.toegekend)) }
            (stappen(ctx, kop.status, heeft_mede))
            (concept_verder(ctx, &pad, mag_indienen))
            (logboek(ctx, toegang))
            p { a href="/mijn-loket" { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET)) } }
            (begrippen::uitleg(ctx, &[Begrip::Blijverslening]))
        },
    )
}

/// The resident's applications in Mijn loket.
pub fn mijn_loket(ctx: &Ctx, aanvragen: &[Kop]) -> Markup {
    html! {
        h2 { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_TITEL)) }
        ul.loket-list-plain.loket-blijf-zaken {
            @for a in aanvragen {
                li {
                    h3 { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_ZAAK)) " " (status_tag(ctx, a.status, a.toegekend)) }
                    @if let Some(r) = &a.referentie {
                        p { (ctx.tr.ta(msg::BLIJVERSLENING_MIJN_LOKET_NUMMER, &[("nummer", r.as_str().into())])) }
                    }
                    p { a href={ "/blijverslening/" (a.id) } { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_BEKIJK)) } }
                }
            }
        }
    }
}
