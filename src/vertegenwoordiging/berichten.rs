//! The mails of this scheme: only that there is news, and a link to the portal; never the news itself
//! where it is personal.

use crate::i18n::{Tr, msg};
use crate::mail::Email;
use time::Date;

use super::repo::Aanvraag;
use super::views::{rechten_zinnen, soort_uitleg, tot_zin};
use crate::auth::machtiging::{Grond, Rechten};

/// What goes into the request to confirm.
pub struct MailVraag<'a> {
    pub to: &'a str,
    pub helper: &'a str,
    pub helper_email: &'a str,
    pub naam: &'a str,
    pub rechten: Rechten,
    pub tot: Date,
    pub url: String,
    pub code: &'a str,
}

/// To the resident: who asks, what they may do, until when; the link and the code. Nothing from the melding.
pub fn mail_vraag(tr: &Tr, m: &MailVraag<'_>) -> Email {
    // Names typed in the portal: one short line each.
    let (helper, naam) = (
        crate::mail::limiet::naam(m.helper),
        crate::mail::limiet::naam(m.naam),
    );
    let m = &MailVraag {
        helper: &helper,
        naam: &naam,
        url: m.url.clone(),
        ..*m
    };
    let code = format!(
        "{} {}",
        &m.code[..4.min(m.code.len())],
        &m.code[4.min(m.code.len())..]
    );
    let wie = if m.helper == m.helper_email {
        tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_VRAAG_WIE_ADRES,
            &[("helper", m.helper.into())],
        )
    } else {
        tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_VRAAG_WIE,
            &[
                ("helper", m.helper.into()),
                ("email", m.helper_email.into()),
            ],
        )
    };
    let mut paragraphs = vec![
        wie,
        tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_VRAAG_WAT,
            &[("helper", m.helper.into())],
        ),
    ];
    paragraphs.extend(
        rechten_zinnen(tr, m.rechten)
            .into_iter()
            .map(|z| format!("- {z}")),
    );
    paragraphs.push(tot_zin(tr, Some(m.tot)));
    Email {
        to: m.to.to_owned(),
        greeting: Some(tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_AANHEF,
            &[("naam", m.naam.into())],
        )),
        subject: tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_VRAAG_ONDERWERP,
            &[("helper", m.helper.into())],
        ),
        paragraphs,
        action: Some((tr.t(msg::VERTEGENWOORDIGING_MAIL_VRAAG_KNOP), m.url.clone())),
        after: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_VRAAG_CODE,
                &[("helper", m.helper.into()), ("code", code.into())],
            ),
            tr.t(msg::VERTEGENWOORDIGING_MAIL_VRAAG_ONBEKEND),
            crate::mail::limiet::door_iemand(tr),
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_VRAAG_GELDIG,
                &[("dagen", 14.into())],
            ),
        ],
        // The link and the code are a secret.
        erase_after_sending: true,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the helper: the resident said yes.
pub fn mail_bevestigd(tr: &Tr, to: &str, naam: &str, base_url: &str) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_JA_ONDERWERP,
            &[("naam", naam.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_JA_TEKST,
                &[("naam", naam.into())],
            ),
            tr.ta(
                msg::VERTEGENWOORDIGING_BEVESTIGD_VERDER,
                &[("naam", naam.into())],
            ),
        ],
        action: Some((
            tr.t(msg::VERTEGENWOORDIGING_MIJN_LOKET),
            format!("{base_url}/mijn-loket"),
        )),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the helper: the resident said no.
pub fn mail_geweigerd(tr: &Tr, to: &str, naam: &str, base_url: &str, melding_id: &str) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_NEE_ONDERWERP,
            &[("naam", naam.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_NEE_TEKST,
                &[("naam", naam.into())],
            ),
            tr.ta(
                msg::VERTEGENWOORDIGING_DOSSIER_ALLEEN,
                &[("naam", naam.into())],
            ),
        ],
        action: Some((
            tr.t(msg::VERTEGENWOORDIGING_MAIL_MELDING_KNOP),
            format!("{base_url}/melding/{melding_id}"),
        )),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the resident, after the helper typed the right code: so that a code given by mistake is noticed.
pub fn mail_inwoner_code(tr: &Tr, to: &str, helper: &str, base_url: &str) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_CODE_ONDERWERP,
            &[("helper", helper.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_CODE_TEKST,
                &[("helper", helper.into())],
            ),
            tr.t(msg::VERTEGENWOORDIGING_BEANTWOORD_JA_STOPPEN),
        ],
        action: Some((
            tr.t(msg::VERTEGENWOORDIGING_BEANTWOORD_INLOGGEN),
            format!("{base_url}/inloggen"),
        )),
        after: vec![tr.t(msg::VERTEGENWOORDIGING_MAIL_CODE_NIET)],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

fn naar_requester(a: &Aanvraag, base_url: &str) -> String {
    match (&a.melding_id, a.grond) {
        (Some(melding_id), Grond::Formulier) => format!("{base_url}/melding/{melding_id}"),
        _ => format!("{base_url}/vertegenwoordiger/{}", a.id),
    }
}

/// To the requester: staff accepted the proof.
pub fn mail_goedgekeurd(tr: &Tr, a: &Aanvraag, base_url: &str) -> Email {
    let naam = a.naam.as_deref().unwrap_or_default();
    Email {
        to: a.aanvrager_email.clone(),
        greeting: None,
        subject: tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_GOED_ONDERWERP,
            &[("naam", naam.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_GOED_TEKST,
                &[("naam", naam.into())],
            ),
            tr.t(soort_uitleg(a.soort)),
            tr.ta(
                msg::VERTEGENWOORDIGING_BEVESTIGD_VERDER,
                &[("naam", naam.into())],
            ),
        ],
        action: Some((
            tr.t(msg::VERTEGENWOORDIGING_MIJN_LOKET),
            format!("{base_url}/mijn-loket"),
        )),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the represented person, when staff approved: who may act for them now, and where to see or end it.
pub fn mail_aan_vertegenwoordigde(tr: &Tr, a: &Aanvraag, to: &str, base_url: &str) -> Email {
    let wie = a.aanvrager();
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.t(msg::VERTEGENWOORDIGING_MAIL_INWONER_ONDERWERP),
        paragraphs: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_INWONER_TEKST,
                &[("wie", wie.into())],
            ),
            tr.t(soort_uitleg(a.soort)),
            tr.t(msg::VERTEGENWOORDIGING_MAIL_INWONER_KLOPT_NIET),
        ],
        action: Some((
            tr.t(msg::VERTEGENWOORDIGING_MAIL_INWONER_KNOP),
            format!("{base_url}/machtigingen"),
        )),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the requester: staff refused the proof, with their reason.
pub fn mail_afgewezen(tr: &Tr, a: &Aanvraag, reden: &str, base_url: &str) -> Email {
    let naam = a.naam.as_deref().unwrap_or_default();
    Email {
        to: a.aanvrager_email.clone(),
        greeting: None,
        subject: tr.ta(
            msg::VERTEGENWOORDIGING_MAIL_AF_ONDERWERP,
            &[("naam", naam.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::VERTEGENWOORDIGING_MAIL_AF_TEKST,
                &[("naam", naam.into())],
            ),
            format!("{}: {reden}", tr.t(msg::VERTEGENWOORDIGING_REDEN)),
            tr.t(msg::VERTEGENWOORDIGING_MAIL_AF_OPNIEUW),
        ],
        action: Some((
            tr.t(msg::VERTEGENWOORDIGING_MAIL_AF_KNOP),
            naar_requester(a, base_url),
        )),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}
