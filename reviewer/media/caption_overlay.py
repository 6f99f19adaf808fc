r"""The caption libVLC draws over the picture: the checked cues, written by the desk as UTF-8 SRT.

libVLC never gets a caption file as it was received. It would guess the encoding (Windows-1252
for a Windows-1258 Vietnamese file, nothing at all for UTF-16 without a byte-order mark) and
read markup its own way, so the picture would carry other words than the transcript a head
checks and signs. The desk renders the parsed cues instead: UTF-8 with a byte-order mark,
times as parsed, text as checked.

libVLC's SubRip reader treats ``<...>`` as HTML-like tags, ``{...}`` as SubStation override
blocks and ``\N`` as a line break, and it decodes no character references; a WORD JOINER
(U+2060, zero width, shown as nothing) after each ``<``, ``{`` and ``\`` keeps the checked
text literal.

With captions at the top (a lower third — name, title, place — sits where captions are drawn),
every cue starts with the ``{\an8}`` position tag (top centre), which libVLC's caption decoder
honours; the tag is added after the text was made literal, so it is the only markup libVLC sees.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from pathlib import Path

from reviewer.core.captions import render_srt
from reviewer.core.model import Cue
from reviewer.media.store import temp_name

__all__ = ["TOP_TAG", "CaptionOverlayFiles", "overlay_srt"]

TOP_TAG = "{\\an8}"

_WORD_JOINER = "\u2060"
_LITERAL = str.maketrans({c: c + _WORD_JOINER for c in "<{\\"})


def overlay_srt(cues: Iterable[Cue], *, top: bool = False) -> bytes:
    """UTF-8 SRT (with a byte-order mark) that libVLC draws exactly as the cues read (at the top
    of the picture with ``top``).

    Cues that cannot show (no text, no duration, ending before they start) are left out; the
    transcript warns about them. A negative start (possible in SubStation files) becomes 0.
    """
    prefix = TOP_TAG if top else ""
    shown = [
        Cue(max(0, cue.start_ms), cue.end_ms, prefix + cue.text.translate(_LITERAL))
        for cue in cues
        if cue.text.strip() and cue.end_ms > max(0, cue.start_ms)
    ]
    return codecs.BOM_UTF8 + render_srt(shown).encode("utf-8")


class CaptionOverlayFiles:
    """Overlay files in one folder (the home's ``tmp/``), kept while libVLC may read them.

    libVLC reopens a clip's caption files whenever the player reopens its input (at the end,
    after seeks near the end), so they live until :meth:`clear` (another clip, the desk
    closing). Names carry the process id ("caption-<pid>-<hex>.srt"): what a crashed desk left
    is removed by ``MediaStore.clean_stale`` on the next start.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._written: list[Path] = []

    def write(self, cues: Iterable[Cue], *, top: bool = False) -> Path:
        """Write the overlay for ``cues`` (at the top with ``top``); returns its path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / temp_name("caption", ".srt")
        data = overlay_srt(cues, top=top)
        with open(path, "xb") as out:
            out.write(data)
        self._written.append(path)
        return path

    def clear(self) -> None:
        """Remove every overlay written so far."""
        written, self._written = self._written, []
        for path in written:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError:  # another process' antivirus, a read-only home: clean_stale retries
                pass
