"""Decode caption files (any encoding an editor's PC may produce) and parse SRT, WebVTT and ASS/SSA.

Decoding order: byte-order mark, strict UTF-8, then a legacy guess in which Windows-1258 wins
whenever the text reads as Vietnamese; charset-normalizer alone tends to pick cp1252 or another
code page for short Vietnamese files, which would turn every tone mark into a stray letter.

SRT goes through a structural pass of our own before pysubs2 sees it: pysubs2's SubRip reader
drops a last line that is only a number ("2024") and cannot say on which line a timing is
broken. The pass finds the cues, reports malformed timings by line (in the first cue as in any
other), warns about unusual timestamps that players read differently, and hands pysubs2 a
canonical SRT whose only remaining job is turning inline markup into plain text. A reviewer
signs what the captions say, so a broken SRT timing is an error rather than a silently dropped
cue.

WebVTT is read by the WebVTT parsing rules (``reviewer.media.webvtt``), as browsers read it: a
cue those rules skip is skipped here too, with a warning naming its line and why.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
import warnings

import charset_normalizer
import pysubs2

from reviewer.core.captions import MAX_CPS, MAX_LINE, caption_warnings, normalise_text, render_srt, sort_cues
from reviewer.core.model import Cue, ParsedCaptions
from reviewer.errors import CaptionError
from reviewer.media.webvtt import WebVttError, cue_plain_text, parse_webvtt

__all__ = [
    "CAPTION_FORMATS",
    "caption_format_of",
    "decode_caption_bytes",
    "language_from_name",
    "parse_caption_file",
    "render_srt",
]

#: File extension (lower case, with dot) → format name used in ParsedCaptions.format.
CAPTION_FORMATS: dict[str, str] = {".srt": "srt", ".vtt": "vtt", ".ass": "ass", ".ssa": "ssa"}

# --- decoding -----------------------------------------------------------------------------------

# UTF-32 marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_UNICODE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32"})

# The five Vietnamese tone marks, which Windows-1258 stores as separate combining bytes.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VIETNAMESE_VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def decode_caption_bytes(raw: bytes) -> tuple[str, str]:
    """Decode caption bytes to NFC text; return (text, Python codec name of the encoding used).

    Raises CaptionError for empty input, a byte-order mark the rest of the file contradicts,
    binary data, or bytes no known encoding explains.
    """
    if not raw:
        raise CaptionError("the file is empty")
    for bom, codec, label in _BYTE_ORDER_MARKS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise CaptionError(
                    f"starts with a {label} byte-order mark but is not valid {label} (byte {exc.start})"
                ) from exc
            return _checked_text(text), codec
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # NUL characters in "valid UTF-8" mean UTF-16 without a byte-order mark: let detection try.
        if "\x00" not in text.rstrip("\x00"):
            return _checked_text(text), "utf-8"
    return _decode_legacy(raw)


def _checked_text(text: str) -> str:
    # Trailing NULs are padding some export tools and copy glitches leave; any other NUL is binary.
    text = text.rstrip("\x00")
    if "\x00" in text:
        raise CaptionError("contains NUL bytes: binary data, not a caption file")
    return unicodedata.normalize("NFC", text)


def _strict_decode(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_vietnamese(text: str) -> bool:
    """True when tone marks sit on vowels, as in Vietnamese, and hardly ever anywhere else.

    Read as Windows-1258, a cp1252 file in another language gives combining marks after
    consonants, spaces or line starts (Italian "così" → "cos" + U+0301), so require that
    misplaced marks stay a small fraction of well-placed ones.
    """
    on_vowel = misplaced = 0
    previous = ""
    for char in text:
        if char in _TONE_MARKS:
            if previous in _VIETNAMESE_VOWELS:
                on_vowel += 1
            else:
                misplaced += 1
        previous = char
    return on_vowel > 0 and misplaced * 10 <= on_vowel


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    vietnamese = _strict_decode(raw, "cp1258")
    if vietnamese is not None and _looks_vietnamese(vietnamese):
        return _checked_text(vietnamese), "cp1258"

    try:
        matches = list(charset_normalizer.from_bytes(raw))
    except Exception:  # noqa: BLE001 - a heuristic detector must not crash ingest; treat as no guess
        matches = []
    candidates: list[tuple[str, str, float]] = []
    for match in matches:
        text = _strict_decode(raw, match.encoding)
        if text is not None:
            candidates.append((codecs.lookup(match.encoding).name, text, match.chaos))
    if not candidates:
        raise CaptionError("cannot tell the text encoding (not UTF-8, UTF-16 or a recognised legacy encoding)")
    codec, text, chaos = candidates[0]
    # Many Windows code pages share their punctuation and Western letters; on this desk an
    # English file is far likelier cp1252 than the cp1250 the detector often ranks first.
    western = _strict_decode(raw, "cp1252")
    if (
        western is not None
        and "\x00" not in western
        and (western == text or any(c == "cp1252" and ch <= chaos for c, _, ch in candidates))
    ):
        codec, text = "cp1252", western
    return _checked_text(text), codec


def _encoding_note(encoding: str) -> str | None:
    if encoding in _UNICODE_ENCODINGS:
        return None
    if encoding == "cp1258":
        return "decoded as windows-1258 (legacy Vietnamese encoding)"
    if encoding.startswith("utf"):
        return f"decoded as {encoding} (no byte-order mark; guessed)"
    return f"decoded as {encoding} (guessed legacy encoding: check accented letters)"


# --- names --------------------------------------------------------------------------------------

_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?", re.ASCII)
# Short tokens editors put before the extension that are not languages ("clip.cc.srt").
_NOT_LANGUAGES = frozenset({"cc", "sdh", "hd", "raw", "new", "old", "fix", "cut", "tmp", "bak", "ok"})


def _base_name(file_name: str) -> str:
    # Names from zip packages made on Windows may use backslashes.
    return file_name.replace("\\", "/").rsplit("/", 1)[-1]


def caption_format_of(file_name: str) -> str | None:
    """Caption format named by the file's extension ("srt", "vtt", "ass", "ssa"), or None."""
    base = _base_name(file_name)
    dot = base.rfind(".")
    return CAPTION_FORMATS.get(base[dot:].lower()) if dot > 0 else None


def language_from_name(name: str) -> str | None:
    """Language tag from a suffix before the extension: ``clip.vi.srt`` → "vi", ``x.pt-BR.vtt`` → "pt-BR"."""
    parts = _base_name(name).split(".")
    if len(parts) < 3 or not parts[0]:
        return None
    match = _LANGUAGE_TAG.fullmatch(parts[-2])
    if match is None or match.group(1).lower() in _NOT_LANGUAGES:
        return None
    language, region = match.group(1).lower(), match.group(2)
    return f"{language}-{region.upper()}" if region else language


# --- parsing ------------------------------------------------------------------------------------

_TIME = r"(?:([0-9]{1,4}):)?([0-9]{1,2}):([0-9]{1,2})([,.])([0-9]{1,3})"
_TIMING_LINE = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?", re.ASCII)
# A line that starts like a timing but does not parse as one ("00:00:05 --> 00:00:07").
_BROKEN_TIMING = re.compile(r"\s*[0-9:.,]*[0-9][0-9:.,]*\s*-->", re.ASCII)
# An arrow beside something clock-like, or two timestamps with a mistyped arrow between them
# ("00:00:01,000 -> 00:00:02,000", "... — ..."): a timing line gone wrong, not caption text.
_ARROW_NEAR_TIME = re.compile(r"-->.*[0-9]:[0-9]|[0-9]:[0-9].*-->", re.ASCII)
_TIMESTAMP_LIKE = re.compile(r"[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}[.,][0-9]{1,3}", re.ASCII)
_SRT_INDEX = re.compile(r"\s*[0-9]+\s*", re.ASCII)
# Unusual-timestamp warnings named one by one before the rest are only counted.
_MAX_TIMESTAMP_NOTES = 20


def _time_ms(groups: tuple[str | None, ...]) -> tuple[int | None, list[str]]:
    """Milliseconds of one SRT time (None when minutes or seconds exceed 59) and what is unusual."""
    hours, minutes, seconds, _separator, fraction = groups
    # The SRT time pattern always captures these three; only the hours may be missing.
    assert minutes is not None and seconds is not None and fraction is not None
    if int(minutes) >= 60 or int(seconds) >= 60:
        return None, []
    odd: list[str] = []
    if hours is None:
        odd.append("no hours")
    if len(minutes) != 2 or len(seconds) != 2:
        odd.append("one-digit minutes or seconds")
    millis = int(fraction) * 10 ** (3 - len(fraction))  # ",5" is half a second, as in pysubs2
    if len(fraction) != 3:
        odd.append(
            f"{len(fraction)}-digit milliseconds read as {millis:03d} ms "
            f"(FFmpeg-based players read {int(fraction):03d})"
        )
    return int(hours or 0) * 3_600_000 + int(minutes) * 60_000 + int(seconds) * 1000 + millis, odd


def _excerpt(line: str) -> str:
    line = line.strip()
    return repr(line if len(line) <= 60 else line[:57] + "...")


def _clean_cue_text(text: str) -> str:
    """NFC, each line trimmed, blank lines dropped (they cannot be shown and SRT cannot hold them)."""
    lines = (line.strip() for line in normalise_text(text).split("\n"))
    return "\n".join(line for line in lines if line)


def _malformed(name: str, index: int, line: str) -> CaptionError:
    return CaptionError(f"{name}: line {index + 1}: malformed timing {_excerpt(line)}")


def _scan_srt(name: str, text: str) -> tuple[list[tuple[int, int, list[str]]], list[str]]:
    """Find SRT cues as (start, end, text lines); return them with notes for the reviewer.

    Every line is checked the same way, the first cue's as much as the last's: a timing line
    that does not parse refuses the file (naming the line), never a silently lost cue.
    """
    # A byte-order mark inside the text means files were concatenated; it would hide an index.
    lines = text.replace("\ufeff", "").split("\n")
    timings: list[tuple[int, int, int]] = []  # (line index, start ms, end ms)
    odd_times: list[str] = []
    dot_separators = 0
    for index, line in enumerate(lines):
        match = _TIMING_LINE.fullmatch(line)
        if match is None:
            if _BROKEN_TIMING.match(line) or _ARROW_NEAR_TIME.search(line) or len(_TIMESTAMP_LIKE.findall(line)) >= 2:
                raise _malformed(name, index, line)
            continue
        groups = match.groups()
        (start, start_odd), (end, end_odd) = _time_ms(groups[:5]), _time_ms(groups[5:])
        if start is None or end is None:
            raise _malformed(name, index, line)
        timings.append((index, start, end))
        dot_separators += (groups[3] == ".") + (groups[8] == ".")
        odd = list(dict.fromkeys(start_odd + end_odd))
        if odd:
            odd_times.append(f"line {index + 1}: unusual timestamp {_excerpt(line)}: {'; '.join(odd)}")

    def is_blank(i: int) -> bool:
        return not lines[i].strip()

    notes: list[str] = []
    # Where each cue's header (its index line, if any) begins: its text region ends there.
    headers: list[int] = []
    for k, (t, _, _) in enumerate(timings):
        low = timings[k - 1][0] + 1 if k else 0
        header = t
        # The index is the nearest non-blank line above, if it is a bare number.
        j = t - 1
        while j >= low and is_blank(j):
            j -= 1
        if j >= low and _SRT_INDEX.fullmatch(lines[j]):
            header = j
            if k and j - 1 >= low and not is_blank(j - 1):
                notes.append(
                    f"line {j + 1}: no blank line before the cue number {lines[j].strip()}: "
                    "some players show the number and the timing below it as text of the cue above"
                )
        headers.append(header)

    if timings and any(not is_blank(i) for i in range(headers[0])):
        span = "line 1" if headers[0] == 1 else f"lines 1-{headers[0]}"
        notes.append(f"{span} before the first cue ignored")

    cues: list[tuple[int, int, list[str]]] = []
    for k, (t, start, end) in enumerate(timings):
        stop = headers[k + 1] if k + 1 < len(timings) else len(lines)
        text_lines = [lines[i].strip() for i in range(t + 1, stop) if lines[i].strip()]
        cues.append((start, end, text_lines))

    notes.extend(odd_times[:_MAX_TIMESTAMP_NOTES])
    if len(odd_times) > _MAX_TIMESTAMP_NOTES:
        notes.append(f"{len(odd_times) - _MAX_TIMESTAMP_NOTES} more timing lines with unusual timestamps")
    if dot_separators:
        notes.append(
            f"{dot_separators} timestamps with '.' before the milliseconds (SRT uses ','): "
            "most players accept it, some do not"
        )
    return cues, notes


def _parse_vtt(name: str, text: str) -> tuple[list[Cue], list[str]]:
    try:
        found, notes = parse_webvtt(text)
    except WebVttError as exc:
        raise CaptionError(f"{name}: {exc}; browsers show none of its captions") from None
    cues = [Cue(start_ms=c.start_ms, end_ms=c.end_ms, text=_clean_cue_text(cue_plain_text(c.text))) for c in found]
    return cues, notes


def _run_pysubs2(name: str, text: str, fmt: str) -> tuple[pysubs2.SSAFile, list[str]]:
    """Parse with pysubs2, turning any exception into CaptionError and its warnings into notes."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            subs = pysubs2.SSAFile.from_string(text, format_=fmt)
        except Exception as exc:  # third-party parser on untrusted input
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise CaptionError(f"{name}: cannot be read as {fmt.upper()}: {reason[:120]}") from exc
    notes: list[str] = []
    for warning in caught:
        note = f"{fmt.upper()}: {str(warning.message).strip()}"
        if note not in notes:
            notes.append(note)
    return subs, notes


def _parse_srt(name: str, text: str) -> tuple[list[Cue], list[str]]:
    found, notes = _scan_srt(name, text)
    if not found:
        return [], notes
    # Canonical SRT: numbered blocks, one blank line apart, and a final bare number so that
    # pysubs2's "strip the next cue's number" rule never eats a last text line that is a number.
    # Times are ours already (parsed above), so every timing line here is a dummy 0 --> 0.
    blocks = [
        f"{k}\n00:00:00,000 --> 00:00:00,000\n" + "".join(line + "\n" for line in text_lines) + "\n"
        for k, (_, _, text_lines) in enumerate(found, start=1)
    ]
    blocks.append(f"{len(found) + 1}\n")
    subs, pysubs_notes = _run_pysubs2(name, "".join(blocks), "srt")
    events = list(subs)
    if len(events) != len(found):
        raise CaptionError(f"{name}: cannot separate the caption cues ({len(found)} timings)")
    cues = [
        Cue(start_ms=start, end_ms=end, text=_clean_cue_text(event.plaintext))
        for (start, end, _), event in zip(found, events)
    ]
    return cues, notes + pysubs_notes


def _parse_substation(name: str, text: str, fmt: str) -> tuple[list[Cue], list[str]]:
    subs, notes = _run_pysubs2(name, text, fmt)
    try:
        cues = [
            Cue(start_ms=int(event.start), end_ms=int(event.end), text=_clean_cue_text(event.plaintext))
            for event in subs
            if event.is_text  # comments and vector drawings are not captions
        ]
    except Exception as exc:  # malformed events can fail inside pysubs2's accessors
        raise CaptionError(f"{name}: cannot be read as {fmt.upper()}: {type(exc).__name__}") from exc
    return cues, notes


def parse_caption_file(
    file_name: str,
    raw: bytes,
    *,
    language: str | None = None,
    max_cps: float = MAX_CPS,
    max_line: int = MAX_LINE,
) -> ParsedCaptions:
    """Decode and parse one caption file; cues come sorted by time, warnings ready to show.

    The format comes from the extension, the language (if not given) from a suffix such as
    ``clip.vi.srt``. Raises CaptionError, naming the file, for an unsupported extension,
    undecodable bytes, a malformed timing line, or a file without any caption text. ``max_cps``
    and ``max_line`` are the reading-speed and line-length limits the warnings hold cues to.
    """
    name = _base_name(file_name)
    fmt = caption_format_of(name)
    if fmt is None:
        raise CaptionError(f"{name}: unsupported caption format (expected .srt, .vtt, .ass or .ssa)")
    raw_sha256 = hashlib.sha256(raw).hexdigest()
    try:
        decoded, encoding = decode_caption_bytes(raw)
    except CaptionError as exc:
        raise CaptionError(f"{name}: {exc.message}") from exc
    text = normalise_text(decoded)

    if fmt == "srt":
        cues, notes = _parse_srt(name, text)
    elif fmt == "vtt":
        cues, notes = _parse_vtt(name, text)
    else:
        cues, notes = _parse_substation(name, text, fmt)
    if not cues:
        raise CaptionError(f"{name}: no caption cues found")
    if not any(cue.text for cue in cues):
        raise CaptionError(f"{name}: no caption text found ({len(cues)} empty cues)")
    cues = sort_cues(cues)

    encoding_note = _encoding_note(encoding)
    all_warnings = (
        ([encoding_note] if encoding_note else []) + notes + caption_warnings(cues, max_cps=max_cps, max_line=max_line)
    )
    return ParsedCaptions(
        file_name=file_name,
        format=fmt,
        language=language if language is not None else language_from_name(name),
        encoding=encoding,
        raw_sha256=raw_sha256,
        text=text,
        cues=tuple(cues),
        warnings=tuple(all_warnings),
    )
