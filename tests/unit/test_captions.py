"""Caption parsing, ordering, lookup and warnings, as the reviewer sees them in the transcript."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reviewer.core.captions import (
    CueTimeline,
    caption_warnings,
    count_reading_characters,
    cue_at,
    normalise_text,
    sort_cues,
)
from reviewer.core.model import Cue, ParsedCaptions
from reviewer.core.timecode import srt_time
from reviewer.errors import CaptionError
from reviewer.media.captions import (
    caption_format_of,
    language_from_name,
    parse_caption_file,
    render_srt,
)
from tests.fixtures_captions import (
    ASS_CUES,
    CLEAN_CUES,
    FAST_CUES,
    HA_NOI,
    LONG_LINE_CUES,
    NGHE_AN,
    NUMBER_LINE_CUES,
    OUT_OF_ORDER_FILE_ORDER,
    OVERLAP_CUES,
    VTT_CUES,
    ass_file,
    blank_after_timing_srt,
    crlf_srt,
    encode_cp1258,
    fast_reading_srt,
    garbage_bytes,
    long_line_srt,
    malformed_timing_srt,
    no_trailing_newline_srt,
    number_line_srt,
    out_of_order_srt,
    overlap_srt,
    srt_text,
    utf8_srt,
    vtt_file,
)

# --- core helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ms", "expected"),
    [
        (0, "00:00:00,000"),
        (3_723_004, "01:02:03,004"),
        (36_000_000, "10:00:00,000"),
        (360_000_000, "100:00:00,000"),
        (-1_500, "-00:00:01,500"),
    ],
)
def test_srt_time(ms: int, expected: str) -> None:
    assert srt_time(ms) == expected


def test_normalise_text_composes_and_unifies_line_ends() -> None:
    assert normalise_text("Ngh\u0065\u0323\u0302\r\nAn\rX") == "Ngh\u1ec7\nAn\nX"


def test_sort_cues_orders_by_start_then_end_and_keeps_ties_in_file_order() -> None:
    a, b, c, d = Cue(5, 9, "a"), Cue(1, 8, "b"), Cue(1, 3, "c"), Cue(5, 9, "d")
    assert sort_cues([a, b, c, d]) == [c, b, a, d]


def test_cue_at_finds_the_showing_cue_and_prefers_the_latest_start() -> None:
    cues = sort_cues([Cue(0, 1000, "a"), Cue(500, 2000, "b"), Cue(3000, 4000, "c")])
    assert cue_at(cues, -1) is None
    assert cue_at(cues, 0) == 0
    assert cue_at(cues, 600) == 1  # both a and b show: the later-starting b is the current line
    assert cue_at(cues, 1500) == 1
    assert cue_at(cues, 2000) is None  # end is exclusive
    assert cue_at(cues, 2500) is None
    assert cue_at(cues, 3999) == 2
    assert cue_at([], 10) is None


_cue_lists = st.lists(
    st.builds(
        lambda start, length, label: Cue(start, start + length, label),
        st.integers(0, 5_000),
        st.integers(-50, 2_000),
        st.sampled_from(["a", "b", "c"]),
    ),
    max_size=30,
).map(sort_cues)


@settings(max_examples=200, deadline=None)
@given(_cue_lists, st.lists(st.integers(-100, 8_000), min_size=1, max_size=20))
def test_cue_at_matches_a_linear_scan(cues: list[Cue], times: list[int]) -> None:
    timeline = CueTimeline(cues)
    assert list(timeline.cues) == cues
    for ms in times:
        covering = [i for i, cue in enumerate(cues) if cue.start_ms <= ms < cue.end_ms]
        expected = covering[-1] if covering else None
        assert cue_at(cues, ms) == expected
        assert timeline.index_at(ms) == expected
        assert timeline.cue_at(ms) == (None if expected is None else cues[expected])


# --- warnings --------------------------------------------------------------------------------------


def test_overlap_warning_names_cues_in_time_order_with_timecode() -> None:
    cues = [
        Cue(0, 2_000, "một"),
        Cue(2_500, 4_000, "hai"),
        Cue(4_500, 7_500, "ba"),
        Cue(7_200, 9_000, "bốn"),
    ]
    assert caption_warnings(list(reversed(cues))) == ["cue 4 (00:00:07,200) overlaps cue 3 by 300 ms"]


def test_a_long_cue_is_reported_against_every_cue_it_covers() -> None:
    cues = [Cue(0, 10_000, "nền"), Cue(1_000, 2_000, "một"), Cue(3_000, 4_000, "hai")]
    assert caption_warnings(cues) == [
        "cue 2 (00:00:01,000) overlaps cue 1 by 1000 ms",
        "cue 3 (00:00:03,000) overlaps cue 1 by 1000 ms",
    ]


def test_zero_and_negative_durations_are_reported() -> None:
    warnings = caption_warnings([Cue(1_000, 1_000, "a"), Cue(2_000, 1_500, "b")])
    assert warnings == [
        "cue 1 (00:00:01,000) has zero duration",
        "cue 2 (00:00:02,000) ends 500 ms before it starts",
    ]


def test_reading_speed_counts_nfc_characters_without_line_breaks() -> None:
    # NFD has more code points than letters; the doubled space and the line break count once / not.
    text = unicodedata.normalize("NFD", "Nghệ An\nHà Nội  nhé!")
    assert count_reading_characters(text) == 18
    assert caption_warnings([Cue(0, 900, text)]) == []  # exactly 20 per second is allowed
    assert caption_warnings([Cue(0, 850, text)]) == [
        "cue 1 (00:00:00,000) reads at 21.2 characters per second (limit 20): 18 characters in 0.85 s"
    ]


def test_line_length_counts_nfc_characters() -> None:
    line = "Đồng bằng sông Cửu Long, Nghệ An và Hà Nội"  # 42 characters: at the limit
    assert len(line) == 42
    nfd = unicodedata.normalize("NFD", line)
    assert caption_warnings([Cue(0, 5_000, nfd)]) == []
    assert caption_warnings([Cue(0, 5_000, nfd + "!")]) == ["cue 1 (00:00:00,000) line 1 has 43 characters (limit 42)"]


def test_limits_are_parameters() -> None:
    assert caption_warnings(FAST_CUES, max_cps=40) == []
    assert caption_warnings(LONG_LINE_CUES, max_line=60) == []


# --- parsing structure ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "factory", [utf8_srt, crlf_srt, no_trailing_newline_srt, blank_after_timing_srt, out_of_order_srt]
)
def test_structural_variants_parse_to_the_clean_cues(factory) -> None:
    parsed = parse_caption_file("clip.vi.srt", factory())
    assert parsed.cues == CLEAN_CUES
    assert parsed.warnings == ()
    assert parsed.format == "srt"
    assert parsed.language == "vi"


def test_out_of_order_fixture_really_is_out_of_order() -> None:
    assert OUT_OF_ORDER_FILE_ORDER != tuple(sorted(OUT_OF_ORDER_FILE_ORDER))
    first_text = out_of_order_srt().decode("utf-8").split("\n")[2]
    assert first_text == CLEAN_CUES[OUT_OF_ORDER_FILE_ORDER[0]].text.split("\n")[0]


def test_overlap_file_is_parsed_and_warned() -> None:
    parsed = parse_caption_file("clip.srt", overlap_srt())
    assert parsed.cues == OVERLAP_CUES
    assert parsed.warnings == ("cue 2 (00:00:07,200) overlaps cue 1 by 300 ms",)


def test_fast_file_warns_with_the_reading_speed() -> None:
    parsed = parse_caption_file("clip.srt", fast_reading_srt())
    assert parsed.cues == FAST_CUES
    assert len(parsed.warnings) == 1
    assert parsed.warnings[0].startswith("cue 1 (00:00:02,000) reads at 38.0 characters per second")


def test_long_line_file_warns_with_the_line_length() -> None:
    parsed = parse_caption_file("clip.srt", long_line_srt())
    assert parsed.cues == LONG_LINE_CUES
    assert parsed.warnings == ("cue 1 (00:00:00,000) line 1 has 49 characters (limit 42)",)


def test_a_last_line_that_is_a_number_is_kept() -> None:
    assert parse_caption_file("clip.srt", number_line_srt()).cues == NUMBER_LINE_CUES


def test_srt_without_index_numbers_and_with_tags() -> None:
    raw = (
        "00:00:01,000 --> 00:00:02,000\n<i>Hà Nội</i>\n\n"
        '00:00:03,000 --> 00:00:04,000 X1:10 X2:100\n<font color="red">Nghệ An</font>\n'
    ).encode("utf-8")
    assert parse_caption_file("x.srt", raw).cues == (
        Cue(1_000, 2_000, HA_NOI),
        Cue(3_000, 4_000, NGHE_AN),
    )


def test_text_before_the_first_srt_cue_is_ignored_with_a_warning() -> None:
    raw = ("Bản tin 19h\n\n" + srt_text([Cue(0, 2_000, HA_NOI)])).encode("utf-8")
    parsed = parse_caption_file("x.srt", raw)
    assert parsed.cues == (Cue(0, 2_000, HA_NOI),)
    assert parsed.warnings == ("lines 1-2 before the first cue ignored",)


def test_concatenated_files_with_a_byte_order_mark_between_keep_every_cue() -> None:
    one = srt_text(CLEAN_CUES[:2]).encode("utf-8")
    two = srt_text(CLEAN_CUES[2:]).encode("utf-8")
    assert parse_caption_file("x.srt", one + b"\n" + "\ufeff".encode() + two).cues == CLEAN_CUES


def test_parsed_captions_keep_hash_of_raw_bytes_and_nfc_text() -> None:
    raw = encode_cp1258(srt_text(CLEAN_CUES, newline="\r\n"))
    parsed = parse_caption_file("folder/clip.vi.srt", raw)
    assert isinstance(parsed, ParsedCaptions)
    assert parsed.file_name == "folder/clip.vi.srt"
    assert parsed.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert parsed.text == srt_text(CLEAN_CUES)
    assert parsed.encoding == "cp1258"


def test_explicit_language_wins_over_the_name() -> None:
    assert parse_caption_file("clip.vi.srt", utf8_srt(), language="en").language == "en"


def test_webvtt_identifiers_notes_settings_and_markup() -> None:
    parsed = parse_caption_file("clip.vtt", vtt_file())
    assert parsed.format == "vtt"
    assert parsed.cues == VTT_CUES
    assert not any("ignored" in w for w in parsed.warnings)


def test_webvtt_blank_after_timing_inline_timestamps_and_stray_text() -> None:
    # By the WebVTT parsing rules a blank line right below a timing ends that cue: browsers show
    # it empty and skip the text block below (the desk used to attach that text to the cue, so
    # the transcript said what no viewer would see).
    raw = (
        "WEBVTT\n\n00:01.000 --> 00:02.000\n\n<00:01.000>Hà <00:01.500>Nội\n\n"
        "NOTE ghi chú\n\n"
        "lạc đề\n\n"
        "00:03.000 --> 00:04.000\n<00:03.000>Nghệ <00:03.500>An\n"
    ).encode("utf-8")
    parsed = parse_caption_file("clip.vtt", raw)
    assert parsed.cues == (Cue(1_000, 2_000, ""), Cue(3_000, 4_000, NGHE_AN))
    assert parsed.warnings == (
        "line 3: this cue has no text (in WebVTT a blank line right below the timing ends the cue)",
        "line 5: text outside any cue ignored",
        "line 9: text outside any cue ignored",
    )


def test_ass_override_tags_line_breaks_and_comments() -> None:
    for name in ("clip.ass", "clip.ssa"):
        parsed = parse_caption_file(name, ass_file())
        assert parsed.cues == ASS_CUES
        assert parsed.format == name[-3:]


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("clip.txt", utf8_srt(), "clip.txt: unsupported caption format"),
        ("clip.srt", b"", "clip.srt: the file is empty"),
        ("clip.srt", b"\n\n  \n", "clip.srt: no caption cues found"),
        ("clip.srt", b"just some words\n", "clip.srt: no caption cues found"),
        ("clip.srt", malformed_timing_srt(), "clip.srt: line 6: malformed timing '00:00:04 --> 00:00:06'"),
        ("clip.srt", b"1\n00:61:00,000 --> 00:62:00,000\nx\n", "clip.srt: line 2: malformed timing"),
        ("clip.srt", b"1\n00:00:01,000 --> 00:00:02,000\n\n", "clip.srt: no caption text found"),
        ("clip.srt", garbage_bytes(), "clip.srt: "),
        ("clip.vtt", b"WEBVTT\n\nNOTE only a note\n", "clip.vtt: no caption cues found"),
        (
            "clip.ass",
            b"[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
            b"Dialogue: 0,0:00:01.00,0:00:0x.00,Default,,0,0,0,,Hi\n",
            "clip.ass: cannot be read as ASS",
        ),
    ],
)
def test_unusable_files_raise_caption_error_naming_the_file(name: str, raw: bytes, message: str) -> None:
    with pytest.raises(CaptionError) as caught:
        parse_caption_file(name, raw)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("clip.vi.srt", "vi"),
        ("clip.VI.srt", "vi"),
        ("clip.vie.vtt", "vie"),
        ("clip.pt-BR.srt", "pt-BR"),
        ("clip.en_us.ass", "en-US"),
        ("clip.es-419.srt", "es-419"),
        ("D:\\ban tin\\clip.en.srt", "en"),
        ("clip.srt", None),
        ("vi.srt", None),
        ("clip.final.srt", None),
        ("clip.v2.srt", None),
        ("clip.cc.srt", None),
    ],
)
def test_language_from_name(name: str, language: str | None) -> None:
    assert language_from_name(name) == language


def test_caption_format_of() -> None:
    assert caption_format_of("A.SRT") == "srt"
    assert caption_format_of("x/clip.vi.vtt") == "vtt"
    assert caption_format_of("clip.mp4") is None
    assert caption_format_of(".srt") is None


# --- round trips and fuzzing -----------------------------------------------------------------------


def test_render_srt_of_clean_cues_is_the_canonical_file() -> None:
    assert render_srt(reversed(CLEAN_CUES)) == srt_text(CLEAN_CUES)


def test_render_srt_refuses_negative_times() -> None:
    with pytest.raises(ValueError):
        render_srt([Cue(-1, 5, "x")])


_VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵẠỆỘ"
# Braces, backslashes and angle brackets are markup in SRT readers; "-->" is a timing.
_MARKUP = "{}\\<>"
_line_characters = st.one_of(
    st.sampled_from(_VIETNAMESE),
    st.sampled_from("abcxyz ABC0123456789.,:;!?-–…\"'()%"),
    st.characters(
        codec="utf-8",
        categories=["L", "M", "N", "P", "S", "Zs"],
        exclude_characters=_MARKUP,
    ),
)
_caption_line = (
    st.text(_line_characters, min_size=1, max_size=30)
    .map(lambda s: unicodedata.normalize("NFC", s).strip())
    .filter(lambda s: s != "" and "-->" not in s)
)
_round_trip_cue = st.builds(
    Cue,
    start_ms=st.integers(0, 36_000_000),
    end_ms=st.integers(0, 36_000_000),
    text=st.one_of(
        st.lists(_caption_line, min_size=1, max_size=3).map("\n".join),
        st.sampled_from(["2024", "Năm\n1945", "1", ""]),
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_round_trip_cue, min_size=1, max_size=8))
def test_render_then_parse_gives_back_the_same_cues(cues: list[Cue]) -> None:
    assume(any(cue.text for cue in cues))
    parsed = parse_caption_file("round.srt", render_srt(cues).encode("utf-8"))
    assert list(parsed.cues) == sort_cues(cues)
    assert all(unicodedata.is_normalized("NFC", cue.text) for cue in parsed.cues)


_FRAGMENTS = [
    b"1\n",
    b"00:00:01,000 --> 00:00:02,000\n",
    b"00:01.000 --> 00:02.000 align:start\n",
    b"00:00:05 --> 00:00:07\n",
    b"\n",
    b"\r\n",
    b"\r",
    b"-->",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"WEBVTT\n",
    b"NOTE x\n",
    b"{\\i1}",
    b"\\N",
    b"<i>",
    b"</",
    b"&amp;",
    b"<00:00:01.000>",
    "Hà Nội".encode("utf-8"),
    encode_cp1258("Nghệ An "),
    b"[Script Info]\n",
    b"[Events]\n",
    b"Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n",
    b"Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,x\n",
    b"Dialogue: 0,9:99:99.99,,,\n",
    b"Style: Default,Arial,abc\n",
    b"\x00",
]
_caption_like_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.binary(max_size=6)), max_size=25).map(b"".join),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["x.srt", "x.vtt", "x.ass", "x.ssa"]), _caption_like_bytes)
def test_arbitrary_bytes_give_captions_or_caption_error_only(name: str, raw: bytes) -> None:
    try:
        parsed = parse_caption_file(name, raw)
    except CaptionError as error:
        assert str(error).startswith(f"{name}: ")
        assert "\n" not in str(error)
    else:
        assert parsed.cues and any(cue.text for cue in parsed.cues)
        assert list(parsed.cues) == sort_cues(parsed.cues)
        assert all(unicodedata.is_normalized("NFC", cue.text) for cue in parsed.cues)
        assert unicodedata.is_normalized("NFC", parsed.text)
