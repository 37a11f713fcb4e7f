//! Components that sum things up: the error summary, the summary list of a check-your-answers page, and the
//! timeline of a case, and its history for staff.

use maud::{Markup, Render, html};
use time::{Date, OffsetDateTime};

use crate::form::FieldErrors;
use crate::i18n::{Tr, datum, msg, tijdstip};

/// The error summary at the top of a page with form errors: "Er is een probleem" and a link per error to its
/// field (`#<name>`, the id of the field's first input). Renders nothing when there are no errors.
/// [`crate::ui::Page::errors`] places it; call it yourself only outside a [`crate::ui::Page`].
pub fn error_summary(tr: &Tr, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            // tabindex="-1" lets a link from elsewhere on the page move focus here (WCAG 2.4.3).
            div.loket-error-summary role="alert" aria-labelledby="loket-error-summary-titel" tabindex="-1" {
                h2.loket-error-summary__title id="loket-error-summary-titel" { (tr.t(msg::UI_ERROR_SUMMARY_TITLE)) }
                ul.loket-error-summary__list {
                    @for error in errors.iter() {
                        li { a href={ "#" (error.field) } { (error.message) } }
                    }
                }
            }
        }
    }
}

/// One row of a summary list: a question, the answer, and optionally a link to change it.
#[derive(Clone, Debug)]
pub struct SummaryRow {
    key: String,
    value: Markup,
    change: Option<String>,
}

impl SummaryRow {
    /// A row with a key ("Naam") and a value: text, or markup for an answer of several lines.
    pub fn new(key: impl Into<String>, value: impl Render) -> Self {
        SummaryRow {
            key: key.into(),
            value: value.render(),
            change: None,
        }
    }

    /// Adds a "Wijzig" link to `href`; screen readers hear "Wijzig <key>" (WCAG 2.4.4).
    pub fn change(mut self, href: impl Into<String>) -> Self {
        self.change = Some(href.into());
        self
    }
}

/// A summary list (`<dl>`): the answers of a form on its check-your-answers page.
pub fn summary_list(tr: &Tr, rows: &[SummaryRow]) -> Markup {
    html! {
        dl.loket-summary-list {
            @for row in rows {
                div.loket-summary-list__row {
                    dt.loket-summary-list__key { (row.key) }
                    dd.loket-summary-list__value { (row.value) }
                    @if let Some(href) = &row.change {
                        dd.loket-summary-list__actions {
                            a href=(href) {
                                (tr.t(msg::UI_SUMMARY_LIST_CHANGE))
                                span.visually-hidden { " " (row.key) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Where an event of a timeline stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventState {
    /// Done.
    Past,
    /// Happening now; marked `aria-current="step"`.
    Current,
    /// Still to come.
    Next,
}

/// One event of a timeline.
#[derive(Clone, Debug)]
pub struct TimelineEvent {
    state: EventState,
    title: String,
    date: Option<Date>,
    text: Option<String>,
    body: Option<Markup>,
}

impl TimelineEvent {
    /// An event with its state and title ("Melding ontvangen").
    pub fn new(state: EventState, title: impl Into<String>) -> Self {
        TimelineEvent {
            state,
            title: title.into(),
            date: None,
            text: None,
            body: None,
        }
    }

    /// The date it happened or is due.
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// A sentence or two of explanation.
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into());
        self
    }

    /// More under the event, after its date and text: a due date, sentences with links (paragraphs of class
    /// `loket-timeline__text`).
    pub fn body(mut self, body: Markup) -> Self {
        self.body = Some(body);
        self
    }
}

/// A timeline: an ordered list of events, the one timeline of every case page. The state of each event is said
/// in words before its title ("Gedaan:", "Nu:", "Hierna:"), and shown by the shape of its marker, not by colour
/// alone (WCAG 1.4.1); the current one is marked for screen readers too.
pub fn timeline(tr: &Tr, events: &[TimelineEvent]) -> Markup {
    html! {
        ol.loket-timeline {
            @for event in events {
                @let (class, state, current) = match event.state {
                    EventState::Past => ("loket-timeline__item loket-timeline__item--past", msg::UI_TIMELINE_PAST, None),
                    EventState::Current => ("loket-timeline__item loket-timeline__item--current", msg::UI_TIMELINE_CURRENT, Some("step")),
                    EventState::Next => ("loket-timeline__item loket-timeline__item--next", msg::UI_TIMELINE_NEXT, None),
                };
                li class=(class) aria-current=[current] {
                    p.loket-timeline__title {
                        span.loket-timeline__state { (tr.t(state)) } " " (event.title)
                    }
                    @if let Some(date) = event.date {
                        p.loket-timeline__date { time datetime=(date) { (datum(date, tr.lang())) } }
                    }
                    @if let Some(text) = &event.text { p.loket-timeline__text { (text) } }
                    @if let Some(body) = &event.body { (body) }
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use scraper::{Html, Selector};
    use time::macros::date;

    use super::*;
    use crate::i18n::Lang;
    use crate::ui::test_tr;

    fn select(html: &Html, css: &str) -> Vec<String> {
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

    #[test]
    fn error_summary_links_to_the_fields_in_order() {
        let tr = test_tr(Lang::Nl);
        assert_eq!(error_summary(&tr, &FieldErrors::new()).into_string(), "");
        let mut errors = FieldErrors::new();
        errors.add("naam", "Vul uw naam in.".to_owned());
        errors.add("geboren", "Vul uw geboortedatum in.".to_owned());
        let html = Html::parse_fragment(&error_summary(&tr, &errors).into_string());
        let links: Vec<_> = html
            .select(&Selector::parse(".loket-error-summary a").unwrap())
            .map(|a| a.value().attr("href").unwrap().to_owned())
            .collect();
        assert_eq!(links, ["#naam", "#geboren"]);
        assert_eq!(
            select(&html, "#loket-error-summary-titel"),
            ["Er is een probleem"]
        );
        assert_eq!(
            select(&html, "li"),
            ["Vul uw naam in.", "Vul uw geboortedatum in."]
        );
    }

    #[test]
    fn summary_list_change_links_name_their_row() {
        let tr = test_tr(Lang::Nl);
        let rows = [
            SummaryRow::new("Naam", "Jan").change("/stap/1#naam"),
            SummaryRow::new("Telefoon", "-"),
        ];
        let html = Html::parse_fragment(&summary_list(&tr, &rows).into_string());
        assert_eq!(select(&html, "dt"), ["Naam", "Telefoon"]);
        assert_eq!(
            select(&html, ".loket-summary-list__actions a"),
            ["Wijzig Naam"]
        );
        assert_eq!(
            select(&html, ".loket-summary-list__actions .visually-hidden"),
            ["Naam"]
        );
    }

    #[test]
    fn timeline_says_each_state() {
        let tr = test_tr(Lang::Nl);
        let events = [
            TimelineEvent::new(EventState::Past, "Melding ontvangen").date(date!(2026 - 03 - 02)),
            TimelineEvent::new(EventState::Current, "Gesprek").text("We bellen u."),
            TimelineEvent::new(EventState::Next, "Besluit"),
        ];
        let html = Html::parse_fragment(&timeline(&tr, &events).into_string());
        assert_eq!(select(&html, "ol > li").len(), 3);
        assert_eq!(
            select(&html, "li[aria-current=step] .loket-timeline__title").len(),
            1
        );
        assert_eq!(select(&html, "time"), ["2 maart 2026"]);
        let datetimes: Vec<_> = html
            .select(&Selector::parse("time").unwrap())
            .map(|t| t.value().attr("datetime").unwrap())
            .collect();
        assert_eq!(datetimes, ["2026-03-02"]);
        assert_eq!(
            select(&html, ".loket-timeline__title"),
            [
                "Gedaan: Melding ontvangen",
                "Nu: Gesprek",
                "Hierna: Besluit"
            ]
        );
    }
}

/// One row of a case's history for staff: when, who, and what happened.
#[derive(Clone, Debug)]
pub struct HistoryRow {
    pub op: OffsetDateTime,
    pub wie: String,
    pub wat: Markup,
}

/// The history of a case for staff: a table of every step, oldest first (`#geschiedenis`). Each cell carries its column's
/// name, so that on a small screen the rows read as labelled blocks.
pub fn history(tr: &Tr, rows: &[HistoryRow]) -> Markup {
    if rows.is_empty() {
        return html! { p { (tr.t(msg::BACKOFFICE_GESCHIEDENIS_LEEG)) } };
    }
    let kolommen = [
        tr.t(msg::BACKOFFICE_KOLOM_WANNEER),
        tr.t(msg::BACKOFFICE_KOLOM_WIE),
        tr.t(msg::BACKOFFICE_KOLOM_WAT),
    ];
    html! {
        table.loket-table #geschiedenis {
            caption { (tr.t(msg::BACKOFFICE_GESCHIEDENIS_CAPTION)) }
            thead { tr { @for kolom in &kolommen { th scope="col" { (kolom) } } } }
            tbody {
                @for row in rows {
                    tr {
                        th scope="row" data-label=(kolommen[0]) { (tijdstip(row.op, tr.lang())) }
                        td data-label=(kolommen[1]) { (row.wie) }
                        td data-label=(kolommen[2]) { (row.wat) }
                    }
                }
            }
        }
    }
}
