"""Caption bytes for tests: every encoding and structural oddity an editor's file may arrive with.

Each ``*_srt()`` function returns the bytes of one file; the matching expected cues are module
constants, so other test modules (ingest, desk) can reuse both.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable, Sequence

from reviewer.core.model import Cue

#: Real Vietnamese captions, NFC (as a reviewer must see them).
PRIME_MINISTER = "Thủ tướng phát biểu tại hội nghị về chuyển đổi số"
TET = "Người dân phấn khởi đón Tết Nguyên Đán"
MEKONG = "Đồng bằng sông Cửu Long"
NGHE_AN = "Nghệ An"
HA_NOI = "Hà Nội"

#: A clean file: no overlap, slow enough, short lines.
CLEAN_CUES: tuple[Cue, ...] = (
    Cue(1_000, 4_000, "Thủ tướng phát biểu\ntại hội nghị về chuyển đổi số"),
    Cue(4_500, 7_000, TET),
    Cue(7_500, 9_500, MEKONG),
    Cue(10_000, 11_500, f"{NGHE_AN} – {HA_NOI}"),
)

# The five tone marks, which Windows-1258 stores as combining bytes after the letter.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_cp1258(text: str, *, precomposed_tones: bool = False) -> bytes:
    """Encode Vietnamese text as Windows-1258 the way Vietnamese Windows tools do.

    Letters with circumflex, breve or horn (â ê ô ơ ư ă) and đ exist precomposed in cp1258; tone
    marks do not (except on a few letters), so they follow the letter as combining bytes
    (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below). With
    ``precomposed_tones`` the letters cp1258 does hold precomposed (á, à, é, ó...) use them,
    as some encoders do; Python's own cp1258 codec cannot encode "ệ" at all.
    """
    out = bytearray()
    decomposed = unicodedata.normalize("NFD", text)
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        marks = []
        while i < len(decomposed) and unicodedata.combining(decomposed[i]):
            marks.append(decomposed[i])
            i += 1
        tones = [m for m in marks if m in _TONE_MARKS]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONE_MARKS))
        if precomposed_tones and len(tones) == 1:
            toned = unicodedata.normalize("NFC", letter + tones[0])
            try:
                out += toned.encode("cp1258")
                continue
            except UnicodeEncodeError:
                pass
        out += letter.encode("cp1258")
        for tone in tones:
            out += tone.encode("cp1258")
    return bytes(out)


def srt_text(
    cues: Sequence[Cue],
    *,
    newline: str = "\n",
    trailing_newline: bool = True,
    blank_after_timing: bool = False,
) -> str:
    """SRT text for ``cues`` in the given order (numbered 1..n), with optional file quirks."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        lines = [str(number), f"{_srt_time(cue.start_ms)} --> {_srt_time(cue.end_ms)}"]
        if blank_after_timing:
            lines.append("")
        lines.extend(cue.text.split("\n"))
        blocks.append(newline.join(lines))
    text = (newline * 2).join(blocks)
    return text + newline if trailing_newline else text


def _srt_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


# --- encodings: all decode to CLEAN_CUES ---------------------------------------------------------


def utf8_srt() -> bytes:
    """UTF-8 without a byte-order mark."""
    return srt_text(CLEAN_CUES).encode("utf-8")


def utf8_bom_srt() -> bytes:
    """UTF-8 with a byte-order mark (Windows Notepad's "UTF-8 with BOM")."""
    return codecs.BOM_UTF8 + utf8_srt()


def utf16_le_bom_srt() -> bytes:
    """UTF-16 little-endian with its byte-order mark (Windows "Unicode")."""
    return codecs.BOM_UTF16_LE + srt_text(CLEAN_CUES).encode("utf-16-le")


def utf16_be_bom_srt() -> bytes:
    """UTF-16 big-endian with its byte-order mark."""
    return codecs.BOM_UTF16_BE + srt_text(CLEAN_CUES).encode("utf-16-be")


def utf8_nfd_srt() -> bytes:
    """UTF-8 in decomposed form (macOS file tools): must still come out NFC."""
    return unicodedata.normalize("NFD", srt_text(CLEAN_CUES)).encode("utf-8")


def cp1258_srt() -> bytes:
    """Windows-1258 with every tone mark as a combining byte, CRLF line ends (a Windows file)."""
    return encode_cp1258(srt_text(CLEAN_CUES, newline="\r\n"))


def cp1258_precomposed_srt() -> bytes:
    """Windows-1258 using precomposed letters where the code page has them."""
    return encode_cp1258(srt_text(CLEAN_CUES, newline="\r\n"), precomposed_tones=True)


def cp1258_single_line_srt() -> bytes:
    """The shortest realistic Windows-1258 file: one cue "Hà Nội", where detectors guess wildly."""
    return encode_cp1258(srt_text([Cue(0, 2_000, HA_NOI)]))


#: name → (bytes factory, expected encoding name from decode_caption_bytes)
ENCODING_CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "utf8": (utf8_srt, "utf-8"),
    "utf8-bom": (utf8_bom_srt, "utf-8-sig"),
    "utf16-le-bom": (utf16_le_bom_srt, "utf-16"),
    "utf16-be-bom": (utf16_be_bom_srt, "utf-16"),
    "utf8-nfd": (utf8_nfd_srt, "utf-8"),
    "cp1258": (cp1258_srt, "cp1258"),
    "cp1258-precomposed": (cp1258_precomposed_srt, "cp1258"),
}

# --- structure ------------------------------------------------------------------------------------


def crlf_srt() -> bytes:
    """CRLF line ends throughout."""
    return srt_text(CLEAN_CUES, newline="\r\n").encode("utf-8")


def no_trailing_newline_srt() -> bytes:
    """The last cue's text is the last byte of the file."""
    return srt_text(CLEAN_CUES, trailing_newline=False).encode("utf-8")


def blank_after_timing_srt() -> bytes:
    """A blank line between each timing line and its text (some subtitle tools write this)."""
    return srt_text(CLEAN_CUES, blank_after_timing=True).encode("utf-8")


#: CLEAN_CUES in file order 3, 1, 4, 2: the parser must return them in time order.
OUT_OF_ORDER_FILE_ORDER = (2, 0, 3, 1)


def out_of_order_srt() -> bytes:
    """Cues numbered 1..4 in the file but not in time order."""
    return srt_text([CLEAN_CUES[i] for i in OUT_OF_ORDER_FILE_ORDER]).encode("utf-8")


#: Cue 2 starts 300 ms before cue 1 ends.
OVERLAP_CUES: tuple[Cue, ...] = (
    Cue(5_000, 7_500, NGHE_AN),
    Cue(7_200, 9_000, HA_NOI),
    Cue(9_500, 11_000, MEKONG),
)


def overlap_srt() -> bytes:
    """Cue 2 (00:00:07,200) overlaps cue 1 by 300 ms."""
    return srt_text(OVERLAP_CUES).encode("utf-8")


#: 38 reading characters in one second.
FAST_CUES: tuple[Cue, ...] = (Cue(2_000, 3_000, TET), Cue(4_000, 8_000, HA_NOI))


def fast_reading_srt() -> bytes:
    """Cue 1 reads at 38 characters per second."""
    return srt_text(FAST_CUES).encode("utf-8")


#: Line 1 of cue 1 is 49 characters long (counted NFC).
LONG_LINE_CUES: tuple[Cue, ...] = (Cue(0, 6_000, f"{PRIME_MINISTER}\n{HA_NOI}"),)


def long_line_srt() -> bytes:
    """One cue whose first line is 49 characters."""
    return srt_text(LONG_LINE_CUES).encode("utf-8")


#: A last text line that is only a number, which pysubs2 alone would drop.
NUMBER_LINE_CUES: tuple[Cue, ...] = (
    Cue(0, 3_000, "Kỷ niệm Quốc khánh\n2024"),
    Cue(3_500, 6_000, "Năm\n1945"),
)


def number_line_srt() -> bytes:
    """Cues whose last line is a bare year."""
    return srt_text(NUMBER_LINE_CUES).encode("utf-8")


def malformed_timing_srt() -> bytes:
    """Cue 2's timing lacks milliseconds (line 6)."""
    return ("1\n00:00:01,000 --> 00:00:03,000\nHà Nội\n\n2\n00:00:04 --> 00:00:06\nNghệ An\n").encode("utf-8")


def vtt_file() -> bytes:
    """WebVTT with a header, a NOTE, named identifiers, settings, a voice tag and an entity."""
    return (
        "WEBVTT - bản tin\n\n"
        "NOTE biên tập: kiểm tra lại tên riêng\n\n"
        "mo-dau\n00:01.000 --> 00:04.000 align:start position:10%\n"
        f"<v Phát thanh viên>{PRIME_MINISTER}</v>\n\n"
        "ket\n00:00:04.500 --> 00:00:07.000\n"
        f"<i>{TET}</i> &amp; <b>{HA_NOI}</b>\n"
    ).encode("utf-8")


VTT_CUES: tuple[Cue, ...] = (
    Cue(1_000, 4_000, PRIME_MINISTER),
    Cue(4_500, 7_000, f"{TET} & {HA_NOI}"),
)


def ass_file() -> bytes:
    """Advanced SubStation with override tags, a hard line break and a comment event."""
    return (
        "[Script Info]\nScriptType: v4.00+\n\n"
        "[V4+ Styles]\n"
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n"
        "Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,"
        "0,0,1,2,2,2,10,10,10,1\n\n"
        "[Events]\n"
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
        r"Dialogue: 0,0:00:01.00,0:00:04.00,Default,,0,0,0,,{\i1}Thủ tướng phát biểu{\i0}\N"
        "tại hội nghị về chuyển đổi số\n"
        "Comment: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,ghi chú nội bộ\n"
        r"Dialogue: 0,0:00:04.50,0:00:07.00,Default,,0,0,0,,{\an8}" + MEKONG + "\n"
    ).encode("utf-8")


ASS_CUES: tuple[Cue, ...] = (
    Cue(1_000, 4_000, "Thủ tướng phát biểu\ntại hội nghị về chuyển đổi số"),
    Cue(4_500, 7_000, MEKONG),
)


def garbage_bytes() -> bytes:
    """Binary data that is no caption file (a JPEG header and noise)."""
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + bytes(range(256)) * 4
