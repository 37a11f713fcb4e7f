//! Outgoing mail: messages composed from fluent, an outbox table, and a worker that delivers.
//!
//! A message is written to the outbox in the same transaction as the change that causes it, so there is never
//! a change without its message, nor a message about a change that did not happen. The worker delivers with
//! retries and back-off: a mail server that is down delays mail but loses none. Transports: SMTP (production)
//! and files in a folder (development, and for following a sign-in link locally).

mod message;
pub mod outbox;
mod transport;

pub use message::Email;
pub use outbox::enqueue;
pub use transport::Transport;

use std::sync::Arc;

use lettre::message::Mailbox;
use tokio::sync::Notify;

use crate::config::Config;

/// The transport, the sender and a bell that wakes the worker when new mail is committed.
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
    bell: Arc<Notify>,
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Mailer, String> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .map_err(|e| format!("LOKET_MAIL_FROM is not a mail address: {e}"))?;
        Ok(Mailer {
            transport: Transport::from_config(&config.mail)?,
            from,
            bell: Arc::new(Notify::new()),
        })
    }

    /// Tells the worker that new mail is waiting. Call after the transaction that wrote it has committed.
    pub fn wake(&self) {
        self.bell.notify_one();
    }

    pub(crate) fn bell(&self) -> Arc<Notify> {
        self.bell.clone()
    }
}
