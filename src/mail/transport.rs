//! Where messages go: an SMTP server (see [`super::smtp`]), or `.eml` files in a folder.

use std::path::PathBuf;
use std::time::Duration;

use lettre::Message;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Attachment, Body, Mailbox, MultiPart, SinglePart};

use super::smtp::{Fault, SendError, Smtp};
use crate::config::MailConfig;

pub enum Transport {
    Smtp(Box<Smtp>),
    Files(PathBuf),
}

/// One stored message, ready to send.
pub struct Outgoing<'a> {
    pub id: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    /// A text file sent with it, such as a calendar file.
    pub bijlage: Option<&'a super::Bijlage>,
}

impl Transport {
    /// `timeout` bounds each step of an SMTP conversation.
    pub fn from_config(config: &MailConfig, timeout: Duration) -> Result<Transport, String> {
        match config {
            MailConfig::Files(dir) => Ok(Transport::Files(dir.clone())),
            MailConfig::Smtp(url) => Ok(Transport::Smtp(Box::new(Smtp::from_url(url, timeout)?))),
        }
    }

    pub async fn send(&self, from: &Mailbox, mail: &Outgoing<'_>) -> Result<(), SendError> {
        let refused = |message: String| SendError {
            kind: Fault::Refused,
            message,
        };
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| refused(format!("recipient: {e}")))?;
        // Files are for people to read: unencoded ("binary") keeps links whole and readable in a text editor.
        // Over SMTP, lettre picks the safest encoding.
        let readable = matches!(self, Transport::Files(_));
        let part = |content_type: ContentType, body: &str| {
            let body = if readable {
                Body::new_with_encoding(body.to_owned(), ContentTransferEncoding::Binary)
                    .unwrap_or_else(Body::new)
            } else {
                Body::new(body.to_owned())
            };
            SinglePart::builder().header(content_type).body(body)
        };
        let message = Message::builder()
            // The same id every time this message is sent: a receiving server can tell a repeat.
            .message_id(Some(format!("<{}@{}>", mail.id, from.email.domain())))
            .from(from.clone())
            .to(to)
            .subject(mail.subject);
        let tekst = MultiPart::alternative()
            .singlepart(part(ContentType::TEXT_PLAIN, mail.text))
            .singlepart(part(ContentType::TEXT_HTML, mail.html));
        let message = match mail.bijlage {
            None => message.multipart(tekst),
            Some(b) => {
                let soort = ContentType::parse(&format!("{}; charset=utf-8", b.soort))
                    .map_err(|e| refused(format!("attachment type: {e}")))?;
                message.multipart(
                    MultiPart::mixed()
                        .multipart(tekst)
                        .singlepart(Attachment::new(b.naam.clone()).body(b.inhoud.clone(), soort)),
                )
            }
        }
        .map_err(|e| refused(format!("message: {e}")))?;
        match self {
            Transport::Smtp(smtp) => smtp.send(message.envelope(), &message.formatted()).await,
            Transport::Files(dir) => write_file(dir, mail.id, &message.formatted())
                .await
                .map_err(|e| SendError {
                    kind: Fault::Server,
                    message: e.to_string(),
                }),
        }
    }

    /// The most one message may take to send.
    pub fn message_limit(&self) -> Duration {
        match self {
            Transport::Smtp(smtp) => smtp.message_limit(),
            Transport::Files(_) => Duration::from_secs(10),
        }
    }

    /// Ends what is open (the kept SMTP connection).
    pub async fn close(&self) {
        if let Transport::Smtp(smtp) = self {
            smtp.close().await;
        }
    }
}

async fn write_file(dir: &std::path::Path, id: &str, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    // Write, then rename: a reader never sees half a message.
    let tmp = dir.join(format!(".{id}.tmp"));
    tokio::fs::write(&tmp, bytes).await?;
    tokio::fs::rename(&tmp, dir.join(format!("{id}.eml"))).await
}
