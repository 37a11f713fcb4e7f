//! Commands of the binary for the people who run the portal: `loket medewerker toevoegen`.

use crate::AppState;
use crate::auth::{EmailAddress, Rol, repo};
use crate::i18n::Lang;

/// The arguments of `loket medewerker toevoegen`.
#[derive(Clone, Debug, clap::Args)]
pub struct MedewerkerArgs {
    /// The address they sign in with.
    pub email: String,
    /// Their name, which residents see in the log of who looked at their case.
    #[arg(long)]
    pub naam: String,
    /// An administrator (beheerder) rather than a consulent.
    #[arg(long)]
    pub beheerder: bool,
    /// The language of their pages and mail.
    #[arg(long, default_value = "nl", value_parser = taal)]
    pub taal: Lang,
}

/// A language by its code, for the command line.
pub fn taal(code: &str) -> Result<Lang, String> {
    Lang::from_code(code)
        .ok_or_else(|| format!("{code:?} is not a language of the portal: nl or en"))
}

/// An address and a name for an account made on the command line, as the portal keeps them; `waarom` says why
/// the name is needed.
pub fn adres_en_naam(email: &str, naam: &str, waarom: &str) -> Result<(String, String), String> {
    let email = EmailAddress::parse(email)
        .map_err(|_| format!("{email:?} is not an e-mail address"))?
        .as_str()
        .to_owned();
    let naam = naam.trim().to_owned();
    if naam.is_empty() {
        return Err(format!("--naam is needed: {waarom}"));
    }
    Ok((email, naam))
}

/// A member of staff to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuweMedewerker {
    pub email: String,
    pub naam: String,
    pub rol: Rol,
    pub taal: Lang,
}

impl TryFrom<MedewerkerArgs> for NieuweMedewerker {
    type Error = String;

    fn try_from(args: MedewerkerArgs) -> Result<Self, String> {
        let (email, naam) = adres_en_naam(
            &args.email,
            &args.naam,
            "residents see who worked on their case",
        )?;
        Ok(NieuweMedewerker {
            email,
            naam,
            rol: if args.beheerder {
                Rol::Beheerder
            } else {
                Rol::Medewerker
            },
            taal: args.taal,
        })
    }
}

/// Reads the arguments after `loket medewerker toevoegen`, as the command line does.
pub fn lees_medewerker(args: &[String]) -> Result<NieuweMedewerker, String> {
    #[derive(clap::Parser)]
    #[command(no_binary_name = true)]
    struct Alleen {
        #[command(flatten)]
        args: MedewerkerArgs,
    }
    let alleen = <Alleen as clap::Parser>::try_parse_from(args).map_err(|e| e.to_string())?;
    NieuweMedewerker::try_from(alleen.args)
}

/// Adds the member of staff (or changes the role and name of an existing person). They sign in with an
/// e-mail link like everyone else. Returns a line for the operator.
pub async fn medewerker_toevoegen(app: &AppState, m: &NieuweMedewerker) -> Result<String, String> {
    let mut tx = app.db.begin_write().await.map_err(|e| e.to_string())?;
    let bestond = repo::zet_medewerker(&mut tx, &m.email, &m.naam, m.rol, m.taal, app.clock.now())
        .await
        .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(format!(
        "{} {} as {} ({}); they sign in at {}/inloggen",
        if bestond { "changed" } else { "added" },
        m.email,
        m.rol.code(),
        m.naam,
        app.config.base_url
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
    fn reads_a_consulent_and_an_administrator() {
        let m = lees_medewerker(&args(&["Jan@Gemeente.nl", "--naam", "Jan de Vries"])).unwrap();
        assert_eq!(m.rol, Rol::Medewerker);
        assert_eq!(m.naam, "Jan de Vries");
        let b = lees_medewerker(&args(&[
            "b@gemeente.nl",
            "--beheerder",
            "--naam",
            "B",
            "--taal",
            "en",
        ]))
        .unwrap();
        assert_eq!((b.rol, b.taal), (Rol::Beheerder, Lang::En));
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        assert!(lees_medewerker(&args(&["--naam", "X"])).is_err());
        assert!(lees_medewerker(&args(&["geen-adres", "--naam", "X"])).is_err());
        assert!(lees_medewerker(&args(&["a@b.nl"])).is_err());
        assert!(lees_medewerker(&args(&["a@b.nl", "--naam", "X", "--taal", "de"])).is_err());
    }
}
