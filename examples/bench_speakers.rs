//! Throughput of `attribute` on one thread: repeats over the given JSONL or text files for a few
//! seconds and prints MB/s of paragraph text.

use search::speakers::attribute;
use std::time::{Duration, Instant};

/// Articles as paragraph lists: JSONL lines with `paragraphs[].text`, or text split on blank lines.
fn load(path: &str) -> Result<Vec<Vec<String>>, Box<dyn std::error::Error>> {
    let raw = std::fs::read_to_string(path)?;
    let mut docs = Vec::new();
    if path.ends_with(".jsonl") {
        for line in raw.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let paras = v["paragraphs"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| p["text"].as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default();
            docs.push(paras);
        }
    } else {
        docs.push(raw.split("\n\n").map(str::to_string).collect());
    }
    Ok(docs)
}

/// This process's user+system CPU seconds (Linux /proc; clock ticks are 100 Hz there), so the
/// figure can be read apart from other load on the machine.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `--rounds N` runs a fixed amount of work (for instruction counts) instead of ~3 seconds.
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut fixed: Option<u64> = None;
    if let Some(i) = args.iter().position(|a| a == "--rounds") {
        fixed = args.get(i + 1).and_then(|n| n.parse().ok());
        args.drain(i..(i + 2).min(args.len()));
    }
    let paths = args;
    if paths.is_empty() {
        eprintln!("usage: bench FILE...");
        std::process::exit(2);
    }
    let mut docs = Vec::new();
    for p in &paths {
        docs.extend(load(p)?);
    }
    let bytes: usize = docs.iter().flatten().map(String::len).sum();
    let budget = Duration::from_secs(3);
    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let mut rounds = 0u64;
    let mut found = 0usize;
    while fixed.map_or(start.elapsed() < budget, |n| rounds < n) {
        for d in &docs {
            let refs: Vec<&str> = d.iter().map(String::as_str).collect();
            found += attribute(&refs)
                .iter()
                .map(|p| p.speakers.len())
                .sum::<usize>();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu_start).map(|(b, a)| b - a);
    let mb = (bytes as f64 * rounds as f64) / 1e6;
    println!(
        "{} articles, {:.2} MB per round, {} rounds in {:.2}s: {:.1} MB/s ({} speakers per round)",
        docs.len(),
        bytes as f64 / 1e6,
        rounds,
        secs,
        mb / secs,
        found / rounds.max(1) as usize
    );
    if let Some(c) = cpu.filter(|c| *c > 0.0) {
        println!("CPU time {c:.2}s: {:.1} MB/s per CPU-second", mb / c);
    }
    Ok(())
}
