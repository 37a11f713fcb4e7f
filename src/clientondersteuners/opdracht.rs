//! `loket clientondersteuner toevoegen`: the command beside `loket medewerker toevoegen` ([`crate::beheer`]) for
//! the people who run the portal. It does what the beheerder's page does.

use super::repo::{self, Gezet};
use crate::AppState;
use crate::i18n::Lang;

/// The arguments of `loket clientondersteuner toevoegen`.
#[derive(Clone, Debug, clap::Args)]
pub struct OndersteunerArgs {
    /// The address they sign in with.
    pub email: String,
    /// Their name, which residents see.
    #[arg(long)]
    pub naam: String,
    /// The organisation's id in the municipality's profile.
    #[arg(long)]
    pub organisatie: String,
    /// The language of their pages and mail.
    #[arg(long, default_value = "nl", value_parser = crate::beheer::taal)]
    pub taal: Lang,
}

/// A cliëntondersteuner to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuweOndersteuner {
    pub email: String,
    pub naam: String,
    /// The organisation's id in the profile; checked against the profile when the command runs.
    pub organisatie: String,
    pub taal: Lang,
}

impl TryFrom<OndersteunerArgs> for NieuweOndersteuner {
    type Error = String;

    fn try_from(args: OndersteunerArgs) -> Result<Self, String> {
        let (email, naam) =
            crate::beheer::adres_en_naam(&args.email, &args.naam, "residents see who helps them")?;
        let organisatie = args.organisatie.trim().to_owned();
        if organisatie.is_empty() {
            return Err("--organisatie is needed".to_owned());
        }
        Ok(NieuweOndersteuner {
            email,
            naam,
            organisatie,
            taal: args.taal,
        })
    }
}

/// Reads the arguments after `loket clientondersteuner toevoegen`, as the command line does.
pub fn lees(args: &[String]) -> Result<NieuweOndersteuner, String> {
    #[derive(clap::Parser)]
    #[command(no_binary_name = true)]
    struct Alleen {
        #[command(flatten)]
        args: OndersteunerArgs,
    }
    let alleen = <Alleen as clap::Parser>::try_parse_from(args).map_err(|e| e.to_string())?;
    NieuweOndersteuner::try_from(alleen.args)
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
