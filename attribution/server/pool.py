"""The audit worker processes: each loads the pipeline once and runs one job at a time.

The server's event loop never audits: it hands a job to an idle worker and waits for its answer in
a thread. A job that runs past the timeout has its worker killed and replaced (the answer is 504),
so one slow or stuck article costs one worker for a few seconds and nothing else; ``/healthz`` and
the other requests are answered all the while.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass, field

from .jobs import Job, Outcome, run_job, warm_up

START_TIMEOUT = 300.0  # seconds a new worker may take to load the pipeline
LOG = logging.getLogger("attribution.server")


class PoolError(Exception):
    """The pool could not run a job: ``status`` is the HTTP status to answer with."""

    status = 503

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AuditTimeout(PoolError):
    status = 504


class PoolBusy(PoolError):
    status = 503


class WorkerLost(PoolError):
    status = 503


def _worker_main(conn) -> None:
    """Run in a worker process: load and warm the pipeline, say ready, then answer jobs until told to stop."""
    # Ctrl-C or a stop signal to the whole process group is for the server, which stops its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        try:
            warm_up()
        except Exception as exc:  # e.g. the pipeline is not installed: the server says so and stops
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
            return
        conn.send(("ready", os.getpid()))
        while True:
            job = conn.recv()
            if job is None:
                return
            try:
                outcome = run_job(job)
            except Exception as exc:  # run_job answers every error; this is the last guard of the process
                outcome = Outcome(code="E099", message=f"internal error ({type(exc).__name__}); please report it")
            conn.send(outcome)
    except (EOFError, OSError):  # the server is gone (or gave up on this worker): end quietly
        return


@dataclass(eq=False)
class Worker:
    """One worker process and its end of the pipe."""

    process: multiprocessing.process.BaseProcess
    conn: object
    jobs: int = 0
    started: float = field(default_factory=time.monotonic)
    retired: bool = False  # taken out of the pool (dead, timed out or closing); never given a job again

    def call(self, job: Job, timeout: float) -> Outcome:
        """Return the worker's Outcome for ``job``; raises AuditTimeout after ``timeout`` seconds, WorkerLost
        when the process is gone."""
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise AuditTimeout(f"the audit took longer than the {timeout:g} s timeout; the worker was replaced")
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerLost(f"the audit worker stopped ({type(exc).__name__}); it was replaced, try again") from None

    def stop(self, *, kill: bool = False) -> None:
        """End the process: politely, or at once with ``kill``; returns None."""
        try:
            if not kill and self.process.is_alive():
                self.conn.send(None)
                self.process.join(2)
        except (OSError, EOFError):
            pass
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        try:
            self.conn.close()
        except OSError:
            pass


def start_worker(context=None) -> Worker:
    """Return a new Worker whose pipeline is loaded; raises RuntimeError when it cannot start."""
    context = context or multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_worker_main, args=(child,), name="attribution-audit-worker", daemon=True)
    process.start()
    child.close()
    worker = Worker(process, parent)
    if not parent.poll(START_TIMEOUT):
        worker.stop(kill=True)
        raise RuntimeError(f"an audit worker did not start within {START_TIMEOUT:g} s")
    try:
        state, detail = parent.recv()
    except (EOFError, OSError):
        worker.stop(kill=True)
        raise RuntimeError(f"an audit worker stopped while starting (exit code {process.exitcode})") from None
    if state != "ready":
        worker.stop(kill=True)
        raise RuntimeError(f"an audit worker could not start: {detail}")
    return worker


class AuditPool:
    """``size`` worker processes; ``run`` gives a job to an idle one and returns its Outcome."""

    def __init__(self, size: int, *, timeout: float, queue_timeout: float) -> None:
        self.size = size
        self.timeout = timeout
        self.queue_timeout = queue_timeout
        self.replaced = 0
        self._context = multiprocessing.get_context("spawn")
        self._threads = concurrent.futures.ThreadPoolExecutor(max_workers=2 * size + 2,
                                                              thread_name_prefix="attribution-pool")
        self._idle: asyncio.Queue[Worker] | None = None
        self._workers: set[Worker] = set()
        self._busy = 0
        self._closing = False
        self._tasks: set[asyncio.Task] = set()  # replacements and the watcher, kept so they are not collected

    async def start(self) -> None:
        """Start every worker (in parallel) and return once all are ready; raises RuntimeError if one fails."""
        loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        started = await asyncio.gather(*(loop.run_in_executor(self._threads, start_worker, self._context)
                                         for _ in range(self.size)), return_exceptions=True)
        failed = [s for s in started if isinstance(s, BaseException)]
        for worker in started:
            if isinstance(worker, Worker):
                self._workers.add(worker)
                self._idle.put_nowait(worker)
        if failed:
            await self.close()
            raise RuntimeError(str(failed[0]))
        self._spawn_task(self._watch())

    def status(self) -> dict[str, int]:
        """Return the counts /healthz shows: workers configured, alive, busy and idle, and replacements so far."""
        alive = sum(1 for w in self._workers if w.process.is_alive())
        return {"workers": self.size, "alive": alive, "busy": self._busy,
                "idle": self._idle.qsize() if self._idle else 0, "replaced": self.replaced}

    async def run(self, job: Job) -> Outcome:
        """Return the Outcome of ``job`` from an idle worker.

        Raises PoolBusy when no worker is free within the queue timeout, AuditTimeout (the worker is
        replaced) when the audit runs past the timeout, WorkerLost when the worker died.
        """
        assert self._idle is not None, "the pool is not started"
        deadline = time.monotonic() + self.queue_timeout
        while True:
            try:
                worker = await asyncio.wait_for(self._idle.get(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise PoolBusy(f"every audit worker stayed busy for {self.queue_timeout:g} s; try again later") from None
            if not worker.retired and worker.process.is_alive():
                break
            self._retire(worker, "died while idle")  # replace it, take the next one: the job has not started
        self._busy += 1
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._threads, worker.call, job, self.timeout)
        # The worker goes back (or is replaced) when its call ends, even if the request was cancelled.
        future.add_done_callback(lambda done: self._after_call(worker, done))
        return await asyncio.shield(future)

    def _after_call(self, worker: Worker, done: asyncio.Future) -> None:
        self._busy -= 1
        failed = done.cancelled() or done.exception() is not None
        if not failed and not worker.retired:
            worker.jobs += 1
            self._idle.put_nowait(worker)
            return
        error = None if done.cancelled() else done.exception()
        self._retire(worker, "ran past the timeout" if isinstance(error, AuditTimeout) else
                     f"stopped ({type(error).__name__ if error else 'cancelled'})")

    def _retire(self, worker: Worker, reason: str) -> None:
        """Take ``worker`` out of the pool, end its process and start a replacement (unless closing)."""
        if worker.retired:
            return
        worker.retired = True
        self._workers.discard(worker)
        if self._closing:
            return
        LOG.warning("audit worker %s %s; starting a new one", worker.process.pid, reason)
        self._threads.submit(worker.stop, kill=True)
        self.replaced += 1
        self._spawn_task(self._replace())

    def _spawn_task(self, coroutine) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _watch(self) -> None:
        """Every second, replace the workers that died while idle (killed from outside, out of memory)."""
        while not self._closing:
            await asyncio.sleep(1.0)
            for worker in list(self._workers):
                if not worker.process.is_alive() and not worker.retired:
                    self._retire(worker, f"died while idle (exit code {worker.process.exitcode})")  # run() skips it

    async def _replace(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._closing:
            try:
                worker = await loop.run_in_executor(self._threads, start_worker, self._context)
            except Exception:  # noqa: BLE001 - e.g. out of memory or file handles for a moment: try again
                await asyncio.sleep(1.0)
                continue
            if self._closing:
                await loop.run_in_executor(self._threads, worker.stop)
                return
            self._workers.add(worker)
            self._idle.put_nowait(worker)
            return

    async def close(self) -> None:
        """Stop every worker and every pending replacement; returns None."""
        self._closing = True
        for task in list(self._tasks):
            task.cancel()
        loop = asyncio.get_running_loop()
        workers = list(self._workers)
        self._workers.clear()
        for worker in workers:
            worker.retired = True
        await asyncio.gather(*(loop.run_in_executor(self._threads, w.stop) for w in workers))
        self._threads.shutdown(wait=False, cancel_futures=True)
