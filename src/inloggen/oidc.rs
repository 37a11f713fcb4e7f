//! The OpenID Connect protocol: the authorization code flow with PKCE, discovery, and the checks of the ID
//! token (signature, `iss`, `aud`, `exp`, `nonce`, and `acr` when a level is required), all by the
//! `openidconnect` crate. This module knows nothing of persons or pages: it turns a callback into an
//! [`Identiteit`] or says why not.
//!
//! A sign-in in progress is a row of `inlogpogingen`, keyed by the `state` sent to the provider and bound to
//! the browser by the hash of a random cookie. Nothing is bound to the network address: a phone that changes
//! network halfway still comes back signed in.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreResponseType,
    CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthenticationContextClass, AuthenticationFlow, AuthorizationCode, Client,
    ClientId, ClientSecret, CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IdTokenFields, IssuerUrl, LogoutRequest, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout, RedirectUrl,
    RequestTokenError, StandardErrorResponse, StandardTokenResponse,
};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use time::OffsetDateTime;
use tokio::sync::Mutex;

use crate::AppState;
use crate::config::{Aanbieder, OidcConfig};
use crate::db;
use crate::http::klant::Klant;
use crate::ids::PersoonId;
use crate::token;

/// A sign-in must come back within this time.
pub const POGING_GELDIG: time::Duration = time::Duration::minutes(15);

/// A provider's discovery document and keys are read again after this time.
const METADATA_VERS: Duration = Duration::from_secs(5 * 60);

/// A provider whose discovery failed (and of which no copy was read before) is asked again after this time.
const NIET_OPNIEUW: Duration = Duration::from_secs(30);

/// The claims beyond the standard ones (the BSN, the KVK number), kept so that they can be read by name from
/// the verified token.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Overig {
    #[serde(flatten)]
    velden: serde_json::Map<String, serde_json::Value>,
}

impl AdditionalClaims for Overig {}

type Velden = IdTokenFields<
    Overig,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type TokenAntwoord = StandardTokenResponse<Velden, CoreTokenType>;
type OidcClient = Client<
    Overig,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenAntwoord,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The configured providers with what discovery told about them.
pub struct Aanbieders {
    klant: Klant,
    gelezen: Mutex<HashMap<Aanbieder, Gelezen>>,
}

/// What the last discovery of a provider gave.
enum Gelezen {
    Ok(Instant, Arc<ProviderMetadataWithLogout>),
    Mislukt(Instant, String),
}

/// Who the provider says signed in, after every check. No `Debug`: it holds a BSN.
#[derive(Clone)]
pub struct Identiteit {
    pub aanbieder: Aanbieder,
    /// The provider's subject.
    pub sub: String,
    /// The value of the configured claim (BSN, KVK number, e-mail address), checked by the caller.
    pub waarde: Option<String>,
    /// The provider's `email_verified`, when it sends one.
    pub email_geverifieerd: Option<bool>,
}

/// The sign-in as it was started.
#[derive(Clone, Debug)]
pub struct Poging {
    pub aanbieder: Aanbieder,
    pub terug: Option<String>,
    /// Who was signed in when it started.
    pub persoon_id: Option<PersoonId>,
}

/// Why a callback did not sign anyone in.
#[derive(Debug)]
pub enum Mislukt {
    /// No sign-in of this browser with this `state` (missing, unknown, used, expired or another browser's).
    GeenPoging,
    /// The resident cancelled at the provider.
    Geannuleerd(Poging),
    /// The provider answered with an error, could not be reached, or its answer failed a check. The reason is
    /// for the log and never holds a claim's value.
    Fout(String),
}

/// The query of a callback.
#[derive(Debug, Default, Deserialize)]
pub struct Terugkomst {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
}

impl Aanbieders {
    pub fn new() -> Result<Aanbieders, String> {
        Ok(Aanbieders {
            klant: Klant::new(Duration::from_secs(10))?,
            gelezen: Mutex::new(HashMap::new()),
        })
    }

    /// The provider's discovery document and keys: read once and kept for a few minutes. No lock is held
    /// while the provider is asked. When it cannot be reached, the copy read before is used if there is one;
    /// without one, the provider is not asked again for [`NIET_OPNIEUW`], so that a provider that is down
    /// costs each sign-in one quick error page instead of a wait.
    async fn metadata(
        &self,
        config: &OidcConfig,
    ) -> Result<Arc<ProviderMetadataWithLogout>, String> {
        let a = config.aanbieder;
        let oud = {
            let gelezen = self.gelezen.lock().await;
            match gelezen.get(&a) {
                Some(Gelezen::Ok(op, metadata)) if op.elapsed() < METADATA_VERS => {
                    return Ok(metadata.clone());
                }
                Some(Gelezen::Mislukt(op, reden)) if op.elapsed() < NIET_OPNIEUW => {
                    return Err(reden.clone());
                }
                Some(Gelezen::Ok(_, metadata)) => Some(metadata.clone()),
                _ => None,
            }
        };
        let issuer = IssuerUrl::new(config.issuer.clone()).map_err(|e| format!("issuer: {e}"))?;
        let klant = self.klant.clone();
        let http = move |request| {
            let klant = klant.clone();
            async move { klant.stuur(request).await }
        };
        let gelezen = ProviderMetadataWithLogout::discover_async(issuer, &http).await;
        let mut lijst = self.gelezen.lock().await;
        match (gelezen, oud) {
            (Ok(metadata), _) => {
                let metadata = Arc::new(metadata);
                lijst.insert(a, Gelezen::Ok(Instant::now(), metadata.clone()));
                Ok(metadata)
            }
            (Err(e), Some(oud)) => {
                tracing::warn!(provider = a.code(), error = %ketting(&e), "discovery failed; using the copy read before");
                // Kept, and asked again after the usual time.
                lijst.insert(a, Gelezen::Ok(Instant::now(), oud.clone()));
                Ok(oud)
            }
            (Err(e), None) => {
                let reden = format!("discovery: {}", ketting(&e));
                lijst.insert(a, Gelezen::Mislukt(Instant::now(), reden.clone()));
                Err(reden)
            }
        }
    }

    async fn client(&self, app: &AppState, config: &OidcConfig) -> Result<OidcClient, String> {
        let metadata = self.metadata(config).await?;
        let redirect = RedirectUrl::new(terug_url(app, config.aanbieder))
            .map_err(|e| format!("redirect: {e}"))?;
        Ok(OidcClient::from_provider_metadata(
            (*metadata).clone(),
            ClientId::new(config.client_id.clone()),
            config.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect))
    }

    /// Starts a sign-in: stores the attempt for this browser and returns the provider's address to send the
    /// browser to.
    pub async fn begin(
        &self,
        app: &AppState,
        config: &OidcConfig,
        browser: &str,
        terug: Option<&str>,
        persoon_id: Option<&PersoonId>,
    ) -> Result<String, String> {
        let client = self.client(app, config).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        if let Some(acr) = &config.acr {
            request = request.add_auth_context_value(AuthenticationContextClass::new(acr.clone()));
        }
        let (url, state, nonce) = request.url();
        let now = app.clock.now();
        let mut tx = app.db.begin_write().await.map_err(|e| e.to_string())?;
        // Attempts that never came back are cleared by the next one.
        sqlx::query("DELETE FROM inlogpogingen WHERE aangemaakt_op < $1")
            .bind(db::ts(now - POGING_GELDIG))
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
        sqlx::query(
            "INSERT INTO inlogpogingen (state, browser_hash, aanbieder, nonce, pkce_verifier, terug, \
             persoon_id, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(token::hash(state.secret()))
        .bind(token::hash(browser))
        .bind(config.aanbieder.code())
        .bind(nonce.secret())
        .bind(verifier.secret())
        .bind(terug)
        .bind(persoon_id)
        .bind(db::ts(now))
        .execute(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
        tx.commit().await.map_err(|e| e.to_string())?;
        Ok(url.to_string())
    }

    /// Finishes a sign-in: takes the attempt (once), and checks the provider's answer.
    pub async fn finish(
        &self,
        app: &AppState,
        config: &OidcConfig,
        browser: Option<&str>,
        query: &Terugkomst,
    ) -> Result<(Poging, Identiteit), Mislukt> {
        let (Some(state), Some(browser)) = (query.state.as_deref(), browser) else {
            return Err(Mislukt::GeenPoging);
        };
        let (poging, nonce, verifier) = neem_poging(app, config.aanbieder, state, browser)
            .await
            .map_err(Mislukt::Fout)?
            .ok_or(Mislukt::GeenPoging)?;
        match (query.error.as_deref(), query.code.as_deref()) {
            (Some("access_denied"), _) => Err(Mislukt::Geannuleerd(poging)),
            (Some(error), _) => Err(Mislukt::Fout(format!("the provider answered {error}"))),
            (None, None) => Err(Mislukt::Fout("no code".into())),
            (None, Some(code)) => match self.wissel(app, config, code, nonce, verifier).await {
                Ok(identiteit) => Ok((poging, identiteit)),
                Err(e) => Err(Mislukt::Fout(e)),
            },
        }
    }

    /// Exchanges the code for tokens and checks the ID token.
    async fn wissel(
        &self,
        app: &AppState,
        config: &OidcConfig,
        code: &str,
        nonce: Nonce,
        verifier: PkceCodeVerifier,
    ) -> Result<Identiteit, String> {
        let client = self.client(app, config).await?;
        let klant = self.klant.clone();
        let http = move |request| {
            let klant = klant.clone();
            async move { klant.stuur(request).await }
        };
        let antwoord = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| format!("token endpoint: {e}"))?
            .set_pkce_verifier(verifier)
            .request_async(&http)
            .await
            .map_err(|e| match e {
                // The answer's text may hold claims: only what kind of answer it was.
                RequestTokenError::Parse(_, _) => {
                    "token request: the answer is not a token response".to_owned()
                }
                RequestTokenError::ServerResponse(antwoord) => {
                    format!("token request: the provider answered {}", antwoord.error())
                }
                andere => format!("token request: {}", ketting(&andere)),
            })?;
        let id_token = antwoord
            .extra_fields()
            .id_token()
            .ok_or("no ID token in the answer")?;
        let claims = id_token
            .claims(&client.id_token_verifier(), &nonce)
            .map_err(|e| format!("ID token: {}", ketting(&e)))?;
        if let Some(vereist) = &config.acr {
            let gekregen = claims.auth_context_ref().map(|a| a.as_str());
            if !acr_voldoet(gekregen, vereist) {
                return Err(format!(
                    "level of assurance {gekregen:?} is below the required {vereist:?}"
                ));
            }
        }
        // By name among all claims, the standard ones (`email`) included.
        let waarde = serde_json::to_value(claims)
            .ok()
            .and_then(|alle| alle.get(&config.claim).cloned())
            .and_then(|v| match v {
                serde_json::Value::String(s) => Some(s),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            });
        Ok(Identiteit {
            aanbieder: config.aanbieder,
            sub: claims.subject().to_string(),
            waarde,
            email_geverifieerd: claims.email_verified(),
        })
    }

    /// Where to send the browser to end the session at the provider too, if it offers that.
    pub async fn afmelden_url(&self, app: &AppState, config: &OidcConfig) -> Option<String> {
        let metadata = self.metadata(config).await.ok()?;
        let endpoint = metadata
            .additional_metadata()
            .end_session_endpoint
            .clone()?;
        let na = PostLogoutRedirectUrl::new(format!("{}/uitgelogd", app.config.base_url)).ok()?;
        Some(
            LogoutRequest::from(endpoint)
                .set_client_id(ClientId::new(config.client_id.clone()))
                .set_post_logout_redirect_uri(na)
                .http_get_url()
                .to_string(),
        )
    }
}

/// An error with its causes, for the log.
fn ketting(e: &dyn std::error::Error) -> String {
    let mut tekst = e.to_string();
    let mut oorzaak = e.source();
    while let Some(o) = oorzaak {
        tekst.push_str(&format!(": {o}"));
        oorzaak = o.source();
    }
    tekst
}

/// The callback address an operator registers at the provider.
pub fn terug_url(app: &AppState, aanbieder: Aanbieder) -> String {
    format!(
        "{}/inloggen/{}/terug",
        app.config.base_url,
        aanbieder.code()
    )
}

/// Takes the attempt with this state, if this browser started it for this provider within
/// [`POGING_GELDIG`]. It is deleted whatever the outcome: a state works once.
async fn neem_poging(
    app: &AppState,
    aanbieder: Aanbieder,
    state: &str,
    browser: &str,
) -> Result<Option<(Poging, Nonce, PkceCodeVerifier)>, String> {
    let mut tx = app.db.begin_write().await.map_err(|e| e.to_string())?;
    let row = sqlx::query(
        "SELECT browser_hash, aanbieder, nonce, pkce_verifier, terug, persoon_id, aangemaakt_op \
         FROM inlogpogingen WHERE state = $1",
    )
    .bind(token::hash(state))
    .fetch_optional(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    let Some(row) = row else {
        return Ok(None);
    };
    let browser_hash: String = row.get("browser_hash");
    // Another browser's state: leave it for that browser.
    // Hashes of random secrets: comparing them tells an attacker nothing about the secret.
    if browser_hash != token::hash(browser) {
        return Ok(None);
    }
    sqlx::query("DELETE FROM inlogpogingen WHERE state = $1")
        .bind(token::hash(state))
        .execute(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    let aangemaakt: OffsetDateTime =
        db::parse_ts(&row.get::<String, _>("aangemaakt_op")).ok_or("unreadable moment")?;
    if row.get::<String, _>("aanbieder") != aanbieder.code()
        || app.clock.now() - aangemaakt > POGING_GELDIG
    {
        return Ok(None);
    }
    Ok(Some((
        Poging {
            aanbieder,
            terug: row.get("terug"),
            persoon_id: row.get("persoon_id"),
        },
        Nonce::new(row.get("nonce")),
        PkceCodeVerifier::new(row.get("pkce_verifier")),
    )))
}

/// Levels of assurance that are known, from low to high: DigiD's (basis, midden, substantieel, hoog) as
/// brokers name them, and eHerkenning's. A known level meets a known required level of the same scheme when
/// it is at least as high; any other value must be the required one exactly.
const NIVEAUS: [&[&str]; 2] = [
    &[
        "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
    ],
    &[
        "urn:etoegang:core:assurance-class:loa1",
        "urn:etoegang:core:assurance-class:loa2",
        "urn:etoegang:core:assurance-class:loa2plus",
        "urn:etoegang:core:assurance-class:loa3",
        "urn:etoegang:core:assurance-class:loa4",
    ],
];

fn acr_voldoet(gekregen: Option<&str>, vereist: &str) -> bool {
    let Some(gekregen) = gekregen else {
        return false;
    };
    for schaal in NIVEAUS {
        let plaats = |acr: &str| schaal.iter().position(|n| *n == acr);
        if let (Some(g), Some(v)) = (plaats(gekregen), plaats(vereist)) {
            return g >= v;
        }
    }
    gekregen == vereist
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_at_least_as_high_as_required() {
        let substantieel = "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard";
        let basis = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
        let hoog = "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";
        assert!(acr_voldoet(Some(substantieel), substantieel));
        assert!(acr_voldoet(Some(hoog), substantieel));
        assert!(!acr_voldoet(Some(basis), substantieel));
        assert!(!acr_voldoet(None, substantieel));
        assert!(acr_voldoet(Some("eigen-niveau"), "eigen-niveau"));
        assert!(!acr_voldoet(Some("ander-niveau"), "eigen-niveau"));
        // Another scheme's level is no match.
        assert!(!acr_voldoet(
            Some("urn:etoegang:core:assurance-class:loa4"),
            substantieel
        ));
    }
}
