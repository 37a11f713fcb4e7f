//! Delivery over SMTP: lettre speaks the protocol, on a connection the portal opens and bounds itself.
//!
//! What lettre's own transport does not do, and a portal whose sign-in links travel by mail needs:
//! * a time limit on every step (connect, TLS, the greeting, each command, the message), so that a server that
//!   accepts and never answers delays one message by at most [`Smtp`]'s timeout instead of stopping all mail;
//! * `TCP_NODELAY`: lettre writes the end of the message (`CRLF.CRLF`) as a small write of its own, which
//!   Nagle's algorithm holds back until the server acknowledges the rest, and the server delays that
//!   acknowledgement (about 40 ms on Linux), so every message waited for a timer;
//! * one connection kept open between messages, so that a busy moment does not pay a TCP and TLS handshake
//!   per message.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Mutex;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::ServerName;

/// A connection unused for this long is closed rather than reused: servers hang up on idle clients (RFC 5321
/// §4.5.3.2.7 allows them five minutes), and a fresh connection is cheaper than a failed first command.
const KEEP_IDLE: Duration = Duration::from_secs(30);

/// How the connection is secured, as in lettre's URLs: `smtp://` plain, `smtp://...?tls=required` or
/// `?tls=opportunistic` with STARTTLS, `smtps://` TLS from the first byte.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Security {
    None,
    StartTls { required: bool },
    Wrapper,
}

/// An SMTP server to deliver to.
pub struct Smtp {
    host: String,
    port: u16,
    security: Security,
    credentials: Option<Credentials>,
    hello: ClientId,
    /// The limit of each step.
    timeout: Duration,
    tls: TlsConnector,
    idle: Mutex<Option<(AsyncSmtpConnection, Instant)>>,
}

impl fmt::Debug for Smtp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Smtp")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Why a message was not delivered.
#[derive(Debug)]
pub struct SendError {
    pub kind: Fault,
    pub message: String,
}

/// Whose the failure is, which decides what happens next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The mail server could not be reached, stopped answering, or refused the conversation itself (its
    /// greeting, EHLO, STARTTLS, AUTH or the sender): the next message would fare the same. Not held against
    /// the message.
    Server,
    /// The server refused this message for a passing reason (a `4xx` reply to its recipient or content:
    /// greylisting, a full mailbox).
    Passing,
    /// The server refused this message for good (a `5xx` reply to its recipient or content), or it cannot be
    /// sent at all (its address is not one).
    Refused,
}

impl SendError {
    fn server(step: &str, error: impl fmt::Display) -> SendError {
        SendError {
            kind: Fault::Server,
            message: format!("{step}: {error}"),
        }
    }

    fn timeout(step: &str, limit: Duration) -> SendError {
        SendError::server(step, format_args!("no answer within {} s", limit.as_secs()))
    }

    /// A failure of a step about this message (RCPT, DATA, the message): a reply of the server says whether
    /// it passes; anything else is the server's.
    fn of_message(step: &str, error: &lettre::transport::smtp::Error) -> SendError {
        let kind = if error.is_permanent() {
            Fault::Refused
        } else if error.is_transient() {
            Fault::Passing
        } else {
            Fault::Server
        };
        SendError {
            kind,
            message: format!("{step}: {error}"),
        }
    }
}

/// The step that failed: a failure before `DATA` delivered nothing.
enum Failure {
    BeforeData(SendError),
    InData(SendError),
}

impl Smtp {
    /// From a URL as lettre reads it: `smtp[s]://[user:password@]host[:port][/ehlo-name][?tls=required|opportunistic]`.
    pub fn from_url(text: &str, timeout: Duration) -> Result<Smtp, String> {
        let url = url::Url::parse(text).map_err(|e| format!("LOKET_SMTP_URL: {e}"))?;
        let host = url
            .host_str()
            .ok_or("LOKET_SMTP_URL has no host")?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let tls = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (security, default_port) = match (url.scheme(), tls.as_deref()) {
            ("smtp", None) => (Security::None, 25),
            ("smtp", Some("required")) => (Security::StartTls { required: true }, 587),
            ("smtp", Some("opportunistic")) => (Security::StartTls { required: false }, 587),
            ("smtps", _) => (Security::Wrapper, 465),
            (scheme, tls) => {
                return Err(format!(
                    "LOKET_SMTP_URL: unknown scheme {scheme:?} or tls={tls:?}"
                ));
            }
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|s| s.into_owned())
                .map_err(|e| format!("LOKET_SMTP_URL: {e}"))
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        let name = url.path().trim_matches('/');
        let hello = if name.is_empty() {
            ClientId::default()
        } else {
            ClientId::Domain(name.to_owned())
        };
        Ok(Smtp {
            port: url.port().unwrap_or(default_port),
            host,
            security,
            credentials,
            hello,
            timeout,
            tls: crate::tls::connector()?,
            idle: Mutex::new(None),
        })
    }

    /// Delivers one message within [`Smtp::message_limit`]. On a kept connection that the server closed
    /// meanwhile, the first command fails before anything is delivered; the message then goes once more over
    /// a new connection.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        let limit = self.message_limit();
        tokio::time::timeout(limit, self.deliver(envelope, message))
            .await
            .unwrap_or_else(|_| Err(SendError::timeout("message", limit)))
    }

    async fn deliver(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        let kept = self
            .idle
            .lock()
            .await
            .take()
            .filter(|(_, since)| since.elapsed() < KEEP_IDLE);
        if let Some((mut conn, _)) = kept {
            match self.transfer(&mut conn, envelope, message).await {
                Ok(()) => {
                    *self.idle.lock().await = Some((conn, Instant::now()));
                    return Ok(());
                }
                Err(Failure::BeforeData(e)) if e.kind == Fault::Server => {
                    tracing::debug!(error = %e.message, "kept SMTP connection failed; opening a new one");
                }
                Err(Failure::BeforeData(e) | Failure::InData(e)) => return Err(e),
            }
        }
        let mut conn = self.connect().await?;
        match self.transfer(&mut conn, envelope, message).await {
            Ok(()) => {
                *self.idle.lock().await = Some((conn, Instant::now()));
                Ok(())
            }
            Err(Failure::BeforeData(e) | Failure::InData(e)) => Err(e),
        }
    }

    /// Closes the kept connection, if any (at shutdown).
    pub async fn close(&self) {
        if let Some((mut conn, _)) = self.idle.lock().await.take() {
            let _ = tokio::time::timeout(self.timeout, conn.quit()).await;
        }
    }

    /// One step within the time limit. `of_message`: the step is about this message (its recipient or
    /// content), so a refusal is the message's; otherwise it is the server's.
    async fn step<T>(
        &self,
        name: &str,
        of_message: bool,
        future: impl Future<Output = Result<T, lettre::transport::smtp::Error>>,
    ) -> Result<T, SendError> {
        match tokio::time::timeout(self.timeout, future).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) if of_message => Err(SendError::of_message(name, &e)),
            Ok(Err(e)) => Err(SendError::server(name, e)),
            Err(_) => Err(SendError::timeout(name, self.timeout)),
        }
    }

    /// The most one message may take, all steps together.
    pub fn message_limit(&self) -> Duration {
        self.timeout * 3
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let network = SendError::server;
        let tcp = tokio::time::timeout(
            self.timeout,
            TcpStream::connect((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| SendError::timeout("connect", self.timeout))?
        .map_err(|e| network("connect", e))?;
        tcp.set_nodelay(true).map_err(|e| network("connect", e))?;
        let stream: Box<dyn AsyncTokioStream> = if self.security == Security::Wrapper {
            let name =
                ServerName::try_from(self.host.clone()).map_err(|e| SendError::server("TLS", e))?;
            let tls = tokio::time::timeout(self.timeout, self.tls.connect(name, tcp))
                .await
                .map_err(|_| SendError::timeout("TLS", self.timeout))?
                .map_err(|e| network("TLS", e))?;
            Box::new(Tls(tls))
        } else {
            Box::new(tcp)
        };
        // Reads the greeting and sends EHLO.
        let mut conn = self
            .step(
                "greeting",
                false,
                AsyncSmtpConnection::connect_with_transport(stream, &self.hello),
            )
            .await?;
        if let Security::StartTls { required } = self.security {
            if conn.can_starttls() {
                let parameters = TlsParameters::new(self.host.clone())
                    .map_err(|e| SendError::server("STARTTLS", e))?;
                self.step("STARTTLS", false, conn.starttls(parameters, &self.hello))
                    .await?;
            } else if required {
                return Err(SendError::server(
                    "STARTTLS",
                    "the server does not offer it",
                ));
            }
        }
        if let Some(credentials) = &self.credentials {
            self.step(
                "AUTH",
                false,
                conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials),
            )
            .await?;
        }
        Ok(conn)
    }

    /// MAIL, RCPT, DATA and the message, each step within the time limit (as lettre's `send`, step by step).
    async fn transfer(
        &self,
        conn: &mut AsyncSmtpConnection,
        envelope: &Envelope,
        message: &[u8],
    ) -> Result<(), Failure> {
        let mut options = Vec::new();
        let non_ascii = |a: &lettre::Address| !AsRef::<str>::as_ref(a).is_ascii();
        if envelope.from().is_some_and(non_ascii) || envelope.to().iter().any(non_ascii) {
            options.push(MailParameter::SmtpUtfEight);
        }
        if !message.is_ascii() && conn.server_info().supports_feature(Extension::EightBitMime) {
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        self.step(
            "MAIL FROM",
            false,
            conn.command(Mail::new(envelope.from().cloned(), options)),
        )
        .await
        .map_err(Failure::BeforeData)?;
        for to in envelope.to() {
            self.step("RCPT TO", true, conn.command(Rcpt::new(to.clone(), vec![])))
                .await
                .map_err(Failure::BeforeData)?;
        }
        self.step("DATA", true, conn.command(Data))
            .await
            .map_err(Failure::BeforeData)?;
        self.step("message", true, conn.message(message))
            .await
            .map_err(Failure::InData)?;
        Ok(())
    }
}

/// A TLS connection from the first byte (`smtps://`), as lettre takes a stream of the caller's.
#[derive(Debug)]
struct Tls(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncTokioStream for Tls {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

impl AsyncRead for Tls {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for Tls {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_read_as_lettre_reads_them() {
        let t = Duration::from_secs(5);
        let s = Smtp::from_url("smtp://127.0.0.1:2525", t).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (s.host.as_str(), s.port, &s.security),
            ("127.0.0.1", 2525, &Security::None)
        );
        assert!(s.credentials.is_none());
        let s = Smtp::from_url("smtps://loket%40gemeente.nl:ge%2Fheim@smtp.example.nl", t)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((s.port, &s.security), (465, &Security::Wrapper));
        assert!(s.credentials.is_some());
        let s = Smtp::from_url("smtp://smtp.example.nl?tls=required", t)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (s.port, &s.security),
            (587, &Security::StartTls { required: true })
        );
        assert!(Smtp::from_url("smtp://smtp.example.nl?tls=soms", t).is_err());
        assert!(Smtp::from_url("http://smtp.example.nl", t).is_err());
    }
}
