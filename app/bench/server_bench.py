"""`jobassist serve` as a subprocess on 127.0.0.1 with the configured (default: real) models, driven by
1, 4 and 16 concurrent gradio_client clients calling the `/ask` endpoint; bounded requests, time cap."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx

from app.bench.answer_bench import QUESTIONS
from app.bench.stats import latency_summary, proc_status_kb
from app.config import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(settings: Settings, work: Path) -> dict[str, str]:
    """The benchmark's own settings for the server: its models, and a store and uploads of its own."""
    env = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "JOBASSIST_LOG_LEVEL": "WARNING", "JOBASSIST_STORE__PATH": str(work / "store"),
           "JOBASSIST_SERVER__UPLOAD_DIR": str(work / "uploads")}
    for group in ("llm", "embeddings", "retrieval", "ingest"):
        for key, value in getattr(settings, group).model_dump().items():
            if value is not None:
                env[f"JOBASSIST_{group.upper()}__{key.upper()}"] = str(value)
    if settings.server.concurrency_limit:
        env["JOBASSIST_SERVER__CONCURRENCY_LIMIT"] = str(settings.server.concurrency_limit)
    env["JOBASSIST_SERVER__MAX_QUEUE_SIZE"] = str(settings.server.max_queue_size)
    return env


def _command() -> list[str]:
    script = Path(sys.executable).parent / "jobassist"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


@contextmanager
def running_server(settings: Settings, work: Path, timeout_s: float = 600):
    """Yields (url, process, seconds until /readyz answered 200); stops the process afterwards."""
    work.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = work / "server.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([*_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
                                stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, **server_env(settings, work)})
    try:
        start = time.monotonic()
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jobassist serve exited with {proc.returncode}: "
                                   f"{log_path.read_text(errors='replace')[-2000:]}")
            if time.monotonic() - start > timeout_s:
                raise RuntimeError(f"jobassist serve was not ready in {timeout_s:.0f}s; see {log_path}")
            try:
                if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url, proc, time.monotonic() - start
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


def _client(url: str):
    from gradio_client import Client

    return Client(url + "/", verbose=False, analytics_enabled=False, download_files=False)


def drive(url: str, clients: int, per_client: int, cap_s: float) -> dict:
    """`clients` threads, each with its own client, each sending up to `per_client` questions in turn;
    nothing new starts after `cap_s`. A full queue's polite refusal is counted apart from errors."""
    with ThreadPoolExecutor(clients) as pool:
        apis = list(pool.map(lambda _: _client(url), range(clients)))
    latencies: list[float] = []
    outcomes = {"ok": 0, "queue_full": 0, "errors": 0}
    error_samples: list[str] = []
    lock = threading.Lock()
    start = time.monotonic()

    def run(worker: int) -> None:
        for i in range(per_client):
            if time.monotonic() - start > cap_s:
                return
            question = QUESTIONS[(worker * per_client + i) % len(QUESTIONS)]
            t0 = time.monotonic()
            try:
                answer = apis[worker].predict(question, "", "", api_name="/ask")
                kind = "ok" if isinstance(answer, dict) and "answer" in answer else "errors"
            except Exception as exc:  # gradio_client raises its own and transport errors alike
                kind = "queue_full" if "queue is full" in str(exc).lower() else "errors"
                if kind == "errors":
                    with lock:
                        error_samples.append(f"{type(exc).__name__}: {exc}"[:200])
            with lock:
                outcomes[kind] += 1
                if kind == "ok":
                    latencies.append(time.monotonic() - t0)

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(run, range(clients)))
    wall = time.monotonic() - start
    sent = sum(outcomes.values())
    out = {"clients": clients, "requests": sent, **outcomes, "seconds": wall,
           "throughput_rps": outcomes["ok"] / wall if wall > 0 else 0.0,
           "capped": sent < clients * per_client, "error_samples": error_samples[:3]}
    if latencies:
        out["latency"] = latency_summary(latencies, unit="s")
    return out


def bench_server(settings: Settings, work: Path, levels: list[tuple[int, int]], cap_s: float) -> dict:
    """`levels`: (concurrent clients, requests per client)."""
    with running_server(settings, work) as (url, proc, ready_s):
        idle_kb = proc_status_kb(proc.pid, "VmRSS")
        drive(url, 1, 1, cap_s)  # warm-up: the first answer pays for lazy allocations
        runs = [drive(url, clients, per_client, cap_s) for clients, per_client in levels]
        peak_kb = proc_status_kb(proc.pid, "VmHWM")
    return {"startup_seconds": ready_s, "rss_idle_mb": (idle_kb or 0) / 1024,
            "peak_rss_mb": (peak_kb or 0) / 1024, "max_queue_size": settings.server.max_queue_size,
            "levels": runs}
