//! Components that are not form fields: buttons, back link, panel, notification banner, step indicator,
//! details and tags.

use maud::{Markup, Render, html};

use crate::i18n::{Tr, msg};

/// How much a button stands out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonKind {
    /// The one main action of a page.
    #[default]
    Primary,
    /// Other actions.
    Secondary,
    /// An action that deletes or cannot be undone.
    Warning,
}

/// A submit button, or a link that looks like one. Render it with `(button)` in `html!`.
///
/// ```ignore
/// (ui::Button::primary(ctx.t(msg::X_VERSTUREN)))
/// (ui::Button::secondary(ctx.t(msg::X_OPSLAAN)).name_value("actie", "opslaan"))
/// (ui::Button::primary(ctx.t(msg::X_BEGIN)).link("/melding/start"))
/// ```
#[derive(Clone, Debug)]
pub struct Button<'a> {
    label: String,
    kind: ButtonKind,
    name_value: Option<(&'a str, &'a str)>,
    href: Option<&'a str>,
}

impl<'a> Button<'a> {
    /// A button of the given kind.
    pub fn new(kind: ButtonKind, label: impl Into<String>) -> Self {
        Button {
            label: label.into(),
            kind,
            name_value: None,
            href: None,
        }
    }

    /// The main action of the page.
    pub fn primary(label: impl Into<String>) -> Self {
        Button::new(ButtonKind::Primary, label)
    }

    /// Another action.
    pub fn secondary(label: impl Into<String>) -> Self {
        Button::new(ButtonKind::Secondary, label)
    }

    /// An action that deletes or cannot be undone.
    pub fn warning(label: impl Into<String>) -> Self {
        Button::new(ButtonKind::Warning, label)
    }

    /// Sends `name=value` with the form, so a handler can tell which of several buttons was pressed.
    pub fn name_value(mut self, name: &'a str, value: &'a str) -> Self {
        self.name_value = Some((name, value));
        self
    }

    /// Makes it a link to `href` that looks like a button: for a start button, which changes nothing.
    pub fn link(mut self, href: &'a str) -> Self {
        self.href = Some(href);
        self
    }

    fn class(&self) -> &'static str {
        match self.kind {
            ButtonKind::Primary => "loket-button",
            ButtonKind::Secondary => "loket-button loket-button--secondary",
            ButtonKind::Warning => "loket-button loket-button--warning",
        }
    }
}

impl Render for Button<'_> {
    fn render(&self) -> Markup {
        html! {
            @if let Some(href) = self.href {
                a class=(self.class()) href=(href) { (self.label) }
            } @else {
                button class=(self.class()) type="submit" name=[self.name_value.map(|(n, _)| n)]
                    value=[self.name_value.map(|(_, v)| v)] { (self.label) }
            }
        }
    }
}

/// Buttons and links side by side (wrapping on narrow screens), e.g. "Versturen" and "Annuleren".
pub fn button_group(content: Markup) -> Markup {
    html! { div.loket-button-group { (content) } }
}

/// A link back to the previous step. [`crate::ui::Page::back`] places it above the main content.
pub fn back_link(href: &str, label: &str) -> Markup {
    html! { a.loket-back-link href=(href) { (label) } }
}

/// A confirmation panel: a title and a short body, e.g. "Melding ontvangen" and the reference number.
/// The title is an `h2`: the page's `h1` comes first.
pub fn panel(title: &str, body: Markup) -> Markup {
    html! {
        div.loket-panel {
            h2.loket-panel__title { (title) }
            div.loket-panel__body { (body) }
        }
    }
}

/// The kind of a notification banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Something the resident should know.
    Info,
    /// The result of what the resident just did, e.g. after a redirect.
    Success,
    /// What the resident just did did not work, through no fault of theirs (nothing was saved).
    Problem,
}

/// A notification banner: "Belangrijk" (info) or "Gelukt" (success) with content.
pub fn notification_banner(tr: &Tr, kind: Notice, content: Markup) -> Markup {
    let (class, title) = match kind {
        Notice::Info => ("loket-banner", tr.t(msg::UI_NOTIFICATION_BANNER_INFO)),
        Notice::Success => (
            "loket-banner loket-banner--success",
            tr.t(msg::UI_NOTIFICATION_BANNER_SUCCESS),
        ),
        Notice::Problem => (
            "loket-banner loket-banner--problem",
            tr.t(msg::UI_NOTIFICATION_BANNER_PROBLEM),
        ),
    };
    // A success message follows an action: announced as an alert (WCAG 4.1.3). Information is a region that
    // can be found by its name.
    let (role, label) = match kind {
        Notice::Info => ("region", Some(title.as_str())),
        Notice::Success | Notice::Problem => ("alert", None),
    };
    html! {
        div class=(class) role=(role) aria-label=[label] {
            h2.loket-banner__title { (title) }
            div.loket-banner__content { (content) }
        }
    }
}

/// Where the resident is in a journey: "Stap 2 van 5" and the step's name.
pub fn step_indicator(tr: &Tr, current: u32, total: u32, name: &str) -> Markup {
    html! {
        p.loket-step {
            span.loket-step__count { (tr.ta(msg::UI_STEP_INDICATOR, &[("stap", current.into()), ("totaal", total.into())])) }
            " "
            span.loket-step__name { (name) }
        }
    }
}

/// Extra explanation that most residents do not need, folded away in a native `<details>`.
pub fn details(summary: &str, content: Markup) -> Markup {
    html! {
        details.loket-details {
            summary.loket-details__summary { (summary) }
            div.loket-details__content { (content) }
        }
    }
}

/// The colour of a tag. The text of a tag carries the meaning; the colour only helps (WCAG 1.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagKind {
    /// Grey: not started, closed.
    Neutral,
    /// Blue: in progress, received.
    Info,
    /// Green: done, granted.
    Success,
    /// Yellow: waiting for the resident, due soon.
    Warning,
    /// Red: refused, overdue.
    Error,
}

/// A status label, such as "In behandeling".
pub fn tag(kind: TagKind, label: &str) -> Markup {
    let class = match kind {
        TagKind::Neutral => "loket-tag",
        TagKind::Info => "loket-tag loket-tag--info",
        TagKind::Success => "loket-tag loket-tag--success",
        TagKind::Warning => "loket-tag loket-tag--warning",
        TagKind::Error => "loket-tag loket-tag--error",
    };
    html! { strong class=(class) { (label) } }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::test_tr;

    #[test]
    fn buttons_submit_or_link() {
        let html = Button::primary("Versturen").render().into_string();
        assert_eq!(
            html,
            r#"<button class="loket-button" type="submit">Versturen</button>"#
        );
        let html = Button::warning("Verwijderen")
            .name_value("actie", "weg")
            .render()
            .into_string();
        assert!(
            html.contains(r#"name="actie" value="weg""#) && html.contains("loket-button--warning"),
            "{html}"
        );
        let html = Button::secondary("Begin")
            .link("/start")
            .render()
            .into_string();
        assert_eq!(
            html,
            r#"<a class="loket-button loket-button--secondary" href="/start">Begin</a>"#
        );
    }

    #[test]
    fn step_indicator_counts() {
        let tr = test_tr(Lang::Nl);
        let html = step_indicator(&tr, 2, 5, "Uw situatie").into_string();
        assert!(
            html.contains("Stap 2 van 5") && html.contains("Uw situatie"),
            "{html}"
        );
        let html = step_indicator(&test_tr(Lang::En), 2, 5, "x").into_string();
        assert!(html.contains("Step 2 of 5"), "{html}");
    }

    #[test]
    fn banners_are_named_or_alert() {
        let tr = test_tr(Lang::Nl);
        let info = notification_banner(&tr, Notice::Info, html! { p { "x" } }).into_string();
        assert!(
            info.contains(r#"role="region" aria-label="Belangrijk""#),
            "{info}"
        );
        let done = notification_banner(&tr, Notice::Success, html! { p { "x" } }).into_string();
        assert!(
            done.contains(r#"role="alert""#) && !done.contains("aria-label"),
            "{done}"
        );
    }
}
