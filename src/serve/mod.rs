//! `search serve`: one page and a JSON API over the index, from the same binary, on loopback
//! unless told otherwise.
//!
//! The stack is hyper's HTTP/1 server on tokio, without a framework: the five routes need no
//! router, and hyper bounds what a client can make the server hold (header size, the time to
//! send them). Searches are the same blocking code as the command line's, run on tokio's
//! blocking pool a few at a time (`routes`). Measured (BENCHMARKS.md): the binary grew by
//! 1.04 MiB (18.5 to 19.6 MB), the new crates take ~18 s of CPU to build in release and ~11 s
//! in debug (the whole release build ~500 s), and a request costs ~1 ms over the search itself.
//! axum would add tower, matchit and serde_urlencoded on top of the same hyper and tokio for
//! four fixed routes; tiny_http, blocking, sets no socket timeouts and starts a thread per
//! connection, so a slow client holds a thread and the bounds would have to be built around it.
mod api;
mod assets;
mod browser;
pub mod params;
mod reply;
mod routes;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

pub use api::Api;
pub use reply::CONTENT_SECURITY_POLICY;

use crate::index::live::LiveIndex;
use crate::messages;

/// Where to listen, and whether to open the page.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub bind: IpAddr,
    /// 0: any free port (the one chosen is said on stderr).
    pub port: u16,
    pub open: bool,
}

/// Connections open at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;
/// The most bytes a request's line and headers may take (hyper's smallest buffer).
const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Time for a client to send a request's headers.
const HEADER_TIME: Duration = Duration::from_secs(10);
/// How long a connection may stay open, idle or not: a browser opens a new one.
const CONNECTION_TIME: Duration = Duration::from_secs(120);
/// How long Ctrl-C waits for the requests being answered.
const SHUTDOWN_TIME: Duration = Duration::from_secs(5);

/// Serves the index at `index` until Ctrl-C (or SIGTERM); paths are shown relative to `base`.
pub fn run(index: PathBuf, base: PathBuf, settings: Settings) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's threads")?;
    runtime.block_on(serve(index, base, settings))
}

async fn serve(index: PathBuf, base: PathBuf, settings: Settings) -> Result<()> {
    let address = SocketAddr::new(settings.bind, settings.port);
    let listener = TcpListener::bind(address)
        .await
        .with_context(|| format!("listening on {address}"))?;
    let address = listener.local_addr().context("reading the bound address")?;
    let url = format!("http://{address}/");
    let live = LiveIndex::new(&index);
    if let Err(err) = live.snapshot() {
        let said = crate::index::failure::explain(err, &index);
        messages::say(format!(
            "warning: {said:#}; the page says so until it is made"
        ));
    }
    messages::say(format!(
        "serving {} at {url} (Ctrl-C stops)",
        index.display()
    ));
    if let Some(warning) = exposure(settings.bind) {
        messages::say(warning);
    }
    if settings.open {
        browser::open(&url);
    }
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let shared = Arc::new(routes::Shared {
        api: Arc::new(Api { live, base }),
        searches: Arc::new(Semaphore::new(cores)),
        hosts: if settings.bind.is_loopback() {
            loopback_hosts(address.port())
        } else {
            Vec::new()
        },
    });
    accept(listener, shared).await;
    messages::say("stopped");
    Ok(())
}

/// The warning for an address other machines may reach.
fn exposure(bind: IpAddr) -> Option<String> {
    (!bind.is_loopback()).then(|| {
        format!(
            "warning: listening on {bind}: anyone who can reach this address can read the index"
        )
    })
}

/// The Host headers a browser sends to a server on loopback at `port`.
fn loopback_hosts(port: u16) -> Vec<String> {
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .map(|name| format!("{name}:{port}"))
        .collect()
}

/// Accepts connections until a stop signal, then lets those being answered finish.
async fn accept(listener: TcpListener, shared: Arc<routes::Shared>) {
    let graceful = GracefulShutdown::new();
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&connections).acquire_owned() => permit,
            () = &mut stop => break,
        };
        let Ok(permit) = permit else { break };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors, or a connection reset before it was taken: wait a
                // little and carry on.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        let service = service_fn(move |request| routes::handle(Arc::clone(&shared), request));
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIME)
            .max_buf_size(MAX_HEADER_BYTES)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = tokio::time::timeout(CONNECTION_TIME, connection).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(SHUTDOWN_TIME, graceful.shutdown()).await;
}

/// Ctrl-C, or SIGTERM on Unix (a service manager's stop).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_address_beyond_loopback_is_warned_of() {
        for quiet in ["127.0.0.1", "127.0.0.2", "::1"] {
            assert_eq!(exposure(quiet.parse().unwrap()), None, "{quiet}");
        }
        for open in ["0.0.0.0", "::", "192.168.1.2"] {
            let said = exposure(open.parse().unwrap()).expect(open);
            assert!(said.contains("anyone who can reach"), "{said}");
        }
    }
}
