//! The design system in maud: the page layout and the components every page is built from.
//!
//! Each component owns its accessibility: ids, label, hint, error message, `aria-describedby` and
//! `aria-invalid`. A label is always required, so a component cannot be rendered without an accessible name.
//!
//! Id convention, relied on by the error summary and by tests: a field's `name` is also the `id` of its first
//! input, so a link to `#<name>` lands on the field. The hint has id `<name>-hint`, the error message
//! `<name>-fout`. Radios and checkboxes number their inputs `<name>`, `<name>-2`, `<name>-3` (an option's hint is
//! `<input id>-uitleg`); a date input has `<name>` (day), `<name>-maand` and `<name>-jaar`.
//!
//! The look lives in `static/loket.css`, with its colours, fonts and spacing as CSS custom properties
//! (`--loket-*`, in the NL Design System token style) that a municipality can override.

mod components;
mod fields;
pub mod layout;
pub mod paginering;
mod summary;

pub use components::{
    Button, ButtonKind, Notice, TagKind, back_link, button_group, details, notification_banner,
    panel, step_indicator, tag,
};
pub use fields::{Choice, Field, InputKind, Width, error_message, fieldset, hint};
pub use layout::{Page, Pagina, PaginaContext, page};
pub use paginering::{Paginering, paginering};
pub use summary::{
    EventState, HistoryRow, SummaryRow, TimelineEvent, error_summary, history, summary_list,
    timeline,
};

use std::sync::LazyLock;

/// The portal's one stylesheet, embedded in the binary.
pub const STYLESHEET: &str = include_str!("../../static/loket.css");

/// The icon browsers show in the tab and in bookmarks.
pub const FAVICON: &str = include_str!("../../static/favicon.svg");

/// Where the icon is served.
pub const FAVICON_HREF: &str = "/static/favicon.svg";

/// The stylesheet's URL, with a hash of its content in the name, so browsers may cache it for a year and still
/// get a new version the moment it changes.
pub fn stylesheet_href() -> &'static str {
    static HREF: LazyLock<String> = LazyLock::new(|| {
        format!(
            "/static/loket.{:010x}.css",
            fnv1a(STYLESHEET.as_bytes()) >> 24
        )
    });
    HREF.as_str()
}

/// FNV-1a, 64 bits: enough to tell versions of one file apart; not for anything that must resist an attacker.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Text someone typed, as paragraphs: one per line that is not empty. Each takes its direction from its own
/// first letter (`dir="auto"`): a resident may write Arabic on a Dutch page, or Dutch on an Arabic one.
pub fn alinea(tekst: &str) -> maud::Markup {
    maud::html! {
        @for regel in tekst.lines().filter(|r| !r.trim().is_empty()) {
            p dir="auto" { (regel) }
        }
    }
}

/// Text the municipality's staff wrote (a question, a reason, a decision): written in Dutch, it stays Dutch.
/// On a page in another language it is marked `lang="nl"`, so that a screen reader reads it as Dutch; the
/// page says once that it is ([`in_het_nederlands`]).
pub fn van_gemeente(tr: &crate::i18n::Tr, tekst: &str) -> maud::Markup {
    if tr.lang() == crate::i18n::Lang::Nl {
        return alinea(tekst);
    }
    maud::html! { div lang="nl" dir="ltr" { (alinea(tekst)) } }
}

/// A few words staff wrote, within a line (a reason, a description): marked as Dutch on a page in another
/// language, left to right also inside Arabic.
pub fn nederlands(tr: &crate::i18n::Tr, tekst: &str) -> maud::Markup {
    maud::html! {
        @if tr.lang() == crate::i18n::Lang::Nl { (tekst) } @else { span lang="nl" dir="ltr" { (tekst) } }
    }
}

/// Once on a page in another language than Dutch that shows what staff wrote: that it is in Dutch.
pub fn in_het_nederlands(tr: &crate::i18n::Tr) -> maud::Markup {
    maud::html! {
        @if tr.lang() != crate::i18n::Lang::Nl {
            p.loket-hint { (tr.t(crate::i18n::msg::UI_IN_HET_NEDERLANDS)) }
        }
    }
}

/// Percent-encodes a value for a query string: everything but the unreserved characters of RFC 3986.
pub(crate) fn query_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A translator for unit tests of the components.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn test_tr(lang: crate::i18n::Lang) -> crate::i18n::Tr {
    crate::i18n::Tr::new(crate::i18n::I18n::load().expect("translations load"), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheet_fits_the_budget() {
        // The real budget is 10 KB gzip-compressed; raw size is the proxy a test can check without a gzip crate.
        assert!(!STYLESHEET.is_empty());
        assert!(
            STYLESHEET.len() < 40 * 1024,
            "stylesheet is {} bytes",
            STYLESHEET.len()
        );
    }

    #[test]
    fn stylesheet_href_is_versioned_and_stable() {
        let href = stylesheet_href();
        assert!(
            href.starts_with("/static/loket.") && href.ends_with(".css"),
            "{href}"
        );
        assert_eq!(
            href.len(),
            "/static/loket.".len() + 10 + ".css".len(),
            "{href}"
        );
        assert_eq!(href, stylesheet_href());
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(query_encode("/inloggen"), "%2Finloggen");
        assert_eq!(query_encode("/a?b=c&d=é"), "%2Fa%3Fb%3Dc%26d%3D%C3%A9");
    }
}
