"""A real `jobassist serve` on 127.0.0.1 with fake backends, and the small files the web tests use."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import free_port, stop_server

JOBASSIST = str(Path(sys.executable).parent / "jobassist")
POSTING_ID = "rackspace-senior-backend-java-ml-engineer-canada"

RESUME_MD = """# Jane Doe
jane.doe@example.com | +1 416 555 0100 | Toronto, ON

## Experience
**Senior Engineer, Shopify** — Jan 2015 – Present
- Built distributed systems in Java 17 with Kafka and Spark; Kubernetes and Docker.
- Set up monitoring and alerting with Prometheus. Worked with product managers.
- Maven and Gradle builds with Jenkins CI/CD. Reduced p99 latency by 30%.
- TensorFlow and PyTorch models on GCP.
"""
# A second candidate whose words must never show up in Jane's session, and the other way round.
OTHER_RESUME_MD = """# Omar Quispe
omar.quispe@example.org | Lima, Peru

## Experience
**Data Analyst, Zyxcorp** — 2021 – Present
- Dashboards in Tableau and Excel.
"""
POSTING_MD = """# Platform Data Engineer
Company: Northwind Traders
Location: Remote, Canada

## Requirements
- 3+ years of Python
- SQL and Airflow pipelines
- Experience with dbt and Snowflake
"""


class Server:
    def __init__(self, url: str, proc: subprocess.Popen, log: Path, upload_dir: Path):
        self.url, self.proc, self.log, self.upload_dir = url, proc, log, upload_dir

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


@contextmanager
def serve(tmp: Path, **env: str):
    """Starts the server, waits for /readyz and stops it afterwards; the log is kept in `tmp`."""
    port = free_port()
    upload_dir = tmp / "uploads"
    base = {"JOBASSIST_STORE__PATH": str(tmp / "store"), "HF_HUB_OFFLINE": "1",
            "JOBASSIST_EMBEDDINGS__BACKEND": "fake", "JOBASSIST_LLM__BACKEND": "fake",
            # Bag-of-words vectors score lower than MiniLM (the same bar conftest's settings use).
            "JOBASSIST_RETRIEVAL__MIN_SUPPORT": "0.2",
            "JOBASSIST_SERVER__UPLOAD_DIR": str(upload_dir), "JOBASSIST_LOG_LEVEL": "WARNING"}
    log = tmp / "server.log"
    url = f"http://127.0.0.1:{port}"
    with open(log, "w") as out:
        proc = subprocess.Popen([JOBASSIST, "serve", "--host", "127.0.0.1", "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, **base, **env})
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jobassist serve exited with {proc.returncode}:\n"
                                   f"{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"jobassist serve never became ready:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield Server(url, proc, log, upload_dir)
    finally:
        stop_server(proc)


def metric(text: str, name: str, **labels: str) -> float:
    """One sample's value from a Prometheus exposition; 0 when the series is absent."""
    want = ",".join(f'{k}="{v}"' for k, v in labels.items())
    series = f"{name}{{{want}}}" if labels else name
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0
