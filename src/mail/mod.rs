//! Outgoing mail: messages composed from fluent, an outbox table, and a worker that delivers.
//!
//! A message is written to the outbox in the same transaction as the change that causes it, so there is never
//! a change without its message, nor a message about a change that did not happen. The worker delivers with
//! retries and back-off: a mail server that is down delays mail but loses none. Transports: SMTP (production,
//! [`smtp`]) and files in a folder (development, and for following a sign-in link locally).

pub mod limiet;
mod message;
pub mod outbox;
pub mod smtp;
mod transport;

pub use message::{Bijlage, Email};
pub use outbox::enqueue;
pub use transport::Transport;

/// The start of the stored address of someone without one of their own: mail to it is not sent.
pub const GEEN_ADRES: &str = "geen-email:";

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use lettre::message::Mailbox;
use tokio::sync::Notify;

use crate::config::Config;

/// The transport, the sender and a bell that wakes the worker when new mail is committed.
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
    bell: Arc<Notify>,
    stopping: AtomicBool,
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Mailer, String> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .map_err(|e| format!("LOKET_MAIL_FROM is not a mail address: {e}"))?;
        Ok(Mailer {
            transport: Transport::from_config(&config.mail, config.smtp_timeout)?,
            from,
            bell: Arc::new(Notify::new()),
            stopping: AtomicBool::new(false),
        })
    }

    /// Tells the worker that new mail is waiting. Call after the transaction that wrote it has committed.
    pub fn wake(&self) {
        self.bell.notify_one();
    }

    /// Tells the worker to stop after the message it is sending (at shutdown).
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Release);
        self.bell.notify_one();
    }

    pub fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Acquire)
    }

    pub(crate) fn bell(&self) -> Arc<Notify> {
        self.bell.clone()
    }
}
