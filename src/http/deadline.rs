//! A connection that gives up on a peer that stops: every read, write or flush that makes no progress for a
//! set time fails with `TimedOut`. Used for SMTP (a mail server that accepts and never answers) and for the
//! web server's connections (a client that sends or reads nothing).

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

/// `inner`, where each direction has `timeout` to make progress once it has to wait.
#[derive(Debug)]
pub struct Deadline<S> {
    inner: S,
    timeout: Duration,
    reading: Option<Pin<Box<Sleep>>>,
    writing: Option<Pin<Box<Sleep>>>,
}

impl<S> Deadline<S> {
    pub fn new(inner: S, timeout: Duration) -> Deadline<S> {
        Deadline {
            inner,
            timeout,
            reading: None,
            writing: None,
        }
    }
}

/// What an operation that waits does: ready ends the wait; still waiting after `timeout` is an error.
fn wait<T>(
    result: Poll<io::Result<T>>,
    timer: &mut Option<Pin<Box<Sleep>>>,
    timeout: Duration,
    cx: &mut Context<'_>,
) -> Poll<io::Result<T>> {
    match result {
        Poll::Ready(r) => {
            *timer = None;
            Poll::Ready(r)
        }
        Poll::Pending => {
            let sleep = timer.get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
            match sleep.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    *timer = None;
                    Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        format!("no answer within {} s", timeout.as_secs()),
                    )))
                }
                Poll::Pending => Poll::Pending,
            }
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
        wait(result, &mut this.reading, this.timeout, cx)
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
        wait(result, &mut this.writing, this.timeout, cx)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_flush(cx);
        wait(result, &mut this.writing, this.timeout, cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_shutdown(cx);
        wait(result, &mut this.writing, this.timeout, cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        wait(result, &mut this.writing, this.timeout, cx)
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
}
