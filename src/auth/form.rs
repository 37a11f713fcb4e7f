//! The sign-in form: raw input and its parsing.

use serde::Deserialize;

use super::domain::{EmailAddress, EmailError};
use crate::form::FieldErrors;
use crate::i18n::{Tr, msg};

#[derive(Debug, Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    pub email: String,
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
