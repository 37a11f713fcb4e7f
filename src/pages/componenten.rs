//! `GET /componenten`: every component of the design system, without and with errors, for testers and
//! reviewers. The page is itself a test: it must be valid HTML with unique ids and pass an accessibility check.
//! Example fields are named `voorbeeld-*` (without error) and `fout-*` (with error), so no ids collide; the
//! forms use GET to this page, so nothing is ever posted.

use maud::{Markup, html};
use time::macros::date;

use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{Tr, msg};
use crate::ui::{
    self, Button, Choice, EventState, Field, InputKind, Notice, SummaryRow, TagKind, TimelineEvent,
    Width,
};

/// The sections of the gallery: (anchor, heading).
const SECTIONS: [(&str, &str); 19] = [
    ("tekstveld", msg::UI_GALLERY_TEXT_INPUT),
    ("tekstvak", msg::UI_GALLERY_TEXTAREA),
    ("keuzerondjes", msg::UI_GALLERY_RADIOS),
    ("vinkjes", msg::UI_GALLERY_CHECKBOXES),
    ("datum", msg::UI_GALLERY_DATE_INPUT),
    ("bestand", msg::UI_GALLERY_FILE_UPLOAD),
    ("keuzelijst", msg::UI_GALLERY_SELECT),
    ("groep", msg::UI_GALLERY_FIELDSET),
    ("knoppen", msg::UI_GALLERY_BUTTONS),
    ("foutoverzicht", msg::UI_GALLERY_ERROR_SUMMARY),
    ("uitleg-en-fout", msg::UI_GALLERY_HINT_ERROR),
    ("antwoorden", msg::UI_GALLERY_SUMMARY_LIST),
    ("bevestiging", msg::UI_GALLERY_PANEL),
    ("mededeling", msg::UI_GALLERY_BANNER),
    ("stap", msg::UI_GALLERY_STEP),
    ("uitklaptekst", msg::UI_GALLERY_DETAILS),
    ("labels", msg::UI_GALLERY_TAGS),
    ("tijdlijn", msg::UI_GALLERY_TIMELINE),
    ("pagina", msg::UI_GALLERY_PAGE),
];

/// `GET /componenten`: the component gallery, with a back link and a quick exit to show those too.
pub async fn show(ctx: Ctx) -> Markup {
    ui::Page::new(&ctx, ctx.t(msg::UI_GALLERY_TITLE))
        .back("/", ctx.t(msg::UI_BACK_LINK))
        .quick_exit()
        .render(content(&ctx.tr))
}

/// The errors of the `fout-*` examples, in page order, as a handler would collect them.
fn example_errors(tr: &Tr) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, message) in [
        ("fout-email", msg::UI_GALLERY_EMAIL_ERROR),
        ("fout-vraag", msg::UI_GALLERY_STORY_ERROR),
        ("fout-hulp", msg::UI_GALLERY_HELP_ERROR),
        ("fout-onderwerp", msg::UI_GALLERY_NEEDS_ERROR),
        ("fout-geboren", msg::UI_GALLERY_BIRTH_ERROR),
        ("fout-bijlage", msg::UI_GALLERY_FILE_ERROR),
        ("fout-contact", msg::UI_GALLERY_SELECT_ERROR),
    ] {
        errors.add(field, tr.t(message));
    }
    errors
}

fn content(tr: &Tr) -> Markup {
    let errors = example_errors(tr);
    let section = |i: usize| {
        let (id, heading) = SECTIONS[i];
        html! { h2 id=(id) { (tr.t(heading)) } }
    };
    html! {
        p { (tr.t(msg::UI_GALLERY_INTRO)) }
        p { (tr.t(msg::UI_GALLERY_INTRO_FORMS)) }
        nav aria-labelledby="inhoudsopgave" {
            h2 id="inhoudsopgave" { (tr.t(msg::UI_GALLERY_CONTENTS)) }
            ul {
                @for (id, heading) in SECTIONS {
                    li { a href={ "#" (id) } { (tr.t(heading)) } }
                }
            }
        }

        (section(0))
        (example(tr, "voorbeeld-tekstveld", html! {
            (Field::new("voorbeeld-naam", tr.t(msg::UI_GALLERY_NAME_LABEL))
                .hint(tr.t(msg::UI_GALLERY_NAME_HINT)).autocomplete("name").input(tr, InputKind::Text))
            (Field::new("voorbeeld-email", tr.t(msg::UI_GALLERY_EMAIL_LABEL))
                .autocomplete("email").input(tr, InputKind::Email))
            (Field::new("voorbeeld-telefoon", tr.t(msg::UI_GALLERY_PHONE_LABEL))
                .autocomplete("tel").width(Width::Chars20).input(tr, InputKind::Tel))
            (Field::new("voorbeeld-huisnummer", tr.t(msg::UI_GALLERY_HOUSE_NUMBER_LABEL))
                .width(Width::Chars4).input(tr, InputKind::Numeric))
            (Field::new("voorbeeld-bedrag", tr.t(msg::UI_GALLERY_AMOUNT_LABEL))
                .width(Width::Chars10).input(tr, InputKind::Decimal))
        }))
        (error_example(tr, "fout-tekstveld", html! {
            (Field::new("fout-email", tr.t(msg::UI_GALLERY_EMAIL_LABEL))
                .value("jan@voorbeeld").errors(&errors).autocomplete("email").input(tr, InputKind::Email))
        }))

        (section(1))
        (example(tr, "voorbeeld-tekstvak", html! {
            (Field::new("voorbeeld-vraag", tr.t(msg::UI_GALLERY_STORY_LABEL))
                .hint(tr.t(msg::UI_GALLERY_STORY_HINT)).textarea(tr, 5, Some(500)))
        }))
        (error_example(tr, "fout-tekstvak", html! {
            (Field::new("fout-vraag", tr.t(msg::UI_GALLERY_STORY_LABEL))
                .hint(tr.t(msg::UI_GALLERY_STORY_HINT)).errors(&errors).textarea(tr, 5, Some(500)))
        }))

        (section(2))
        (example(tr, "voorbeeld-keuzerondjes", html! {
            (Field::new("voorbeeld-hulp", tr.t(msg::UI_GALLERY_HELP_LABEL)).value("ja").radios(tr, &help_choices(tr)))
        }))
        (error_example(tr, "fout-keuzerondjes", html! {
            (Field::new("fout-hulp", tr.t(msg::UI_GALLERY_HELP_LABEL)).errors(&errors).radios(tr, &help_choices(tr)))
        }))

        (section(3))
        (example(tr, "voorbeeld-vinkjes", html! {
            (Field::new("voorbeeld-onderwerp", tr.t(msg::UI_GALLERY_NEEDS_LABEL))
                .hint(tr.t(msg::UI_GALLERY_NEEDS_HINT)).checkboxes(tr, &needs_choices(tr), &["huishouden", "vervoer"]))
        }))
        (error_example(tr, "fout-vinkjes", html! {
            (Field::new("fout-onderwerp", tr.t(msg::UI_GALLERY_NEEDS_LABEL))
                .hint(tr.t(msg::UI_GALLERY_NEEDS_HINT)).errors(&errors).checkboxes::<&str>(tr, &needs_choices(tr), &[]))
        }))

        (section(4))
        (example(tr, "voorbeeld-datum", html! {
            (Field::new("voorbeeld-begin", tr.t(msg::UI_GALLERY_START_LABEL)).date(tr, "", "", ""))
        }))
        (error_example(tr, "fout-datum", html! {
            (Field::new("fout-geboren", tr.t(msg::UI_GALLERY_BIRTH_LABEL)).hint(tr.t(msg::UI_GALLERY_BIRTH_HINT))
                .autocomplete("bday").errors(&errors).date(tr, "31", "2", "1956"))
        }))

        (section(5))
        (example(tr, "voorbeeld-bestand", html! {
            (Field::new("voorbeeld-bijlage", tr.t(msg::UI_GALLERY_FILE_LABEL))
                .hint(tr.t(msg::UI_GALLERY_FILE_HINT)).file(tr, ".pdf,.jpg,.jpeg,.png", 10))
        }))
        (error_example(tr, "fout-bestand", html! {
            (Field::new("fout-bijlage", tr.t(msg::UI_GALLERY_FILE_LABEL))
                .hint(tr.t(msg::UI_GALLERY_FILE_HINT)).errors(&errors).file(tr, ".pdf,.jpg,.jpeg,.png", 10))
        }))

        (section(6))
        (example(tr, "voorbeeld-keuzelijst", html! {
            (Field::new("voorbeeld-contact", tr.t(msg::UI_GALLERY_SELECT_LABEL)).value("email")
                .select(tr, &contact_choices(tr)))
        }))
        (error_example(tr, "fout-keuzelijst", html! {
            (Field::new("fout-contact", tr.t(msg::UI_GALLERY_SELECT_LABEL)).errors(&errors)
                .select(tr, &contact_choices(tr)))
        }))

        (section(7))
        (example(tr, "voorbeeld-groep", ui::fieldset(
            "voorbeeld-adres",
            &tr.t(msg::UI_GALLERY_ADDRESS_LEGEND),
            Some(&tr.t(msg::UI_GALLERY_ADDRESS_HINT)),
            html! {
                (Field::new("voorbeeld-straat", tr.t(msg::UI_GALLERY_STREET_LABEL))
                    .autocomplete("address-line1").input(tr, InputKind::Text))
                (Field::new("voorbeeld-postcode", tr.t(msg::UI_GALLERY_POSTCODE_LABEL))
                    .autocomplete("postal-code").width(Width::Chars10).input(tr, InputKind::Text))
                (Field::new("voorbeeld-woonplaats", tr.t(msg::UI_GALLERY_CITY_LABEL))
                    .autocomplete("address-level2").width(Width::Chars20).input(tr, InputKind::Text))
            },
        )))

        (section(8))
        form method="get" action="/componenten" {
            (ui::button_group(html! {
                (Button::primary(tr.t(msg::UI_GALLERY_SEND)))
                (Button::secondary(tr.t(msg::UI_GALLERY_BUTTON_SECONDARY)).name_value("actie", "opslaan"))
                (Button::warning(tr.t(msg::UI_GALLERY_BUTTON_WARNING)).name_value("actie", "verwijderen"))
            }))
        }
        (ui::button_group(html! { (Button::primary(tr.t(msg::UI_GALLERY_BUTTON_LINK)).link("#knoppen")) }))

        (section(9))
        (ui::error_summary(tr, &errors))

        (section(10))
        (ui::hint("voorbeeld-los-hint", &tr.t(msg::UI_GALLERY_STANDALONE_HINT)))
        (ui::error_message(tr, "voorbeeld-los-fout", &tr.t(msg::UI_GALLERY_STANDALONE_ERROR)))

        (section(11))
        (ui::summary_list(tr, &[
            SummaryRow::new(tr.t(msg::UI_GALLERY_NAME_LABEL), "Jan Jansen").change("#voorbeeld-naam"),
            SummaryRow::new(tr.t(msg::UI_GALLERY_EMAIL_LABEL), "jan@voorbeeld.nl").change("#voorbeeld-email"),
            SummaryRow::new(
                tr.t(msg::UI_GALLERY_SUMMARY_ADDRESS),
                html! { "Dorpsstraat 1" br; "2651 AB Berkel en Rodenrijs" },
            ).change("#voorbeeld-straat"),
            SummaryRow::new(tr.t(msg::UI_GALLERY_HELP_LABEL), tr.t(msg::UI_GALLERY_HELP_YES)),
        ]))

        (section(12))
        (ui::panel(&tr.t(msg::UI_GALLERY_PANEL_TITLE), html! {
            (tr.t(msg::UI_GALLERY_PANEL_BODY)) br; strong { "WMO-2026-0042" }
        }))

        (section(13))
        (ui::notification_banner(tr, Notice::Info, html! { p { (tr.t(msg::UI_GALLERY_BANNER_INFO)) } }))
        (ui::notification_banner(tr, Notice::Success, html! { p { (tr.t(msg::UI_GALLERY_BANNER_SUCCESS)) } }))

        (section(14))
        (ui::step_indicator(tr, 2, 5, &tr.t(msg::UI_GALLERY_STEP_NAME)))

        (section(15))
        (ui::details(&tr.t(msg::UI_GALLERY_DETAILS_SUMMARY), html! { p { (tr.t(msg::UI_GALLERY_DETAILS_TEXT)) } }))

        (section(16))
        ul.loket-list-plain {
            @for (kind, label) in [
                (TagKind::Neutral, msg::UI_GALLERY_TAG_NEUTRAL),
                (TagKind::Info, msg::UI_GALLERY_TAG_INFO),
                (TagKind::Success, msg::UI_GALLERY_TAG_SUCCESS),
                (TagKind::Warning, msg::UI_GALLERY_TAG_WARNING),
                (TagKind::Error, msg::UI_GALLERY_TAG_ERROR),
            ] {
                li { (ui::tag(kind, &tr.t(label))) }
            }
        }

        (section(17))
        (ui::timeline(tr, &[
            TimelineEvent::new(EventState::Past, tr.t(msg::UI_GALLERY_TIMELINE_RECEIVED))
                .date(date!(2026 - 03 - 02)).text(tr.t(msg::UI_GALLERY_TIMELINE_RECEIVED_TEXT)),
            TimelineEvent::new(EventState::Current, tr.t(msg::UI_GALLERY_TIMELINE_TALK))
                .date(date!(2026 - 03 - 16)).text(tr.t(msg::UI_GALLERY_TIMELINE_TALK_TEXT)),
            TimelineEvent::new(EventState::Next, tr.t(msg::UI_GALLERY_TIMELINE_DECISION))
                .text(tr.t(msg::UI_GALLERY_TIMELINE_DECISION_TEXT)),
        ]))

        (section(18))
        p { (tr.t(msg::UI_GALLERY_PAGE_TEXT)) }
    }
}

/// An example without errors: a caption and a form that sends to this page.
fn example(tr: &Tr, id: &str, fields: Markup) -> Markup {
    captioned(tr, id, msg::UI_GALLERY_NORMAL, fields)
}

/// The same example with an error.
fn error_example(tr: &Tr, id: &str, fields: Markup) -> Markup {
    captioned(tr, id, msg::UI_GALLERY_WITH_ERROR, fields)
}

fn captioned(tr: &Tr, id: &str, caption: &str, fields: Markup) -> Markup {
    html! {
        h3 id=(id) { (tr.t(caption)) }
        form.loket-example method="get" action="/componenten" {
            (fields)
            (Button::primary(tr.t(msg::UI_GALLERY_SEND)))
        }
    }
}

fn help_choices(tr: &Tr) -> [Choice<'static>; 2] {
    [
        Choice::new("ja", tr.t(msg::UI_GALLERY_HELP_YES)).hint(tr.t(msg::UI_GALLERY_HELP_YES_HINT)),
        Choice::new("nee", tr.t(msg::UI_GALLERY_HELP_NO)),
    ]
}

fn needs_choices(tr: &Tr) -> [Choice<'static>; 3] {
    [
        Choice::new("huishouden", tr.t(msg::UI_GALLERY_NEEDS_HOUSEHOLD)),
        Choice::new("bewegen", tr.t(msg::UI_GALLERY_NEEDS_MOVING)),
        Choice::new("vervoer", tr.t(msg::UI_GALLERY_NEEDS_TRANSPORT)),
    ]
}

fn contact_choices(tr: &Tr) -> [Choice<'static>; 4] {
    [
        Choice::new("", tr.t(msg::UI_GALLERY_SELECT_CHOOSE)),
        Choice::new("telefoon", tr.t(msg::UI_GALLERY_SELECT_PHONE)),
        Choice::new("email", tr.t(msg::UI_GALLERY_SELECT_EMAIL)),
        Choice::new("brief", tr.t(msg::UI_GALLERY_SELECT_LETTER)),
    ]
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use std::collections::BTreeSet;

    use scraper::{Html, Selector};

    use super::*;
    use crate::i18n::{I18n, Lang};

    fn gallery(lang: Lang) -> Html {
        let tr = Tr::new(I18n::load().unwrap(), lang);
        Html::parse_fragment(&content(&tr).into_string())
    }

    #[test]
    fn ids_are_unique_and_every_reference_resolves() {
        for lang in Lang::ALL {
            let html = gallery(lang);
            let all = Selector::parse("*").unwrap();
            let mut ids = BTreeSet::new();
            for element in html.select(&all) {
                if let Some(id) = element.value().attr("id") {
                    assert!(ids.insert(id.to_owned()), "{lang:?}: id {id} twice");
                }
            }
            for element in html.select(&all) {
                let v = element.value();
                let refs = ["for", "aria-describedby", "aria-labelledby"]
                    .iter()
                    .filter_map(|a| v.attr(a))
                    .flat_map(str::split_whitespace)
                    .chain(v.attr("href").and_then(|h| h.strip_prefix('#')));
                for id in refs {
                    assert!(
                        ids.contains(id),
                        "{lang:?}: {} refers to missing id {id}",
                        v.name()
                    );
                }
            }
        }
    }

    #[test]
    fn every_form_stays_on_this_page() {
        let html = gallery(Lang::Nl);
        let forms = Selector::parse("form").unwrap();
        assert!(html.select(&forms).count() > 10);
        for form in html.select(&forms) {
            assert_eq!(form.value().attr("method"), Some("get"));
            assert_eq!(form.value().attr("action"), Some("/componenten"));
        }
    }

    #[test]
    fn errors_appear_only_in_error_examples() {
        let html = gallery(Lang::Nl);
        let invalid = Selector::parse("[aria-invalid=true]").unwrap();
        for element in html.select(&invalid) {
            let id = element.value().attr("id").unwrap();
            assert!(id.starts_with("fout-"), "{id}");
        }
        let summary = Selector::parse(".loket-error-summary a").unwrap();
        assert_eq!(html.select(&summary).count(), 7);
    }
}
