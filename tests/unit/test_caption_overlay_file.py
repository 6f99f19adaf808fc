"""The caption file the desk hands libVLC: the checked cues as UTF-8 SRT (issue 13, problem 1).

What libVLC then draws is compared pixel by pixel in tests/gui/test_caption_overlay.py.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.core.model import Cue
from reviewer.media.caption_overlay import overlay_srt


def test_the_overlay_keeps_markup_characters_literal_and_utf8() -> None:
    cues = [
        Cue(1_000, 3_000, "Giá <5% & {tăng} \\N"),
        Cue(-200, 500, "Mở đầu"),
        Cue(4_000, 4_000, "rỗng"),
        Cue(5_000, 6_000, "   "),
    ]
    data = overlay_srt(cues)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text == (
        "1\n00:00:00,000 --> 00:00:00,500\nMở đầu\n\n"
        "2\n00:00:01,000 --> 00:00:03,000\nGiá <\u20605% & {\u2060tăng} \\\u2060N\n"
    )


def test_overlays_a_crashed_desk_left_are_removed_at_the_next_start(tmp_path):
    import subprocess
    import sys

    from reviewer.media.caption_overlay import CaptionOverlayFiles
    from reviewer.media.store import MediaStore

    store = MediaStore(tmp_path / "home")
    # A desk that died with its overlay on disk: a child process writes one and exits at once.
    code = (
        "import sys; from pathlib import Path; from reviewer.core.model import Cue; "
        "from reviewer.media.caption_overlay import CaptionOverlayFiles; "
        "print(CaptionOverlayFiles(Path(sys.argv[1])).write([Cue(0, 1000, 'Xin chào')]))"
    )
    dead = Path(
        subprocess.run(
            [sys.executable, "-c", code, str(store.tmp)], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    alive = CaptionOverlayFiles(store.tmp).write([Cue(0, 1000, "Bản tin")])  # this desk, still open
    assert dead.read_bytes().decode("utf-8-sig").endswith("Xin chào\n")
    store.clean_stale()
    assert not dead.exists() and alive.exists()
