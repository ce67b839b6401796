"""Two formats only resumes come in, read as the plain resume text the profile builder reads:
a name line, the place, then headed sections whose job lines carry their dates.

- JSON Resume (https://jsonresume.org/schema), the open standard that resume sites export.
- LaTeX source, as people keep their resume for a template (moderncv, Awesome-CV, Jake's resume).

A posting never comes in either format, so these readers are handed to `ingest.load.load_bytes`
by the resume loaders (`app.fit.profile`) only. Both take text already decoded (a binary file
renamed .json or .tex is refused before) and raise InputError with a one-line reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache

import pycountry
from pylatexenc import latex2text, latexwalker
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexCommentNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexWalker,
    LatexWalkerEndOfStream,
    LatexWalkerParseError,
)
from pylatexenc.macrospec import MacroSpec

from ingest.errors import InputError

# Month names as app.fit.dates reads them ("Jan 2019 - Present"); never the locale's.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?(?:[T ].*)?")


def json_resume_text(source: str, name: str) -> str:
    """A JSON Resume as resume text. Each field gives one line, so nothing in a field can make a
    heading of its own; fields of the wrong type are skipped like missing ones. Of the contact
    details only what the text profile reads is kept (e-mail and phone, for a letter's contact
    line): never the street address, the postcode or profile links."""
    try:
        resume = json.loads(source)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg})") from exc
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, or nesting 10,000 deep
        raise InputError(f"{name}: not valid JSON for a resume ({type(exc).__name__})") from exc
    if not isinstance(resume, dict) or not (isinstance(resume.get("basics"), dict)
                                            or isinstance(resume.get("work"), list)):
        raise InputError(f'{name}: not a JSON Resume (no "basics" or "work"; see '
                         "jsonresume.org/schema)")
    basics = _dict(resume.get("basics"))
    lines = [_text(basics.get("name")), _text(basics.get("label"))]
    place = _place(basics.get("location"))
    if place:
        lines.append(f"Location: {place}")
    lines.append(" | ".join(x for x in (_text(basics.get("email")), _text(basics.get("phone"))) if x))
    lines.append(_text(basics.get("summary")))
    # References and interests are left out: another person's words, and nothing a job asks for.
    sections: dict[str, list[list[str]]] = {
        "Experience": [_entry([job.get("position"), job.get("name") or job.get("company")], job,
                              job.get("summary"), job.get("highlights"))
                       for job in _dicts(resume.get("work"))],
        "Volunteering": [_entry([v.get("position"), v.get("organization")], v, v.get("summary"),
                                v.get("highlights")) for v in _dicts(resume.get("volunteer"))],
        "Education": [_entry([e.get("studyType"), e.get("area"), e.get("institution")], e)
                      for e in _dicts(resume.get("education"))],
        "Skills": [[_labelled(s.get("name"), s.get("keywords"))] for s in _dicts(resume.get("skills"))],
        "Languages": [[_labelled(lang.get("language"), [lang.get("fluency")])]
                      for lang in _dicts(resume.get("languages"))],
        "Certificates": [_entry([c.get("name"), c.get("issuer")], c, when="date")
                         for c in _dicts(resume.get("certificates"))],
        "Awards": [_entry([a.get("title"), a.get("awarder")], a, a.get("summary"), when="date")
                   for a in _dicts(resume.get("awards"))],
        "Publications": [_entry([p.get("name"), p.get("publisher")], p, p.get("summary"),
                                when="releaseDate") for p in _dicts(resume.get("publications"))],
        "Projects": [_entry([p.get("name")], p, p.get("description"), p.get("highlights"))
                     + [", ".join(_texts(p.get("keywords")))] for p in _dicts(resume.get("projects"))],
    }
    for heading, entries in sections.items():
        entries = [[line for line in entry if line] for entry in entries]
        if any(entries):
            lines += ["", f"## {heading}"]
            for entry in (e for e in entries if e):
                lines += ["", *entry]
    return "\n".join(line for i, line in enumerate(lines) if line or i and lines[i - 1])


def _entry(title: list, item: dict, summary=None, highlights=None, when: str = "") -> list[str]:
    """"Position, Company  Jan 2019 - Present", the summary, then each highlight as a bullet."""
    head = ", ".join(dict.fromkeys(t for t in map(_text, title) if t))
    dates = _date(item.get(when)) if when else _span(item)
    return ["  ".join(x for x in (head, dates) if x), _text(summary),
            *(f"- {h}" for h in _texts(highlights))]


def _span(item: dict) -> str:
    """A JSON Resume entry with a start and no end is current: "Jan 2019 - Present"."""
    start, end = _date(item.get("startDate")), _date(item.get("endDate"))
    return f"{start} - {end or 'Present'}" if start else end


def _date(value) -> str:
    """"2019-01-15" or "2019-01" as "Jan 2019", "2019" as it is; any other text is kept."""
    text = _text(value)
    match = _ISO_DATE.fullmatch(text)
    if not match:
        return text
    month = int(match.group(2) or 0)
    return f"{_MONTHS[month - 1]} {match.group(1)}" if 1 <= month <= 12 else match.group(1)


def _place(location) -> str:
    """"City, Region, Country" with the country code spelled out; the address is left out."""
    location = _dict(location)
    code = _text(location.get("countryCode"))
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None and len(code) == 3:
        country = pycountry.countries.get(alpha_3=code)
    if country is not None:
        code = getattr(country, "common_name", None) or country.name
    parts = (_text(location.get("city")), _text(location.get("region")), code)
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _labelled(label, values) -> str:
    """"Web Development: HTML, CSS", or whichever half is there."""
    label, values = _text(label), ", ".join(_texts(values))
    return f"{label}: {values}" if label and values else label or values


def _text(value) -> str:
    """A field's text on one line; a number, list or null where text belongs counts as missing."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _texts(values) -> list[str]:
    return [t for t in map(_text, values) if t] if isinstance(values, list) else []


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _dicts(values) -> list[dict]:
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


# --- LaTeX ---------------------------------------------------------------------------------------

# What a reader of the compiled PDF sees of the macros resume classes and templates define. Any
# other macro keeps the text of its arguments, each on a line of its own (see _ResumeText).
_HEADINGS = ("section", "cvsection")  # a heading line, written as a Markdown heading
# A line of their own, not a heading: moderncv's "Experience" holds "Vocational" and
# "Miscellaneous", and their jobs still count as experience.
_SUBHEADINGS = ("subsection", "subsubsection", "cvsubsection", "paragraph")
_BULLETS = {"resumeItem": "{", "resumeSubItem": "{", "cvlistitem": "[{", "cvlistdoubleitem": "[{{"}
# A table row of a label and its text (moderncv's \cvitem{Languages}{English, French}): one line,
# "Languages: English, French", so that a label is never read as a section heading of its own.
_ROWS = {"cvitem": "[{{", "cvitemwithcomment": "[{{{", "cvskill": "{{", "cvskillentry": "*[{{{{{"}
_PAIRED_ROWS = {"cvdoubleitem": "[{{{{", "cvtripleitem": "[{{{{{{"}  # pairs side by side
# moderncv and Awesome-CV set the header in the preamble (\name{John}{Doe}); \makecvtitle prints it.
_HEADER = ("name", "author", "title", "position", "born", "address", "phone", "mobile", "email",
           "homepage", "social", "github", "gitlab", "linkedin", "extrainfo", "quote")
# Layout, citations and files: nothing a reader sees (\input is never followed).
_DROPPED = {"photo": "[[{", "nocite": "{", "bibliographystyle": "{", "fontsize": "{{",
            "addtolength": "{{", "pagestyle": "{", "thispagestyle": "{", "cite": "*[[{",
            "makecvfooter": "{{{", "signature": "{{", "maketitle": "", "input": "{", "include": "{",
            "includegraphics": "*[[{"}
# Argument specs pylatexenc's parser does not know ("[" an option, "{" an argument).
_ARGS = {"name": "{{", "social": "[{", "phone": "[{", "cvsection": "{", "cvsubsection": "{",
         "href": "[{{", "parbox": "[[[{{", "makebox": "[[{", "multicolumn": "{{{", **_BULLETS,
         **_ROWS, **_PAIRED_ROWS, **_DROPPED}


# pylatexenc is pure Python: 400,000 characters take it 2-3 seconds. Resume templates are 5-20 KB,
# so this is far above any resume; the byte limit of every format applies first.
MAX_LATEX_CHARS = 400_000


def latex_text(source: str, name: str) -> str:
    """The text a reader of the compiled resume sees: the header from the preamble (the name
    first), then the document, with each section heading on its own line and each argument of a
    template's macro (a job's title, dates, employer, place) on a line of its own, in the order
    written. Comments and layout commands are dropped."""
    if len(source) > MAX_LATEX_CHARS:
        raise InputError(f"{name}: {len(source):,} characters is over the {MAX_LATEX_CHARS:,}-character "
                         "limit for a LaTeX resume; upload the PDF instead")
    headings = _heading_macros(source)
    walker = LatexWalker(source, latex_context=_walker_context(headings), tolerant_parsing=True)
    try:
        header, body = _header_and_body(walker, source)
        if not any(n.isNodeType((LatexMacroNode, LatexEnvironmentNode)) for n in body + sum(header, [])):
            raise InputError(f"{name}: not LaTeX (no \\commands in it); upload it as .txt instead")
        # The name first: a compiled CV shows it at the top, whatever the preamble's order.
        header.sort(key=lambda entry: entry[0].macroname not in ("name", "author"))
        reader = _ResumeText(latex_context=_reader_context(headings), math_mode="text",
                             strict_latex_spaces="macros")
        reader.known = _walker_context(headings)
        text = "\n".join(reader.nodelist_to_text(entry) for entry in header)
        text += "\n\n" + reader.nodelist_to_text(body)
    except RecursionError as exc:
        raise InputError(f"{name}: the LaTeX is nested too deeply to read") from exc
    except InputError:
        raise
    except Exception as exc:  # a third-party parser, on any file a visitor uploads
        # pylatexenc reads broken LaTeX tolerantly, but what it fails on must stay one line.
        raise InputError(f"{name}: the LaTeX could not be read ({type(exc).__name__})") from exc
    lines = (" ".join(line.replace("\xa0", " ").split()) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# "\newcommand{\sect}[1]{\par\medskip{\bfseries#1}\par\hrule}": a template's own heading, a
# macro of one argument that sets it in a paragraph of its own or under a rule.
_DEFINITION = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*\[1\]\s*\{(.*)")
_OWN_PARAGRAPH = re.compile(r"\\(par|section|subsection|hrule|titlerule|rule|vspace|bigskip|medskip)\b")


def _heading_macros(source: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in map(_DEFINITION.match, source.splitlines())
                     if m and _OWN_PARAGRAPH.search(m.group(2)) and m.group(1) not in _ARGS)


def _header_and_body(walker: LatexWalker, source: str) -> tuple[list[list], list]:
    r"""The preamble's header macros, each with its arguments, and the document's nodes.

    The preamble is read token by token rather than parsed: a template's \newcommand that opens
    an environment it does not close (Jake's resume defines \resumeItemListStart as
    \begin{itemize}) makes the parser swallow the rest of the file."""
    header, pos = [], 0
    if "document}" not in source:  # no \begin{document}: a fragment, read whole (and fast)
        return [], walker.get_latex_nodes()[0]
    while True:
        try:
            token = walker.get_token(pos, environments=True)
        except LatexWalkerEndOfStream:
            return [], walker.get_latex_nodes()[0]  # \begin{document} only in a comment
        except LatexWalkerParseError:
            pos += 1  # a "\begin" with no name: step over it
            continue
        if token.tok == "begin_environment" and token.arg == "document":
            document = walker.get_latex_nodes(pos=token.pos, read_max_nodes=1)[0]
            return header, document[0].nodelist if document else []
        after = token.pos + token.len
        if token.tok == "macro" and token.arg in _HEADER:
            entry, after = _macro_with_groups(walker, token.pos)
            header += [entry] if entry and entry[0].isNodeType(LatexMacroNode) else []
        pos = max(after, token.pos + token.len)


def _macro_with_groups(walker: LatexWalker, pos: int) -> tuple[list, int]:
    r"""A macro and the braced groups right after it (\address{street}{city}{country}), whether
    or not the parser knows how many arguments the macro takes."""
    nodes, at, length = walker.get_latex_nodes(pos=pos, read_max_nodes=1)
    pos = at + length
    while True:
        more, at, length = walker.get_latex_nodes(pos=pos, read_max_nodes=1)
        space = bool(more) and more[0].isNodeType(LatexCharsNode) and not more[0].chars.strip()
        if not more or not (more[0].isNodeType(LatexGroupNode) or space and "\n\n" not in more[0].chars):
            return nodes, pos
        nodes += more
        pos = at + length


class _ResumeText(LatexNodes2Text):
    known = None  # the walker's context: the macros whose arguments it knows
    r"""A macro this reader does not know, followed by braced groups, is one of the template's own
    (\resumeSubheading{title}{dates}{employer}{place}): pylatexenc would run the groups together
    ("Aug. 2018 – May 2021Blinn College"); here each starts a line of its own. The unknown macro's
    options (moderncv's \cvskillhead[-0.1em]) are layout, and are dropped."""

    def nodelist_to_text(self, nodelist):
        out, previous = [], None  # the last node that is more than space or a comment
        for node in (n for n in nodelist if n is not None):
            text = self.node_to_text(node)
            if node.isNodeType(LatexGroupNode) and text.strip() and previous is not None and (
                    _unknown(previous, self.known) or previous.isNodeType(LatexGroupNode)):
                out.append("\n")
            elif self._is_bare_macro_node(previous) and node.isNodeType(LatexCharsNode):
                if _unknown(previous, self.known) and not previous.macro_post_space:
                    text = _OPTIONS.sub("", text, count=1)
                    if not text.strip():
                        continue  # only options: the macro's arguments may still follow
                out.append(previous.macro_post_space)  # "\LaTeX and" keeps its space
            out.append(text)
            if not (node.isNodeType(LatexCommentNode)
                    or node.isNodeType(LatexCharsNode) and not node.chars.strip()):
                previous = node
        return "".join(out)

    def chars_node_to_text(self, node, textcol=0):
        """As TeX reads text: one line break is a space, a blank line ends a paragraph."""
        text = super().chars_node_to_text(node, textcol)
        return "\n\n".join(part.replace("\n", " ") for part in _PARAGRAPH_BREAK.split(text))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_OPTIONS = re.compile(r"^\*?(?:\[[^\]\n]*\])*")


def _unknown(node, context) -> bool:
    return node.isNodeType(LatexMacroNode) and (context or _walker_context()).get_macro_spec(
        node.macroname) is None


@cache
def _walker_context(headings: frozenset[str] = frozenset()):
    context = latexwalker.get_default_latex_context_db()
    specs = {**_ARGS, **dict.fromkeys(headings, "{")}
    context.add_context_category("resume", prepend=True,
                                 macros=[MacroSpec(name, spec) for name, spec in specs.items()])
    return context


@cache
def _reader_context(headings: frozenset[str] = frozenset()):
    def texts(node, l2tobj) -> list[str]:
        given = node.nodeargd.argnlist if node.nodeargd else []
        return [" ".join(l2tobj.nodelist_to_text([a]).split()) for a in given  # not the [options]
                if a is not None and a.isNodeType(LatexGroupNode) and a.delimiters[0] == "{"]

    def args(node, l2tobj, sep="\n") -> str:
        return sep.join(t for t in texts(node, l2tobj) if t)

    def row(parts: list[str]) -> str:
        label, rest = (parts[0].rstrip(": "), ", ".join(p for p in parts[1:] if p)) if parts else ("", "")
        return f"\n{label}: {rest}\n" if label and rest else f"\n{label or rest}\n"

    def last(node, l2tobj) -> str:
        given = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
        return l2tobj.nodelist_to_text(given[-1:]).strip()

    def spec(macros, simplify):
        return [MacroTextSpec(m, simplify_repl=simplify) for m in macros]

    specs = [
        *spec((*_HEADINGS, *headings), lambda n, l2tobj: f"\n\n## {last(n, l2tobj)}\n"),
        *spec(_SUBHEADINGS, lambda n, l2tobj: f"\n\n{last(n, l2tobj)}\n"),
        *spec(_BULLETS, lambda n, l2tobj: "".join(f"\n- {line}" for line in args(n, l2tobj).split("\n")
                                                 if line) + "\n"),
        *spec(["item"], "\n- "),
        *spec(["name"], lambda n, l2tobj: f"\n{args(n, l2tobj, ' ')}\n"),
        *spec(["title", "author"], lambda n, l2tobj: f"\n{args(n, l2tobj)}\n"),
        *spec(_ROWS, lambda n, l2tobj: row(texts(n, l2tobj))),
        *spec(_PAIRED_ROWS, lambda n, l2tobj: "".join(row(texts(n, l2tobj)[i:i + 2]) for i in (0, 2, 4))),
        *spec(["social", "phone"], lambda n, l2tobj: f"\n{last(n, l2tobj)}\n"),
        *spec(["href", "parbox", "makebox", "multicolumn"], last),
        *spec(["url"], "%s"),
        *spec(["newline", "linebreak"], "\n"),
        *spec(["par"], "\n\n"),
        *spec(["LaTeX", "TeX"], lambda n, macroname: macroname),
        *spec(["cdotp", "textbullet"], "·"),  # Awesome-CV's "Title{\enskip\cdotp\enskip}Title"
        *spec(["enskip", "enspace"], " "),
        *(MacroTextSpec(m, discard=True) for m in _DROPPED),
    ]
    context = latex2text.get_default_latex_context_db()
    context.add_context_category("resume", prepend=True, macros=specs)
    return context


RESUME_READERS: dict[str, Callable[[str, str], str]] = {".json": json_resume_text,
                                                        ".tex": latex_text}
