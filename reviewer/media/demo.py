"""The demo library: short Vietnamese newsroom clips with captions, post text and metadata.

``write_demo_sources(dest)`` fills a folder the way an editor's USB stick would look, so the whole
flow (ingest → queue → desk → sign → export) can be shown and tested without real footage:

    NAME.mp4       640x360, 25 fps, H.264 + AAC, 8-12 s, painted with Qt: a dark broadcast card
                   with a station bug, a running timecode (HH:MM:SS:FF), a lower third with the
                   Vietnamese headline, a moving marker and a progress bar, and a "CẢNH n" (scene)
                   panel that changes exactly when the caption cue changes. The captions themselves
                   are *not* burned in, so the reviewer can judge the sidecar captions against the
                   picture.
    NAME.vi.srt    Vietnamese captions, UTF-8 NFC; one clip ships Windows-1258 with combining tone
                   marks and CRLF (as legacy Windows tools write it); one clip has a caption problem
                   (an overlapping cue and a cue far above 20 characters per second).
    NAME.post.txt  the social post text, UTF-8 NFC, with hashtags and a mention.
    NAME.json      metadata: id, title, platform, priority (1 = most urgent), deadline (ISO-8601,
                   +07:00), political, author, desk.

Determinism: the clips, captions and post texts never depend on ``now``; the metadata depends only
on the calendar date of ``now`` in Vietnam time (deadlines are slots on that day, the day before
and the day after). So every run on the same day writes the same bytes and re-ingesting the folder
reports duplicates. x264 (without ``--non-deterministic``) and FFmpeg's AAC encoder are
deterministic for the same library build, and text is drawn as glyph outlines at pixel sizes, so
the picture does not depend on the screen's DPI or the Qt platform plugin in use.

Idempotency: a hidden ``.demo-manifest.json`` records, per clip, a fingerprint of its recipe and the
SHA-256 of every file written; files whose recipe and bytes still match are left untouched
(same mtime), so a second call costs a few hashes and no encoding.

Qt: painting text needs a ``QGuiApplication``. If one (or a ``QApplication``) already exists it is
reused. If no Qt application exists, a temporary ``QGuiApplication`` is created on the
``offscreen`` platform — passed as ``-platform offscreen`` in its argv, so no display is needed and
``QT_QPA_PLATFORM`` in the environment is never changed — and it is shut down before returning, so
the desk can still create its own ``QApplication`` later in the same process. Call from the main
thread. A bare ``QCoreApplication`` (no GUI) cannot paint text and raises ``MediaError``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import cast

from reviewer.core.canonical import sha256_file
from reviewer.core.timecode import clock_tenths, frame_timecode, srt_time
from reviewer.errors import MediaError
from reviewer.media.synth import make_clip

log = logging.getLogger(__name__)

WIDTH = 640
HEIGHT = 360
FPS = 25

VIETNAM_TZ = timezone(timedelta(hours=7))
"""The station's wall clock (Asia/Ho_Chi_Minh has no DST, so a fixed offset is exact)."""

MANIFEST_NAME = ".demo-manifest.json"

# The manifest's layout; clips re-render by themselves when this module's code changes.
_DEMO_FORMAT = 1
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/dejavu"))

_FONT_SANS = "DejaVu Sans"
_FONT_MONO = "DejaVu Sans Mono"

# Windows-1258 spells the five Vietnamese tones as combining bytes after a base letter; the
# vowels with circumflex, breve or horn (and đ) have their own precomposed bytes.
_CP1258_TONE_BYTES = {
    "\u0300": b"\xcc",  # huyền
    "\u0301": b"\xec",  # sắc
    "\u0303": b"\xde",  # ngã
    "\u0309": b"\xd2",  # hỏi
    "\u0323": b"\xf2",  # nặng
}

_SCENE_COLOURS = ("#1f7ae0", "#e39b17", "#21a366", "#c2185b", "#7e57c2", "#0097a7")


@dataclass(frozen=True)
class DemoCue:
    """One caption cue of a demo clip and the shot (scene) shown from its start."""

    start_ms: int
    end_ms: int
    text: str
    shot: str


@dataclass(frozen=True)
class DemoClip:
    """The recipe of one demo clip and its sidecars."""

    slug: str
    title: str
    category: str
    headline: str
    seconds: float
    platform: str
    priority: int
    deadline_day: int  # relative to the date of ``now``: -1 yesterday, 0 today, 1 tomorrow
    deadline_time: str  # "HH:MM" Vietnam time
    political: bool
    author: str
    desk: str
    post: str
    cues: tuple[DemoCue, ...]
    srt_encoding: str = "utf-8"  # "utf-8" or "cp1258"

    @property
    def name(self) -> str:
        """The file stem shared by the clip and its sidecars."""
        return self.slug

    def scene_starts_ms(self) -> list[int]:
        """Where each scene begins: 0, then at each later cue's start."""
        return [0] + [cue.start_ms for cue in self.cues[1:]]


def _cue(start: float, end: float, text: str, shot: str) -> DemoCue:
    return DemoCue(round(start * 1000), round(end * 1000), text, shot)


DEMO_CLIPS: tuple[DemoClip, ...] = (
    DemoClip(
        slug="hoi-nghi-chuyen-doi-so",
        title="Bản tin sáng: Hội nghị chuyển đổi số",
        category="BẢN TIN SÁNG",
        headline="Hội nghị chuyển đổi số",
        seconds=12.0,
        platform="facebook",
        priority=2,
        deadline_day=0,
        deadline_time="12:00",
        political=False,
        author="Nguyễn Thu Hà",
        desk="Ban Thời sự",
        post=(
            "Sáng nay, Hội nghị chuyển đổi số khai mạc tại Hà Nội với hơn 500 đại biểu. "
            "Dữ liệu số và dịch vụ công trực tuyến là trọng tâm thảo luận.\n\n"
            "#VTV #ChuyenDoiSo #BanTinSang @vtv24"
        ),
        cues=(
            _cue(0.4, 3.2, "Hội nghị chuyển đổi số\nkhai mạc tại Hà Nội.", "Toàn cảnh hội trường"),
            _cue(3.4, 6.4, "Hơn 500 đại biểu từ các bộ, ngành\ntham dự.", "Đại biểu dự hội nghị"),
            _cue(6.6, 9.4, "Trọng tâm là dữ liệu số\nvà dịch vụ công trực tuyến.", "Trình chiếu tham luận"),
            _cue(9.6, 11.6, "Hội nghị kéo dài hai ngày.", "Phỏng vấn chuyên gia"),
        ),
    ),
    DemoClip(
        slug="mien-tay-don-tet",
        title="Người dân miền Tây đón Tết",
        category="XÃ HỘI",
        headline="Người dân miền Tây đón Tết",
        seconds=10.0,
        platform="youtube",
        priority=4,
        deadline_day=1,
        deadline_time="09:00",
        political=False,
        author="Trần Minh Khoa",
        desk="Ban Văn hóa – Xã hội",
        post=(
            "Chợ hoa xuân rộn ràng bên bờ sông, nhà nhà gói bánh tét: không khí Tết "
            "đã về khắp miền Tây.\n\n#VTV #MienTay #TetNguyenDan @vtv24"
        ),
        cues=(
            _cue(0.3, 2.8, "Chợ hoa xuân bên bờ sông\nrộn ràng từ sáng sớm.", "Chợ hoa trên sông"),
            _cue(3.0, 5.8, "Bà con chọn mai vàng\nvề trưng Tết.", "Mai vàng ngày Tết"),
            _cue(6.0, 9.6, "Những chiếc bánh tét đầu tiên\nđã được gói xong.", "Gói bánh tét"),
        ),
        # Legacy Windows subtitle tools still write this; the desk must decode it correctly.
        srt_encoding="cp1258",
    ),
    DemoClip(
        slug="khong-khi-lanh",
        title="Thời tiết: Không khí lạnh tràn về",
        category="THỜI TIẾT",
        headline="Không khí lạnh tràn về",
        seconds=8.0,
        platform="tiktok",
        priority=3,
        deadline_day=0,
        deadline_time="17:30",
        political=False,
        author="Lê Hoàng Nam",
        desk="Ban Thời sự",
        post=(
            "Không khí lạnh tràn về, Hà Nội trời rét, vùng núi cao có thể có băng giá. "
            "Bà con chú ý giữ ấm!\n\n#VTV #ThoiTiet #KhongKhiLanh @vtvthoitiet"
        ),
        cues=(
            _cue(0.2, 2.6, "Không khí lạnh tràn về\ncác tỉnh miền Bắc.", "Bản đồ thời tiết"),
            _cue(2.8, 5.4, "Hà Nội trời rét,\nnhiệt độ thấp nhất 12 độ C.", "Đường phố Hà Nội"),
            _cue(5.6, 7.8, "Vùng núi cao có thể\nxuất hiện băng giá.", "Vùng núi phía Bắc"),
        ),
    ),
    DemoClip(
        slug="doi-tuyen-tap-luyen",
        title="Thể thao: Đội tuyển Việt Nam tập luyện",
        category="THỂ THAO",
        headline="Đội tuyển Việt Nam tập luyện",
        seconds=10.0,
        platform="tiktok",
        priority=5,
        deadline_day=1,
        deadline_time="15:00",
        political=False,
        author="Phạm Quốc Việt",
        desk="Ban Thể thao",
        post=(
            "Đội tuyển Việt Nam có buổi tập đầu tiên, làm quen mặt sân và tập trung "
            "vào thể lực.\n\n#VTV #DoiTuyenVietNam #TheThao @vtvthethao"
        ),
        cues=(
            _cue(0.4, 2.8, "Đội tuyển Việt Nam\ntập buổi đầu tiên.", "Khởi động trên sân"),
            _cue(3.0, 5.6, "Các cầu thủ làm quen\nvới mặt sân mới.", "Tập chuyền bóng"),
            _cue(5.8, 8.0, "Ban huấn luyện chú trọng\nthể lực.", "Bài tập thể lực"),
            _cue(8.2, 9.8, "Trận đấu diễn ra tối thứ Năm.", "Huấn luyện viên chỉ đạo"),
        ),
    ),
    DemoClip(
        slug="giao-thong-ha-noi",
        title="Giao thông Hà Nội giờ cao điểm",
        category="GIAO THÔNG",
        headline="Giao thông Hà Nội giờ cao điểm",
        seconds=9.0,
        platform="zalo",
        priority=2,
        deadline_day=0,
        deadline_time="21:00",
        political=False,
        author="Đỗ Thị Lan",
        desk="Ban Thời sự",
        post=(
            "Giờ cao điểm sáng, nhiều tuyến phố Hà Nội ùn tắc kéo dài. "
            "Lực lượng chức năng tăng cường phân luồng tại các nút giao.\n\n"
            "#VTV #GiaoThong #HaNoi @vtv24"
        ),
        # The deliberate caption problem of the demo set: cue 1 runs 0.6 s into cue 2 (overlap)
        # and cue 3 asks for far more than 20 characters per second.
        cues=(
            _cue(0.3, 3.6, "Giờ cao điểm sáng,\ncác tuyến phố ùn tắc kéo dài.", "Phố Xã Đàn"),
            _cue(3.0, 5.2, "Xe máy nối đuôi nhau\nqua ngã tư Kim Liên.", "Ngã tư Kim Liên"),
            _cue(
                5.4,
                6.6,
                "Cảnh sát giao thông được tăng cường\ntại các nút giao trọng điểm để phân luồng.",
                "Cảnh sát phân luồng",
            ),
            _cue(6.8, 8.6, "Dự báo ùn tắc\ncòn kéo dài.", "Toàn cảnh từ trên cao"),
        ),
    ),
    DemoClip(
        slug="xuat-khau-gao",
        title="Kinh tế: Xuất khẩu gạo tăng mạnh",
        category="KINH TẾ",
        headline="Xuất khẩu gạo tăng mạnh",
        seconds=9.0,
        platform="youtube",
        priority=4,
        deadline_day=-1,
        deadline_time="22:00",
        political=False,
        author="Vũ Thanh Hương",
        desk="Ban Kinh tế",
        post=(
            "Xuất khẩu gạo quý đầu năm tăng mạnh, doanh nghiệp kỳ vọng đơn hàng tiếp tục tăng.\n\n"
            "#VTV #KinhTe #XuatKhauGao @vtv24"
        ),
        cues=(
            _cue(0.4, 3.0, "Xuất khẩu gạo quý đầu năm\ntăng mạnh.", "Cảng xuất khẩu"),
            _cue(3.2, 6.0, "Giá gạo Việt Nam\nở mức cao so với khu vực.", "Biểu đồ giá gạo"),
            _cue(6.2, 8.6, "Doanh nghiệp kỳ vọng\nđơn hàng tiếp tục tăng.", "Kho gạo doanh nghiệp"),
        ),
    ),
    DemoClip(
        slug="luat-bao-chi",
        title="Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi)",
        category="THỜI SỰ",
        headline="Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi)",
        seconds=12.0,
        platform="facebook",
        priority=1,
        deadline_day=0,
        deadline_time="18:00",
        political=True,
        author="Hoàng Minh Tuấn",
        desk="Ban Thời sự",
        post=(
            "Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi). Các đại biểu góp ý về quản lý "
            "báo chí trên không gian mạng và trách nhiệm của cơ quan báo chí.\n\n"
            "#VTV #QuocHoi #LuatBaoChi @vtv24"
        ),
        cues=(
            _cue(0.4, 3.2, "Quốc hội thảo luận\ndự thảo Luật Báo chí (sửa đổi).", "Toàn cảnh nghị trường"),
            _cue(3.4, 6.2, "Các đại biểu góp ý\nvề quản lý báo chí trên mạng.", "Đại biểu phát biểu"),
            _cue(6.4, 8.6, "Nhiều ý kiến đề nghị\nlàm rõ trách nhiệm.", "Thảo luận tại hội trường"),
            _cue(8.8, 11.6, "Ban soạn thảo sẽ tiếp thu,\nchỉnh lý dự thảo.", "Cơ quan soạn thảo giải trình"),
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# Public entry point


def write_demo_sources(dest: Path, *, now: datetime | None = None) -> list[Path]:
    """Write (or keep, if already identical) the demo clips and sidecars in ``dest``.

    Returns the clip paths (``NAME.mp4``, in demo order); each clip's sidecars share its stem.
    ``now`` (default: the current time) only sets the date the deadlines are relative to; a naive
    ``now`` is taken as Vietnam time.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    day = _vietnam_date(now)
    manifest = _read_manifest(dest / MANIFEST_NAME)
    old_files: dict[str, str] = manifest.get("files", {})
    old_recipes: dict[str, str] = manifest.get("recipes", {})
    files: dict[str, str] = {}
    recipes: dict[str, str] = {}

    stale = []
    for clip in DEMO_CLIPS:
        mp4_name = f"{clip.name}.mp4"
        recipes[clip.slug] = _recipe_fingerprint(clip)
        mp4 = dest / mp4_name
        digest = sha256_file(mp4) if mp4.is_file() else None
        if (
            digest is not None
            and old_recipes.get(clip.slug) == recipes[clip.slug]
            and old_files.get(mp4_name) == digest
        ):
            files[mp4_name] = digest
        else:
            stale.append(clip)

    if stale:
        with _gui_application():
            for clip in stale:
                log.info("rendering demo clip %s", clip.name)
                files[f"{clip.name}.mp4"] = _render_clip(clip, dest)

    for clip in DEMO_CLIPS:
        for name, data in _sidecars(clip, day).items():
            _write_if_changed(dest / name, data)
            files[name] = hashlib.sha256(data).hexdigest()

    new_manifest = {"format": _DEMO_FORMAT, "recipes": recipes, "files": dict(sorted(files.items()))}
    _write_if_changed(dest / MANIFEST_NAME, _json_bytes(new_manifest))
    return [dest / f"{clip.name}.mp4" for clip in DEMO_CLIPS]


# --------------------------------------------------------------------------------------------
# Sidecars


def _vietnam_date(now: datetime | None) -> date:
    if now is None:
        now = datetime.now(VIETNAM_TZ)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=VIETNAM_TZ)
    return now.astimezone(VIETNAM_TZ).date()


def deadline_of(clip: DemoClip, day: date) -> datetime:
    """The clip's deadline as an aware Vietnam-time datetime, for the demo run on ``day``."""
    hh, mm = (int(part) for part in clip.deadline_time.split(":"))
    return datetime.combine(day + timedelta(days=clip.deadline_day), time(hh, mm), VIETNAM_TZ)


def _sidecars(clip: DemoClip, day: date) -> dict[str, bytes]:
    """File name → exact bytes of the clip's caption, post and metadata files."""
    meta = {
        "id": f"demo-{clip.slug}",
        "title": clip.title,
        "platform": clip.platform,
        "priority": clip.priority,
        "deadline": deadline_of(clip, day).isoformat(),
        "political": clip.political,
        "author": clip.author,
        "desk": clip.desk,
    }
    return {
        f"{clip.name}.vi.srt": srt_bytes(clip),
        f"{clip.name}.post.txt": (_nfc(clip.post) + "\n").encode("utf-8"),
        f"{clip.name}.json": _json_bytes(_nfc_tree(meta)),
    }


def srt_bytes(clip: DemoClip) -> bytes:
    """The clip's SRT file as written: UTF-8 with LF, or Windows-1258 (combining tones) with CRLF."""
    blocks = []
    for number, cue in enumerate(clip.cues, start=1):
        blocks.append(f"{number}\n{srt_time(cue.start_ms)} --> {srt_time(cue.end_ms)}\n{_nfc(cue.text)}\n")
    text = "\n".join(blocks)
    if clip.srt_encoding == "cp1258":
        return encode_cp1258(text.replace("\n", "\r\n"))
    return text.encode("utf-8")


def encode_cp1258(text: str) -> bytes:
    """Encode Vietnamese text as Windows-1258 the way legacy Windows tools do.

    Each letter is decomposed; its circumflex, breve or horn is recomposed into the precomposed
    cp1258 letter (â ê ô ơ ư ă, and đ stays as is) and its tone mark is written as the following
    combining byte. Decoding with ``cp1258`` and normalising to NFC gives the text back.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = [mark for mark in decomposed if mark in _CP1258_TONE_BYTES]
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _CP1258_TONE_BYTES))
        out += base.encode("cp1258")  # raises UnicodeEncodeError for text cp1258 cannot carry
        for mark in tones:
            out += _CP1258_TONE_BYTES[mark]
    return bytes(out)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _nfc_tree(value):
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, dict):
        return {key: _nfc_tree(item) for key, item in value.items()}
    return value


def _json_bytes(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# Files and manifest


def _read_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _DEMO_FORMAT:
        return {}
    return data


def _write_if_changed(path: Path, data: bytes) -> None:
    """Write atomically, and not at all when the file already holds ``data`` (keeps its mtime)."""
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _recipe_fingerprint(clip: DemoClip) -> str:
    """Changes whenever the clip's bytes could change: its recipe, the painting or encoding code,
    the codec libraries or the fonts."""
    import av

    from reviewer.media import synth

    parts = {
        "format": _DEMO_FORMAT,
        # Any edit to how frames are painted or encoded re-renders once; no version to remember.
        "code": [
            hashlib.sha256(Path(cast(str, m.__file__)).read_bytes()).hexdigest() for m in (sys.modules[__name__], synth)
        ],
        "fonts": [
            _font_file_stamp(name) for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono-Bold.ttf")
        ],
        "clip": asdict(clip),
        "size": [WIDTH, HEIGHT, FPS],
        "av": av.__version__,
        "libs": {name: list(version) for name, version in sorted(av.library_versions.items())},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _font_file_stamp(name: str) -> str:
    """Size and mtime of a DejaVu font file if found (a font upgrade can move pixels)."""
    for folder in _FONT_DIRS:
        path = folder / name
        if path.is_file():
            st = path.stat()
            return f"{name}:{st.st_size}:{st.st_mtime_ns}"
    return f"{name}:-"


def _render_clip(clip: DemoClip, dest: Path) -> str:
    """Encode the clip to a temporary file, then move it into place; returns its SHA-256."""
    final = dest / f"{clip.name}.mp4"
    # The suffix must stay .mp4: the container is chosen from it.
    tmp = dest / f".{clip.name}.tmp.mp4"
    painter = CardPainter(clip)
    try:
        make_clip(tmp, seconds=clip.seconds, width=WIDTH, height=HEIGHT, fps=FPS, audio=True, painter=painter)
        os.replace(tmp, final)
    finally:
        painter.close()
        tmp.unlink(missing_ok=True)
    return sha256_file(final)


# --------------------------------------------------------------------------------------------
# Qt


@contextmanager
def _gui_application() -> Iterator[None]:
    """Make sure a QGuiApplication exists while painting; see the module docstring."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise MediaError(
                "The demo clips need a Qt GUI application to draw text; only a QCoreApplication is running."
            )
        yield
        return
    # argv rather than QT_QPA_PLATFORM: nothing leaks into the environment of a later QApplication.
    app = QGuiApplication(["reviewer-demo", "-platform", "offscreen"])
    try:
        yield
    finally:
        # Deleting the instance lets the desk construct its own QApplication afterwards.
        app.shutdown()
        del app


def _font(family: str, pixel_size: int, *, bold: bool = False, fallback_fixed: bool = False):
    from PySide6.QtGui import QFont, QFontDatabase

    if family not in QFontDatabase.families():
        # Still deterministic on one machine; DejaVu is what Linux desks have (fonts-dejavu-core).
        kind = QFontDatabase.SystemFont.FixedFont if fallback_fixed else QFontDatabase.SystemFont.GeneralFont
        family = QFontDatabase.systemFont(kind).family()
    font = QFont(family)
    # Pixel sizes and unhinted outlines: the picture must not depend on the screen's DPI.
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


def missing_glyphs(text: str, family: str = _FONT_SANS) -> str:
    """The characters of ``text`` (NFC) the font ``family`` has no glyph for (needs a Qt GUI app)."""
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(_font(family, 20))
    return "".join(sorted({c for c in _nfc(text) if not c.isspace() and not metrics.inFontUcs4(ord(c))}))


class CardPainter:
    """Paints the frames of one demo clip: ``painter(frame_index, width, height) -> RGB24 bytes``.

    The static layer of each scene (background, bug, scene panel, lower third) is drawn once and
    copied per frame; only the timecode, the moving marker and the progress bar are drawn per frame.
    Needs a QGuiApplication while alive; call ``close()`` to drop the Qt objects.
    """

    def __init__(self, clip: DemoClip, width: int = WIDTH, height: int = HEIGHT, fps: int = FPS) -> None:
        self.clip = clip
        self.width = width
        self.height = height
        self.fps = fps
        self.frames = max(1, int(round(clip.seconds * fps)))
        self._starts = clip.scene_starts_ms()
        self._mono = _font(_FONT_MONO, 19, bold=True, fallback_fixed=True)
        self._layers = [self._static_layer(i) for i in range(len(self._starts))]

    def close(self) -> None:
        """Release the cached Qt images and fonts (before a temporary QGuiApplication goes away)."""
        self._layers = []
        self._mono = None

    def scene_at(self, frame_index: int) -> int:
        """The 0-based scene shown at ``frame_index``."""
        ms = frame_index * 1000 // self.fps
        scene = 0
        for i, start in enumerate(self._starts):
            if ms >= start:
                scene = i
        return scene

    def __call__(self, frame_index: int, width: int, height: int) -> bytes:
        """The RGB picture of frame ``frame_index``."""
        return self._paint(frame_index, width, height)

    def _paint(self, frame_index: int, width: int, height: int) -> bytes:
        from PySide6.QtCore import QPointF, QRectF, Qt
        from PySide6.QtGui import QColor, QPainter, QPainterPath

        if (width, height) != (self.width, self.height):
            raise ValueError(f"painter made for {self.width}x{self.height}, asked for {width}x{height}")
        scene = self.scene_at(frame_index)
        accent = QColor(_SCENE_COLOURS[scene % len(_SCENE_COLOURS)])
        image = self._layers[scene].copy()
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)

        # Timecode HH:MM:SS:FF, as burned into a review copy.
        path = QPainterPath()
        path.addText(QPointF(width - 150, 35), self._mono, frame_timecode(frame_index, self.fps))
        p.fillPath(path, QColor("#ffd24a"))

        # A marker gliding to and fro on the scene panel's track (2 s period): visible motion.
        t = frame_index / self.fps
        x0, x1, y = 172.0, width - 40.0, 182.0
        x = x0 + (x1 - x0) * (0.5 - 0.5 * math.cos(math.pi * t))
        p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 90))
        p.drawEllipse(QPointF(x, y), 11.0, 11.0)
        p.setBrush(accent.lighter(130))
        p.drawEllipse(QPointF(x, y), 6.0, 6.0)

        # Progress through the clip along the bottom edge.
        done = (frame_index + 1) / self.frames
        p.setBrush(accent)
        p.drawRect(QRectF(16, height - 12, (width - 32) * done, 4))
        p.end()
        return _rgb24_bytes(image)

    def _static_layer(self, scene: int):
        """Everything that stays still during one scene."""
        from PySide6.QtCore import QPointF, QRectF, Qt
        from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPen

        w, h = self.width, self.height
        clip = self.clip
        accent = QColor(_SCENE_COLOURS[scene % len(_SCENE_COLOURS)])
        red = QColor("#c8102e")
        image = QImage(w, h, QImage.Format.Format_RGB888)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)

        # Dark studio background with a soft diagonal sheen.
        grad = QLinearGradient(0, 0, w, h)
        grad.setColorAt(0.0, QColor("#0b1a33"))
        grad.setColorAt(0.55, QColor("#081226"))
        grad.setColorAt(1.0, QColor("#050b18"))
        p.fillRect(0, 0, w, h, grad)
        p.setPen(QPen(QColor(255, 255, 255, 10), 1))
        for k in range(-h, w, 24):
            p.drawLine(k, h, k + h, 0)
        p.setPen(Qt.PenStyle.NoPen)

        # Station bug and desk, top left.
        p.setBrush(red)
        p.drawRoundedRect(QRectF(16, 14, 70, 28), 4, 4)
        self._text(p, "DEMO", _font(_FONT_SANS, 16, bold=True), QPointF(24, 34.5), QColor("white"))
        self._text(p, clip.desk.upper(), _font(_FONT_SANS, 14, bold=True), QPointF(98, 33.5), QColor("#9fb3d1"))

        # Timecode box, top right (the digits are drawn per frame).
        p.setBrush(QColor(0, 0, 0, 170))
        p.setPen(QPen(QColor(255, 210, 74, 120), 1))
        p.drawRoundedRect(QRectF(w - 190, 12, 174, 32), 4, 4)
        p.setPen(Qt.PenStyle.NoPen)
        self._text(p, "TC", _font(_FONT_SANS, 11, bold=True), QPointF(w - 180, 33), QColor("#ffd24a"))

        # Scene panel: which shot is on screen, so captions can be checked against the picture.
        panel = QRectF(16, 56, w - 32, 144)
        p.setBrush(QColor(255, 255, 255, 16))
        p.setPen(QPen(QColor(accent.red(), accent.green(), accent.blue(), 150), 1.5))
        p.drawRoundedRect(panel, 6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawRoundedRect(QRectF(16, 56, 132, 144), 6, 6)
        p.drawRect(QRectF(130, 56, 18, 144))  # square the block's right edge against the panel
        self._text_centered(p, "CẢNH", _font(_FONT_SANS, 15, bold=True), 82, 84, QColor("white"))
        self._text_centered(p, str(scene + 1), _font(_FONT_SANS, 64, bold=True), 82, 154, QColor("white"))
        count = len(self._starts)
        self._text_centered(
            p, f"{scene + 1} / {count}", _font(_FONT_SANS, 13, bold=True), 82, 184, QColor(255, 255, 255, 210)
        )

        start = self._starts[scene]
        end = self._starts[scene + 1] if scene + 1 < count else round(clip.seconds * 1000)
        shot = _nfc(clip.cues[scene].shot)
        self._text_fitted(p, shot, _FONT_SANS, 26, True, QPointF(172, 104), w - 212, QColor("white"))
        self._text(
            p,
            f"{clock_tenths(start)} – {clock_tenths(end)}",
            _font(_FONT_MONO, 14, fallback_fixed=True),
            QPointF(172, 132),
            QColor("#9fb3d1"),
        )
        for i in range(count):
            p.setBrush(accent if i == scene else QColor(255, 255, 255, 50))
            p.drawEllipse(QPointF(176 + i * 18, 154), 5, 5)
        p.setBrush(QColor(255, 255, 255, 36))
        p.drawRoundedRect(QRectF(172, 180.5, w - 212, 3), 1.5, 1.5)

        # Lower third: category tag, headline bar, byline strip.
        tag_font = _font(_FONT_SANS, 13, bold=True)
        tag = _nfc(clip.category)
        tag_w = self._advance(tag, tag_font) + 24
        p.setBrush(red)
        p.drawRect(QRectF(16, 218, tag_w, 24))
        self._text(p, tag, tag_font, QPointF(28, 235), QColor("white"))
        p.setBrush(QColor("#f3f5f9"))
        p.drawRect(QRectF(16, 242, w - 32, 40))
        p.setBrush(red)
        p.drawRect(QRectF(16, 242, 6, 40))
        self._text_fitted(p, _nfc(clip.headline), _FONT_SANS, 21, True, QPointF(32, 269), w - 64, QColor("#0b1a33"))
        p.setBrush(QColor("#123a7a"))
        p.drawRect(QRectF(16, 282, w - 32, 22))
        byline = _nfc(f"{clip.desk}  ·  BTV {clip.author}")
        self._text(p, byline, _font(_FONT_SANS, 12), QPointF(32, 297.5), QColor("#dbe5f5"))
        # Marks the picture as an internal review copy, as a station's preview feed would.
        review_font = _font(_FONT_SANS, 11, bold=True)
        review = "BẢN DUYỆT · CHƯA PHÁT SÓNG"
        self._text(p, review, review_font, QPointF(w - 32 - self._advance(review, review_font), 297), QColor("#ffd24a"))

        # Progress track (filled per frame).
        p.setBrush(QColor(255, 255, 255, 30))
        p.drawRect(QRectF(16, h - 12, w - 32, 4))
        p.end()
        return image

    @staticmethod
    def _text(p, text: str, font, origin, colour) -> None:
        # Glyph outlines, not drawText: identical pixels on every Qt platform plugin.
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addText(origin, font, text)
        p.fillPath(path, colour)

    @staticmethod
    def _advance(text: str, font) -> float:
        from PySide6.QtGui import QFontMetricsF

        return QFontMetricsF(font).horizontalAdvance(text)

    def _text_centered(self, p, text: str, font, cx: float, baseline: float, colour) -> None:
        from PySide6.QtCore import QPointF

        self._text(p, text, font, QPointF(cx - self._advance(text, font) / 2, baseline), colour)

    def _text_fitted(self, p, text: str, family: str, size: int, bold: bool, origin, max_width: float, colour) -> None:
        """Shrink the font until ``text`` fits ``max_width`` (long Vietnamese headlines)."""
        font = _font(family, size, bold=bold)
        while size > 12 and self._advance(text, font) > max_width:
            size -= 1
            font = _font(family, size, bold=bold)
        self._text(p, text, font, origin, colour)


def _rgb24_bytes(image) -> bytes:
    """Tightly packed RGB24 rows; Qt pads each scan line to a multiple of 4 bytes."""
    width, height = image.width(), image.height()
    row = width * 3
    stride = image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    if stride == row:
        return data
    return b"".join(data[y * stride : y * stride + row] for y in range(height))
