"""The metric arithmetic every benchmark shares: percentiles, ratios, latency summaries, memory."""

from __future__ import annotations

import math
import os
import platform
import time
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation between ranks (numpy's default)."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} is outside 0-100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ratio(pipeline: float, raw: float, *, higher_is_better: bool = True) -> float:
    """Pipeline speed relative to the raw engine: 1.0 is parity, 0.9 is 10% overhead.

    Rates (items/s) compare as pipeline/raw; durations (s, ms) as raw/pipeline, so that either
    way a number below 1 means the pipeline is slower than the engine it wraps.
    """
    if pipeline <= 0 or raw <= 0 or not (math.isfinite(pipeline) and math.isfinite(raw)):
        raise ValueError(f"ratio needs two positive finite numbers, got {pipeline} and {raw}")
    return pipeline / raw if higher_is_better else raw / pipeline


def latency_summary(seconds: Sequence[float], *, unit: str = "ms") -> dict[str, float]:
    """p50, p95, mean and max of durations given in seconds, in `unit` ("ms" or "s")."""
    scale = {"ms": 1000.0, "s": 1.0}[unit]
    return {f"p50_{unit}": percentile(seconds, 50) * scale, f"p95_{unit}": percentile(seconds, 95) * scale,
            f"mean_{unit}": sum(seconds) / len(seconds) * scale, f"max_{unit}": max(seconds) * scale,
            "n": len(seconds)}


def rate(count: float, seconds: float) -> float:
    if seconds <= 0:
        raise ValueError("rate over a non-positive duration")
    return count / seconds


@contextmanager
def stopwatch():
    """`with stopwatch() as t: ...` then `t()` is the elapsed seconds (frozen on exit)."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def proc_status_kb(pid: int, field: str) -> int | None:
    """A `kB` field of /proc/PID/status (VmHWM is the peak resident set), or None off Linux."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def load_average() -> float | None:
    """The 1-minute load average: above the CPU count, others compete for the cores."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def machine() -> dict:
    """Where the figures came from: they mean little without it."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_kb = None
    try:
        ram_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpus": cpus, "cpu_model": cpu,
            "ram_gb": round(ram_kb / 1024 / 1024, 1) if ram_kb else None,
            "python": platform.python_version(), "platform": platform.platform(),
            "load_avg_1m_at_start": load_average(),
            "date": datetime.now(UTC).isoformat(timespec="seconds")}
