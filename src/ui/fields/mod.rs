//! Form fields. One [`Field`] describes the question (name, label, hint, value, error); a method renders it
//! as the control it needs: [`Field::input`], [`Field::textarea`], [`Field::radios`], [`Field::checkboxes`],
//! [`Field::date`], [`Field::file`] or [`Field::select`].
//!
//! ```ignore
//! Field::new("email", ctx.t(msg::AUTH_EMAIL_LABEL))
//!     .hint(ctx.t(msg::AUTH_EMAIL_HINT))
//!     .value(&input.email)
//!     .errors(&errors)
//!     .autocomplete("email")
//!     .input(&ctx.tr, InputKind::Email)
//! ```

use maud::{Markup, html};

use crate::form::FieldErrors;
use crate::i18n::{Tr, msg};

/// What kind of text a text input takes; decides `type` and `inputmode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Free text.
    Text,
    /// An e-mail address: the e-mail keyboard, no spelling check.
    Email,
    /// A telephone number: the phone keypad.
    Tel,
    /// Whole numbers (BSN, house number, amount in euros): the digit keypad on `type="text"`, because
    /// `type="number"` rounds, scrolls on the mouse wheel and drops leading zeros.
    Numeric,
    /// Numbers with a decimal comma (amounts with cents).
    Decimal,
}

/// The width of a text input, for answers of a known length: a narrow field tells what is expected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Width {
    /// The full width of the text column.
    #[default]
    Full,
    /// About 20 characters (a name, a city).
    Chars20,
    /// About 10 characters (a postcode, a phone number).
    Chars10,
    /// About 4 characters (a year, a house number).
    Chars4,
    /// About 2 characters (a day or month).
    Chars2,
}

impl Width {
    fn class(self) -> Option<&'static str> {
        match self {
            Width::Full => None,
            Width::Chars20 => Some("loket-input--w20"),
            Width::Chars10 => Some("loket-input--w10"),
            Width::Chars4 => Some("loket-input--w4"),
            Width::Chars2 => Some("loket-input--w2"),
        }
    }
}

/// One option of radios, checkboxes or a select.
#[derive(Clone, Debug)]
pub struct Choice<'a> {
    value: &'a str,
    label: String,
    hint: Option<String>,
}

impl<'a> Choice<'a> {
    /// An option with the value sent with the form and the label the resident sees.
    pub fn new(value: &'a str, label: impl Into<String>) -> Self {
        Choice {
            value,
            label: label.into(),
            hint: None,
        }
    }

    /// A short explanation under the option's label (radios and checkboxes; a select cannot show it).
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// A question in a form. The label is required: every control gets an accessible name.
#[derive(Clone, Debug)]
pub struct Field<'a> {
    name: &'a str,
    label: String,
    hint: Option<String>,
    value: String,
    error: Option<&'a str>,
    autocomplete: Option<&'a str>,
    width: Width,
}

impl<'a> Field<'a> {
    /// A field with its `name` (also the id of its first input) and its label (the legend for a group).
    pub fn new(name: &'a str, label: impl Into<String>) -> Self {
        Field {
            name,
            label: label.into(),
            hint: None,
            value: String::new(),
            error: None,
            autocomplete: None,
            width: Width::Full,
        }
    }

    /// A short explanation under the label, read out with the field.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The current answer: what the resident typed, echoed after an error, or the stored value. For radios and
    /// selects it is the chosen value.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }

    /// Takes this field's error, if any, from the form's errors (looked up by the field's name).
    pub fn errors(mut self, errors: &'a FieldErrors) -> Self {
        self.error = errors.get(self.name);
        self
    }

    /// The `autocomplete` token (WCAG 1.3.5): `name`, `email`, `tel`, `postal-code`, `bday` ...
    /// On a date input `bday` becomes `bday-day`, `bday-month` and `bday-year`.
    pub fn autocomplete(mut self, token: &'a str) -> Self {
        self.autocomplete = Some(token);
        self
    }

    /// A narrower text input, for answers of a known length.
    pub fn width(mut self, width: Width) -> Self {
        self.width = width;
        self
    }

    fn hint_id(&self) -> String {
        format!("{}-hint", self.name)
    }

    fn error_id(&self) -> String {
        format!("{}-fout", self.name)
    }

    /// The ids that describe the field: its hint (if shown) and its error (if any), in reading order.
    fn described_by(&self, has_hint: bool) -> Option<String> {
        let ids: Vec<String> = [
            has_hint.then(|| self.hint_id()),
            self.error.map(|_| self.error_id()),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The classes of a text input: its width, and the error border when the field has an error.
    fn input_class(&self, width: Width) -> String {
        let mut class = String::from("loket-input");
        for extra in [width.class(), self.error.map(|_| "loket-input--error")]
            .into_iter()
            .flatten()
        {
            class.push(' ');
            class.push_str(extra);
        }
        class
    }

    fn invalid(&self) -> Option<&'static str> {
        self.error.map(|_| "true")
    }

    /// The hint with an extra sentence (a limit) behind it, if either exists.
    fn hint_with(&self, extra: Option<String>) -> Option<String> {
        match (&self.hint, extra) {
            (Some(hint), Some(extra)) => Some(format!("{hint} {extra}")),
            (Some(hint), None) => Some(hint.clone()),
            (None, extra) => extra,
        }
    }

    /// Hint and error message, in that order, as they sit between label and control.
    fn hint_and_error(&self, tr: &Tr, hint_text: Option<&str>) -> Markup {
        html! {
            @if let Some(text) = hint_text { (hint(&self.hint_id(), text)) }
            @if let Some(message) = self.error { (error_message(tr, &self.error_id(), message)) }
        }
    }

    /// A group around one control: label, hint, error and the control.
    fn group(&self, tr: &Tr, hint_text: Option<&str>, control: Markup) -> Markup {
        html! {
            div.loket-form-group.loket-form-group--error[self.error.is_some()] {
                label.loket-label for=(self.name) { (self.label) }
                (self.hint_and_error(tr, hint_text))
                (control)
            }
        }
    }

    /// A group of controls in a fieldset, the label as its legend (WCAG 1.3.1): radios, checkboxes, a date.
    fn fieldset_group(&self, tr: &Tr, hint_text: Option<&str>, controls: Markup) -> Markup {
        html! {
            div.loket-form-group.loket-form-group--error[self.error.is_some()] {
                fieldset.loket-fieldset aria-describedby=[self.described_by(hint_text.is_some())] {
                    legend.loket-fieldset__legend { (self.label) }
                    (self.hint_and_error(tr, hint_text))
                    (controls)
                }
            }
        }
    }

    /// A one-line text input.
    pub fn input(&self, tr: &Tr, kind: InputKind) -> Markup {
        let (input_type, inputmode) = match kind {
            InputKind::Text => ("text", None),
            InputKind::Email => ("email", None),
            InputKind::Tel => ("tel", None),
            InputKind::Numeric => ("text", Some("numeric")),
            InputKind::Decimal => ("text", Some("decimal")),
        };
        let no_spellcheck = !matches!(kind, InputKind::Text);
        let hint_text = self.hint.as_deref();
        self.group(
            tr,
            hint_text,
            html! {
                input class=(self.input_class(self.width)) id=(self.name) name=(self.name) type=(input_type) inputmode=[inputmode]
                    spellcheck=[no_spellcheck.then_some("false")] autocomplete=[self.autocomplete]
                    value=(self.value) aria-describedby=[self.described_by(hint_text.is_some())]
                    aria-invalid=[self.invalid()];
            },
        )
    }

    /// A text area of `rows` lines. With `max_chars` the hint tells the limit; the browser does not cut the text
    /// off (no `maxlength`), so a resident who pastes too much sees an error and keeps their text.
    pub fn textarea(&self, tr: &Tr, rows: u8, max_chars: Option<u32>) -> Markup {
        let limit = max_chars.map(|max| tr.ta(msg::UI_TEXTAREA_LIMIT, &[("aantal", max.into())]));
        let hint_text = self.hint_with(limit);
        self.group(
            tr,
            hint_text.as_deref(),
            html! {
                textarea.loket-textarea.loket-input--error[self.error.is_some()] id=(self.name) name=(self.name)
                    rows=(rows) autocomplete=[self.autocomplete]
                    aria-describedby=[self.described_by(hint_text.is_some())] aria-invalid=[self.invalid()] {
                    (self.value)
                }
            },
        )
    }

    /// Radios: one answer from a few. The inputs get ids `<name>`, `<name>-2`, ...; an option's hint
    /// `<input id>-uitleg`.
    pub fn radios(&self, tr: &Tr, choices: &[Choice<'_>]) -> Markup {
        let hint_text = self.hint.as_deref();
        self.fieldset_group(
            tr,
            hint_text,
            self.choices(choices, "radio", |v| v == self.value),
        )
    }

    /// Checkboxes: any number of answers, all sent under the field's name. `checked` holds the chosen values.
    pub fn checkboxes<S: AsRef<str>>(
        &self,
        tr: &Tr,
        choices: &[Choice<'_>],
        checked: &[S],
    ) -> Markup {
        let hint_text = self.hint.as_deref();
        let is_checked = |v: &str| checked.iter().any(|c| c.as_ref() == v);
        self.fieldset_group(tr, hint_text, self.choices(choices, "checkbox", is_checked))
    }

    fn choices(
        &self,
        choices: &[Choice<'_>],
        input_type: &str,
        is_checked: impl Fn(&str) -> bool,
    ) -> Markup {
        html! {
            div.loket-choices {
                @for (i, choice) in choices.iter().enumerate() {
                    @let id = choice_id(self.name, i);
                    @let hint_id = format!("{id}-uitleg");
                    div.loket-choice {
                        input.loket-choice__input.loket-choice__input--radio[input_type == "radio"] id=(id)
                            name=(self.name) type=(input_type) value=(choice.value) checked[is_checked(choice.value)]
                            aria-describedby=[choice.hint.as_ref().map(|_| &hint_id)] aria-invalid=[self.invalid()];
                        label.loket-choice__label for=(id) { (choice.label) }
                        @if let Some(text) = &choice.hint { (hint(&hint_id, text)) }
                    }
                }
            }
        }
    }

    /// A date as three text inputs: day (id `<name>`, name `<name>-dag`), month (`<name>-maand`) and year
    /// (`<name>-jaar`). Three fields are easier to type and to read out than a date picker. Without a hint of
    /// its own the field shows an example date.
    pub fn date(&self, tr: &Tr, day: &str, month: &str, year: &str) -> Markup {
        let hint_text = self
            .hint
            .clone()
            .unwrap_or_else(|| tr.t(msg::UI_DATE_INPUT_HINT));
        // (id, name suffix, label, value, width, autocomplete suffix). Only the day's id differs from its name:
        // it carries the field's own name, so that error links land on the first input.
        let parts = [
            (
                self.name.to_owned(),
                "dag",
                msg::UI_DATE_INPUT_DAY,
                day,
                Width::Chars2,
                "day",
            ),
            (
                format!("{}-maand", self.name),
                "maand",
                msg::UI_DATE_INPUT_MONTH,
                month,
                Width::Chars2,
                "month",
            ),
            (
                format!("{}-jaar", self.name),
                "jaar",
                msg::UI_DATE_INPUT_YEAR,
                year,
                Width::Chars4,
                "year",
            ),
        ];
        self.fieldset_group(
            tr,
            Some(&hint_text),
            html! {
                div.loket-date {
                    @for (id, suffix, label, value, width, part) in &parts {
                        div.loket-date__item {
                            label.loket-label for=(id) { (tr.t(label)) }
                            input class=(self.input_class(*width)) id=(id) name={ (self.name) "-" (suffix) }
                                type="text" inputmode="numeric" spellcheck="false"
                                autocomplete=[self.autocomplete.map(|token| format!("{token}-{part}"))] value=(value) aria-invalid=[self.invalid()];
                        }
                    }
                }
            },
        )
    }

    /// A file upload. `accept` lists the allowed types (`.pdf,.jpg,.png`); the hint tells the largest size.
    /// The form needs `enctype="multipart/form-data"`.
    pub fn file(&self, tr: &Tr, accept: &str, max_mb: u32) -> Markup {
        let hint_text = self.hint_with(Some(
            tr.ta(msg::UI_FILE_UPLOAD_MAX, &[("mb", max_mb.into())]),
        ));
        self.group(
            tr,
            hint_text.as_deref(),
            html! {
                input.loket-file.loket-input--error[self.error.is_some()] id=(self.name) name=(self.name)
                    type="file" accept=(accept) aria-describedby=[self.described_by(hint_text.is_some())]
                    aria-invalid=[self.invalid()];
            },
        )
    }

    /// A file upload that takes several files at once (`multiple`): at most `max_files`, of at most `max_mb`
    /// each and `max_mb_samen` together, as the hint tells.
    pub fn files(
        &self,
        tr: &Tr,
        accept: &str,
        max_mb: u32,
        max_files: usize,
        max_mb_samen: u32,
    ) -> Markup {
        let hint_text = self.hint_with(Some(tr.ta(
            msg::UI_FILE_UPLOAD_MEER,
            &[
                ("mb", max_mb.into()),
                ("aantal", max_files.into()),
                ("samen", max_mb_samen.into()),
            ],
        )));
        self.group(
            tr,
            hint_text.as_deref(),
            html! {
                input.loket-file.loket-input--error[self.error.is_some()] id=(self.name) name=(self.name)
                    type="file" multiple accept=(accept) aria-describedby=[self.described_by(hint_text.is_some())]
                    aria-invalid=[self.invalid()];
            },
        )
    }

    /// A select list. Prefer radios for up to about seven options: they show every option at once.
    pub fn select(&self, tr: &Tr, choices: &[Choice<'_>]) -> Markup {
        let hint_text = self.hint.as_deref();
        self.group(
            tr,
            hint_text,
            html! {
                select.loket-select.loket-input--error[self.error.is_some()] id=(self.name) name=(self.name)
                    autocomplete=[self.autocomplete] aria-describedby=[self.described_by(hint_text.is_some())]
                    aria-invalid=[self.invalid()] {
                    @for choice in choices {
                        option value=(choice.value) selected[choice.value == self.value] { (choice.label) }
                    }
                }
            },
        )
    }
}

/// The id of a radio or checkbox: `<name>` for the first, so an error link lands on the group; then `<name>-2`.
fn choice_id(name: &str, index: usize) -> String {
    if index == 0 {
        name.to_owned()
    } else {
        format!("{name}-{}", index + 1)
    }
}

/// A hint: a short explanation under a label or legend. Refer to its `id` from `aria-describedby`.
pub fn hint(id: &str, text: &str) -> Markup {
    html! { div.loket-hint id=(id) { (text) } }
}

/// An error message beside a field, with a prefix for screen readers ("Fout:"), because colour alone does not
/// tell (WCAG 1.4.1, 3.3.1).
pub fn error_message(tr: &Tr, id: &str, text: &str) -> Markup {
    html! {
        p.loket-error-message id=(id) {
            span.visually-hidden { (tr.t(msg::UI_ERROR_MESSAGE_PREFIX)) " " }
            (text)
        }
    }
}

/// A fieldset that groups related fields (an address, say) under a legend, with an optional hint (id
/// `<id>-hint`).
pub fn fieldset(id: &str, legend: &str, hint_text: Option<&str>, content: Markup) -> Markup {
    let hint_id = format!("{id}-hint");
    html! {
        fieldset.loket-fieldset id=(id) aria-describedby=[hint_text.map(|_| &hint_id)] {
            legend.loket-fieldset__legend { (legend) }
            @if let Some(text) = hint_text { (hint(&hint_id, text)) }
            (content)
        }
    }
}

#[cfg(test)]
mod tests;
