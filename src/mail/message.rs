//! A message with a plain-text and an HTML part, built from translated sentences.

use maud::{DOCTYPE, html};

use crate::gemeente::{Gemeente, ingevuld};
use crate::i18n::{Tr, msg};

/// One message to one person. Every text in it comes translated; bodies are composed here, never spliced.
#[derive(Clone, Debug)]
pub struct Email {
    pub to: String,
    /// The greeting; `None`: the one for residents ("Beste inwoner,").
    pub greeting: Option<String>,
    pub subject: String,
    /// Paragraphs before the action link.
    pub paragraphs: Vec<String>,
    /// The one thing to do: a label and an absolute URL.
    pub action: Option<(String, String)>,
    /// Paragraphs after the action link.
    pub after: Vec<String>,
    /// The message holds a secret (a sign-in link): erase its bodies from the outbox once delivered.
    pub erase_after_sending: bool,
    /// The message's link works only until then (a sign-in link, a confirmation link): it goes out before
    /// other mail, and not at all once the link has stopped working.
    pub link_geldig_tot: Option<time::OffsetDateTime>,
    /// One file sent with the message: the calendar file of a planned talk.
    pub bijlage: Option<Bijlage>,
}

/// A text file sent with a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bijlage {
    /// The file's name, as the recipient sees it: `gesprek.ics`.
    pub naam: String,
    /// Its MIME type: `text/calendar`.
    pub soort: String,
    pub inhoud: String,
}

impl Email {
    /// The message's link works only until `moment` (see [`Email::link_geldig_tot`]).
    pub fn link_tot(mut self, moment: time::OffsetDateTime) -> Email {
        self.link_geldig_tot = Some(moment);
        self
    }

    fn greeting(&self, tr: &Tr) -> String {
        self.greeting
            .clone()
            .unwrap_or_else(|| tr.t(msg::MAIL_AANHEF))
    }

    fn footer(tr: &Tr, gemeente: &Gemeente) -> Vec<String> {
        let mut lines = vec![
            tr.ta(
                msg::MAIL_AFZENDER,
                &[("gemeente", gemeente.naam.as_str().into())],
            ),
            tr.t(msg::MAIL_NIET_BEANTWOORDEN),
        ];
        if let Some(telefoon) = ingevuld(&gemeente.contact.telefoon) {
            lines.push(tr.ta(msg::MAIL_VRAAG_BELLEN, &[("telefoon", telefoon.into())]));
        }
        lines
    }

    /// The plain-text part.
    pub fn text(&self, tr: &Tr, gemeente: &Gemeente) -> String {
        let mut parts: Vec<String> = vec![self.greeting(tr)];
        parts.extend(self.paragraphs.iter().cloned());
        if let Some((label, url)) = &self.action {
            parts.push(format!("{label}:\n{url}"));
        }
        parts.extend(self.after.iter().cloned());
        parts.push(format!("-- \n{}", Email::footer(tr, gemeente).join("\n")));
        parts.join("\n\n") + "\n"
    }

    /// The HTML part: simple markup that every mail program shows well, and that works with images off.
    pub fn html(&self, tr: &Tr, gemeente: &Gemeente) -> String {
        html! {
            (DOCTYPE)
            // The direction also on the body: some mail programs drop the `html` element.
            html lang=(tr.lang().code()) dir=(tr.lang().dir()) {
                head { meta charset="utf-8"; title { (self.subject) } }
                body dir=(tr.lang().dir()) style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;" {
                    p { (self.greeting(tr)) }
                    @for p in &self.paragraphs { p { (p) } }
                    @if let Some((label, url)) = &self.action {
                        p { a href=(url) style="color: #01689b; font-weight: bold;" { (label) } }
                        p style="font-size: 14px;" { (tr.t(msg::MAIL_LINK_WERKT_NIET)) br; span dir="ltr" { (url) } }
                    }
                    @for p in &self.after { p { (p) } }
                    hr;
                    @for line in Email::footer(tr, gemeente) { p style="font-size: 14px;" { (line) } }
                }
            }
        }
        .into_string()
    }
}
