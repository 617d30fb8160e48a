//! `/api/search` against the command line's own work, query by query: the median time of the
//! same search run in this process as `search query --json` runs it once started (the index
//! opened once, then `search::run` and the JSON of every hit), and of a GET to a running
//! `search serve` on loopback (a new connection each time, the HTTP and JSON included).
//!
//!   cargo run --release --example bench_serve -- INDEX http://127.0.0.1:PORT RUNS QUERY...
//!
//! Each query is run with `facets=false` (as `query --json`) and with facets and the
//! timeline (as `query --json --facets`, plus the timeline's count). The two alternate. `scripts/bench-serve.sh`
//! starts the server and runs this.
#[path = "serve/http.rs"]
mod http;

use std::path::PathBuf;
use std::time::Instant;

use ::search::index::SearchIndex;
use ::search::render;
use ::search::search::{run as search_run, Request};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index, url, runs, queries @ ..] = args.as_slice() else {
        return Err("usage: bench_serve INDEX URL RUNS QUERY...".into());
    };
    let runs: usize = runs.parse()?;
    let address = http::loopback(url)?;
    let index = SearchIndex::open(&PathBuf::from(index))?;
    let searcher = index.searcher()?;
    let base = std::env::current_dir()?;
    println!("| query | facets | in-process median ms | /api/search median ms | ratio |");
    println!("|---|---|---:|---:|---:|");
    for text in queries {
        for facets in [false, true] {
            let request = Request {
                text: text.clone(),
                limit: 10,
                facets,
                base: Some(base.clone()),
                ..Request::default()
            };
            let target = format!(
                "/api/search?q={}&limit=10&facets={facets}",
                http::encode(text)
            );
            let (local, served) = medians(
                runs,
                || {
                    let outcome = search_run(&index, &searcher, &request).expect("search");
                    let mut out = Vec::new();
                    for hit in &outcome.hits {
                        render::json(&mut out, hit).expect("JSON");
                    }
                    if let Some(f) = &outcome.facets {
                        serde_json::to_writer(&mut out, f).expect("JSON");
                    }
                    std::hint::black_box(out);
                },
                || {
                    let (status, body) = http::get(address, &target).expect("GET");
                    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
                    std::hint::black_box(body);
                },
            );
            println!(
                "| `{text}` | {} | {local:.2} | {served:.2} | {:.2}x |",
                if facets { "yes" } else { "no" },
                served / local
            );
        }
    }
    Ok(())
}

/// The median wall times of `runs` calls of `local` and of `served`, in milliseconds, after
/// one warm-up call of each. The two alternate, so a change in the machine's load weighs on both.
fn medians(runs: usize, mut local: impl FnMut(), mut served: impl FnMut()) -> (f64, f64) {
    let time = |work: &mut dyn FnMut()| {
        let start = Instant::now();
        work();
        start.elapsed().as_secs_f64() * 1e3
    };
    local();
    served();
    let (mut a, mut b): (Vec<f64>, Vec<f64>) = (0..runs)
        .map(|_| (time(&mut local), time(&mut served)))
        .unzip();
    a.sort_by(f64::total_cmp);
    b.sort_by(f64::total_cmp);
    (http::quantile(&a, 0.5), http::quantile(&b, 0.5))
}
