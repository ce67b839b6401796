"""The upload area: Gradio's uploads and each session's downloads, removed when stale or done."""

from __future__ import annotations

import hashlib
import logging
import secrets
import shutil
import time
from pathlib import Path

from app.letters.export import save_letter

log = logging.getLogger(__name__)

LETTER_NAME = "cover-letter"


class SessionFiles:
    """Per-session folders under `root/sessions`; the folder name is a salted hash of the session."""

    def __init__(self, root: Path, max_age_s: int):
        self.root = root.resolve()
        self.sessions = self.root / "sessions"
        self.max_age_s = max_age_s
        self._salt = secrets.token_bytes(16)  # the names cannot be guessed from a session id
        self.sessions.mkdir(parents=True, exist_ok=True, mode=0o700)

    def folder(self, session: str, *, create: bool = True) -> Path:
        name = hashlib.sha256(self._salt + session.encode()).hexdigest()[:32]
        path = self.sessions / name
        if create:
            path.mkdir(exist_ok=True, mode=0o700)
        return path

    def write_letter(self, session: str, text: str) -> tuple[Path, Path]:
        """The letter as .md and .docx, for the download buttons.

        Each version gets a new folder, so its URL is new and no browser serves a cached copy.
        The version before stays until the next one, since the page may still link to it."""
        self.sweep()
        folder = self.folder(session)
        older = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime)[:-1]
        for old in older:
            shutil.rmtree(old, ignore_errors=True)
        version = folder / secrets.token_hex(8)
        version.mkdir(mode=0o700)
        return (save_letter(text, version / f"{LETTER_NAME}.md"),
                save_letter(text, version / f"{LETTER_NAME}.docx"))

    def forget(self, session: str) -> None:
        shutil.rmtree(self.folder(session, create=False), ignore_errors=True)

    def contains(self, path: str | Path) -> bool:
        return Path(path).resolve().is_relative_to(self.root)

    def discard_upload(self, path: str | Path | None) -> None:
        """Delete an uploaded file once read (a resume must not stay on disk) and its empty folder."""
        if not path or not self.contains(path):
            return
        file = Path(path).resolve()
        file.unlink(missing_ok=True)
        if file.parent != self.root and file.parent != self.sessions:
            try:
                file.parent.rmdir()
            except OSError:  # not empty: another upload shares it
                pass

    def sweep(self) -> int:
        """Remove every upload or session folder older than the maximum age; returns how many."""
        cutoff = time.time() - self.max_age_s
        removed = 0
        for parent in (self.root, self.sessions):
            for child in list(parent.iterdir()):
                if child == self.sessions or _newest_mtime(child) > cutoff:
                    continue
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
                removed += 1
        if removed:
            log.info("removed %d stale upload entries", removed)
        return removed


def _newest_mtime(path: Path) -> float:
    try:
        times = [path.stat().st_mtime]
        if path.is_dir():
            times += [p.stat().st_mtime for p in path.rglob("*")]
        return max(times)
    except OSError:
        return time.time()  # vanished or unreadable mid-sweep: leave it to the next one
