#![allow(clippy::unwrap_used, clippy::expect_used)]

use scraper::{Html, Selector};

use super::*;
use crate::i18n::Lang;
use crate::ui::test_tr;

fn parse(markup: Markup) -> Html {
    Html::parse_fragment(&markup.into_string())
}

fn attrs(html: &Html, css: &str, attr: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .map(|e| e.value().attr(attr).unwrap_or_default().to_owned())
        .collect()
}

fn text(html: &Html, css: &str) -> String {
    let selector = Selector::parse(css).unwrap();
    let texts: Vec<String> = html
        .select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect();
    texts
        .join("|")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn errors(field: &str, message: &str) -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.add(field, message.to_owned());
    errors
}

#[test]
fn text_input_label_matches_id_and_no_error_means_valid() {
    let tr = test_tr(Lang::Nl);
    let html = parse(
        Field::new("naam", "Naam")
            .value("Jan")
            .input(&tr, InputKind::Text),
    );
    assert_eq!(attrs(&html, "label", "for"), ["naam"]);
    assert_eq!(attrs(&html, "input", "id"), ["naam"]);
    assert_eq!(attrs(&html, "input", "name"), ["naam"]);
    assert_eq!(attrs(&html, "input", "value"), ["Jan"]);
    assert!(attrs(&html, "input[aria-invalid]", "id").is_empty());
    assert!(attrs(&html, "input[aria-describedby]", "id").is_empty());
    assert!(attrs(&html, ".loket-form-group--error", "class").is_empty());
}

#[test]
fn text_input_with_hint_and_error_is_described_by_both() {
    let tr = test_tr(Lang::Nl);
    let errs = errors("email", "Vul uw e-mailadres in.");
    let field = Field::new("email", "E-mailadres")
        .hint("Wij sturen u een link.")
        .errors(&errs);
    let html = parse(field.autocomplete("email").input(&tr, InputKind::Email));
    assert_eq!(
        attrs(&html, "input", "aria-describedby"),
        ["email-hint email-fout"]
    );
    assert_eq!(attrs(&html, "input", "aria-invalid"), ["true"]);
    assert_eq!(attrs(&html, "input", "type"), ["email"]);
    assert_eq!(attrs(&html, "input", "autocomplete"), ["email"]);
    assert_eq!(text(&html, "#email-hint"), "Wij sturen u een link.");
    assert_eq!(text(&html, "#email-fout"), "Fout: Vul uw e-mailadres in.");
    assert_eq!(text(&html, "#email-fout .visually-hidden"), "Fout:");

    let en = parse(
        Field::new("email", "E-mail")
            .errors(&errs)
            .input(&test_tr(Lang::En), InputKind::Email),
    );
    assert_eq!(text(&en, "#email-fout"), "Error: Vul uw e-mailadres in.");
    assert_eq!(attrs(&en, "input", "aria-describedby"), ["email-fout"]);
}

#[test]
fn an_error_of_another_field_is_not_shown() {
    let tr = test_tr(Lang::Nl);
    let errs = errors("anders", "Fout elders");
    let html = parse(
        Field::new("naam", "Naam")
            .errors(&errs)
            .input(&tr, InputKind::Text),
    );
    assert!(attrs(&html, "input[aria-invalid]", "id").is_empty());
    assert_eq!(text(&html, ".loket-error-message"), "");
}

#[test]
fn numbers_are_text_with_a_numeric_keypad() {
    let tr = test_tr(Lang::Nl);
    let html = parse(
        Field::new("bsn", "BSN")
            .width(Width::Chars10)
            .input(&tr, InputKind::Numeric),
    );
    assert_eq!(attrs(&html, "input", "type"), ["text"]);
    assert_eq!(attrs(&html, "input", "inputmode"), ["numeric"]);
    assert_eq!(
        attrs(&html, "input", "class"),
        ["loket-input loket-input--w10"]
    );
}

#[test]
fn textarea_tells_its_limit_in_the_hint() {
    let tr = test_tr(Lang::Nl);
    let html = parse(
        Field::new("uitleg", "Uitleg")
            .hint("Vertel het kort.")
            .value("tekst")
            .textarea(&tr, 5, Some(500)),
    );
    assert_eq!(attrs(&html, "label", "for"), ["uitleg"]);
    assert_eq!(attrs(&html, "textarea", "id"), ["uitleg"]);
    assert_eq!(attrs(&html, "textarea", "rows"), ["5"]);
    assert_eq!(
        attrs(&html, "textarea", "aria-describedby"),
        ["uitleg-hint"]
    );
    assert!(
        attrs(&html, "textarea", "maxlength")
            .iter()
            .all(String::is_empty)
    );
    assert!(text(&html, "#uitleg-hint").starts_with("Vertel het kort. "));
    assert!(text(&html, "#uitleg-hint").contains("500"));
    assert_eq!(text(&html, "textarea"), "tekst");
}

#[test]
fn radios_number_their_ids_and_sit_in_a_fieldset() {
    let tr = test_tr(Lang::Nl);
    let errs = errors("hulp", "Kies een antwoord.");
    let choices = [
        Choice::new("ja", "Ja"),
        Choice::new("nee", "Nee").hint("Dat mag ook."),
        Choice::new("weet-niet", "Weet ik niet"),
    ];
    let html = parse(
        Field::new("hulp", "Heeft u hulp?")
            .value("nee")
            .errors(&errs)
            .radios(&tr, &choices),
    );
    assert_eq!(attrs(&html, "input", "id"), ["hulp", "hulp-2", "hulp-3"]);
    assert_eq!(attrs(&html, "input", "name"), ["hulp", "hulp", "hulp"]);
    assert_eq!(attrs(&html, "label", "for"), ["hulp", "hulp-2", "hulp-3"]);
    assert_eq!(attrs(&html, "input[checked]", "value"), ["nee"]);
    assert_eq!(text(&html, "fieldset > legend"), "Heeft u hulp?");
    assert_eq!(attrs(&html, "fieldset", "aria-describedby"), ["hulp-fout"]);
    assert_eq!(
        attrs(&html, "input[aria-describedby]", "aria-describedby"),
        ["hulp-2-uitleg"]
    );
    assert_eq!(text(&html, "#hulp-2-uitleg"), "Dat mag ook.");
    assert_eq!(
        attrs(&html, "input", "aria-invalid"),
        ["true", "true", "true"]
    );
    assert_eq!(attrs(&html, "input", "type"), ["radio", "radio", "radio"]);
}

#[test]
fn checkboxes_keep_every_checked_value() {
    let tr = test_tr(Lang::Nl);
    let choices = [
        Choice::new("a", "A"),
        Choice::new("b", "B"),
        Choice::new("c", "C"),
    ];
    let html = parse(
        Field::new("wat", "Wat?")
            .hint("Kies alles wat past.")
            .checkboxes(&tr, &choices, &["a", "c"]),
    );
    assert_eq!(attrs(&html, "input", "id"), ["wat", "wat-2", "wat-3"]);
    assert_eq!(attrs(&html, "input[checked]", "value"), ["a", "c"]);
    assert_eq!(attrs(&html, "fieldset", "aria-describedby"), ["wat-hint"]);
    assert!(attrs(&html, "input[aria-invalid]", "id").is_empty());
}

#[test]
fn date_input_has_three_numeric_fields() {
    let tr = test_tr(Lang::Nl);
    let errs = errors("geboren", "Vul een datum in.");
    let field = Field::new("geboren", "Geboortedatum")
        .autocomplete("bday")
        .errors(&errs);
    let html = parse(field.date(&tr, "27", "3", ""));
    assert_eq!(
        attrs(&html, "input", "id"),
        ["geboren", "geboren-maand", "geboren-jaar"]
    );
    assert_eq!(
        attrs(&html, "input", "name"),
        ["geboren-dag", "geboren-maand", "geboren-jaar"]
    );
    assert_eq!(
        attrs(&html, "label", "for"),
        ["geboren", "geboren-maand", "geboren-jaar"]
    );
    assert_eq!(attrs(&html, "input", "value"), ["27", "3", ""]);
    assert_eq!(attrs(&html, "input", "inputmode"), ["numeric"; 3]);
    assert_eq!(
        attrs(&html, "input", "autocomplete"),
        ["bday-day", "bday-month", "bday-year"]
    );
    assert_eq!(
        attrs(&html, "fieldset", "aria-describedby"),
        ["geboren-hint geboren-fout"]
    );
    assert_eq!(text(&html, "#geboren-hint"), "Bijvoorbeeld 27 3 2026");
    assert_eq!(attrs(&html, "input", "aria-invalid"), ["true"; 3]);
}

#[test]
fn file_upload_tells_size_and_types() {
    let tr = test_tr(Lang::Nl);
    let html = parse(Field::new("bijlage", "Bijlage").file(&tr, ".pdf,.jpg", 10));
    assert_eq!(attrs(&html, "input", "type"), ["file"]);
    assert_eq!(attrs(&html, "input", "accept"), [".pdf,.jpg"]);
    assert_eq!(attrs(&html, "input", "aria-describedby"), ["bijlage-hint"]);
    assert!(text(&html, "#bijlage-hint").contains("10 MB"));
}

#[test]
fn select_marks_the_chosen_option() {
    let tr = test_tr(Lang::Nl);
    let choices = [
        Choice::new("", "Kies"),
        Choice::new("1", "Een"),
        Choice::new("2", "Twee"),
    ];
    let errs = errors("keuze", "Kies een optie.");
    let html = parse(
        Field::new("keuze", "Keuze")
            .value("2")
            .errors(&errs)
            .select(&tr, &choices),
    );
    assert_eq!(attrs(&html, "label", "for"), ["keuze"]);
    assert_eq!(attrs(&html, "select", "id"), ["keuze"]);
    assert_eq!(attrs(&html, "option[selected]", "value"), ["2"]);
    assert_eq!(attrs(&html, "select", "aria-invalid"), ["true"]);
    assert_eq!(attrs(&html, "select", "aria-describedby"), ["keuze-fout"]);
}

#[test]
fn values_and_labels_are_escaped() {
    let tr = test_tr(Lang::Nl);
    // An element a resident might type into a field, to see that it comes back as text.
    let element = "<object>";
    let html = Field::new("x", "<b>")
        .value(format!("\">{element}"))
        .input(&tr, InputKind::Text)
        .into_string();
    assert!(
        !html.contains(element) && !html.contains("<b>") && html.contains("&lt;object&gt;"),
        "{html}"
    );
}
