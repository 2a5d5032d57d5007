"""``python -m attribution serve`` as a newsroom runs it: the issue's acceptance, over a real socket.

The session's live server runs with ``--workers 2 --timeout 4`` and ATTRIBUTION_API_KEY set.
"""

from __future__ import annotations

import concurrent.futures
import subprocess
import sys
import threading
import time

import httpx
import pytest

from conftest import ROOT, SEEDS

pytest.importorskip("uvicorn")


def slow_article(paragraphs: int = 3000) -> str:
    """Return an article far slower to audit than the live server's 4 s timeout (about 100,000 words)."""
    return "".join(f"The mayor said on day {i} that the budget for district {i * 7} would grow by {i % 13} "
                   f"percent, according to officials who asked not to be named. “We will see,” "
                   f"Councilwoman Ada Park{i} said.\n\n" for i in range(paragraphs))


def test_key_is_required(live_server):
    for headers in ({}, {"Authorization": "Bearer not-the-key"}):
        answer = httpx.post(live_server.url + "/v1/audit", headers=headers, json={"text": "A, he said."})
        assert answer.status_code == 401
    assert httpx.post(live_server.url + "/v2/check", data={"text": "A, he said.", "language": "en-US"}).status_code == 401


def test_audit_as_json_and_as_text_plain_equals_the_library(live_server, run):
    text = SEEDS[1].read_text(encoding="utf-8")
    expected = run(text, doc_id="seed-1").model_dump_json().encode("utf-8")
    as_json = httpx.post(live_server.url + "/v1/audit", headers=live_server.auth, json={"text": text, "id": "seed-1"},
                         timeout=60)
    as_text = httpx.post(live_server.url + "/v1/audit?id=seed-1", headers={**live_server.auth,
                         "Content-Type": "text/plain"}, content=text.encode("utf-8"), timeout=60)
    assert as_json.content == expected and as_text.content == expected


def test_six_megabyte_body_is_413(live_server):
    answer = httpx.post(live_server.url + "/v1/audit", headers={**live_server.auth, "Content-Type": "text/plain"},
                        content=b"x" * 6_000_000, timeout=60)
    assert answer.status_code == 413 and answer.json()["code"] == "E006"


def test_malformed_json_is_4xx_and_the_server_lives_on(live_server):
    answer = httpx.post(live_server.url + "/v1/audit", headers={**live_server.auth, "Content-Type": "application/json"},
                        content=b"{]", timeout=30)
    assert answer.status_code == 422 and answer.headers["content-type"] == "application/problem+json"
    assert httpx.get(live_server.url + "/healthz").json()["status"] == "ok"


def test_check_puts_matches_on_the_words_after_an_emoji(live_server):
    text = "🚀 Launch day. The launch was delayed, a person familiar with the plans said.\n"
    answer = httpx.post(live_server.url + "/v2/check", headers=live_server.auth,
                        data={"text": text, "language": "en-US"}, timeout=60).json()
    assert answer["matches"]
    units = text.encode("utf-16-le")
    words = {units[2 * m["offset"]: 2 * (m["offset"] + m["length"])].decode("utf-16-le") for m in answer["matches"]}
    assert "a person familiar with the plans" in words


def test_page_is_served(live_server):
    page = httpx.get(live_server.url + "/")
    assert page.status_code == 200 and "<textarea" in page.text


def test_eight_clients_ten_requests_each_all_succeed(live_server):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]

    def client(k: int) -> list[int]:
        with httpx.Client(base_url=live_server.url, headers=live_server.auth, timeout=120) as c:
            return [c.post("/v1/audit", json={"text": texts[(k + j) % len(texts)], "fast": j % 2 == 1}).status_code
                    for j in range(10)]

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = [s for batch in pool.map(client, range(8)) for s in batch]
    assert statuses == [200] * 80


def test_slow_article_is_504_while_healthz_answers_and_the_next_audit_succeeds(live_server):
    outcome: dict = {}

    def audit_slow() -> None:
        started = time.monotonic()
        answer = httpx.post(live_server.url + "/v1/audit", headers={**live_server.auth, "Content-Type": "text/plain"},
                            content=slow_article().encode("utf-8"), timeout=60)
        outcome.update(status=answer.status_code, seconds=time.monotonic() - started, body=answer.json())

    worker = threading.Thread(target=audit_slow)
    worker.start()
    time.sleep(1.0)
    health_times = []
    while worker.is_alive():
        started = time.monotonic()
        assert httpx.get(live_server.url + "/healthz", timeout=5).status_code == 200
        health_times.append(time.monotonic() - started)
        time.sleep(0.5)
    worker.join()
    assert outcome["status"] == 504 and outcome["seconds"] < 15
    assert "timeout" in outcome["body"]["detail"]
    assert health_times and max(health_times) < 2
    after = httpx.post(live_server.url + "/v1/audit", headers=live_server.auth,
                       json={"text": "The plan was dropped, a source said."}, timeout=60)
    assert after.status_code == 200
    deadline = time.monotonic() + 120
    while httpx.get(live_server.url + "/healthz").json()["alive"] < 2:  # the killed worker is replaced
        assert time.monotonic() < deadline, "the worker was not replaced"
        time.sleep(0.5)
    assert httpx.get(live_server.url + "/healthz").json()["replaced"] >= 1


def test_access_log_has_request_ids_and_no_article_text(live_server):
    marker = "Quillonby Varnstrom"
    httpx.post(live_server.url + "/v1/audit", headers={**live_server.auth, "X-Request-ID": "log-check-1"},
               json={"text": f"The vote was put off, {marker} said."}, timeout=60)
    time.sleep(0.5)
    log = live_server.log()
    line = next(line for line in log.splitlines() if "log-check-1" in line)
    assert '"POST /v1/audit" 200' in line and line.rstrip().endswith("ms")
    assert marker not in log


@pytest.mark.parametrize("args, problem", [
    (["--workers", "0"], "--workers must be above 0"),
    (["--port", "70000"], "--port must be from 1 to 65535"),
    (["--cors-origin", "https://cms.example.org/"], "scheme://host"),
    (["--timeout", "-1"], "--timeout must be above 0"),
    (["--config", "no-such.toml"], "configuration file not found"),
])
def test_bad_serve_arguments_are_one_line_errors(args, problem):
    done = subprocess.run([sys.executable, "-m", "attribution", "serve", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert problem in done.stderr and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_server_table_in_the_config(tmp_path):
    config = tmp_path / "policy.toml"
    config.write_text('[tool.attribution.server]\nworkers = "two"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "attribution", "serve", "--config", str(config)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "workers" in done.stderr and "Traceback" not in done.stderr


def test_a_worker_killed_while_idle_is_replaced_and_no_request_fails(live_server):
    import os
    import signal

    psutil = pytest.importorskip("psutil")
    workers = [p for p in psutil.Process(live_server.process.pid).children()
               if "spawn_main" in " ".join(p.cmdline())]  # not multiprocessing's resource tracker
    assert workers, "no audit worker processes found"
    os.kill(workers[0].pid, signal.SIGKILL)
    for _ in range(4):  # whichever worker each lands on, every audit succeeds
        answer = httpx.post(live_server.url + "/v1/audit", headers=live_server.auth,
                            json={"text": "The plan was dropped, a source said."}, timeout=60)
        assert answer.status_code == 200
    deadline = time.monotonic() + 120
    while httpx.get(live_server.url + "/healthz").json()["alive"] < 2:
        assert time.monotonic() < deadline, "the killed worker was not replaced"
        time.sleep(0.5)
    assert "died while idle" in live_server.log()


def test_a_port_in_use_is_a_one_line_error_before_any_worker_starts():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "attribution", "serve", "--port", str(port)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "cannot listen on 127.0.0.1:" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and time.monotonic() - started < 20
