//! The page around every view: head, skip link, header with the language switch and sign-in, main content,
//! footer. [`page`] covers most pages; [`Page`] adds a back link, a quick exit, form errors, a step indicator or
//! a wide layout.

use maud::{DOCTYPE, Markup, html};

use super::components::{Notice, back_link, notification_banner, step_indicator};
use super::summary::error_summary;
use super::{query_encode, stylesheet_href};
use crate::form::FieldErrors;
use crate::i18n::{Lang, Tr, msg};

/// Where the quick exit goes: a neutral site that gives nothing away on a shared screen.
const QUICK_EXIT_HREF: &str = "https://www.google.nl";

/// What the page around a view needs to know of the request it answers.
#[derive(Clone, Copy)]
pub struct PaginaContext<'a> {
    pub tr: &'a Tr,
    /// The municipality's name, in every `<title>`.
    pub gemeente: &'a str,
    /// Path and query of the request, for the language switch.
    pub pad: &'a str,
    /// The signed-in person's address, shown in the header.
    pub email: Option<&'a str>,
    /// The signed-in person is staff: the header links to the back office.
    pub staf: bool,
    /// The name of the person the signed-in person acts for, when that is someone else.
    pub namens: Option<&'a str>,
    /// The municipality's logo: where it is served and its alt text in this language.
    pub logo: Option<(&'a str, &'a str)>,
}

/// A request a page can be drawn for (the HTTP layer's context implements it).
pub trait Pagina {
    fn pagina(&self) -> PaginaContext<'_>;
}

/// A whole page: `<title>` and `<h1>` from `title`, the content in `<main>`.
pub fn page(ctx: &impl Pagina, title: &str, content: Markup) -> Markup {
    Page::new(ctx, title).render(content)
}

/// A page with options. `Page::new(ctx, title).back(href, label).errors(&errors).render(content)`.
pub struct Page<'a> {
    tr: &'a Tr,
    gemeente: &'a str,
    path: &'a str,
    email: Option<&'a str>,
    title: String,
    back: Option<(String, String)>,
    quick_exit: bool,
    errors: Option<&'a FieldErrors>,
    problem: Option<Markup>,
    step: Option<(u32, u32, String)>,
    wide: bool,
    /// The signed-in person is staff: the header links to the back office.
    staff: bool,
    /// The name of the person the signed-in person acts for, when that is someone else.
    namens: Option<&'a str>,
    logo: Option<(&'a str, &'a str)>,
}

impl<'a> Page<'a> {
    /// A page for this request with this title (the `<h1>`; the `<title>` adds the municipality's name).
    pub fn new(ctx: &'a impl Pagina, title: impl Into<String>) -> Self {
        let c = ctx.pagina();
        let mut page = Page::with(c.tr, c.gemeente, c.pad, c.email, title.into());
        page.staff = c.staf;
        page.namens = c.namens;
        page.logo = c.logo;
        page
    }

    fn with(
        tr: &'a Tr,
        gemeente: &'a str,
        path: &'a str,
        email: Option<&'a str>,
        title: String,
    ) -> Self {
        Page {
            tr,
            gemeente,
            path,
            email,
            title,
            back: None,
            quick_exit: false,
            errors: None,
            problem: None,
            step: None,
            wide: false,
            staff: false,
            namens: None,
            logo: None,
        }
    }

    /// A back link above the content, to the previous step (use `msg::UI_BACK_LINK`, "Terug", as label unless a
    /// more specific one helps).
    pub fn back(mut self, href: impl Into<String>, label: impl Into<String>) -> Self {
        self.back = Some((href.into(), label.into()));
        self
    }

    /// A "Snel weg van deze pagina" link, first on the page and always in sight: for pages about violence at
    /// home or other subjects a resident may need to hide quickly.
    pub fn quick_exit(mut self) -> Self {
        self.quick_exit = true;
        self
    }

    /// The form's errors: with any, the title starts with "Fout: " (read out first by screen readers) and an
    /// error summary heads the content.
    pub fn errors(mut self, errors: &'a FieldErrors) -> Self {
        self.errors = Some(errors);
        self
    }

    /// What the person just sent did not work through no fault of theirs (a database that is full or away):
    /// an alert above the `<h1>`, and the title starts with "Fout: " as with form errors.
    pub fn problem(mut self, content: Markup) -> Self {
        self.problem = Some(content);
        self
    }

    /// The form's answers could not be saved (see [`Page::problem`]): the standard words for it, and that the
    /// answers are still on the page.
    pub fn not_saved(self) -> Self {
        let tr = self.tr;
        self.problem(html! {
            p { (tr.t(msg::UI_NIET_BEWAARD_TEKST)) }
            p { (tr.t(msg::UI_NIET_BEWAARD_OPNIEUW)) }
        })
    }

    /// "Stap 2 van 5" and the step's name, above the `<h1>`.
    pub fn step(mut self, current: u32, total: u32, name: impl Into<String>) -> Self {
        self.step = Some((current, total, name.into()));
        self
    }

    /// Uses the full width of the page instead of a column of readable length, e.g. for tables.
    pub fn wide(mut self) -> Self {
        self.wide = true;
        self
    }

    /// The whole HTML document around `content`.
    pub fn render(self, content: Markup) -> Markup {
        let tr = self.tr;
        let has_errors = self.errors.is_some_and(|e| !e.is_empty()) || self.problem.is_some();
        let title_id = if has_errors {
            msg::UI_PAGE_TITLE_ERROR
        } else {
            msg::UI_PAGE_TITLE
        };
        let document_title = tr.ta(
            title_id,
            &[
                ("titel", self.title.as_str().into()),
                ("gemeente", self.gemeente.into()),
            ],
        );
        html! {
            (DOCTYPE)
            html lang=(tr.lang().code()) dir=[tr.lang().rtl().then_some("rtl")] {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (document_title) }
                    link rel="stylesheet" href=(stylesheet_href());
                    link rel="icon" type="image/svg+xml" href=(super::FAVICON_HREF);
                }
                body.loket-body {
                    a.loket-skip-link href="#inhoud" { (tr.t(msg::UI_SKIP_LINK)) }
                    @if self.quick_exit {
                        // In a landmark of its own, so that nothing on the page is outside one. No referrer: the
                        // site it leads to does not learn which page the resident was on.
                        aside.loket-quick-exit {
                            a.loket-quick-exit__link href=(QUICK_EXIT_HREF) rel="noreferrer" {
                                (tr.t(msg::UI_QUICK_EXIT))
                            }
                        }
                    }
                    (self.header())
                    @if let Some(naam) = self.namens {
                        // On every page, so that a helper never mistakes whose case they are changing.
                        aside.loket-namensbalk aria-label=(tr.t(msg::UI_NAMENS_LABEL)) {
                            div.loket-width.loket-namensbalk__inner {
                                p.loket-namensbalk__text {
                                    (tr.ta(msg::UI_NAMENS_TEXT, &[("naam", naam.into())]))
                                    " "
                                    a href="/namens" { (tr.t(msg::UI_NAMENS_SWITCH)) }
                                }
                            }
                        }
                    }
                    div.loket-width.loket-page {
                        main.loket-main.loket-main--wide[self.wide] id="inhoud" {
                            @if let Some((href, label)) = &self.back { (back_link(href, label)) }
                            @if let Some(problem) = &self.problem {
                                (notification_banner(tr, Notice::Problem, problem.clone()))
                            }
                            @if let Some(errors) = self.errors { (error_summary(tr, errors)) }
                            @if let Some((current, total, name)) = &self.step {
                                (step_indicator(tr, *current, *total, name))
                            }
                            h1 { (self.title) }
                            (content)
                        }
                    }
                    (self.footer())
                }
            }
        }
    }

    /// The header's sign-in link: back to this page after signing in. Not from the start page or the sign-in
    /// pages; the sign-in page checks the way back again (`crate::http::terug`).
    fn inloggen_pad(&self) -> String {
        let pad = self.path.split('#').next().unwrap_or_default();
        if pad == "/" || pad.starts_with("/inloggen") || pad.is_empty() {
            "/inloggen".to_owned()
        } else {
            format!("/inloggen?terug={}", query_encode(pad))
        }
    }

    /// The languages of the switch: every one for residents, Dutch and English on staff pages.
    fn talen(&self) -> &'static [Lang] {
        if self.staff {
            &Lang::MEDEWERKERS
        } else {
            &Lang::ALL
        }
    }

    fn current(&self, href: &str) -> Option<&'static str> {
        let path = self.path.split(['?', '#']).next().unwrap_or_default();
        (path == href).then_some("page")
    }

    fn header(&self) -> Markup {
        let tr = self.tr;
        let terug = query_encode(self.path);
        html! {
            header.loket-header {
                div.loket-width.loket-header__inner {
                    a.loket-header__home href="/" {
                        @if let Some((src, alt)) = &self.logo {
                            img.loket-header__logo src=(*src) alt=(*alt);
                        } @else {
                            span.loket-header__gemeente { (self.gemeente) }
                        }
                        " "
                        span.loket-header__portal { (tr.t(msg::UI_HEADER_PORTAL)) }
                    }
                    nav.loket-header__nav aria-label=(tr.t(msg::UI_HEADER_NAV_LABEL)) {
                        ul.loket-header__list {
                            @for other in self.talen().iter().copied().filter(|l| *l != tr.lang()) {
                                // The name of each language in that language itself, marked as such (WCAG 3.1.2).
                                li {
                                    a href={ "/taal/" (other.code()) "?terug=" (terug) } lang=(other.code())
                                        hreflang=(other.code()) dir=[other.rtl().then_some("rtl")] {
                                        (tr.with_lang(other).t(msg::UI_HEADER_LANGUAGE_NAME))
                                    }
                                }
                            }
                            @if let Some(email) = self.email {
                                li.loket-header__person {
                                    (tr.ta(msg::UI_HEADER_SIGNED_IN_AS, &[("email", email.into())]))
                                }
                                @if self.staff {
                                    li {
                                        a href="/medewerker" aria-current=[self.current("/medewerker")] {
                                            (tr.t(msg::UI_HEADER_BACK_OFFICE))
                                        }
                                    }
                                } @else {
                                    li {
                                        a href="/mijn-loket" aria-current=[self.current("/mijn-loket")] {
                                            (tr.t(msg::UI_HEADER_MY_LOKET))
                                        }
                                    }
                                }
                                li {
                                    form.loket-header__form method="post" action="/uitloggen" {
                                        button.loket-header__button type="submit" { (tr.t(msg::UI_HEADER_SIGN_OUT)) }
                                    }
                                }
                            } @else {
                                li {
                                    a href=(self.inloggen_pad()) aria-current=[self.current("/inloggen")] {
                                        (tr.t(msg::UI_HEADER_SIGN_IN))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn footer(&self) -> Markup {
        let tr = self.tr;
        let links = [
            ("/toegankelijkheid", msg::UI_FOOTER_ACCESSIBILITY),
            ("/privacy", msg::UI_FOOTER_PRIVACY),
            ("/contact", msg::UI_FOOTER_CONTACT),
        ];
        html! {
            footer.loket-footer {
                div.loket-width {
                    nav aria-label=(tr.t(msg::UI_FOOTER_NAV_LABEL)) {
                        ul.loket-footer__list {
                            @for (href, label) in links {
                                li { a href=(href) aria-current=[self.current(href)] { (tr.t(label)) } }
                            }
                        }
                    }
                    p.loket-footer__gemeente { (tr.ta(msg::UI_FOOTER_GEMEENTE, &[("gemeente", self.gemeente.into())])) }
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use scraper::{Html, Selector};

    use super::*;
    use crate::ui::test_tr;

    fn render(page: Page<'_>) -> Html {
        Html::parse_document(&page.render(html! { p { "Inhoud" } }).into_string())
    }

    fn texts(html: &Html, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap();
        html.select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn attrs(html: &Html, css: &str, attr: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap();
        html.select(&selector)
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    }

    #[test]
    fn a_plain_page_has_the_frame() {
        let tr = test_tr(Lang::Nl);
        let html = render(Page::with(
            &tr,
            "Lansingerland",
            "/inloggen?x=1",
            None,
            "Inloggen".into(),
        ));
        assert_eq!(attrs(&html, "html", "lang"), ["nl"]);
        assert_eq!(texts(&html, "title"), ["Inloggen - Lansingerland"]);
        assert_eq!(texts(&html, "main#inhoud h1"), ["Inloggen"]);
        assert_eq!(attrs(&html, "a.loket-skip-link", "href"), ["#inhoud"]);
        assert_eq!(
            attrs(&html, "meta[name=viewport]", "content"),
            ["width=device-width, initial-scale=1"]
        );
        assert_eq!(
            attrs(&html, "link[rel=stylesheet]", "href"),
            [stylesheet_href()]
        );
        assert_eq!(
            attrs(&html, "a[hreflang=en]", "href"),
            ["/taal/en?terug=%2Finloggen%3Fx%3D1"]
        );
        assert_eq!(attrs(&html, "a[hreflang=en]", "lang"), ["en"]);
        assert_eq!(texts(&html, "a[hreflang=en]"), ["English"]);
        assert_eq!(
            attrs(&html, "header a[href='/inloggen']", "aria-current"),
            ["page"]
        );
        assert!(attrs(&html, "form[action='/uitloggen']", "method").is_empty());
        assert!(texts(&html, ".loket-quick-exit").is_empty());
        assert!(texts(&html, ".loket-error-summary").is_empty());
        assert_eq!(
            attrs(&html, "footer a", "href"),
            ["/toegankelijkheid", "/privacy", "/contact"]
        );
        assert_eq!(
            texts(&html, ".loket-footer__gemeente"),
            ["Gemeente Lansingerland"]
        );
    }

    #[test]
    fn signed_in_shows_mijn_loket_and_a_sign_out_form() {
        let tr = test_tr(Lang::En);
        let html = render(Page::with(
            &tr,
            "Lansingerland",
            "/",
            Some("jan@example.nl"),
            "Home".into(),
        ));
        assert_eq!(attrs(&html, "html", "lang"), ["en"]);
        assert_eq!(texts(&html, "a[hreflang=nl]"), ["Nederlands"]);
        assert_eq!(
            attrs(&html, "a[hreflang=nl]", "href"),
            ["/taal/nl?terug=%2F"]
        );
        assert_eq!(
            attrs(&html, "header a[href='/mijn-loket']", "href").len(),
            1
        );
        assert_eq!(
            attrs(&html, "form[action='/uitloggen']", "method"),
            ["post"]
        );
        assert_eq!(
            attrs(&html, "form[action='/uitloggen'] button", "type"),
            ["submit"]
        );
        assert!(attrs(&html, "header a[href='/inloggen']", "href").is_empty());
        assert!(texts(&html, ".loket-header__person")[0].contains("jan@example.nl"));
    }

    #[test]
    fn errors_prefix_the_title_and_head_the_content() {
        let mut errors = FieldErrors::new();
        errors.add("email", "Vul uw e-mailadres in.".into());
        let tr = test_tr(Lang::Nl);
        let page =
            Page::with(&tr, "Lansingerland", "/inloggen", None, "Inloggen".into()).errors(&errors);
        let html = render(page);
        assert_eq!(texts(&html, "title"), ["Fout: Inloggen - Lansingerland"]);
        assert_eq!(
            attrs(&html, "main > .loket-error-summary a", "href"),
            ["#email"]
        );

        let tr = test_tr(Lang::En);
        let html =
            render(Page::with(&tr, "Lansingerland", "/", None, "Sign in".into()).errors(&errors));
        assert_eq!(texts(&html, "title"), ["Error: Sign in - Lansingerland"]);

        let empty = FieldErrors::new();
        let html =
            render(Page::with(&tr, "Lansingerland", "/", None, "Sign in".into()).errors(&empty));
        assert_eq!(texts(&html, "title"), ["Sign in - Lansingerland"]);
    }

    #[test]
    fn options_back_quick_exit_step_wide() {
        let tr = test_tr(Lang::Nl);
        let page = Page::with(
            &tr,
            "Lansingerland",
            "/melding/2",
            None,
            "Uw situatie".into(),
        )
        .back("/melding/1", "Terug")
        .quick_exit()
        .step(2, 5, "Uw situatie")
        .wide();
        let html = render(page);
        assert_eq!(attrs(&html, "a.loket-back-link", "href"), ["/melding/1"]);
        assert_eq!(
            attrs(&html, ".loket-quick-exit a", "href"),
            [QUICK_EXIT_HREF]
        );
        assert_eq!(attrs(&html, ".loket-quick-exit a", "rel"), ["noreferrer"]);
        // The quick exit comes right after the skip link, before the header.
        let body = Selector::parse("body > *").unwrap();
        let order: Vec<_> = html
            .select(&body)
            .map(|e| e.value().attr("class").unwrap_or_default())
            .collect();
        assert_eq!(
            order[..3],
            ["loket-skip-link", "loket-quick-exit", "loket-header"]
        );
        assert_eq!(
            texts(&html, "main .loket-step"),
            ["Stap 2 van 5 Uw situatie"]
        );
        assert_eq!(
            attrs(&html, "main", "class"),
            ["loket-main loket-main--wide"]
        );
    }

    #[test]
    fn no_scripts_no_inline_styles() {
        let tr = test_tr(Lang::Nl);
        let page = Page::with(&tr, "X", "/", Some("a@b.nl"), "T".into())
            .quick_exit()
            .back("/", "Terug");
        let html = render(page);
        assert!(texts(&html, "script").is_empty());
        for element in html
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            for (name, _) in element.value().attrs() {
                assert!(
                    name != "style" && !name.starts_with("on"),
                    "{name} on {}",
                    element.value().name()
                );
            }
        }
    }
}
