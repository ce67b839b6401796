"""The Chat tab: the answer appears once it has been checked against the posting, with its sources.

The model's draft is never shown: a draft that verification later refuses would have been read
(and believed) already. While it is written and checked the bubble says so."""

from __future__ import annotations

from collections.abc import Iterator

import gradio as gr

from app.observability import Observer
from app.schemas import Answer
from app.ui.common import Services, error_line, escape, posting_choices

CHECKING = "_Checking the draft against the posting…_"
WRITING = "_Reading the posting and writing the answer…_"
NO_SOURCES = "_Sources for the latest answer appear here._"

# (chat messages, sources markdown, (question, answer) turns, question box)
ChatState = tuple[list[dict], str, list[tuple[str, str]], str]


def sources_markdown(answer: Answer) -> str:
    if answer.abstained and not answer.citations:
        return "_The posting does not say, so there is nothing to cite._"
    # One citation per line; a blank line between them keeps Markdown from merging them.
    lines = [f'[{c.n}] {c.section}: "{escape(c.text)}"' for c in answer.citations]
    # The note says why the answer is a plain quote (e.g. the model failed): worth seeing.
    lines = ([f"_{escape(answer.note)}_"] if answer.note else []) + (lines or ["_No citations._"])
    return "\n\n".join(lines)


def _bot(text: str) -> dict:
    return {"role": "assistant", "content": text}


def respond(assistant, question: str, posting_id: str | None, messages: list[dict],
            turns: list[tuple[str, str]], resume_text: str | None = None,
            observer: Observer | None = None, request=None,
            compare: list[str] | None = None) -> Iterator[ChatState]:
    """Shows progress in the last bubble, then the verified answer (one line per posting when
    two or more are picked to compare)."""
    question = (question or "").strip()
    if not question:
        yield messages, gr.skip(), turns, ""
        return
    observer = observer or Observer()
    messages = [*messages, {"role": "user", "content": question}]
    yield messages, CHECKING, turns, ""
    answer, drafted = None, 0
    try:
        with observer.track("ask", request, private=bool(resume_text)) as call:
            events = assistant.ask_stream(question, posting_id, turns, resume_text=resume_text,
                                          compare=compare or ())
            for event in observer.answer_stream(events):
                if isinstance(event, Answer):
                    answer = event
                elif drafted == 0:  # progress only: the unchecked draft stays off the screen
                    drafted += 1
                    yield [*messages, _bot(WRITING)], CHECKING, turns, ""
            if answer is None:
                raise RuntimeError("the assistant returned no answer")
            call.note(posting_id=posting_id, route=answer.route, abstained=answer.abstained,
                      citations=len(answer.citations), with_resume=bool(resume_text))
    except Exception as exc:  # the page must survive any failure; the log says where it failed
        yield [*messages, _bot(error_line(exc))], NO_SOURCES, turns, ""
        return
    yield ([*messages, _bot(answer.answer)], sources_markdown(answer),
           [*turns, (question, answer.answer)], "")


def build_chat(services: Services, posting: gr.Dropdown, resume: gr.State, tab: gr.Tab) -> list:
    """Lays out the tab; returns the components a posting switch resets."""
    with gr.Row():
        with gr.Column(scale=3):
            # No "share" button: it would post the conversation to a public Hugging Face page.
            chatbot = gr.Chatbot(label="Chat", height=440, feedback_options=None, elem_id="chat",
                                 buttons=["copy", "copy_all"],
                                 placeholder="Try: *Is this role remote?*, *Which build tools do "
                                             "they use?* or, with a resume, *Am I eligible?*")
            with gr.Row():
                question = gr.Textbox(placeholder="Ask about the posting…", show_label=False,
                                      scale=5, max_length=1000, autofocus=True, elem_id="question")
                send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
            with gr.Row():
                compare = gr.Dropdown(choices=posting_choices(services.assistant), value=[],
                                      multiselect=True, label="Compare postings", scale=5,
                                      info="Pick two or more to ask each of them the same question.",
                                      elem_id="compare")
                clear = gr.Button("Clear", variant="secondary", elem_id="clear-chat", scale=1)
        with gr.Column(scale=2):
            gr.Markdown("### Sources")
            sources = gr.Markdown(NO_SOURCES, elem_id="sources")
    turns = gr.State([])

    def on_send(q, posting_id, messages, history, resume_text, picked, request: gr.Request):
        yield from respond(services.assistant, q, posting_id, messages, history, resume_text,
                           services.observer, request, compare=picked)

    def on_open(picked):
        """Postings added or removed on the Postings tab are offered, or dropped, on coming back."""
        choices = posting_choices(services.assistant)
        ids = {pid for _, pid in choices}
        return gr.Dropdown(choices=choices, value=[p for p in picked or [] if p in ids])

    outputs = [chatbot, sources, turns, question]
    # Every model call shares one concurrency group, so the queue, not llama.cpp's lock,
    # decides who waits, and a waiting user sees their place in line.
    gr.on([question.submit, send.click], on_send,
          [question, posting, chatbot, turns, resume, compare],
          outputs, api_visibility="private", concurrency_id="assistant")
    tab.select(on_open, compare, compare, queue=False, api_visibility="private")
    clear.click(clear_chat, None, outputs, queue=False, api_visibility="private")
    chatbot.clear(clear_chat, None, outputs, queue=False, api_visibility="private")
    return outputs


def clear_chat():
    return [], NO_SOURCES, [], ""
