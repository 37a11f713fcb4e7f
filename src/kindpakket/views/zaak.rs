//! The resident's case page of an application, and its line on Mijn loket.

use super::*;

/// The steps of an application on the one timeline: sent, and the decision, with the last day for it while it
/// is awaited (Awb art. 4:13).
pub(super) fn tijdlijn(ctx: &Ctx, a: &Aanvraag) -> Markup {
    use ui::EventState::{Current, Past};
    let mut verstuurd = ui::TimelineEvent::new(Past, ctx.t(msg::KINDPAKKET_STAP_VERSTUURD));
    if let Some(op) = a.ingediend_op {
        verstuurd = verstuurd.date(dag(op));
    }
    let besloten = a.status == Status::Besloten;
    let mut besluit = ui::TimelineEvent::new(
        if besloten { Past } else { Current },
        ctx.t(msg::KINDPAKKET_STAP_BESLUIT),
    );
    if let Some(op) = a.besloten_op {
        besluit = besluit.date(dag(op));
    } else if let Some(op) = a.ingediend_op {
        let einde =
            crate::termijnen::domain::redelijke_termijn(dag(op), &ctx.app.gemeente.kalender())
                .einde;
        besluit = besluit.text(ctx.tr.ta(
            msg::KINDPAKKET_STAP_BESLUIT_UITERLIJK,
            &[
                ("datum", datum(einde, ctx.lang()).into()),
                (
                    "weken",
                    crate::termijnen::domain::REDELIJKE_TERMIJN_WEKEN.into(),
                ),
            ],
        ));
    }
    ui::timeline(&ctx.tr, &[verstuurd, besluit])
}

/// `GET /kindpakket/{id}`: the case page.
pub fn zaak(
    ctx: &Ctx,
    a: &Aanvraag,
    log: &[Toegang],
    termijn: Markup,
    bezwaar_blok: Markup,
) -> Markup {
    let lang = ctx.lang();
    let referentie = a.referentie.clone().unwrap_or_default();
    let bezwaar = a
        .besloten_op
        .map(|op| crate::zaken::domain::bezwaar_termijn(dag(op), &ctx.app.gemeente).einde);
    let bestand_pad = format!("/kindpakket/{}/bestand/", a.id);
    // The parts granted to any child, in the profile's order: each one's organisation gets in touch.
    let organisaties: Vec<String> = kp(ctx)
        .map(|k| {
            k.onderdelen
                .iter()
                .filter(|o| {
                    a.besluiten
                        .iter()
                        .any(|b| b.toegekend && b.onderdeel == o.id)
                })
                .map(|o| o.naam.clone())
                .collect()
        })
        .unwrap_or_default();
    ui::layout::page(
        ctx,
        &ctx.tr.ta(
            msg::KINDPAKKET_ZAAK_TITEL,
            &[("referentie", referentie.as_str().into())],
        ),
        html! {
            (ui::panel(&ctx.t(msg::KINDPAKKET_ZAAK_NUMMER), html! { strong.loket-referentie { (referentie) } }))
            p { (ctx.t(msg::KINDPAKKET_ZAAK_STATUS)) " " (status_tag(ctx, a.status)) }
            @if let Some(op) = a.ingediend_op {
                p { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_VERSTUURD_OP, &[("datum", datum(dag(op), lang).into())])) }
            }
            (tijdlijn(ctx, a))
            h2 { (ctx.t(msg::KINDPAKKET_ZAAK_BESLUIT_TITEL)) }
            @if a.status == Status::Besloten {
                @if let Some(op) = a.besloten_op {
                    p { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_BESLOTEN_OP, &[("datum", datum(dag(op), lang).into())])) }
                }
                (besluit_tabel(ctx, a))
                (crate::zaken::beschikking::link(ctx, &format!("/kindpakket/{}/besluit/brief", a.id)))
                h2 { (ctx.t(msg::KINDPAKKET_ZAAK_NU_TITEL)) }
                @if organisaties.is_empty() {
                    p { (ctx.t(msg::KINDPAKKET_ZAAK_NU_NIETS)) }
                } @else {
                    p { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_NU_ORGANISATIE, &[("organisaties", organisaties.join(", ").into())])) }
                }
                @if let Some(einde) = bezwaar {
                    p { (begrippen::zin(ctx, msg::KINDPAKKET_ZAAK_BEZWAAR, &[
                        ("weken", ctx.app.gemeente.termijnen.bezwaar_weken.into()),
                        ("datum", datum(einde, lang).into()),
                    ], Begrip::Bezwaar)) }
                }
                (bezwaar_blok)
            } @else {
                p { (ctx.t(msg::KINDPAKKET_ZAAK_WACHT)) }
                (termijn)
            }
            h2 { (ctx.t(msg::KINDPAKKET_ZAAK_GEGEVENS_TITEL)) }
            (antwoorden(ctx, a, a.inkomen_centen.unwrap_or_default(), None, &bestand_pad))
            h2 { (ctx.t(msg::KINDPAKKET_ZAAK_LOG_TITEL)) }
            @if log.is_empty() {
                p { (ctx.t(msg::KINDPAKKET_ZAAK_LOG_LEEG)) }
            } @else {
                ul.loket-kindpakket-log {
                    @for t in log {
                        li { (ctx.tr.ta(handeling_tekst(t.handeling), &[
                            ("naam", t.naam.as_str().into()),
                            ("wie", ctx.t(if t.medewerker { msg::KINDPAKKET_LOG_MEDEWERKER } else { msg::KINDPAKKET_LOG_HELPER }).into()),
                            ("moment", tijdstip(t.op, lang).into()),
                        ])) }
                    }
                }
                (crate::zaken::toegang::alleen_de_laatste(ctx, log.len()))
            }
            p { a href="/mijn-loket" { (ctx.t(msg::KINDPAKKET_ZAAK_MIJN_LOKET)) } }
            (begrippen::uitleg(ctx, &[Begrip::Kindpakket, Begrip::Bezwaar]))
        },
    )
}

/// The section in Mijn loket; nothing when there are no applications.
/// `compleet` says per application whether it is a draft ready to send.
pub fn mijn_loket(ctx: &Ctx, aanvragen: &[Aanvraag], compleet: &[bool]) -> Markup {
    if aanvragen.is_empty() {
        return html! {};
    }
    html! {
        h2 { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_TITEL)) }
        ul.loket-list-plain.loket-kindpakket {
            @for (a, klaar) in aanvragen.iter().zip(compleet) {
                li {
                    @if a.status == Status::Concept {
                        h3 { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_CONCEPT)) " " (status_tag(ctx, a.status)) }
                        @if *klaar {
                            p { a href={ "/kindpakket/" (a.id) "/controleren" } { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_VERSTUREN)) } }
                        }
                        p { a href={ "/kindpakket/" (a.id) "/bewerken" } { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_VERDER)) } }
                    } @else {
                        h3 { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_TITEL, &[("referentie", a.referentie.as_deref().unwrap_or_default().into())])) " " (status_tag(ctx, a.status)) }
                        p { (ctx.tr.ta(msg::KINDPAKKET_MIJN_LOKET_KINDEREN, &[("aantal", a.kinderen.len().into())])) }
                        p { a href={ "/kindpakket/" (a.id) } { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_BEKIJK)) } }
                    }
                }
            }
        }
    }
}
