"""The demo library: real, playable Vietnamese clips with captions, post text and metadata.

One generation runs in a fresh interpreter with no display and no Qt application (the path the
CLI takes), one in this process beside pytest-qt's QApplication (the path the desk takes); the
two folders must be byte-for-byte identical.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

# Before any Qt application exists; a display (Xvfb for the video tests) is respected.
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import av
import pysubs2
import pytest

from reviewer.media.demo import DEMO_CLIPS, VIETNAM_TZ, missing_glyphs, write_demo_sources

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 3, 10, 8, 15, tzinfo=VIETNAM_TZ)
# Letters only Vietnamese uses (the tone-marked vowels of Latin Extended Additional, and ơ ư ă đ).
VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}
MAX_CPS = 20.0


# --------------------------------------------------------------------------------------------
# Fixtures


_HEADLESS_SCRIPT = """
import json, os, sys
from datetime import datetime
from pathlib import Path
from reviewer.media.demo import write_demo_sources
paths = write_demo_sources(Path(sys.argv[1]), now=datetime.fromisoformat(sys.argv[2]))
from PySide6.QtCore import QCoreApplication
left_behind = QCoreApplication.instance() is not None
env_platform = os.environ.get("QT_QPA_PLATFORM")
# The desk must still be able to start its own QApplication in this process.
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["desk", "-platform", "offscreen"])
widget = QWidget()
print(json.dumps({"clips": [p.name for p in paths], "left_behind": left_behind,
                  "env_platform": env_platform, "widget_ok": isinstance(widget, QWidget)}))
"""


@pytest.fixture(scope="module")
def headless(tmp_path_factory) -> tuple[Path, dict]:
    """A generation in a fresh interpreter without display, QT_QPA_PLATFORM or Qt application."""
    dest = tmp_path_factory.mktemp("headless") / "demo"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-c", _HEADLESS_SCRIPT, str(dest), NOW.isoformat()],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dest, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def demo(qapp, tmp_path_factory) -> tuple[Path, list[Path]]:
    """A generation in this process, reusing the running QApplication."""
    dest = tmp_path_factory.mktemp("inproc") / "demo"
    return dest, write_demo_sources(dest, now=NOW)


# --------------------------------------------------------------------------------------------
# Helpers


def read_srt(path: Path) -> tuple[pysubs2.SSAFile, str, bytes]:
    """Parse an SRT as a desk would: strict UTF-8, else Windows-1258; returns (subs, encoding, raw)."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1258"
    return pysubs2.load(str(path), encoding=encoding, format_="srt"), encoding, raw


def caption_problems(subs: pysubs2.SSAFile) -> list[str]:
    """Overlapping cues and cues that need more than MAX_CPS characters per second."""
    problems = []
    events = list(subs)
    for a, b in zip(events, events[1:]):
        if a.end > b.start:
            problems.append(f"overlap {a.end - b.start} ms")
    for ev in events:
        chars = len(unicodedata.normalize("NFC", ev.plaintext).replace("\n", ""))
        cps = chars / ((ev.end - ev.start) / 1000)
        if cps > MAX_CPS:
            problems.append(f"{cps:.1f} cps")
    return problems


def decode_luma(path: Path) -> tuple[dict[int, tuple[bytes, int]], float, object]:
    """Frame index → (Y plane bytes, line size), container duration in s, video stream info."""
    frames = {}
    with av.open(str(path)) as container:
        duration = container.duration / 1_000_000
        vs = container.streams.video[0]
        info = (vs.codec_context.name, vs.codec_context.width, vs.codec_context.height, float(vs.average_rate))
        audio = [s.codec_context.name for s in container.streams.audio]
        for frame in container.decode(vs):
            index = round(float(frame.pts * vs.time_base) * 25)
            plane = frame.planes[0]
            frames[index] = (bytes(plane), plane.line_size)
    return frames, duration, (info, audio)


def mean_luma(frame: tuple[bytes, int], x0: int, y0: int, x1: int, y1: int) -> float:
    data, stride = frame
    total = sum(sum(data[y * stride + x0 : y * stride + x1]) for y in range(y0, y1))
    return total / ((x1 - x0) * (y1 - y0))


def stem(path: Path) -> str:
    return path.name[: -len(".mp4")]


# --------------------------------------------------------------------------------------------
# Tests


def test_folder_holds_six_or_more_clips_each_with_captions_post_and_metadata(demo):
    dest, clips = demo
    assert len(clips) >= 6
    for clip in clips:
        assert clip.is_file() and clip.parent == dest
        for suffix in (".vi.srt", ".post.txt", ".json"):
            assert (dest / f"{stem(clip)}{suffix}").is_file(), f"{stem(clip)}{suffix} missing"


def test_each_clip_is_real_h264_aac_video_of_5_to_20_seconds_with_motion(demo):
    _, clips = demo
    for clip in clips:
        frames, duration, ((codec, width, height, fps), audio) = decode_luma(clip)
        assert (codec, width, height, round(fps)) == ("h264", 640, 360, 25)
        assert audio == ["aac"]
        assert 5.0 <= duration <= 20.0, f"{clip.name}: {duration} s"
        # One second apart the picture has moved (marker, timecode, progress bar).
        assert frames[25][0] != frames[50][0], f"{clip.name} is a still image"


def test_scene_panel_changes_exactly_when_the_caption_changes(demo):
    """The reviewer checks sync by eye: the 'CẢNH n' block switches colour at each cue start."""
    _, clips = demo
    for clip in clips:
        subs, _, _ = read_srt(clip.with_name(f"{stem(clip)}.vi.srt"))
        frames, _, _ = decode_luma(clip)
        block = (30, 100, 130, 120)  # inside the scene-number block, away from its digit

        def luma(index: int, frames=frames, block=block) -> float:
            return mean_luma(frames[index], *block)

        for ev in list(subs)[1:]:
            first = ev.start * 25 // 1000  # the first frame of the cue
            assert abs(luma(first) - luma(first - 1)) > 8, f"{clip.name}: no scene change at {ev.start} ms"
            assert abs(luma(first) - luma(first + 5)) < 2, f"{clip.name}: scene not steady after {ev.start} ms"


def test_captions_are_nfc_vietnamese_with_three_to_six_cues(demo):
    _, clips = demo
    for clip in clips:
        subs, encoding, raw = read_srt(clip.with_name(f"{stem(clip)}.vi.srt"))
        assert 3 <= len(subs) <= 6, clip.name
        text = "\n".join(ev.plaintext for ev in subs)
        if encoding == "utf-8":
            assert text == unicodedata.normalize("NFC", text), f"{clip.name}: captions not NFC"
        nfc = unicodedata.normalize("NFC", text)
        assert VIETNAMESE_LETTERS & set(nfc), f"{clip.name}: no Vietnamese letters in captions"
        with av.open(str(clip)) as container:
            length_ms = container.duration // 1000
        assert all(0 <= ev.start < ev.end <= length_ms for ev in subs), clip.name


def test_one_caption_file_is_legacy_windows_1258_with_combining_tones(demo):
    _, clips = demo
    legacy = []
    for clip in clips:
        subs, encoding, raw = read_srt(clip.with_name(f"{stem(clip)}.vi.srt"))
        if encoding == "cp1258":
            legacy.append(clip.name)
            decoded = raw.decode("cp1258")
            assert "\r\n" in decoded
            assert any(unicodedata.combining(c) for c in decoded)  # tones as separate marks
            nfc = unicodedata.normalize("NFC", subs[0].plaintext)
            recipe = next(c for c in DEMO_CLIPS if c.slug == stem(clip))
            assert nfc == recipe.cues[0].text  # e.g. "Chợ hoa xuân bên bờ sông\nrộn ràng từ sáng sớm."
    assert len(legacy) == 1, legacy


def test_exactly_one_clip_has_a_caption_problem_an_overlap_and_a_fast_cue(demo):
    _, clips = demo
    problems = {}
    for clip in clips:
        found = caption_problems(read_srt(clip.with_name(f"{stem(clip)}.vi.srt"))[0])
        if found:
            problems[clip.name] = found
    assert list(problems) == ["giao-thong-ha-noi.mp4"], problems
    kinds = " ".join(problems["giao-thong-ha-noi.mp4"])
    assert "overlap" in kinds and "cps" in kinds


def test_metadata_post_text_and_deadlines(demo):
    dest, clips = demo
    metas = [json.loads(clip.with_name(f"{stem(clip)}.json").read_text(encoding="utf-8")) for clip in clips]
    assert len({m["id"] for m in metas}) == len(metas)
    assert all(m["id"] == f"demo-{stem(c)}" for m, c in zip(metas, clips))
    assert {m["platform"] for m in metas} == {"facebook", "youtube", "tiktok", "zalo"}
    assert all(1 <= m["priority"] <= 5 for m in metas) and len({m["priority"] for m in metas}) >= 4
    political = [m for m in metas if m["political"]]
    assert [m["title"] for m in political] == ["Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi)"]
    for m in metas:
        for key in ("title", "author", "desk"):
            assert m[key] == unicodedata.normalize("NFC", m[key])
    deadlines = [datetime.fromisoformat(m["deadline"]) for m in metas]
    assert all(d.utcoffset() == timedelta(hours=7) for d in deadlines)
    overdue = [d for d in deadlines if d < NOW]
    later_today = [d for d in deadlines if d >= NOW and d.date() == NOW.date()]
    tomorrow = [d for d in deadlines if d.date() == NOW.date() + timedelta(days=1)]
    assert len(overdue) == 1 and len(later_today) >= 2 and len(tomorrow) >= 1
    for clip in clips:
        raw = clip.with_name(f"{stem(clip)}.post.txt").read_bytes()
        post = raw.decode("utf-8")
        assert post == unicodedata.normalize("NFC", post)
        assert "#VTV" in post and "@" in post and VIETNAMESE_LETTERS & set(post)


def test_every_drawn_letter_has_a_glyph_in_the_card_font(qapp):
    from PySide6.QtGui import QFontDatabase

    if "DejaVu Sans" not in QFontDatabase.families():
        pytest.skip("DejaVu Sans is not installed (Debian: fonts-dejavu-core)")
    drawn = "".join(
        c.title + c.category + c.headline + c.desk.upper() + c.author + "".join(q.shot for q in c.cues)
        for c in DEMO_CLIPS
    )
    assert missing_glyphs(drawn + "CẢNH BẢN DUYỆT · CHƯA PHÁT SÓNG –") == ""


def test_second_call_rewrites_nothing(demo):
    dest, _ = demo
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in dest.iterdir()}
    write_demo_sources(dest, now=NOW.replace(hour=22))  # same day: same content
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in dest.iterdir()}
    assert after == before


def test_same_files_with_or_without_a_running_qt_application(demo, headless):
    """Captions, post texts and metadata are byte-identical; the pictures may differ in
    anti-aliasing between Qt platforms (xcb under Xvfb vs offscreen), so clips are compared by
    their decoded shape. `reviewer demo` always paints offscreen, so its output is stable."""
    import av

    dest, _ = demo
    headless_dest, report = headless
    ours = {p.name: p.read_bytes() for p in dest.iterdir()}
    theirs = {p.name: p.read_bytes() for p in headless_dest.iterdir()}
    assert sorted(ours) == sorted(theirs)
    # The hidden manifest records the clips' hashes, so it differs with them.
    differing = [n for n in ours if ours[n] != theirs[n] and not n.endswith(".mp4") and not n.startswith(".")]
    assert differing == []
    for name in (n for n in ours if n.endswith(".mp4")):
        shapes = []
        for folder in (dest, headless_dest):
            with av.open(str(folder / name)) as c:
                v = c.streams.video[0]
                shapes.append((v.codec_context.width, v.codec_context.height, v.frames, c.duration))
        assert shapes[0] == shapes[1], name


def test_headless_run_leaves_no_qt_application_and_no_environment_change(headless):
    _, report = headless
    assert len(report["clips"]) >= 6
    assert report["left_behind"] is False
    assert report["env_platform"] is None
    assert report["widget_ok"] is True


def test_a_new_day_rewrites_only_the_metadata(demo, tmp_path):
    dest, _ = demo
    copy = tmp_path / "copy"
    shutil.copytree(dest, copy)  # copy2 keeps mtimes
    before = {p.name: p.stat().st_mtime_ns for p in copy.iterdir()}
    write_demo_sources(copy, now=NOW + timedelta(days=1))
    changed = {p.name for p in copy.iterdir() if p.stat().st_mtime_ns != before.get(p.name)}
    assert {n for n in changed if not n.startswith(".")} == {f"{c.slug}.json" for c in DEMO_CLIPS}
    meta = json.loads((copy / "luat-bao-chi.json").read_text(encoding="utf-8"))
    assert meta["deadline"] == "2025-03-11T18:00:00+07:00"


def test_a_damaged_clip_is_rendered_again(demo, tmp_path):
    dest, _ = demo
    copy = tmp_path / "copy"
    shutil.copytree(dest, copy)
    victim = copy / "khong-khi-lanh.mp4"
    victim.write_bytes(victim.read_bytes()[:1000])
    write_demo_sources(copy, now=NOW)
    assert victim.read_bytes() == (dest / victim.name).read_bytes()
