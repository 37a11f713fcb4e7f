//! `loket clientondersteuner toevoegen`: the command beside `loket medewerker toevoegen` ([`crate::beheer`]) for
//! the people who run the portal. It does what the beheerder's page does.

use super::repo::{self, Gezet};
use crate::AppState;
use crate::auth::EmailAddress;
use crate::i18n::Lang;

/// How to call the command; printed when it is called wrongly.
pub const GEBRUIK: &str = "usage: loket clientondersteuner toevoegen EMAIL --naam \"NAME\" --organisatie ID [--taal nl|en]";

/// A cliëntondersteuner to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuweOndersteuner {
    pub email: String,
    pub naam: String,
    /// The organisation's id in the profile; checked against the profile when the command runs.
    pub organisatie: String,
    pub taal: Lang,
}

/// Reads the arguments after `loket clientondersteuner toevoegen`.
pub fn lees(args: &[String]) -> Result<NieuweOndersteuner, String> {
    let mut email = None;
    let mut naam = None;
    let mut organisatie = None;
    let mut taal = Lang::Nl;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--naam" => naam = args.next().cloned(),
            "--organisatie" => organisatie = args.next().cloned(),
            "--taal" => {
                taal = args
                    .next()
                    .and_then(|t| Lang::from_code(t))
                    .ok_or_else(|| format!("--taal takes nl or en\n{GEBRUIK}"))?;
            }
            other if email.is_none() && !other.starts_with("--") => email = Some(other.to_owned()),
            other => return Err(format!("unexpected argument {other:?}\n{GEBRUIK}")),
        }
    }
    let email = email.ok_or_else(|| format!("an e-mail address is needed\n{GEBRUIK}"))?;
    let email = EmailAddress::parse(&email)
        .map_err(|_| format!("{email:?} is not an e-mail address"))?
        .as_str()
        .to_owned();
    let naam = naam
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| format!("--naam is needed: residents see who helps them\n{GEBRUIK}"))?;
    let organisatie = organisatie
        .map(|o| o.trim().to_owned())
        .filter(|o| !o.is_empty())
        .ok_or_else(|| format!("--organisatie is needed\n{GEBRUIK}"))?;
    Ok(NieuweOndersteuner {
        email,
        naam,
        organisatie,
        taal,
    })
}

/// Adds the account (or makes an existing resident a cliëntondersteuner). Returns a line for the operator.
pub async fn toevoegen(app: &AppState, n: &NieuweOndersteuner) -> Result<String, String> {
    let Some(organisatie) = app.gemeente.organisatie(&n.organisatie) else {
        let ids: Vec<&str> = app
            .gemeente
            .clientondersteuning
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        return Err(format!(
            "the profile has no organisation {:?}; it has: {}",
            n.organisatie,
            ids.join(", ")
        ));
    };
    let mut tx = app.db.begin_write().await.map_err(|e| e.to_string())?;
    let gezet = repo::zet(
        &mut tx,
        &n.email,
        &n.naam,
        &organisatie.id,
        n.taal,
        app.clock.now(),
    )
    .await
    .map_err(|e| e.to_string())?;
    let wat = match gezet {
        Gezet::Nieuw(_) => "added",
        Gezet::Gewijzigd(_) => "changed",
        Gezet::IsStaf => {
            return Err(format!(
                "{} is municipal staff: staff cannot be a cliëntondersteuner",
                n.email
            ));
        }
    };
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(format!(
        "{wat} {} as clientondersteuner of {} ({}); they sign in at {}/inloggen",
        n.email, organisatie.naam, n.naam, app.config.base_url
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn reads_a_clientondersteuner() {
        let n = lees(&args(&[
            "Fatima@Example.nl",
            "--naam",
            "Fatima El Amrani",
            "--organisatie",
            "gemeente",
        ]))
        .unwrap();
        assert_eq!(n.email, "fatima@example.nl");
        assert_eq!(n.organisatie, "gemeente");
        assert_eq!(n.taal, Lang::Nl);
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        assert!(lees(&args(&["a@b.nl", "--naam", "X"])).is_err());
        assert!(lees(&args(&["a@b.nl", "--organisatie", "gemeente"])).is_err());
        assert!(lees(&args(&["geen-adres", "--naam", "X", "--organisatie", "g"])).is_err());
    }
}
