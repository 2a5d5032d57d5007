"""A real ``python -m attribution serve`` in a subprocess, for the live and browser tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from conftest import ROOT


def free_port() -> int:
    """Return a TCP port on the loopback address that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    key: str | None
    process: subprocess.Popen
    log_path: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"} if self.key else {}

    def log(self) -> str:
        with open(self.log_path, encoding="utf-8", errors="replace") as handle:
            return handle.read()


@contextlib.contextmanager
def serve(*args: str, key: str | None = None, log_dir: str, start_timeout: float = 180.0) -> Iterator[LiveServer]:
    """Run the server with ``args`` until the block ends; yields a LiveServer once /healthz answers."""
    port = free_port()
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("ATTRIBUTION_API_KEY", None)
    if key:
        env["ATTRIBUTION_API_KEY"] = key
    log_path = os.path.join(log_dir, f"serve-{port}.log")
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen([sys.executable, "-m", "attribution", "serve", "--port", str(port), *args],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = LiveServer(f"http://127.0.0.1:{port}", key, process, log_path)
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped while starting:\n{server.log()}")
            try:
                if httpx.get(server.url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start in {start_timeout:g} s:\n{server.log()}")
            time.sleep(0.25)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
