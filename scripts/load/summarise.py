#!/usr/bin/env python3
"""Turns a run-deadline-day.sh result folder into the Markdown tables that BENCHMARKS.md quotes."""
import json
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
ceilings = {}
for line in (out / "ceiling.json").read_text().splitlines():
    row = json.loads(line)
    ceilings[row["ceiling"]] = row
results = [json.loads(line) for line in (out / "results.json").read_text().splitlines() if line.strip()]

print("| Request | Run | Rate (req/s) | p50 ms | p95 ms | p99 ms | max ms | Errors | Statuses | pgbench ceiling (tx/s) | App / ceiling |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for row in results:
    r = row["result"]
    errors = r["non_2xx"] + r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
    ceiling = ceilings.get(row["type"])
    ratio = f"{r['rate'] / ceiling['tps']:.2f}" if ceiling else "–"
    run = row["run"] + (f" (target {row['target']}/s)" if "target" in row else "")
    statuses = ", ".join(f"{k}: {v}" for k, v in r["statuses"].items())
    extra = f"; retries {r['retries']}, mismatched {r['retry_mismatches']}" if row["type"] == "submit" else ""
    cells = [row["type"], run, f"{r['rate']:.1f}", f"{r['p50_ms']:.0f}", f"{r['p95_ms']:.0f}",
             f"{r['p99_ms']:.0f}", f"{r['max_ms']:.0f}", str(errors), statuses + extra,
             f"{ceiling['tps']:.1f}" if ceiling else "–", ratio]
    print("| " + " | ".join(cells) + " |")
print()
print("| pgbench ceiling | tx/s | p50 ms | p95 ms | p99 ms | failed | PostgreSQL ms CPU / tx |")
print("|---|---|---|---|---|---|---|")
for kind, c in ceilings.items():
    print(f"| {kind} | {c['tps']:.1f} | {c['p50_ms']} | {c['p95_ms']} | {c['p99_ms']} | {c['failed']} "
          f"| {c.get('postgres_cpu_ms_per_tx', '–')} |")
print()

# Where the two cores went in each run (run-deadline-day.sh's cpu-<label>.json, from /proc): CPU seconds of the
# app, of PostgreSQL, of everything else (wrk, the OS) and idle, and per request
cpu_rows = []
for row in results:
    label = f"{row['type']}-{row['run']}"
    path = out / f"cpu-{label}.json"
    if path.exists():
        c = json.loads(path.read_text())
        requests = row["result"]["rate"] * c["seconds"]
        per = lambda seconds: f"{1000 * seconds / requests:.2f}" if requests else "–"
        cpu_rows.append(f"| {label} | {c['app_cpu_s']} | {c['postgres_cpu_s']} | {c['other_cpu_s']} | {c['idle_cpu_s']} "
                        f"| {per(c['app_cpu_s'])} | {per(c['postgres_cpu_s'])} |")
if cpu_rows:
    print("| Run | app CPU s | PostgreSQL CPU s | other CPU s (wrk, OS) | idle s | app ms CPU / request | PostgreSQL ms CPU / request |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(cpu_rows))
    print()

# GC: G1 pauses from the unified GC log
pauses, heap_after, committed = [], [], []
for line in (out / "app-gc.log").read_text(errors="replace").splitlines():
    m = re.search(r"\]\[gc\s*\] GC\(\d+\) (Pause .*?) (\d+)M->(\d+)M\((\d+)M\) ([\d.]+)ms", line)
    if m:
        pauses.append((m.group(1).strip(), float(m.group(5))))
        # Remark and Cleanup pauses of a concurrent cycle free nothing (they print the heap as it stands, e.g.
        # "Pause Remark 456M->456M"): only the collecting pauses say what is left after a collection
        if not m.group(1).startswith(("Pause Remark", "Pause Cleanup")):
            heap_after.append(int(m.group(3)))
        committed.append(int(m.group(4)))
if pauses:
    times = sorted(p for _, p in pauses)
    print(f"GC (G1, -Xmx512m): {len(pauses)} pauses, {sum(times):.0f} ms in total, "
          f"p50 {times[len(times) // 2]:.1f} ms, max {times[-1]:.1f} ms; heap after GC at most {max(heap_after, default=0)} MB, "
          f"committed at most {max(committed)} MB; full GCs: {sum(1 for k, _ in pauses if 'Full' in k)}.")
for name in ("integrity.json",):
    path = out / name
    if path.exists():
        print()
        print("Integrity: " + path.read_text().strip().replace("\n", "; "))
