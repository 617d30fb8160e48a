//! A bounded load on a running `search serve`, on loopback only: CLIENTS threads each send
//! GET /api/search (cycling through the queries, one connection per request; with the facets
//! and timeline the page asks for when FACETS is true) until SECONDS
//! have passed or MAX requests were sent in all, whichever comes first. Prints the count, the
//! errors (any status but 200, or a failed connection), the rate and the latency quantiles;
//! exits 1 if any request failed.
//!
//!   cargo run --release --example load_serve -- http://127.0.0.1:PORT CLIENTS SECONDS MAX FACETS QUERY...
#[path = "serve/http.rs"]
mod http;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, clients, seconds, max, facets, queries @ ..] = args.as_slice() else {
        return Err("usage: load_serve URL CLIENTS SECONDS MAX FACETS QUERY...".into());
    };
    if queries.is_empty() {
        return Err("give at least one query".into());
    }
    let address = http::loopback(url)?;
    let clients: usize = clients.parse()?;
    let until = Duration::from_secs(seconds.parse()?);
    let max: usize = max.parse()?;
    let facets: bool = facets.parse()?;
    let targets: Arc<Vec<String>> = Arc::new(
        queries
            .iter()
            .map(|q| format!("/api/search?q={}&limit=10&facets={facets}", http::encode(q)))
            .collect(),
    );
    let sent = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));
    let start = Instant::now();
    let workers: Vec<_> = (0..clients)
        .map(|client| {
            let (targets, sent, errors) = (targets.clone(), sent.clone(), errors.clone());
            std::thread::spawn(move || {
                let mut times = Vec::new();
                while start.elapsed() < until {
                    let n = sent.fetch_add(1, Ordering::Relaxed);
                    if n >= max {
                        break;
                    }
                    let target = &targets[(n + client) % targets.len()];
                    let began = Instant::now();
                    let outcome = http::get(address, target);
                    times.push(began.elapsed().as_secs_f64() * 1e3);
                    let failure = match outcome {
                        Ok((200, _)) => None,
                        Ok((status, body)) => {
                            Some(format!("{status}: {}", String::from_utf8_lossy(&body)))
                        }
                        Err(err) => Some(err.to_string()),
                    };
                    if let Some(failure) = failure {
                        errors
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(failure);
                    }
                }
                times
            })
        })
        .collect();
    let mut times: Vec<f64> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap_or_default())
        .collect();
    let elapsed = start.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    let errors = errors.lock().unwrap_or_else(|e| e.into_inner());
    println!(
        "{clients} clients, facets {facets}, {elapsed:.1} s: {} requests, {} errors, {:.0} requests/s, p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        times.len(),
        errors.len(),
        times.len() as f64 / elapsed,
        http::quantile(&times, 0.5),
        http::quantile(&times, 0.9),
        http::quantile(&times, 0.99),
        times.last().copied().unwrap_or(f64::NAN),
    );
    for error in errors.iter().take(5) {
        println!("error: {error}");
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("{} requests failed", errors.len()).into())
    }
}
