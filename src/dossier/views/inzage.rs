//! The resident's view of the access log of their case.

use super::*;

/// `GET /melding/{id}/inzage`: who looked at or changed the case, newest first.
pub fn inzage(
    ctx: &Ctx,
    melding: &Melding,
    regels: &[Regel],
    pagina: crate::ui::paginering::Pagina,
    totaal: i64,
) -> Markup {
    let lang = ctx.lang();
    let pad = format!("/melding/{}/inzage", melding.id);
    let paginas = pagina.aantal(totaal);
    let paginering = ui::Paginering {
        pad: &pad,
        param: "pagina",
        behoud: Vec::new(),
        pagina,
        paginas: Some(paginas),
        volgende: pagina.nummer < paginas,
        label: ctx.t(msg::DOSSIER_INZAGE_PAGINAS),
    };
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
            (ui::paginering(&ctx.tr, &paginering))
            // The steps named above are words of the procedure.
            (begrippen::uitleg(ctx, &[Begrip::Onderzoek, Begrip::Verslag, Begrip::Aanvraag, Begrip::Besluit]))
        }
    })
}

pub(super) fn rol(code: &str) -> &'static str {
    match code {
        "beheerder" => msg::DOSSIER_ROL_BEHEERDER,
        "inwoner" | "helper" => msg::DOSSIER_ROL_HELPER,
        _ => msg::DOSSIER_ROL_MEDEWERKER,
    }
}

pub(super) fn handeling(ctx: &Ctx, regel: &Regel) -> String {
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
