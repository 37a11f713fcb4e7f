//! The sign-in form: raw input and its parsing.

use serde::Deserialize;

use crate::auth::domain::{EmailAddress, EmailError};
use crate::form::FieldErrors;
use crate::i18n::{Tr, msg};

#[derive(Debug, Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    pub email: String,
    /// The page to return to after sign-in.
    #[serde(default)]
    pub terug: Option<String>,
}

/// The page to return to, from the query string of the sign-in pages.
#[derive(Debug, Default, Deserialize)]
pub struct Terug {
    #[serde(default)]
    pub terug: Option<String>,
}

impl Terug {
    pub fn pad(&self) -> Option<String> {
        crate::http::terug(self.terug.as_deref())
    }

    /// `?terug=...` to add to a link, or nothing.
    pub fn query(&self) -> String {
        self.pad()
            .map(|p| format!("?terug={}", crate::http::query_waarde(&p)))
            .unwrap_or_default()
    }
}

impl SignInForm {
    pub fn parse(&self, tr: &Tr) -> Result<EmailAddress, FieldErrors> {
        EmailAddress::parse(&self.email).map_err(|e| {
            let mut errors = FieldErrors::new();
            let message = match e {
                EmailError::Empty => msg::AUTH_EMAIL_LEEG,
                EmailError::Invalid => msg::AUTH_EMAIL_ONGELDIG,
            };
            errors.add("email", tr.t(message));
            errors
        })
    }
}
