//! A request asked for inside a melding ("Ja, graag"). The melding's submit prepares it; the melding's own
//! transaction writes it, so that the melding and its request are sent together or not at all, and only once:
//! its form key is the melding's id.

use sqlx::AnyConnection;
use time::OffsetDateTime;

use super::domain::{self, Verzoek};
use super::repo::{self, Nieuw};
use super::views;
use crate::gemeente::{Gemeente, ingevuld};
use crate::i18n::{Lang, Tr};
use crate::mail::outbox::{Prepared, enqueue_prepared};

/// A request ready to be written with its melding.
pub struct UitMelding {
    id: String,
    /// The number the resident quotes: `CO-2026-...`.
    pub referentie: String,
    persoon_id: String,
    melding_id: String,
    verzoek: Verzoek,
    organisatie_naam: Option<String>,
    /// To the chosen organisation, or to the municipality that chooses one.
    bericht: Option<Prepared>,
}

/// Prepares the request of the melding `melding_id` (reference `melding_referentie`) of `persoon_id`.
pub fn voorbereiden(
    gemeente: &Gemeente,
    tr: &Tr,
    persoon_id: &str,
    melding_id: &str,
    melding_referentie: &str,
    verzoek: Verzoek,
    jaar: i32,
) -> UitMelding {
    let referentie = domain::nieuwe_referentie(jaar);
    let organisatie = verzoek
        .voorkeur
        .0
        .as_deref()
        .and_then(|o| gemeente.organisatie(o));
    // Organisations and the municipality's desk work in Dutch.
    let tr_nl = tr.with_lang(Lang::Nl);
    let bericht = organisatie
        .and_then(|o| o.email.as_deref())
        .and_then(ingevuld)
        .or_else(|| ingevuld(&gemeente.contact.email))
        .map(|to| {
            let mail = views::mail_organisatie(
                &tr_nl,
                to,
                &referentie,
                &gemeente.naam,
                &verzoek,
                Some(melding_referentie),
            );
            Prepared::new(&mail, &tr_nl, gemeente)
        });
    UitMelding {
        id: crate::token::new_id(),
        referentie,
        persoon_id: persoon_id.to_owned(),
        melding_id: melding_id.to_owned(),
        organisatie_naam: organisatie.map(|o| o.naam.clone()),
        verzoek,
        bericht,
    }
}

/// Writes the request and its mail in the caller's transaction. `false`: this melding had one already.
pub async fn opslaan(
    conn: &mut AnyConnection,
    aanvraag: &UitMelding,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let nieuw = Nieuw {
        id: &aanvraag.id,
        persoon_id: &aanvraag.persoon_id,
        referentie: &aanvraag.referentie,
        sleutel: &aanvraag.melding_id,
        verzoek: &aanvraag.verzoek,
        organisatie_naam: aanvraag.organisatie_naam.as_deref(),
        melding_id: Some(&aanvraag.melding_id),
        // Seeing the dossier is the resident's own choice, given on the request's own form.
        dossier_inzien: false,
        aangemaakt_op: now,
    };
    if !repo::insert(conn, &nieuw).await? {
        return Ok(false);
    }
    if let Some(bericht) = &aanvraag.bericht {
        enqueue_prepared(conn, now, bericht).await?;
    }
    Ok(true)
}

/// The id and number of the request asked for inside this melding, if its owner `persoon_id` has one.
pub async fn van_melding(
    db: &sqlx::Pool<sqlx::Any>,
    melding_id: &str,
    persoon_id: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, referentie FROM clientondersteuning_verzoeken WHERE sleutel = $1 AND persoon_id = $2",
    )
    .bind(melding_id)
    .bind(persoon_id)
    .fetch_optional(db)
    .await
}
