"""Caption fuzzing (hypothesis): arbitrary bytes and mutated real caption files.

``parse_caption_file`` returns ParsedCaptions (NFC text, cues in time order, every cue's text
NFC) or raises CaptionError naming the file, never any other exception. Through the whole
ingest, a clip with a fuzzed caption file is ingested, with the caption attached or a warning
naming it, never rejected or crashed because of the caption.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.model import ParsedCaptions
from reviewer.errors import CaptionError
from reviewer.media.captions import parse_caption_file
from tests import fixtures_captions as fx
from tests.reliability.conftest import count, new_clip

CHECK = "caption fuzzing"
EXTENSIONS = (".srt", ".vtt", ".ass", ".ssa", ".vi.srt")
REAL_FILES = {
    name: getattr(fx, name)()
    for name in (
        "utf8_srt",
        "utf8_bom_srt",
        "utf16_le_bom_srt",
        "utf16_be_bom_srt",
        "utf8_nfd_srt",
        "cp1258_srt",
        "cp1258_precomposed_srt",
        "cp1258_single_line_srt",
        "crlf_srt",
        "no_trailing_newline_srt",
        "blank_after_timing_srt",
        "out_of_order_srt",
        "overlap_srt",
        "fast_reading_srt",
        "long_line_srt",
        "number_line_srt",
        "malformed_timing_srt",
        "vtt_file",
        "ass_file",
        "garbage_bytes",
    )
}
EXT_OF = {"vtt_file": ".vtt", "ass_file": ".ass"}


def _settings(name: str, reduced: int, full: int):
    return settings(
        max_examples=count(name, reduced, full),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    )


@st.composite
def mutated_real_file(draw):
    """A real caption file with bytes flipped, cut, duplicated or inserted, or truncated."""
    name = draw(st.sampled_from(sorted(REAL_FILES)))
    data = bytearray(REAL_FILES[name])
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(("flip", "truncate", "insert", "delete", "duplicate", "splice")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=64)
                | st.sampled_from(
                    [
                        b"\r",
                        b"\n\n",
                        b"-->",
                        b" --> ",
                        b"00:00:",
                        b"\xef\xbb\xbf",
                        b"\xff\xfe",
                        b"\x00",
                        b"{\\an8}",
                        b"<i>",
                        b"&amp;",
                        "Đồng bằng".encode(),
                        b"Dialogue: 0,",
                        b"[Events]",
                        b"WEBVTT\n",
                        b"99999999999",
                    ]
                )
            )
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
        else:
            other = REAL_FILES[draw(st.sampled_from(sorted(REAL_FILES)))]
            data[at:] = other[draw(st.integers(0, max(0, len(other) - 1))) :]
    ext = EXT_OF.get(name, draw(st.sampled_from(EXTENSIONS)))
    return f"fuzz{ext}", bytes(data)


def _check(name: str, raw: bytes) -> None:
    try:
        parsed = parse_caption_file(name, raw)
    except CaptionError as exc:
        assert exc.message and "\n" not in exc.message, exc.message
        return
    assert isinstance(parsed, ParsedCaptions)
    assert parsed.cues and any(c.text for c in parsed.cues)
    assert unicodedata.is_normalized("NFC", parsed.text)
    assert all(unicodedata.is_normalized("NFC", c.text) for c in parsed.cues)
    assert [(c.start_ms, c.end_ms) for c in parsed.cues] == sorted((c.start_ms, c.end_ms) for c in parsed.cues)
    assert all("\n" not in w for w in parsed.warnings)


def test_arbitrary_bytes_are_parsed_or_refused_with_a_reason(proof):
    examples = [0]

    @_settings("caption_fuzz_examples", 300, 5000)
    @given(raw=st.binary(max_size=4096), ext=st.sampled_from(EXTENSIONS))
    def run(raw, ext):
        examples[0] += 1
        _check(f"fuzz{ext}", raw)

    try:
        run()
    finally:
        proof.trials = examples[0]


def test_arbitrary_text_is_parsed_or_refused_with_a_reason(proof):
    """Text (not bytes) near the formats: timing lines, arrows, numbers, tags, any Unicode."""
    examples = [0]
    pieces = st.sampled_from(
        [
            "1\n",
            "00:00:01,000 --> 00:00:02,000\n",
            "00:00:01.000 --> 00:00:02.000\n",
            "\n",
            "WEBVTT\n\n",
            "NOTE x\n",
            "[Script Info]\n",
            "[Events]\n",
            "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n",
            "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,x\n",
            " --> ",
            "-->",
            "99:99:99,999",
            "<b>",
            "{\\i1}",
            "\r\n",
        ]
    )

    @_settings("caption_text_examples", 300, 5000)
    @given(
        parts=st.lists(pieces | st.text(max_size=40), max_size=40),
        ext=st.sampled_from(EXTENSIONS),
        encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]),
    )
    def run(parts, ext, encoding):
        examples[0] += 1
        try:
            raw = "".join(parts).encode(encoding)
        except UnicodeEncodeError:
            raw = "".join(parts).encode("utf-8")
        _check(f"fuzz{ext}", raw)

    try:
        run()
    finally:
        proof.trials = examples[0]


def test_mutated_real_files_are_parsed_or_refused_with_a_reason(proof):
    examples = [0]

    @_settings("caption_mutation_examples", 300, 5000)
    @given(case=mutated_real_file())
    def run(case):
        examples[0] += 1
        _check(*case)

    try:
        run()
    finally:
        proof.trials = examples[0]


def test_fuzzed_caption_never_stops_its_clip(services, tmp_path, proof):
    examples = [0]
    folder = tmp_path / "in"

    @_settings("caption_ingest_examples", 20, 300)
    @given(
        case=mutated_real_file()
        | st.tuples(st.sampled_from(["fuzz.srt", "fuzz.vtt", "fuzz.ass"]), st.binary(max_size=2048))
    )
    def run(case):
        examples[0] += 1
        name, raw = case
        n = examples[0]
        stem = f"clip{n:04d}"
        video = new_clip(folder / f"{stem}.mp4")
        caption = folder / f"{stem}{name[len('fuzz') :]}"
        caption.write_bytes(raw)
        try:
            [result] = services.ingest.ingest([video])
        finally:
            caption.unlink()
            video.unlink()
        assert result.result == "ingested", (result.result, result.reason)
        detail = services.library.clip_detail(result.clip_id)
        attached = [c.file_name for c in detail.current.captions]
        not_used = [w for w in result.warnings if w.startswith(f"caption file {caption.name} not used")]
        assert attached == [caption.name] or (not attached and len(not_used) == 1), (attached, result.warnings)

    try:
        run()
    finally:
        proof.trials = examples[0]
    from tests.reliability.checks import library_problems

    problems, _ = library_problems(services.home)
    assert problems == []
