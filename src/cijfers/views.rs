//! The figures as tables (a page) and as CSV. Both show the same numbers in the same order.

use maud::{Markup, html};

use super::domain::{Cijfers, Maand, Telling};
use crate::http::Ctx;
use crate::i18n::{Lang, Tr, msg};
use crate::ui;
use crate::zaken::domain::Voorziening;

/// "november 2026" / "November 2026".
fn maand_naam(maand: &Maand, lang: Lang) -> String {
    crate::i18n::maand(maand.begin, lang)
}

pub fn voorziening_naam(v: Voorziening) -> &'static str {
    match v {
        Voorziening::HuishoudelijkeOndersteuning => {
            msg::CIJFERS_VOORZIENING_HUISHOUDELIJKE_ONDERSTEUNING
        }
        Voorziening::Begeleiding => msg::CIJFERS_VOORZIENING_BEGELEIDING,
        Voorziening::Dagbesteding => msg::CIJFERS_VOORZIENING_DAGBESTEDING,
        Voorziening::KortdurendVerblijf => msg::CIJFERS_VOORZIENING_KORTDUREND_VERBLIJF,
        Voorziening::Hulpmiddel => msg::CIJFERS_VOORZIENING_HULPMIDDEL,
        Voorziening::Woningaanpassing => msg::CIJFERS_VOORZIENING_WONINGAANPASSING,
        Voorziening::Vervoer => msg::CIJFERS_VOORZIENING_VERVOER,
        Voorziening::BeschermdWonen => msg::CIJFERS_VOORZIENING_BESCHERMD_WONEN,
        Voorziening::Overig => msg::CIJFERS_VOORZIENING_OVERIG,
    }
}

/// The column headings after the month, in order.
const KOLOMMEN: [&str; 10] = [
    msg::CIJFERS_MELDINGEN,
    msg::CIJFERS_SPOED,
    msg::CIJFERS_ONDERZOEK_OP_TIJD,
    msg::CIJFERS_ONDERZOEK_TE_LAAT,
    msg::CIJFERS_ONDERZOEK_OPEN_TE_LAAT,
    msg::CIJFERS_BESLUITEN,
    msg::CIJFERS_BESLUIT_OP_TIJD,
    msg::CIJFERS_BESLUIT_TE_LAAT,
    msg::CIJFERS_BESLUIT_OPEN_TE_LAAT,
    msg::CIJFERS_MEDIAAN,
];

/// The columns of the other schemes, in the order of [`ANDERE_REGELINGEN`].
const AANVRAAG_KOLOMMEN: [&str; 3] = [
    msg::CIJFERS_AANVRAGEN_BLIJVERSLENING,
    msg::CIJFERS_AANVRAGEN_KINDPAKKET,
    msg::CIJFERS_AANVRAGEN_UITDAAGRECHT,
];

/// A median in the reader's language ("12,5" in Dutch, "12.5" in English); whole numbers without decimals.
fn getal(waarde: f64, lang: Lang) -> String {
    crate::i18n::getal_met_decimaal(waarde, lang)
}

/// The cells after the month, in the order of [`KOLOMMEN`]; an empty median is `None`.
fn cellen(t: &Telling, lang: Lang) -> [Option<String>; 10] {
    [
        Some(t.meldingen.to_string()),
        Some(t.spoed.to_string()),
        Some(t.onderzoek_op_tijd.to_string()),
        Some(t.onderzoek_te_laat.to_string()),
        Some(t.onderzoek_open_te_laat.to_string()),
        Some(t.besluiten.to_string()),
        Some(t.besluit_op_tijd.to_string()),
        Some(t.besluit_te_laat.to_string()),
        Some(t.besluit_open_te_laat.to_string()),
        t.mediaan_dagen().map(|m| getal(m, lang)),
    ]
}

/// A table that scrolls sideways on a narrow screen, inside a region that the keyboard can reach and that is
/// named by the table's caption.
fn tabel(id: &str, caption: &str, inhoud: Markup) -> Markup {
    html! {
        div.loket-tabel role="region" aria-labelledby=(id) tabindex="0" {
            table.loket-tabel__tabel {
                caption.loket-tabel__caption id=(id) { (caption) }
                (inhoud)
            }
        }
    }
}

/// `GET /medewerker/cijfers`.
pub fn pagina(
    ctx: &Ctx,
    cijfers: &Cijfers,
    kindpakket: Markup,
    blijverslening: Option<Markup>,
    berekend: time::OffsetDateTime,
) -> Markup {
    let lang = ctx.lang();
    let geen = ctx.t(msg::CIJFERS_GEEN);
    let rij = |kop: String, t: &Telling| {
        html! {
            tr {
                th scope="row" { (kop) }
                @for cel in cellen(t, lang) {
                    td.loket-tabel__getal { (cel.unwrap_or_else(|| geen.clone())) }
                }
            }
        }
    };
    ui::Page::new(ctx, ctx.t(msg::CIJFERS_TITEL))
        .wide()
        .render(html! {
            p { (ctx.t(msg::CIJFERS_INTRO)) }
            p.loket-hint { (ctx.tr.ta(msg::CIJFERS_BIJGEWERKT, &[("moment", crate::i18n::tijdstip(berekend, ctx.tr.lang()).into())])) }
            p { (ctx.t(msg::CIJFERS_UITLEG_TERMIJNEN)) }
            p {
                a href="/medewerker/cijfers.csv" download { (ctx.t(msg::CIJFERS_DOWNLOAD)) }
                br;
                span.loket-hint { (ctx.t(msg::CIJFERS_DOWNLOAD_HINT)) }
            }
            (tabel("cijfers-maanden", &ctx.t(msg::CIJFERS_TABEL_MAANDEN), html! {
                thead {
                    tr {
                        th scope="col" { (ctx.t(msg::CIJFERS_MAAND)) }
                        @for kolom in KOLOMMEN {
                            th scope="col" { (ctx.t(kolom)) }
                        }
                    }
                }
                tbody {
                    @for maand in &cijfers.maanden {
                        (rij(maand_naam(maand, lang), &maand.telling))
                    }
                }
                tfoot {
                    (rij(ctx.t(msg::CIJFERS_TOTAAL), &cijfers.totaal))
                }
            }))
            (tabel("cijfers-voorzieningen", &ctx.t(msg::CIJFERS_TABEL_VOORZIENINGEN), html! {
                thead {
                    tr {
                        th scope="col" { (ctx.t(msg::CIJFERS_VOORZIENING)) }
                        th scope="col" { (ctx.t(msg::CIJFERS_AANTAL)) }
                    }
                }
                tbody {
                    @for (v, n) in Voorziening::ALL.iter().zip(&cijfers.totaal.per_voorziening) {
                        tr {
                            th scope="row" { (ctx.t(voorziening_naam(*v))) }
                            td.loket-tabel__getal { (n) }
                        }
                    }
                }
            }))
            (tabel("cijfers-regelingen", &ctx.t(msg::CIJFERS_TABEL_REGELINGEN), html! {
                thead {
                    tr {
                        th scope="col" { (ctx.t(msg::CIJFERS_MAAND)) }
                        @for kolom in AANVRAAG_KOLOMMEN { th scope="col" { (ctx.t(kolom)) } }
                    }
                }
                tbody {
                    @for maand in &cijfers.maanden {
                        tr {
                            th scope="row" { (maand_naam(maand, lang)) }
                            @for n in maand.telling.aanvragen { td.loket-tabel__getal { (n) } }
                        }
                    }
                }
                tfoot {
                    tr {
                        th scope="row" { (ctx.t(msg::CIJFERS_TOTAAL)) }
                        @for n in cijfers.totaal.aanvragen { td.loket-tabel__getal { (n) } }
                    }
                }
            }))
            @if let Some(sectie) = blijverslening { (sectie) }
            (kindpakket)
        })
}

/// A CSV field: quoted when it holds the separator, a quote or a line break.
fn veld(tekst: &str) -> String {
    if tekst.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", tekst.replace('"', "\"\""))
    } else {
        tekst.to_owned()
    }
}

/// The figures as CSV, as Dutch spreadsheet programs read it: semicolons between fields, a decimal comma, CRLF
/// line ends, and a byte order mark so that Excel reads UTF-8. A header row; one row per month (`2026-11`),
/// oldest first; then the total. After the columns of the page, the besluiten per kind of voorziening, then
/// the applications and proposals of the other schemes.
pub fn csv(tr: &Tr, cijfers: &Cijfers) -> String {
    // Dutch decimals in the file whatever the page's language: the separator is chosen for Dutch programs.
    let lang = Lang::Nl;
    let mut kop = vec![tr.t(msg::CIJFERS_MAAND)];
    kop.extend(KOLOMMEN.iter().map(|k| tr.t(k)));
    kop.extend(Voorziening::ALL.iter().map(|v| tr.t(voorziening_naam(*v))));
    kop.extend(AANVRAAG_KOLOMMEN.iter().map(|k| tr.t(k)));
    let mut uit = String::from("\u{feff}");
    let regel = |uit: &mut String, velden: Vec<String>| {
        let velden: Vec<String> = velden.iter().map(|v| veld(v)).collect();
        uit.push_str(&velden.join(";"));
        uit.push_str("\r\n");
    };
    regel(&mut uit, kop);
    let rij = |eerste: String, t: &Telling| {
        let mut velden = vec![eerste];
        velden.extend(cellen(t, lang).into_iter().map(Option::unwrap_or_default));
        velden.extend(t.per_voorziening.iter().map(u32::to_string));
        velden.extend(t.aanvragen.iter().map(u32::to_string));
        velden
    };
    for maand in &cijfers.maanden {
        let eerste = format!(
            "{:04}-{:02}",
            maand.begin.year(),
            u8::from(maand.begin.month())
        );
        regel(&mut uit, rij(eerste, &maand.telling));
    }
    regel(&mut uit, rij(tr.t(msg::CIJFERS_TOTAAL), &cijfers.totaal));
    uit
}
