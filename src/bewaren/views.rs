//! The retention page for the beheerder: how long what is kept (from the profile, with the sources) and the
//! counts of the last runs.

use maud::{Markup, html};

use super::{Soort, Telling};
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ui;

fn naam(soort: Soort) -> &'static str {
    match soort {
        Soort::Waarschuwing => msg::BEWAREN_SOORT_WAARSCHUWING,
        Soort::Concept => msg::BEWAREN_SOORT_CONCEPT,
        Soort::Inloglink => msg::BEWAREN_SOORT_INLOGLINK,
        Soort::Sessie => msg::BEWAREN_SOORT_SESSIE,
        Soort::Mail => msg::BEWAREN_SOORT_MAIL,
        Soort::Toegangslog => msg::BEWAREN_SOORT_TOEGANGSLOG,
        Soort::Zaak => msg::BEWAREN_SOORT_ZAAK,
    }
}

pub fn overzicht(ctx: &Ctx, rondes: &[(String, Option<String>, Telling)]) -> Markup {
    let tr = &ctx.tr;
    let page = ui::Page::new(ctx, tr.t(msg::BEWAREN_TITEL))
        .back(crate::verzending::PAD, tr.t(msg::UI_BACK_LINK))
        .wide();
    page.render(html! {
        p { (tr.t(msg::BEWAREN_INTRO)) }
        h2 { (tr.t(msg::BEWAREN_TERMIJNEN)) }
        @match &ctx.app.gemeente.bewaren {
            None => p { (tr.t(msg::BEWAREN_GEEN_TERMIJNEN)) },
            Some(b) => {
                (ui::summary_list(tr, &[
                    ui::SummaryRow::new(tr.t(msg::BEWAREN_SOORT_CONCEPT), tr.ta(msg::BEWAREN_DAGEN, &[("dagen", b.concept_dagen.into())])),
                    ui::SummaryRow::new(tr.t(msg::BEWAREN_SOORT_WAARSCHUWING), tr.ta(msg::BEWAREN_DAGEN_VOORAF, &[("dagen", b.concept_waarschuwing_dagen.into())])),
                    ui::SummaryRow::new(tr.t(msg::BEWAREN_SOORT_INLOGLINK), tr.ta(msg::BEWAREN_DAGEN, &[("dagen", b.inloglink_dagen.into())])),
                    ui::SummaryRow::new(tr.t(msg::BEWAREN_SOORT_MAIL), tr.ta(msg::BEWAREN_DAGEN, &[("dagen", b.mail_dagen.into())])),
                    ui::SummaryRow::new(tr.t(msg::BEWAREN_SOORT_TOEGANGSLOG), tr.ta(msg::BEWAREN_JAREN, &[("jaren", b.toegangslog_jaren.into())])),
                ]))
                h3 { (tr.t(msg::BEWAREN_BRON)) }
                (ui::van_gemeente(tr, &b.bron))
                table.loket-table {
                    caption { (tr.t(msg::BEWAREN_ZAKEN_CAPTION)) }
                    thead { tr {
                        th scope="col" { (tr.t(msg::BEWAREN_KOLOM_REGELING)) }
                        th scope="col" { (tr.t(msg::BEWAREN_KOLOM_JAREN)) }
                        th scope="col" { (tr.t(msg::BEWAREN_KOLOM_BRON)) }
                    } }
                    tbody {
                        @for z in &b.zaken {
                            tr {
                                td { (z.regeling) }
                                td { (z.jaren) }
                                td lang="nl" dir="ltr" { (z.bron) }
                            }
                        }
                    }
                }
            }
        }
        h2 { (tr.t(msg::BEWAREN_RONDES)) }
        @if rondes.is_empty() {
            p { (tr.t(msg::BEWAREN_RONDES_GEEN)) }
        } @else {
            table.loket-table {
                caption { (tr.t(msg::BEWAREN_RONDES_CAPTION)) }
                thead { tr {
                    th scope="col" { (tr.t(msg::BEWAREN_KOLOM_DAG)) }
                    @for soort in Soort::ALL { th scope="col" { (tr.t(naam(soort))) } }
                } }
                tbody {
                    @for (dag, klaar, telling) in rondes {
                        tr {
                            td { (dag) @if klaar.is_none() { " " (tr.t(msg::BEWAREN_BEZIG)) } }
                            @for soort in Soort::ALL { td { (telling.van(soort)) } }
                        }
                    }
                }
            }
        }
    })
}
