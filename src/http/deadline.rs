//! A connection that gives up on a peer that stops: when a read or write has to wait, and nothing at all has
//! moved on the connection (in either direction) for a set time, it fails with `TimedOut`. Progress either
//! way counts, because the server keeps a read waiting while it writes a response (to notice a client that
//! hangs up): a long download to a slow phone must not be cut while it moves.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// `inner`, closed after `timeout` without any progress while it waits.
#[derive(Debug)]
pub struct Deadline<S> {
    inner: S,
    timeout: Duration,
    /// Wakes the waiting side when the time is up; reset to `timeout` after the last progress.
    timer: Pin<Box<Sleep>>,
}

impl<S> Deadline<S> {
    pub fn new(inner: S, timeout: Duration) -> Deadline<S> {
        Deadline {
            inner,
            timeout,
            timer: Box::pin(tokio::time::sleep(timeout)),
        }
    }

    /// What an operation's outcome means: progress moves the deadline; waiting past it is an error.
    fn wait<T>(
        &mut self,
        result: Poll<io::Result<T>>,
        cx: &mut Context<'_>,
    ) -> Poll<io::Result<T>> {
        match result {
            Poll::Ready(r) => {
                self.timer.as_mut().reset(Instant::now() + self.timeout);
                Poll::Ready(r)
            }
            Poll::Pending => match self.timer.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("nothing moved for {} s", self.timeout.as_secs()),
                ))),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Deadline<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_read(cx, buf);
        this.wait(result, cx)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Deadline<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write(cx, buf);
        this.wait(result, cx)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_flush(cx);
        this.wait(result, cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_shutdown(cx);
        this.wait(result, cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        this.wait(result, cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn a_peer_that_says_nothing_times_out_and_one_that_talks_does_not() {
        let (near, mut far) = tokio::io::duplex(64);
        let mut stream = Deadline::new(near, Duration::from_millis(50));
        let mut buf = [0u8; 4];
        let error = stream.read(&mut buf).await.err().map(|e| e.kind());
        assert_eq!(error, Some(io::ErrorKind::TimedOut));

        far.write_all(b"220 ").await.unwrap_or_default();
        assert_eq!(stream.read(&mut buf).await.ok(), Some(4));
        assert_eq!(&buf, b"220 ");
    }

    #[tokio::test]
    async fn progress_in_one_direction_keeps_a_waiting_read_alive() {
        let (near, mut far) = tokio::io::duplex(8);
        let mut stream = Deadline::new(near, Duration::from_millis(100));
        // The far side reads slowly, 8 bytes every 40 ms: writes move on, while nothing comes to read.
        let reader = tokio::spawn(async move {
            let mut buf = [0u8; 8];
            let mut total = 0;
            while total < 160 {
                tokio::time::sleep(Duration::from_millis(40)).await;
                total += far.read(&mut buf).await.unwrap_or(0);
            }
            far
        });
        let (mut read_half, mut write_half) = tokio::io::split(&mut stream);
        let writing = async { write_half.write_all(&[1u8; 160]).await };
        let mut one = [0u8; 1];
        let reading = read_half.read(&mut one);
        tokio::select! {
            written = writing => assert!(written.is_ok(), "{written:?}"),
            read = reading => panic!("the waiting read ended first: {read:?}"),
        }
        let _ = reader.await;
    }
}
