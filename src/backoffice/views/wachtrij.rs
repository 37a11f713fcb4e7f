//! The one work queue of every scheme.

use super::*;

/// The deadline in words, with a mark in text (not colour only) when it is overdue or nearly due.
pub(super) fn deadline(ctx: &Ctx, deadline: Option<&Deadline>, vandaag: Date) -> Markup {
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

/// One page of the queue: its rows, how many cases match the filter, which page, and the filter as typed (kept
/// in the pagination's links).
pub struct Lijst<'a> {
    pub rijen: &'a [Rij],
    /// How many cases match; `None` when there are more than the queue counts.
    pub totaal: Option<i64>,
    /// Whether there is a page after this one.
    pub volgende: bool,
    pub pagina: crate::ui::paginering::Pagina,
    pub invoer: [(&'static str, String); 4],
}

/// `GET /medewerker`; `co`: how many requests for cliëntondersteuning wait for the municipality to choose who
/// helps.
pub fn wachtrij(
    ctx: &Ctx,
    lijst: &Lijst<'_>,
    filter: &Filter,
    vandaag: Date,
    nu: time::OffsetDateTime,
    co: i64,
) -> Markup {
    let tr = &ctx.tr;
    let rijen = lijst.rijen;
    let paginering = ui::Paginering {
        pad: "/medewerker",
        param: "pagina",
        behoud: lijst.invoer.iter().map(|(n, w)| (*n, w.clone())).collect(),
        pagina: lijst.pagina,
        paginas: lijst.totaal.map(|t| lijst.pagina.aantal(t)),
        volgende: lijst.volgende,
        label: ctx.t(msg::BACKOFFICE_WACHTRIJ_PAGINAS),
    };
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
                p { a href=(crate::virussen::PAD) { (ctx.t(msg::VIRUSSEN_LINK)) } }
            }
            p { a href="/medewerker/machtigingen" { (ctx.t(msg::BACKOFFICE_WACHTRIJ_MACHTIGINGEN)) } }
            p { a href=(crate::backoffice::clientondersteuning::PAD) { (ctx.tr.ta(msg::BACKOFFICE_WACHTRIJ_CO, &[("aantal", co.into())])) } }
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
                    caption {
                        @match lijst.totaal {
                            Some(totaal) => (ctx.tr.ta(msg::BACKOFFICE_WACHTRIJ_CAPTION, &[("aantal", totaal.into())])),
                            None => (ctx.tr.ta(msg::BACKOFFICE_WACHTRIJ_CAPTION_MEER, &[("aantal", crate::zaken::kern::TEL_TOT.into())])),
                        }
                    }
                    thead {
                        tr { @for kolom in &kolommen { th scope="col" { (kolom) } } }
                    }
                    tbody {
                        @for rij in rijen {
                            tr {
                                th scope="row" data-label=(kolommen[0]) {
                                    a href=(staf_pad(rij.regeling, &rij.id)) { (rij.referentie) }
                                    @if rij.spoed { " " (ui::tag(ui::TagKind::Error, &ctx.t(msg::BACKOFFICE_SPOED))) }
                                    @if let Some(tot) = rij.spoed_tot {
                                        @let uren = uren_over(tot, nu);
                                        br;
                                        @if uren > 0 {
                                            (ctx.tr.ta(msg::BACKOFFICE_SPOED_NOG, &[("uren", uren.into())]))
                                        } @else {
                                            (ui::tag(ui::TagKind::Error, &ctx.tr.ta(msg::BACKOFFICE_SPOED_TE_LAAT, &[("uren", (-uren).into())])))
                                        }
                                    }
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
                (ui::paginering(tr, &paginering))
            }
        })
}
