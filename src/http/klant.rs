//! Requests the portal itself makes, to an OpenID provider: HTTP/1.1 over TCP, with TLS (the web's root
//! certificates) for `https://`. Small on purpose: a provider answers discovery, its keys and the token
//! request, each one request on a new connection, within [`Klant::limiet`].

use std::time::Duration;

use axum::http::{HeaderValue, Request, Response, header};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls;

/// An answer larger than this is refused: a provider's documents are a few kilobytes.
const MAX_ANTWOORD: usize = 1024 * 1024;

#[derive(Debug)]
pub struct KlantFout(String);

impl std::fmt::Display for KlantFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for KlantFout {}

fn fout(wat: &str, e: impl std::fmt::Display) -> KlantFout {
    KlantFout(format!("{wat}: {e}"))
}

#[derive(Clone)]
pub struct Klant {
    tls: TlsConnector,
    /// The most a request may take, from connecting to the last byte of the answer.
    pub limiet: Duration,
}

impl Klant {
    pub fn new(limiet: Duration) -> Result<Klant, String> {
        Ok(Klant {
            tls: crate::tls::connector()?,
            limiet,
        })
    }

    /// Sends one request and reads the whole answer, within [`Klant::limiet`].
    pub async fn stuur(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, KlantFout> {
        tokio::time::timeout(self.limiet, self.stuur_zonder_limiet(request))
            .await
            .map_err(|_| KlantFout(format!("no answer within {:?}", self.limiet)))?
    }

    async fn stuur_zonder_limiet(
        &self,
        request: Request<Vec<u8>>,
    ) -> Result<Response<Vec<u8>>, KlantFout> {
        let uri = request.uri().clone();
        let https = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(KlantFout(format!("not an http(s) address: {uri}"))),
        };
        let host = uri
            .host()
            .ok_or_else(|| KlantFout(format!("no host in {uri}")))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
        let tcp = TcpStream::connect((host.as_str(), port))
            .await
            .map_err(|e| fout("connect", e))?;
        let (mut parts, body) = request.into_parts();
        // HTTP/1.1 asks for a Host header and the path alone on the request line.
        let authority = uri
            .authority()
            .map(|a| a.as_str().to_owned())
            .unwrap_or_default();
        parts.headers.insert(
            header::HOST,
            HeaderValue::from_str(&authority).map_err(|e| fout("host", e))?,
        );
        parts.uri = uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/")
            .parse()
            .map_err(|e| fout("path", e))?;
        let request = Request::from_parts(parts, Full::new(Bytes::from(body)));
        let answer = if https {
            let name = rustls::pki_types::ServerName::try_from(host)
                .map_err(|e| fout("server name", e))?;
            let tls = self
                .tls
                .connect(name, tcp)
                .await
                .map_err(|e| fout("TLS", e))?;
            send(TokioIo::new(tls), request).await?
        } else {
            send(TokioIo::new(tcp), request).await?
        };
        Ok(answer)
    }
}

async fn send<T>(io: T, request: Request<Full<Bytes>>) -> Result<Response<Vec<u8>>, KlantFout>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(|e| fout("handshake", e))?;
    let driver = tokio::spawn(connection);
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| KlantFout(format!("request: {e:?}")))?;
    let (parts, body) = response.into_parts();
    let bytes = Limited::new(body, MAX_ANTWOORD)
        .collect()
        .await
        .map_err(|e| fout("answer", e))?
        .to_bytes();
    driver.abort();
    Ok(Response::from_parts(parts, bytes.to_vec()))
}
