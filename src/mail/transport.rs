//! Where messages go: an SMTP server through lettre, or `.eml` files in a folder.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::MailConfig;

pub enum Transport {
    Smtp(Box<AsyncSmtpTransport<Tokio1Executor>>),
    Files(PathBuf),
}

/// One stored message, ready to send.
pub struct Outgoing<'a> {
    pub id: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
}

impl Transport {
    pub fn from_config(config: &MailConfig) -> Result<Transport, String> {
        match config {
            MailConfig::Files(dir) => Ok(Transport::Files(dir.clone())),
            MailConfig::Smtp(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("LOKET_SMTP_URL: {e}"))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build();
                Ok(Transport::Smtp(Box::new(transport)))
            }
        }
    }

    pub async fn send(&self, from: &Mailbox, mail: &Outgoing<'_>) -> Result<(), String> {
        let to: Mailbox = mail.to.parse().map_err(|e| format!("recipient: {e}"))?;
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
            .from(from.clone())
            .to(to)
            .subject(mail.subject)
            .multipart(
                MultiPart::alternative()
                    .singlepart(part(ContentType::TEXT_PLAIN, mail.text))
                    .singlepart(part(ContentType::TEXT_HTML, mail.html)),
            )
            .map_err(|e| format!("message: {e}"))?;
        match self {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| e.to_string())?;
                // Write, then rename: a reader never sees half a message.
                let tmp = dir.join(format!(".{}.tmp", mail.id));
                tokio::fs::write(&tmp, message.formatted())
                    .await
                    .map_err(|e| e.to_string())?;
                tokio::fs::rename(&tmp, dir.join(format!("{}.eml", mail.id)))
                    .await
                    .map_err(|e| e.to_string())
            }
        }
    }
}
