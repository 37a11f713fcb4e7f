//! TLS for the connections the portal opens itself (to the SMTP server, to an OpenID provider): rustls with
//! the *ring* provider and the web's root certificates (webpki-roots), so that no system certificate store is
//! needed.

use std::sync::Arc;

use tokio_rustls::TlsConnector;
use tokio_rustls::rustls;

/// A connector that checks the server's certificate against the web's roots.
pub fn connector() -> Result<TlsConnector, String> {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| format!("TLS: {e}"))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(TlsConnector::from(Arc::new(config)))
}
