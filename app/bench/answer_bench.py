"""Answers with the default model: time to first token and total time through Assistant.ask_stream,
and generation speed through LlamaCppChat against raw llama_cpp `create_chat_completion`."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from app.assistant import Assistant
from app.bench.ingest_bench import TimedEmbeddings
from app.bench.stats import latency_summary, rate, ratio
from app.config import Settings
from app.prompts import load_chat_prompt
from app.schemas import Answer

# Questions the bundled Rackspace posting answers (from app/evaldata/qa); none routes to the fit engine.
QUESTIONS = ["Is this remote?", "What build tools?", "Which ML frameworks?", "What cloud platform?",
             "Which programming language is required?", "Which big data tools?",
             "What does operability mean here?", "Do they use Kubernetes?", "Is CI/CD part of the job?",
             "What does Rackspace Technology do?", "Who will I work with in this role?",
             "What are Rackspace employees called?"]


def bench_asks(assistant: Assistant, count: int, timed: TimedEmbeddings | None = None) -> dict:
    """TTFT and total per question. Only an answer the model phrases streams tokens: an
    abstention, and an answer given in the posting's own words (yes/no, a header fact, a list, a
    datum), count apart. With `timed` (the assistant's embeddings) the time spent embedding before
    the first token is reported too."""
    *_, _ = assistant.ask_stream(QUESTIONS[-1])  # warm-up: first-call allocations, caches
    ttft, total, streamed, tokens, embed, abstained, quoted = [], [], [], [], [], 0, 0
    for i in range(count):
        if timed:
            timed.reset()
        start = time.perf_counter()
        first, n, final, embedded = None, 0, None, None
        for event in assistant.ask_stream(QUESTIONS[i % len(QUESTIONS)]):
            if isinstance(event, str):
                if first is None:
                    first = time.perf_counter()
                    embedded = timed.seconds if timed else None
                n += 1
            elif isinstance(event, Answer):
                final = event
        total.append(time.perf_counter() - start)
        if final is None or final.abstained:
            abstained += 1
        elif first is None:
            quoted += 1
        else:
            streamed.append(total[-1])
            ttft.append(first - start)
            tokens.append(n)
            if embedded is not None:
                embed.append(embedded)
    out = {"questions": count, "answered": len(ttft) + quoted, "phrased_by_model": len(ttft),
           "abstained": abstained, "total": latency_summary(total, unit="s")}
    if ttft:
        out["ttft"] = latency_summary(ttft, unit="s")
        out["phrased_total"] = latency_summary(streamed, unit="s")
        out["draft_tokens_mean"] = statistics.mean(tokens)
    if embed:  # query embedding for retrieval, then the evidence sentences
        out["embedding_before_first_token"] = latency_summary(embed, unit="s")
    return out


def _messages(assistant: Assistant, settings: Settings):
    """The answer prompt filled with real posting text: the same messages for both sides."""
    prompt = load_chat_prompt(settings.prompts_dir, "answer", {"context", "question"})
    posting = assistant.resolve_posting(None)
    chunks = assistant.index.chunks(posting)[:2]
    context = "\n".join(f"[{i}] {d.page_content}" for i, d in enumerate(chunks, 1))
    return prompt.format_messages(context=context, question="Summarise what this job involves.")


def _timed_stream(parts) -> tuple[str, float, float | None, float]:
    """(text, seconds to first token, seconds to last token) for an iterator of text deltas."""
    start = time.perf_counter()
    text, first, last = "", None, start
    for delta in parts:
        if delta:
            now = time.perf_counter()
            first = first or now
            last = now
            text += delta
    return text, (first or last) - start, last - start


def bench_generation(llm: BaseChatModel, messages, rounds: int, max_tokens: int) -> dict:
    """Same prompt, same sampling settings, same model instance; runs alternate so noise hits both."""
    llama = llm.load()
    payload = [{"role": {"system": "system", "human": "user", "ai": "assistant"}.get(m.type, "user"),
                "content": str(m.content)} for m in messages]

    def pipeline():
        return (c.content for c in llm.stream(messages, max_tokens=max_tokens))

    def raw():  # a generator, so that like the pipeline all its work happens inside the timing
        llama.reset()  # LlamaCppChat resets too: neither side reuses the other's KV cache
        stream = llama.create_chat_completion(messages=payload, max_tokens=max_tokens,
                                              temperature=llm.temperature, seed=llm.seed, stream=True)
        for part in stream:
            yield part["choices"][0]["delta"].get("content") or ""

    def tokens(text: str) -> int:
        return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    runs: dict[str, list[tuple[int, float, float]]] = {"pipeline": [], "raw": []}
    _timed_stream(raw())  # warm-up
    for i in range(rounds):
        for side in (("pipeline", "raw") if i % 2 == 0 else ("raw", "pipeline")):
            text, first, last = _timed_stream(pipeline() if side == "pipeline" else raw())
            runs[side].append((tokens(text), first, last))

    def speeds(side: str) -> dict:
        rows = runs[side]
        return {"tokens_mean": statistics.mean(r[0] for r in rows),
                "tokens_per_s": statistics.median(rate(r[0], r[2]) for r in rows),
                "decode_tokens_per_s": statistics.median(rate(max(r[0] - 1, 1), max(r[2] - r[1], 1e-6))
                                                         for r in rows),
                "first_token_s": statistics.median(r[1] for r in rows)}

    pipe, base = speeds("pipeline"), speeds("raw")
    return {"rounds": rounds, "max_tokens": max_tokens, "pipeline": pipe, "raw": base,
            "ratio": ratio(pipe["tokens_per_s"], base["tokens_per_s"]),
            "decode_ratio": ratio(pipe["decode_tokens_per_s"], base["decode_tokens_per_s"])}


def bench_answers(settings: Settings, store_dir: Path, embeddings: Embeddings, llm: BaseChatModel,
                  questions: int, rounds: int, max_tokens: int) -> dict:
    local = settings.model_copy(update={"store": settings.store.model_copy(
        update={"path": store_dir, "host": None})})
    timed = TimedEmbeddings(embeddings)
    assistant = Assistant(local, llm=llm, embeddings=timed)
    assistant.ingest()  # the bundled posting
    out = {"model": Path(str(getattr(llm, "model_path", type(llm).__name__))).name,
           "asks": bench_asks(assistant, questions, timed)}
    if hasattr(llm, "load"):  # llama.cpp: compare with the raw engine
        llama = llm.load()
        out["llama_threads"] = {"generation": llama.n_threads, "batch": llama.n_threads_batch}
        out["generation"] = bench_generation(llm, _messages(assistant, local), rounds, max_tokens)
    return out
