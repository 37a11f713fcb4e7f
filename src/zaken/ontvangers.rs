//! Who is told of news on a case, the same for every scheme: the resident whose case it is (when they have an
//! address of their own) and every helper they allowed to receive the mail about this kind of matter; or, for
//! a proposal, every member of the initiative. Each with the language they read the portal in (Dutch for a
//! member without an account).

use sqlx::AnyConnection;
use time::Date;

use super::kern::{Eigenaar, Regeling};
use crate::AppState;
use crate::auth::machtiging::Onderwerp;
use crate::i18n::{Lang, Tr};
use crate::mail::Email;

/// An address to mail, and the language to write in.
pub type Ontvanger = (String, Lang);

fn taal(code: Option<&str>) -> Lang {
    code.and_then(Lang::from_code).unwrap_or(Lang::Nl)
}

/// The kind of matter a scheme's cases are, for a helper's mail right: care for the Wmo, money for the loan
/// and the Kindpakket. A proposal has no helpers.
pub fn onderwerp(regeling: Regeling) -> Option<Onderwerp> {
    match regeling {
        Regeling::Wmo => Some(Onderwerp::Zorg),
        Regeling::Blijverslening | Regeling::Kindpakket => Some(Onderwerp::Geld),
        Regeling::Uitdaagrecht => None,
    }
}

/// Everyone to tell today about news on a case of `regeling` owned by `eigenaar`. Without `eigenaar_zelf`,
/// the resident is left out (a melding filed by a helper for someone who has not confirmed yet: its filer,
/// who owns it until then, hears nothing of the case).
pub async fn ontvangers(
    conn: &mut AnyConnection,
    regeling: Regeling,
    eigenaar: Eigenaar<'_>,
    eigenaar_zelf: bool,
    vandaag: Date,
) -> Result<Vec<Ontvanger>, sqlx::Error> {
    match (eigenaar, onderwerp(regeling)) {
        (Eigenaar::Persoon(persoon_id), Some(onderwerp)) => {
            let zelf = crate::auth::repo::email_en_taal(conn, persoon_id).await?;
            let helpers =
                crate::auth::repo::post_ontvangers(conn, persoon_id, onderwerp, vandaag).await?;
            Ok(zelf
                .filter(|(adres, _)| eigenaar_zelf && crate::auth::namens::echt_adres(adres))
                .into_iter()
                .chain(
                    helpers
                        .into_iter()
                        .map(|(adres, code)| (adres, taal(Some(&code)))),
                )
                .collect())
        }
        (Eigenaar::Persoon(_), None) => Ok(Vec::new()),
        (Eigenaar::Initiatief(initiatief_id), _) => {
            let leden: Vec<(String, Option<String>)> = sqlx::query_as(
                "SELECT l.email, (SELECT p.taal FROM personen p WHERE LOWER(p.email) = l.email LIMIT 1) \
                 AS taal FROM initiatief_leden l WHERE l.initiatief_id = $1 \
                 ORDER BY l.toegevoegd_op, l.email",
            )
            .bind(initiatief_id)
            .fetch_all(conn)
            .await?;
            Ok(leden
                .into_iter()
                .map(|(adres, code)| (adres, taal(code.as_deref())))
                .collect())
        }
    }
}

/// Tells everyone who is told ([`ontvangers`]) of news on a case, inside the caller's write transaction: one
/// mail each, in their language, made by `bericht` from a translator in that language and the address
/// (`None`: nothing to tell this one). The outbox delivers them once the transaction commits; the caller
/// wakes it.
pub async fn vertel(
    conn: &mut AnyConnection,
    app: &AppState,
    regeling: Regeling,
    eigenaar: Eigenaar<'_>,
    eigenaar_zelf: bool,
    bericht: impl Fn(&Tr, String) -> Option<Email>,
) -> Result<(), sqlx::Error> {
    let now = app.clock.now();
    let wie = ontvangers(conn, regeling, eigenaar, eigenaar_zelf, app.clock.today()).await?;
    for (adres, taal) in wie {
        let tr = Tr::new(app.i18n.clone(), taal);
        if let Some(email) = bericht(&tr, adres) {
            crate::mail::enqueue(conn, now, &email, &tr, &app.gemeente).await?;
        }
    }
    Ok(())
}
