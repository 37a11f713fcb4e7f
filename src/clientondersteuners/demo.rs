//! Demo data for cliëntondersteuners (called by [`crate::demo::vul`]): an account of the profile's first
//! organisation with the demo resident as a client, and one open request to that organisation. Only added
//! once: when the account holds a machtiging already, nothing changes.

use time::Duration;

use super::repo::{self, Gezet};
use crate::AppState;
use crate::auth::EmailAddress;
use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
use crate::auth::repo::find_or_create_person;
use crate::clientondersteuning::domain::{
    Contact, Telefoon, Toegankelijkheid, Verzoek, VoorWie, Voorkeur, nieuwe_referentie,
};
use crate::clientondersteuning::repo as co_repo;
use crate::i18n::Lang;
use crate::machtigingen::repo as machtigingen_repo;
use crate::token;

/// The demo cliëntondersteuner the gates sign in as: (address, name).
pub const ONDERSTEUNER: (&str, &str) = ("ondersteuner@example.nl", "Fatima El Amrani");
/// The client: the Dutch demo resident, with cases in several phases.
const CLIENT: &str = "bewoner@example.nl";
/// Who asks the organisation for help: the English demo resident.
const VRAGER: (&str, Lang) = ("resident@example.nl", Lang::En);

pub async fn vul(app: &AppState) -> Result<(), sqlx::Error> {
    let Some(organisatie) = app.gemeente.clientondersteuning.first() else {
        return Ok(());
    };
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let mut tx = app.db.begin_write().await?;
    let (email, naam) = ONDERSTEUNER;
    let helper_id = match repo::zet(&mut tx, email, naam, &organisatie.id, Lang::Nl, now).await? {
        Gezet::Nieuw(id) | Gezet::Gewijzigd(id) => id,
        Gezet::IsStaf => return Ok(()),
    };
    if !machtigingen_repo::van_helper(&mut *tx, &helper_id)
        .await?
        .is_empty()
    {
        tx.commit().await?;
        return Ok(());
    }
    let client_id = find_or_create_person(&mut tx, CLIENT, Lang::Nl, now).await?;
    // The resident invited her from their account: she may look and file, for a year.
    let machtiging = machtigingen_repo::Nieuw {
        inwoner_id: Some(&client_id),
        helper_id: Some(&helper_id),
        soort: Soort::Clientondersteuner,
        grond: Grond::Uitnodiging,
        status: Status::Actief,
        rechten: Rechten::gekozen(true, false),
        geldig_tot: Some(super::domain::een_jaar_na(vandaag)),
        email: Some(email),
        naam: None,
        geboortedatum: None,
        token_hash: None,
        code_hash: None,
        verloopt_op: None,
        melding_id: None,
        aangemaakt_door: &client_id,
    };
    machtigingen_repo::nieuw(&mut tx, &machtiging, now - Duration::days(30)).await?;
    let (vrager, taal) = VRAGER;
    let vrager_id = find_or_create_person(&mut tx, vrager, taal, now).await?;
    let verzoek = Verzoek {
        voor_wie: VoorWie::Zelf,
        voorkeur: Voorkeur(Some(organisatie.id.clone())),
        contact: Contact {
            telefoon: Telefoon::parse("06 8765 4321").ok(),
            email: EmailAddress::parse(vrager).ok(),
        },
        toegankelijkheid: Toegankelijkheid::Geen,
        notitie: None,
    };
    co_repo::insert(
        &mut tx,
        &co_repo::Nieuw {
            id: &token::new_id(),
            persoon_id: &vrager_id,
            referentie: &nieuwe_referentie(vandaag.year()),
            sleutel: &token::new_id(),
            verzoek: &verzoek,
            organisatie_naam: Some(&organisatie.naam),
            melding_id: None,
            dossier_inzien: false,
            aangemaakt_op: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
