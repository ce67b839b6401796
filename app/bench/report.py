"""The benchmark's targets, its table and its JSON."""

from __future__ import annotations

import json

REINGEST_POSTINGS = 1000  # the target is stated for this many postings


def _target(name: str, value: float | None, limit: float, *, at_least: bool, unit: str = "",
            note: str = "") -> dict:
    met = None if value is None else (value >= limit if at_least else value <= limit)
    return {"name": name, "value": value, "target": f"{'>=' if at_least else '<='} {limit:g}{unit}",
            "met": met, "note": note}


def evaluate_targets(results: dict) -> list[dict]:
    """Issue 6's targets against the figures; `met` is None where the figure was not measured."""
    out = []
    ingest = results.get("ingest", {})
    embedding = ingest.get("embedding", {})
    out.append(_target("embedding throughput ratio (pipeline / raw encode)", embedding.get("ratio"), 0.9,
                       at_least=True))
    postings = ingest.get("postings")
    out.append(_target(f"re-ingest of {postings} unchanged postings (s)",
                       ingest.get("reingest", {}).get("seconds"), 5.0, at_least=False,
                       note="" if postings == REINGEST_POSTINGS else f"target is for {REINGEST_POSTINGS}"))
    for size in results.get("retrieval", []):
        out.append(_target(f"retrieval ratio p95 at {size['chunks']:,} chunks (raw / hybrid)",
                           size["ratio_p95"], 0.9, at_least=True))
    if results.get("retrieval"):
        largest = max(results["retrieval"], key=lambda s: s["chunks"])
        out.append(_target(f"retrieval p95 at {largest['chunks']:,} chunks, incl. query embedding (ms)",
                           largest["hybrid_with_query_embedding"]["p95_ms"], 50, at_least=False,
                           note="" if largest["chunks"] >= 100_000 else "target is for 100,000 chunks"))
    answers = results.get("answers", {})
    out.append(_target("time to first token p50 (s)", answers.get("asks", {}).get("ttft", {}).get("p50_s"),
                       1.0, at_least=False))
    out.append(_target("generation tokens/s ratio (LlamaCppChat / raw llama.cpp)",
                       answers.get("generation", {}).get("ratio"), 0.9, at_least=True))
    server = results.get("server", {})
    out.append(_target("server peak memory (MB)", server.get("peak_rss_mb"), 1536, at_least=False))
    levels = server.get("levels") or []
    if levels:
        top = max(levels, key=lambda level: level["clients"])
        out.append(_target(f"errors at {top['clients']} concurrent clients", top["errors"], 0, at_least=False,
                           note=f"{top['queue_full']} polite 'queue full' refusals"))
    return out


def _num(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def rows(results: dict) -> list[tuple[str, str, str]]:
    """(section, metric, value) for every figure, in reading order."""
    out: list[tuple[str, str, str]] = []
    ingest = results.get("ingest")
    if ingest:
        emb, again = ingest["embedding"], ingest["reingest"]
        out += [
            ("ingest", "postings / chunks", f"{ingest['postings']:,} / {ingest['chunks']:,}"),
            ("ingest", "time (s)", _num(ingest["seconds"])),
            ("ingest", "chunks/s", _num(ingest["chunks_per_s"])),
            ("ingest", "postings/s", _num(ingest["postings_per_s"], 2)),
            ("ingest", "embedding share of ingest time", f"{emb['share_of_ingest_time']:.0%}"),
            ("ingest", "pipeline embedding calls / texts", f"{emb['pipeline_calls']:,} / {emb['texts']:,}"),
            ("ingest", "  one-text calls (catalog) / their time (s)",
             f"{emb['single_text_calls']:,} / {_num(emb['single_text_seconds'])}"),
            ("ingest", "pipeline embedding texts/s", _num(emb["pipeline_texts_per_s"])),
            ("ingest", f"raw encode texts/s (same texts, {_num(emb.get('raw_texts'))})",
             _num(emb.get("raw_texts_per_s"))),
            ("ingest", "embedding ratio (pipeline / raw)", _num(emb.get("ratio"), 2)),
            ("ingest", "whole-ingest ratio (ingest / raw encode)", _num(emb.get("ingest_ratio"), 2)),
            ("ingest", "re-ingest unchanged (s)", _num(again["seconds"], 2)),
            ("ingest", "  of which reading the sources (s)", _num(again["read_seconds"], 2)),
            ("ingest", "  of which indexing (s)", _num(again["index_seconds"], 2)),
            ("ingest", "  chunks re-embedded", _num(again["texts_embedded"])),
        ]
    for size in results.get("retrieval", []):
        label = f"retrieval {size['chunks'] // 1000:,}k"
        out += [
            (label, "store build (s)", _num(size["build_seconds"])),
            (label, "raw Chroma query p50 / p95 (ms)", f"{_num(size['raw']['p50_ms'])} / "
                                                       f"{_num(size['raw']['p95_ms'])}"),
            (label, "HybridRetriever p50 / p95 (ms)", f"{_num(size['hybrid']['p50_ms'])} / "
                                                      f"{_num(size['hybrid']['p95_ms'])}"),
            (label, "  one posting's view built afresh p50 (ms)", _num(size["posting_view_build"]["p50_ms"])),
            (label, "ratio p50 / p95 (raw / hybrid)", f"{_num(size['ratio_p50'], 2)} / "
                                                       f"{_num(size['ratio_p95'], 2)}"),
            (label, "with query embedding p50 / p95 (ms)",
             f"{_num(size['hybrid_with_query_embedding']['p50_ms'])} / "
             f"{_num(size['hybrid_with_query_embedding']['p95_ms'])}"),
        ]
    answers = results.get("answers")
    if answers:
        asks = answers["asks"]
        ttft = asks.get("ttft", {})
        out += [
            ("answers", "questions (answered / abstained)",
             f"{asks['questions']} ({asks['answered']} / {asks['abstained']})"),
            ("answers", "  phrased by the model (the rest quote the posting)",
             str(asks.get("phrased_by_model", asks["answered"]))),
            ("answers", "time to first token p50 / p95 (s)", f"{_num(ttft.get('p50_s'), 2)} / "
                                                            f"{_num(ttft.get('p95_s'), 2)}"),
            ("answers", "  embedding before first token p50 (s)",
             _num(asks.get("embedding_before_first_token", {}).get("p50_s"), 2)),
            ("answers", "total time p50 / p95 (s)", f"{_num(asks['total']['p50_s'], 2)} / "
                                                   f"{_num(asks['total']['p95_s'], 2)}"),
        ]
        threads = answers.get("llama_threads")
        if threads:
            out.append(("answers", "llama.cpp threads (generation / prompt)",
                        f"{threads['generation']} / {threads['batch']}"))
        gen = answers.get("generation")
        if gen:
            out += [
                ("answers", "LlamaCppChat tokens/s (decode)", f"{_num(gen['pipeline']['tokens_per_s'])} "
                                                              f"({_num(gen['pipeline']['decode_tokens_per_s'])})"),
                ("answers", "raw llama.cpp tokens/s (decode)", f"{_num(gen['raw']['tokens_per_s'])} "
                                                               f"({_num(gen['raw']['decode_tokens_per_s'])})"),
                ("answers", "first token, no retrieval: pipeline / raw (s)",
                 f"{_num(gen['pipeline']['first_token_s'], 2)} / {_num(gen['raw']['first_token_s'], 2)}"),
                ("answers", "generation ratio (decode ratio)", f"{_num(gen['ratio'], 2)} "
                                                               f"({_num(gen['decode_ratio'], 2)})"),
            ]
    server = results.get("server")
    if server:
        out += [("server", "startup until ready (s)", _num(server["startup_seconds"])),
                ("server", "RSS idle / peak (MB)", f"{_num(server['rss_idle_mb'], 0)} / "
                                                   f"{_num(server['peak_rss_mb'], 0)}")]
        for level in server["levels"]:
            lat = level.get("latency", {})
            out.append((f"server x{level['clients']}", "requests ok / queue full / errors",
                        f"{level['ok']} / {level['queue_full']} / {level['errors']}"
                        + (" (time cap hit)" if level["capped"] else "")))
            out.append((f"server x{level['clients']}", "throughput (req/s)",
                        _num(level["throughput_rps"], 2)))
            out.append((f"server x{level['clients']}", "latency p50 / p95 (s)",
                        f"{_num(lat.get('p50_s'), 2)} / {_num(lat.get('p95_s'), 2)}"))
    return out


def _grid(header: tuple[str, ...], body: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    fmt = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()  # noqa: E731
    return [fmt(header), line, *(fmt(r) for r in body)]


def render_table(results: dict) -> str:
    """Plain text: a header naming the machine, every figure, then the targets with met / missed."""
    m = results.get("machine", {})
    head = (f"jobassist bench ({'quick' if results.get('quick') else 'full'}) {m.get('date', '')}: "
            f"{m.get('cpus')} CPUs {m.get('cpu_model', '')}, {m.get('ram_gb')} GB RAM, "
            f"load {m.get('load_avg_1m_at_start')} -> {m.get('load_avg_1m_at_end')};"
            f" took {_num(results.get('duration_seconds'), 0)} s")
    lines = [head, "", *_grid(("section", "metric", "value"), rows(results))]
    targets = results.get("targets") or []
    if targets:
        status = {True: "met", False: "MISSED", None: "not measured"}
        body = [(t["name"], _num(t["value"], 2), t["target"], status[t["met"]] + (f" ({t['note']})"
                 if t.get("note") else "")) for t in targets]
        lines += ["", *_grid(("target", "value", "goal", "status"), body)]
    return "\n".join(lines)


def to_json(results: dict) -> str:
    return json.dumps(results, indent=2, ensure_ascii=False)
