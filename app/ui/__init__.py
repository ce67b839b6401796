"""The web page: thin Gradio handlers over the Assistant facade, one module per tab."""

from app.ui.chat import respond, sources_markdown
from app.ui.common import Services
from app.ui.files import SessionFiles
from app.ui.layout import build_ui

__all__ = ["Services", "SessionFiles", "build_ui", "respond", "sources_markdown"]
