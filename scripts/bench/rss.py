#!/usr/bin/env python3
"""Peak memory of a command, split into anonymous (heap) and file-backed (mmap'd files) pages.

    rss.py [--interval S] CMD [ARGS...]

GNU time's "Maximum resident set size" counts both; tantivy mmaps segment files (when merging, or
reading), so a high figure can be page cache mapped into the process rather than memory it holds.
Polls /proc/PID/status every S seconds (default 0.2) and prints the peaks on stderr as
`rss_peak_mb=N rss_anon_peak_mb=N rss_file_peak_mb=N` plus the command's exit status.
"""
import subprocess
import sys
import time


def status(pid):
    out = {}
    try:
        for line in open(f"/proc/{pid}/status"):
            k, _, v = line.partition(":")
            if k in ("VmRSS", "RssAnon", "RssFile", "RssShmem"):
                out[k] = int(v.split()[0]) / 1024
    except OSError:
        pass
    return out


def main():
    args = sys.argv[1:]
    interval = 0.2
    if args[:1] == ["--interval"]:
        interval = float(args[1])
        args = args[2:]
    if not args:
        sys.exit(__doc__)
    proc = subprocess.Popen(args)
    peak = {"VmRSS": 0.0, "RssAnon": 0.0, "RssFile": 0.0}
    while proc.poll() is None:
        s = status(proc.pid)
        for k in peak:
            peak[k] = max(peak[k], s.get(k, 0.0))
        time.sleep(interval)
    print(f"rss_peak_mb={peak['VmRSS']:.0f} rss_anon_peak_mb={peak['RssAnon']:.0f} "
          f"rss_file_peak_mb={peak['RssFile']:.0f} exit={proc.returncode}", file=sys.stderr)
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
