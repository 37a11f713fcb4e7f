//! Commands of the binary for the people who run the portal: `loket medewerker toevoegen`.

use crate::AppState;
use crate::auth::{EmailAddress, Rol, repo};
use crate::i18n::Lang;

/// How to call the staff command; printed when it is called wrongly.
pub const GEBRUIK: &str =
    "usage: loket medewerker toevoegen EMAIL --naam \"NAME\" [--beheerder] [--taal nl|en]";

/// A member of staff to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuweMedewerker {
    pub email: String,
    pub naam: String,
    pub rol: Rol,
    pub taal: Lang,
}

/// Reads the arguments after `loket medewerker toevoegen`.
pub fn lees_medewerker(args: &[String]) -> Result<NieuweMedewerker, String> {
    let mut email = None;
    let mut naam = None;
    let mut rol = Rol::Medewerker;
    let mut taal = Lang::Nl;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--naam" => naam = args.next().cloned(),
            "--beheerder" => rol = Rol::Beheerder,
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
        .ok_or_else(|| {
            format!("--naam is needed: residents see who worked on their case\n{GEBRUIK}")
        })?;
    Ok(NieuweMedewerker {
        email,
        naam,
        rol,
        taal,
    })
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
