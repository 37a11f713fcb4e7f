//! The public pages of the right to challenge: what it is, the published proposals, one proposal with its support.

use super::*;

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
pub fn openbare_lijst(
    ctx: &Ctx,
    voorstellen: &[crate::uitdaagrecht::repo::InLijst],
    pagina: crate::ui::paginering::Pagina,
    totaal: i64,
) -> Markup {
    let paginas = pagina.aantal(totaal);
    let paginering = ui::Paginering {
        pad: "/uitdaagrecht/voorstellen",
        param: "pagina",
        behoud: Vec::new(),
        pagina,
        paginas: Some(paginas),
        volgende: pagina.nummer < paginas,
        label: ctx.t(msg::UITDAAGRECHT_LIJST_PAGINAS),
    };
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
                (ui::paginering(&ctx.tr, &paginering))
            }
        })
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
            @if v.toelichting.is_some() { (ui::in_het_nederlands(&ctx.tr)) }
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
