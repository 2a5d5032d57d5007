"""A bounded load test of ``attribution serve`` on the loopback address (under a minute).

Run: .venv/bin/python benchmarks/server_load.py [--requests 10] [--clients 8]

Starts the server with ``--workers 2 --timeout 5`` and an API key, then, over the seed articles:
1. the full path: CLIENTS concurrent clients, REQUESTS audits each;
2. the fast path: the same;
3. hostile requests while the full-path load runs: a 6 MB body (413 expected) and an article far
   slower than the timeout (504 expected), with every other request still answered.
Prints requests per second, p50/p95 latency and failures per phase, as the table in docs/server.md.
Figures are of this machine at this moment: compare them with each other, not with another day's.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import pathlib
import statistics
import sys
import tempfile
import threading
import time

import httpx

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from server_process import serve  # noqa: E402
from test_cli_serve import slow_article  # noqa: E402

SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
KEY = "load-test-key"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def load(url: str, texts: list[str], *, clients: int, requests: int, fast: bool) -> dict:
    """Return the figures of ``clients`` concurrent clients each auditing ``requests`` articles."""
    def client(k: int) -> list[tuple[int, float]]:
        out = []
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=120) as c:
            for j in range(requests):
                started = time.perf_counter()
                try:
                    status = c.post("/v1/audit", json={"text": texts[(k + j) % len(texts)], "fast": fast}).status_code
                except httpx.HTTPError:
                    status = 0
                out.append((status, time.perf_counter() - started))
        return out

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = [r for batch in pool.map(client, range(clients)) for r in batch]
    elapsed = time.perf_counter() - started
    latencies = [d for _, d in results]
    return {"requests": len(results), "failures": sum(1 for s, _ in results if s != 200),
            "rps": len(results) / elapsed, "p50_ms": 1000 * statistics.median(latencies),
            "p95_ms": 1000 * _percentile(latencies, 0.95), "seconds": elapsed}


def hostile(url: str) -> dict:
    """Return the status and seconds of a 6 MB body and of a slow article sent to ``url``."""
    auth = {"Authorization": f"Bearer {KEY}", "Content-Type": "text/plain"}
    out = {}
    started = time.perf_counter()
    out["6 MB body"] = (httpx.post(url + "/v1/audit", headers=auth, content=b"x" * 6_000_000, timeout=60).status_code,
                        time.perf_counter() - started)
    started = time.perf_counter()
    out["slow article"] = (httpx.post(url + "/v1/audit", headers=auth, content=slow_article().encode("utf-8"),
                                      timeout=60).status_code, time.perf_counter() - started)
    return out


def in_process_seconds(texts: list[str], *, fast: bool, rounds: int = 3) -> float:
    """Return the mean seconds of one ``audit()`` of a seed article in this process (the workers' own cost)."""
    from attribution import audit

    audit(texts[0], fast=fast)
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            audit(text, fast=fast)
    return (time.perf_counter() - started) / (rounds * len(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=10)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    words = sum(len(t.split()) for t in texts) / len(texts)
    own = {"full": in_process_seconds(texts, fast=False), "fast": in_process_seconds(texts, fast=True)}
    with tempfile.TemporaryDirectory() as logs, serve("--workers", "2", "--timeout", "5", key=KEY,
                                                      log_dir=logs) as server:
        load(server.url, texts, clients=2, requests=2, fast=False)  # warm both workers
        rows = [("full", load(server.url, texts, clients=args.clients, requests=args.requests, fast=False)),
                ("fast", load(server.url, texts, clients=args.clients, requests=args.requests, fast=True))]
        bad: dict = {}
        thread = threading.Thread(target=lambda: bad.update(hostile(server.url)))
        thread.start()
        rows.append(("full, with hostile requests", load(server.url, texts, clients=args.clients,
                                                         requests=args.requests, fast=False)))
        thread.join()
        health = httpx.get(server.url + "/healthz").json()
    print(f"{args.clients} clients x {args.requests} requests per phase, 2 workers, {len(texts)} seed articles "
          f"(mean {words:.0f} words), {os.cpu_count()} cores\n")
    print("| phase | requests | failures | requests/s | p50 ms | p95 ms |")
    print("|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['requests']} | {r['failures']} | {r['rps']:.1f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} |")
    print()
    for name, (status, seconds) in bad.items():
        print(f"- {name}: {status} after {seconds:.1f} s")
    print(f"- workers replaced: {health['replaced']}; alive at the end: {health['alive']} of {health['workers']}")
    for name, r in rows[:2]:
        ceiling = 2 / own[name]
        print(f"- {name}: one audit takes {own[name] * 1000:.0f} ms in process, so 2 workers top out near "
              f"{ceiling:.1f} requests/s; the server reached {r['rps'] / ceiling:.0%} of that")


if __name__ == "__main__":
    main()
