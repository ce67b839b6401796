"""The chat page: thin Gradio handlers over the Assistant facade; no retrieval logic here."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import gradio as gr

from app.assistant import Assistant
from app.schemas import Answer
from ingest.errors import InputError

log = logging.getLogger(__name__)

_INTRO = """# jobassist
Ask a question about a job posting. Answers come from the posting itself and cite it;
when the posting does not say, the assistant says so instead of guessing."""
_CHECKING = "_Checking the draft against the posting…_"
_NO_SOURCES = "_Sources for the latest answer appear here._"

# (chat messages, sources markdown, (question, answer) turns, question box)
ChatState = tuple[list[dict], str, list[tuple[str, str]], str]


def posting_choices(assistant: Assistant) -> list[tuple[str, str]]:
    return [(f"{p.title} · {p.company} ({p.id})" if p.company else f"{p.title} ({p.id})", p.id)
            for p in assistant.postings()]


def sources_markdown(answer: Answer) -> str:
    if answer.abstained:
        return "_The posting does not say, so there is nothing to cite._"
    # One citation per line; a blank line between them keeps Markdown from merging them.
    lines = [f'[{c.n}] {c.section}: "{_escape(c.text)}"' for c in answer.citations]
    # The note says why the answer is a plain quote (e.g. the model failed): worth seeing.
    lines = ([f"_{_escape(answer.note)}_"] if answer.note else []) + (lines or ["_No citations._"])
    return "\n\n".join(lines)


def _escape(text: str) -> str:
    # Posting text is untrusted: it must read as a quote, not render as links or emphasis.
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def _bot(text: str) -> dict:
    return {"role": "assistant", "content": text}


def _one_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def respond(assistant: Assistant, question: str, posting_id: str | None, messages: list[dict],
            turns: list[tuple[str, str]]) -> Iterator[ChatState]:
    """Streams the draft into the last bubble, then replaces it with the verified answer."""
    question = (question or "").strip()
    if not question:
        yield messages, gr.skip(), turns, ""
        return
    messages = [*messages, {"role": "user", "content": question}]
    yield messages, _CHECKING, turns, ""
    draft, answer = "", None
    try:
        for event in assistant.ask_stream(question, posting_id, turns):
            if isinstance(event, Answer):
                answer = event
            else:
                draft += event
                yield [*messages, _bot(draft)], _CHECKING, turns, ""
        if answer is None:
            raise RuntimeError("the assistant returned no answer")
    except InputError as exc:
        yield [*messages, _bot(f"⚠️ {_one_line(exc)}")], _NO_SOURCES, turns, ""
        return
    except Exception as exc:  # the page must survive any failure; the log keeps the traceback
        log.exception("chat turn failed")
        text = f"⚠️ Something went wrong ({type(exc).__name__}: {_one_line(exc)}); please try again."
        yield [*messages, _bot(text)], _NO_SOURCES, turns, ""
        return
    yield ([*messages, _bot(answer.answer)], sources_markdown(answer),
           [*turns, (question, answer.answer)], "")


def ask_api(assistant: Assistant, question: str, posting_id: str) -> dict:
    """One question, one verified Answer as a dict: the scripting endpoint /ask."""
    try:
        return assistant.ask(question, posting_id or None).model_dump()
    except InputError as exc:
        raise gr.Error(_one_line(exc), print_exception=False) from None
    except Exception as exc:
        log.exception("/ask failed")
        raise gr.Error(f"internal error: {type(exc).__name__}: {_one_line(exc)}") from None


def build_ui(assistant: Assistant) -> gr.Blocks:
    choices = posting_choices(assistant)
    with gr.Blocks(title="jobassist", analytics_enabled=False) as demo:
        gr.Markdown(_INTRO)
        posting = gr.Dropdown(choices=choices, value=choices[0][1] if choices else None,
                              label="Posting", interactive=True)
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=460, feedback_options=None,
                                     placeholder="Try: *Is this role remote?* or "
                                                 "*Which build tools do they use?*")
                with gr.Row():
                    question = gr.Textbox(placeholder="Ask about the posting…", show_label=False,
                                          scale=5, max_length=1000, autofocus=True)
                    send = gr.Button("Send", variant="primary", scale=1)
                clear = gr.Button("Clear", variant="secondary")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.Markdown(_NO_SOURCES)
        turns = gr.State([])

        def on_send(q, posting_id, messages, history):
            yield from respond(assistant, q, posting_id, messages, history)

        def on_clear():
            return [], _NO_SOURCES, [], ""

        def on_load(current):
            fresh = posting_choices(assistant)
            ids = [pid for _, pid in fresh]
            return gr.Dropdown(choices=fresh, value=current if current in ids else
                               (ids[0] if ids else None))

        # Every model call shares one concurrency group, so the queue, not llama.cpp's lock,
        # decides who waits, and a waiting user sees their place in line.
        gr.on([question.submit, send.click], on_send, [question, posting, chatbot, turns],
              [chatbot, sources, turns, question], api_visibility="private",
              concurrency_id="assistant")
        clear.click(on_clear, None, [chatbot, sources, turns, question], queue=False,
                    api_visibility="private")
        # A conversation's history belongs to one posting; switching starts afresh.
        posting.change(on_clear, None, [chatbot, sources, turns, question], queue=False,
                       api_visibility="private")
        # Postings ingested from the CLI while the server runs show up on the next page load.
        demo.load(on_load, posting, posting, queue=False, api_visibility="private")

        def ask(question: str, posting_id: str) -> dict:
            return ask_api(assistant, question, posting_id)

        gr.api(ask, api_name="ask", concurrency_id="assistant")
    return demo
