"""Measure everything docs/performance.md reports, in one run, and print the Markdown table.

    PYTHONPATH=. .venv/bin/python benchmarks/performance.py [--articles N] [--rounds R] [--stream N]

Throughputs are measured interleaved (raw, full, fast, raw, full, fast, ...) on the same corpus
and reported as ratios, each as the best of ``--rounds``, in wall-clock and in CPU time
(``time.process_time``, single process). The worker speed-up runs the corpus command's engine
with 1 and then 2 worker processes (wall-clock, pool start-up included). Peak RSS is the
``corpus`` command's over a stream of ``--stream`` articles fed on stdin.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus_data import ROOT, corpus, words  # noqa: E402


def _timed(fn) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def throughput(texts, rounds: int) -> dict:
    """Return the best wall and CPU seconds of raw nlp.pipe, the full path and the fast path."""
    from attribution.auditing.auditor import audit_many
    from attribution.auditing.engine import prepare
    from attribution.parse.pipeline import load_pipeline

    nlp = load_pipeline()
    parse_texts = [prepare(t).parse_text for _, t in texts]
    list(audit_many(texts[:3]))
    runs = {
        "raw nlp.pipe": lambda: list(nlp.pipe(parse_texts)),
        "raw nlp.pipe, batch 16": lambda: list(nlp.pipe(parse_texts, batch_size=16)),
        "full path": lambda: list(audit_many(texts)),
        "fast path": lambda: list(audit_many(texts, fast=True)),
    }
    best = {name: [float("inf"), float("inf")] for name in runs}
    for _ in range(rounds):
        for name, fn in runs.items():
            wall, cpu = _timed(fn)
            best[name] = [min(best[name][0], wall), min(best[name][1], cpu)]
    return best


def accuracy(train: bool = False) -> dict:
    """Return content F1 of the full and the fast path on the fixtures and PolNeAR dev (and train)."""
    from attribution.evaluation.gold import GoldDoc, load_fixture_gold, load_polnear
    from attribution.evaluation.scoring import evaluate_docs, figures
    from corpus_data import POLNEAR

    sets: dict[str, list[GoldDoc]] = {"fixtures (all)": load_fixture_gold(str(ROOT / "fixtures"))}
    if (POLNEAR / "dev.jsonl").exists():
        sets["PolNeAR dev"] = list(load_polnear(str(POLNEAR), "dev"))
    if train and (POLNEAR / "train.jsonl").exists():
        sets["PolNeAR train"] = list(load_polnear(str(POLNEAR), "train"))
    return {name: {path: figures(evaluate_docs(docs, polnear=name.startswith("PolNeAR"), fast=path == "fast"))["f1"]
                   for path in ("full", "fast")} for name, docs in sets.items()}


def workers(texts) -> dict:
    """Return, for 1 and 2 worker processes (full path), the wall seconds and the CPU seconds of
    the parent and its workers together (``os.times``): the pool's own cost shows as extra CPU."""
    from attribution.corpus import Item, audit_corpus

    items = [Item(i, text=t) for i, t in texts]
    out = {}
    for n in (1, 2):
        t0, w = os.times(), time.perf_counter()
        list(audit_corpus(items, workers=n, batch_size=4))
        wall, t1 = time.perf_counter() - w, os.times()
        cpu = (t1.user - t0.user) + (t1.system - t0.system) + (t1.children_user - t0.children_user) + (
            t1.children_system - t0.children_system)
        out[n] = (wall, cpu)
    return out


def peak_rss(texts, n: int, fast: bool) -> float:
    """Return the peak RSS in MB of `attribution corpus -` (all its processes) over ``n`` articles."""
    import psutil

    cmd = [sys.executable, "-m", "attribution", "corpus", "-", "-o", os.devnull, "--workers", "1", "--no-progress"]
    cmd += ["--fast"] if fast else []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    peak = 0.0
    done = threading.Event()

    def feed():
        for k in range(n):
            doc_id, text = texts[k % len(texts)]
            proc.stdin.write((json.dumps({"id": f"{k}:{doc_id}", "text": text}) + "\n").encode())
        proc.stdin.close()
        done.set()

    threading.Thread(target=feed, daemon=True).start()
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    return peak / 2**20


def machine() -> str:
    """Return a one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    import spacy

    from attribution.settings import pipeline_name

    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"{pipeline_name()}, {platform.system()} {platform.release()}")


def main() -> None:
    """Measure and print the Markdown table for docs/performance.md."""
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=84, help="PolNeAR dev articles in the corpus (besides the fixtures)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--stream", type=int, default=10_000, help="articles in the RSS stream (fast path)")
    p.add_argument("--full-stream", type=int, default=1000, help="articles in the RSS stream of the full path")
    p.add_argument("--train", action="store_true", help="also score PolNeAR train (840 articles, slow)")
    args = p.parse_args()
    texts = corpus(limit=args.articles)
    n_words = words(texts)
    t = throughput(texts, args.rounds)
    f1 = accuracy(args.train)
    w = workers(texts)
    rss_fast = peak_rss(texts, args.stream, fast=True)
    rss_fast_small = peak_rss(texts, max(args.stream // 10, 1), fast=True)
    rss_full = peak_rss(texts, args.full_stream, fast=False)
    rss_full_small = peak_rss(texts, max(args.full_stream // 10, 1), fast=False)
    raw_default, raw16, full, fast = t["raw nlp.pipe"], t["raw nlp.pipe, batch 16"], t["full path"], t["fast path"]
    raw = [min(raw_default[0], raw16[0]), min(raw_default[1], raw16[1])]  # spaCy at its best
    rows = [
        ("corpus", f"{len(texts)} articles, {n_words:,} words (fixtures + PolNeAR dev)"),
        ("raw `nlp.pipe` (all components), default batch size", f"{n_words / raw_default[0]:,.0f} words/s"),
        ("raw `nlp.pipe` (all components), batch size 16 (the full path's)", f"{n_words / raw16[0]:,.0f} words/s"),
        ("full path", f"{n_words / full[0]:,.0f} words/s"),
        ("fast path", f"{n_words / fast[0]:,.0f} words/s"),
        ("**full / raw** (wall; CPU; raw at its faster batch size)", f"**{raw[0] / full[0]:.3f}**; {raw[1] / full[1]:.3f}"),
        ("**fast / full** (wall; CPU)", f"**{full[0] / fast[0]:.1f}x**; {full[1] / fast[1]:.1f}x"),
    ]
    for name, v in f1.items():
        rows.append((f"content F1, {name}: full / fast", f"{v['full']:.3f} / {v['fast']:.3f} "
                                                          f"(difference {v['full'] - v['fast']:+.3f})"))
    rows += [
        ("**2 workers / 1 worker** (full path, wall, pool start-up included)",
         f"**{w[1][0] / w[2][0]:.2f}x** ({w[1][0]:.1f} s vs {w[2][0]:.1f} s)"),
        ("CPU seconds, 2 workers / 1 worker (the pool's own cost); cores the run got (1 worker, 2 workers)",
         f"{w[2][1] / w[1][1]:.2f}; {w[1][1] / w[1][0]:.2f}, {w[2][1] / w[2][0]:.2f}"),
        (f"peak RSS, fast path, {args.stream:,}-article stream (vs {max(args.stream // 10, 1):,})",
         f"{rss_fast:.0f} MB (vs {rss_fast_small:.0f} MB)"),
        (f"peak RSS, full path, {args.full_stream:,}-article stream (vs {max(args.full_stream // 10, 1):,})",
         f"{rss_full:.0f} MB (vs {rss_full_small:.0f} MB)"),
    ]
    print(f"Machine: {machine()}. Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"best of {args.rounds} interleaved rounds.\n")
    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
