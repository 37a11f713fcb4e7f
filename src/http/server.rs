//! The HTTP server: hyper's HTTP/1.1 connections around the router, with the limits that keep a flood of slow
//! or idle clients from taking the portal down.
//!
//! | limit | value | why |
//! |---|---|---|
//! | header read | [`HEADER_READ_TIMEOUT`] (10 s) | a client that has not sent its request line and headers by then is cut off (the "slowloris" flood); this also ends a kept-alive connection that sends no next request |
//! | idle | [`IDLE_TIMEOUT`] (60 s) | a connection on which nothing is read or written for this long is closed: a client that stops reading a page or stops sending an upload |
//! | connections | `LOKET_MAX_CONNECTIONS` (1024), lowered to fit the open-files limit | at the cap no new connection is accepted until one ends: they wait in the kernel's queue instead of making the portal run out of file descriptors |
//! | request | [`super::REQUEST_TIMEOUT`] (30 s), [`super::UPLOAD_TIMEOUT`] (5 min) for an upload | a request that takes longer gets a 503 page |
//! | shutdown | [`SHUTDOWN_GRACE`] (15 s) | on SIGTERM no new connection is accepted, requests in flight finish, idle connections close; what is still open after this is cut |

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use super::deadline::Deadline;
use super::opstart::Wissel;

pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(15);

/// File descriptors kept free for everything but client connections: the database pool (a SQLite connection
/// holds the database, its log and shared memory), the temporary files of uploads, the mail connection, logs.
const RESERVED_FILES: usize = 64 + super::spool::SPOOLED_AT_ONCE;

/// The limits of [`serve`].
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub header_read: Duration,
    pub idle: Duration,
    pub max_connections: usize,
    pub shutdown_grace: Duration,
}

impl Limits {
    /// The documented limits, with at most `max_connections` connections, fewer if the process may not open
    /// that many files (besides those for `db_connections` database connections).
    pub fn new(max_connections: usize, db_connections: u32) -> Limits {
        let reserved = RESERVED_FILES + 4 * db_connections as usize;
        let cap = match open_files_limit() {
            Some(limit) if limit < max_connections + reserved => {
                let cap = limit.saturating_sub(reserved).max(1);
                tracing::warn!(
                    open_files_limit = limit,
                    max_connections = cap,
                    "the open-files limit lowers the number of connections served at once"
                );
                cap
            }
            _ => max_connections,
        };
        Limits {
            header_read: HEADER_READ_TIMEOUT,
            idle: IDLE_TIMEOUT,
            max_connections: cap,
            shutdown_grace: SHUTDOWN_GRACE,
        }
    }
}

/// The soft limit on open files of this process, where the system tells (Linux).
fn open_files_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// Serves `router` on `listener` until `shutdown` completes, then stops as described in the module. A
/// [`Wissel`] that is still starting answers with its start-up answers until it is ready.
pub async fn serve(
    listener: TcpListener,
    router: impl Into<Wissel>,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let router: Wissel = router.into();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        // At the cap, wait for a connection to end before accepting the next.
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection that ended before it was accepted: go on
                    // after a pause rather than spin.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Pages go out in one go; no waiting for the client's acknowledgement of the previous part.
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(remote));
            let response = router.router().clone().oneshot(request);
            async move { Ok::<_, Infallible>(response.await.unwrap_or_else(|e| match e {})) }
        });
        let connection =
            http.serve_connection(TokioIo::new(Deadline::new(stream, limits.idle)), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are the client's doing (it went away, was too slow, sent nonsense).
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    let open = limits
        .max_connections
        .saturating_sub(permits.available_permits());
    tracing::info!(connections = open, "stopping: finishing requests in flight");
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown())
        .await
        .is_err()
    {
        let open = limits
            .max_connections
            .saturating_sub(permits.available_permits());
        tracing::warn!(
            connections = open,
            grace_s = limits.shutdown_grace.as_secs(),
            "connections still open after the grace period are cut"
        );
    }
}
