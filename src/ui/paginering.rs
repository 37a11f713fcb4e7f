//! Pagination: one list shown a page at a time, with plain links to the previous and next page and to the page
//! numbers around the current one. Every link keeps the page's other query parameters (a search, filters), so
//! that paging never loses them. The current page carries `aria-current="page"`; the `nav` has a label of its
//! own, so that two paginated lists on one page can be told apart.
//!
//! The SQL side: a repo reads `LIMIT grootte OFFSET offset()` (with an index that serves its `ORDER BY`) and,
//! when it counts, [`Pagina::binnen`] moves a page past the end to the last page, so that an old link shows the
//! last page and never an error.

use maud::{Markup, html};

use super::query_encode;
use crate::i18n::{Tr, msg};

/// The number of rows a list shows per page, unless it says otherwise.
pub const GROOTTE: u32 = 25;

/// The most pages one can ask for: beyond any list, and small enough that the offset fits.
const MAX_PAGINA: u32 = 1_000_000;

/// The page number of a list as it comes in the query (`?pagina=2`), for a page that has no other
/// parameters.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Invoer {
    pub pagina: Option<String>,
}

/// One page of a list: its number (from 1) and its size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pagina {
    pub nummer: u32,
    pub grootte: u32,
}

impl Pagina {
    /// The page asked for in a query parameter as typed: anything that is not a number from 1 is page 1.
    pub fn lees(invoer: Option<&str>, grootte: u32) -> Pagina {
        let nummer = invoer
            .and_then(|s| s.trim().parse::<u32>().ok())
            .filter(|n| *n >= 1)
            .map_or(1, |n| n.min(MAX_PAGINA));
        Pagina { nummer, grootte }
    }

    /// The first page.
    pub fn eerste(grootte: u32) -> Pagina {
        Pagina { nummer: 1, grootte }
    }

    /// How many rows come before this page.
    pub fn offset(self) -> i64 {
        i64::from(self.nummer - 1) * i64::from(self.grootte)
    }

    /// How many rows to read: one more than fits, so that a list without a total knows there is a next page.
    pub fn limit_met_volgende(self) -> i64 {
        i64::from(self.grootte) + 1
    }

    /// The number of pages of `totaal` rows (at least one, also for an empty list).
    pub fn aantal(self, totaal: i64) -> u32 {
        let g = i64::from(self.grootte.max(1));
        u32::try_from(((totaal.max(0) + g - 1) / g).max(1)).unwrap_or(MAX_PAGINA)
    }

    /// This page, or the last one when it lies past the end of `totaal` rows.
    pub fn binnen(self, totaal: i64) -> Pagina {
        Pagina {
            nummer: self.nummer.min(self.aantal(totaal)),
            grootte: self.grootte,
        }
    }

    /// As [`Pagina::binnen`], for a list counted up to `tel_tot` rows: past that the count says only "more",
    /// so the page stays as asked.
    pub fn binnen_geteld(self, totaal: i64, tel_tot: i64) -> Pagina {
        if totaal > tel_tot {
            self
        } else {
            self.binnen(totaal)
        }
    }
}

/// A paginated list's links: where it is, the other query parameters to keep, and how far it goes.
#[derive(Clone, Debug)]
pub struct Paginering<'a> {
    /// The page's path, without a query.
    pub pad: &'a str,
    /// The name of the query parameter of the page number (`pagina`, or another when a page has two lists).
    pub param: &'a str,
    /// The other query parameters, kept in every link (empty values are left out).
    pub behoud: Vec<(&'a str, String)>,
    pub pagina: Pagina,
    /// The number of pages when the list was counted; `None` for a list that only knows whether there is a
    /// next page.
    pub paginas: Option<u32>,
    /// Whether there is a page after this one.
    pub volgende: bool,
    /// The accessible name of the `nav`, e.g. "Pagina's van de werkvoorraad".
    pub label: String,
}

impl<'a> Paginering<'a> {
    /// The links of a counted list of `aantal` rows, on `pagina` (already kept inside the list).
    pub fn geteld(
        pad: &'a str,
        param: &'a str,
        behoud: Vec<(&'a str, String)>,
        pagina: Pagina,
        aantal: i64,
        label: String,
    ) -> Self {
        let paginas = pagina.aantal(aantal);
        Paginering {
            pad,
            param,
            behoud,
            pagina,
            paginas: Some(paginas),
            volgende: pagina.nummer < paginas,
            label,
        }
    }

    /// The link to page `nummer`, with the other parameters.
    pub fn href(&self, nummer: u32) -> String {
        let mut delen: Vec<String> = self
            .behoud
            .iter()
            .filter(|(_, waarde)| !waarde.is_empty())
            .map(|(naam, waarde)| format!("{naam}={}", query_encode(waarde)))
            .collect();
        if nummer > 1 {
            delen.push(format!("{}={nummer}", self.param));
        }
        if delen.is_empty() {
            self.pad.to_string()
        } else {
            format!("{}?{}", self.pad, delen.join("&"))
        }
    }
}

/// The page numbers to show: the first, the last, and two either side of the current one; `None` stands for
/// the numbers left out.
fn nummers(huidig: u32, laatste: u32) -> Vec<Option<u32>> {
    let mut uit = Vec::new();
    for n in 1..=laatste {
        if n == 1 || n == laatste || n.abs_diff(huidig) <= 2 {
            uit.push(Some(n));
        } else if uit.last() != Some(&None) {
            uit.push(None);
        }
    }
    uit
}

/// The pagination of a list: nothing when it fits on one page.
pub fn paginering(tr: &Tr, p: &Paginering<'_>) -> Markup {
    let huidig = p.pagina.nummer;
    let laatste = p
        .paginas
        .unwrap_or(if p.volgende { huidig + 1 } else { huidig });
    if laatste <= 1 && huidig <= 1 {
        return html! {};
    }
    let nummer_label = |n: u32| tr.ta(msg::UI_PAGINERING_PAGINA, &[("nummer", n.into())]);
    html! {
        nav.loket-paginering aria-label=(p.label) {
            ul {
                @if huidig > 1 {
                    li { a href=(p.href(huidig - 1)) rel="prev" { (tr.t(msg::UI_PAGINERING_VORIGE)) } }
                }
                @for n in nummers(huidig, laatste) {
                    @match n {
                        Some(n) if n == huidig => {
                            li { a href=(p.href(n)) aria-current="page" aria-label=(nummer_label(n)) { (n) } }
                        }
                        Some(n) => {
                            li { a href=(p.href(n)) aria-label=(nummer_label(n)) { (n) } }
                        }
                        None => { li aria-hidden="true" { "…" } }
                    }
                }
                @if p.volgende {
                    li { a href=(p.href(huidig + 1)) rel="next" { (tr.t(msg::UI_PAGINERING_VOLGENDE)) } }
                }
            }
            @if let Some(paginas) = p.paginas {
                p.loket-hint {
                    (tr.ta(msg::UI_PAGINERING_VAN, &[("nummer", huidig.into()), ("aantal", paginas.into())]))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_read_as_typed_and_kept_inside_the_list() {
        assert_eq!(Pagina::lees(None, 25).nummer, 1);
        assert_eq!(Pagina::lees(Some("x"), 25).nummer, 1);
        assert_eq!(Pagina::lees(Some("0"), 25).nummer, 1);
        assert_eq!(Pagina::lees(Some("-3"), 25).nummer, 1);
        assert_eq!(Pagina::lees(Some("3"), 25).offset(), 50);
        assert_eq!(Pagina::lees(Some("99999999999"), 25).nummer, 1);
        assert_eq!(Pagina::lees(Some("4000000"), 25).nummer, MAX_PAGINA);
        let p = Pagina::lees(Some("9"), 25);
        assert_eq!(p.aantal(0), 1);
        assert_eq!(p.aantal(50), 2);
        assert_eq!(p.aantal(51), 3);
        assert_eq!(p.binnen(51).nummer, 3);
        assert_eq!(p.binnen(0).nummer, 1);
        assert_eq!(Pagina::lees(Some("2"), 25).binnen(51).nummer, 2);
        // Past a capped count the page stays as asked; within it, the last page.
        assert_eq!(p.binnen_geteld(1001, 1000).nummer, 9);
        assert_eq!(p.binnen_geteld(51, 1000).nummer, 3);
    }

    #[test]
    fn numbers_around_the_current_page_with_gaps() {
        assert_eq!(nummers(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            nummers(6, 12),
            vec![
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                None,
                Some(12)
            ]
        );
    }

    #[test]
    fn a_counted_list_knows_its_pages() {
        let laatste = Paginering::geteld(
            "/x",
            "pagina",
            Vec::new(),
            Pagina::lees(Some("2"), 25),
            31,
            "x".into(),
        );
        assert_eq!((laatste.paginas, laatste.volgende), (Some(2), false));
        let eerste = Paginering::geteld(
            "/x",
            "pagina",
            Vec::new(),
            Pagina::eerste(25),
            31,
            "x".into(),
        );
        assert_eq!((eerste.paginas, eerste.volgende), (Some(2), true));
    }

    #[test]
    fn links_keep_the_other_parameters() {
        let p = Paginering {
            pad: "/medewerker",
            param: "pagina",
            behoud: vec![("zoek", "de Vries".into()), ("fase", String::new())],
            pagina: Pagina::eerste(25),
            paginas: Some(3),
            volgende: true,
            label: "x".into(),
        };
        assert_eq!(p.href(1), "/medewerker?zoek=de%20Vries");
        assert_eq!(p.href(2), "/medewerker?zoek=de%20Vries&pagina=2");
    }
}
