//! The mails of this scheme: only that there is news, and a link to the portal; never the news itself
//! where it is personal.

use crate::i18n::{Tr, msg};
use crate::mail::Email;

use super::domain::Uitkomst;
use super::views::uitkomst_id;

fn mail(tr: &Tr, to: String, onderwerp: String, paragraphs: Vec<String>, url: String) -> Email {
    let knop = (tr.t(msg::UITDAAGRECHT_MAIL_KNOP), url);
    met_knop(tr, to, onderwerp, paragraphs, knop)
}

fn met_knop(
    tr: &Tr,
    to: String,
    onderwerp: String,
    paragraphs: Vec<String>,
    knop: (String, String),
) -> Email {
    Email {
        to,
        greeting: Some(tr.t(msg::UITDAAGRECHT_MAIL_AANHEF)),
        subject: onderwerp,
        paragraphs,
        action: Some(knop),
        after: vec![tr.t(msg::UITDAAGRECHT_MAIL_INLOGGEN)],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The invitation of a new member.
pub fn mail_lid(tr: &Tr, to: String, initiatief: &str, url: String) -> Email {
    let naam = [("naam", initiatief.into())];
    let adres = tr.ta(
        msg::UITDAAGRECHT_MAIL_LID_ADRES,
        &[("adres", to.as_str().into())],
    );
    met_knop(
        tr,
        to,
        tr.ta(msg::UITDAAGRECHT_MAIL_LID_ONDERWERP, &naam),
        vec![tr.ta(msg::UITDAAGRECHT_MAIL_LID_TEKST, &naam), adres],
        (tr.t(msg::UITDAAGRECHT_MAIL_LID_KNOP), url),
    )
}

/// The proposal was sent: its reference number.
pub fn mail_ingediend(tr: &Tr, to: String, taak: &str, referentie: &str, url: String) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_INGEDIEND_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![
            tr.ta(
                msg::UITDAAGRECHT_MAIL_INGEDIEND_TEKST,
                &[("taak", taak.into()), ("referentie", referentie.into())],
            ),
            tr.t(msg::UITDAAGRECHT_ZAAK_WACHT),
        ],
        url,
    )
}

/// The municipality wants to talk: its message.
pub fn mail_gesprek(tr: &Tr, to: String, referentie: &str, bericht: &str, url: String) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_GESPREK_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![
            tr.t(msg::UITDAAGRECHT_MAIL_GESPREK_TEKST),
            bericht.to_owned(),
        ],
        url,
    )
}

/// A question to answer in the portal, with the question.
pub fn mail_vraag(tr: &Tr, to: String, referentie: &str, vraag: &str, url: String) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_VRAAG_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![tr.t(msg::UITDAAGRECHT_MAIL_VRAAG_TEKST), vraag.to_owned()],
        url,
    )
}

/// The decision: that there is one, with a link.
pub fn mail_besluit(
    tr: &Tr,
    to: String,
    referentie: &str,
    uitkomst: Uitkomst,
    url: String,
) -> Email {
    mail(
        tr,
        to,
        tr.ta(
            msg::UITDAAGRECHT_MAIL_BESLUIT_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        vec![
            tr.t(msg::UITDAAGRECHT_MAIL_BESLUIT_TEKST),
            tr.t(uitkomst_id(uitkomst)),
            tr.t(msg::UITDAAGRECHT_MAIL_BESLUIT_UITLEG),
        ],
        url,
    )
}
