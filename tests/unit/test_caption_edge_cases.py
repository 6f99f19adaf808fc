"""Caption files as stations send them, read the way players read them (issue 13, problem 5).

WebVTT follows the WebVTT parsing rules; the cases are modelled on the web-platform-tests
``webvtt/parsing/file-parsing`` suite (signature, arrows, identifiers, whitespace, timings too
short and too long, omitted hours), in our own files with our own Vietnamese and English text.
SRT has no such rules: a broken timing refuses the file, in the first cue as in any other, and
timestamps that players read differently are named in a warning.
"""

from __future__ import annotations

import pytest

from reviewer.core.model import Cue
from reviewer.errors import CaptionError
from reviewer.media.captions import parse_caption_file
from reviewer.media.webvtt import parse_timestamp

CHAO = "Xin chào quý vị"
BAN_TIN = "Bản tin 19 giờ"
GOOD_NIGHT = "Good night, Huế"


def vtt(body: str) -> bytes:
    return body.encode("utf-8")


def parse(name: str, raw: bytes):
    return parse_caption_file(name, raw)


# --- WebVTT: the signature ------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["WEBVTT", "\ufeffWEBVTT", "WEBVTT Bản tin", "WEBVTT\tVTV", "WEBVTT\nKind: captions"])
def test_webvtt_signature_forms_that_players_accept(head: str) -> None:
    parsed = parse("x.vtt", vtt(f"{head}\n\n00:01.000 --> 00:02.000\n{CHAO}\n"))
    assert parsed.cues == (Cue(1_000, 2_000, CHAO),)


@pytest.mark.parametrize(
    "text",
    [
        f"00:01.000 --> 00:02.000\n{CHAO}\n",  # an SRT body renamed .vtt, no header
        f"1\n00:00:01,000 --> 00:00:02,000\n{CHAO}\n",
        f"WEBVTTX\n\n00:01.000 --> 00:02.000\n{CHAO}\n",
        f"webvtt\n\n00:01.000 --> 00:02.000\n{CHAO}\n",
        f"\nWEBVTT\n\n00:01.000 --> 00:02.000\n{CHAO}\n",
    ],
)
def test_webvtt_without_its_signature_is_refused_with_the_reason(text: str) -> None:
    with pytest.raises(CaptionError) as caught:
        parse("ban-tin.vtt", vtt(text))
    message = str(caught.value)
    assert message.startswith("ban-tin.vtt: not a WebVTT file: the first line must be 'WEBVTT'")
    assert "browsers show none of its captions" in message


def test_a_cue_right_below_the_signature_line_is_read() -> None:
    parsed = parse("x.vtt", vtt(f"WEBVTT\n00:00:00.000 --> 00:00:01.500\n{BAN_TIN}"))
    assert parsed.cues == (Cue(0, 1_500, BAN_TIN),)


def test_header_lines_before_the_first_blank_line_are_not_cues() -> None:
    parsed = parse("x.vtt", vtt(f"WEBVTT\nKind: captions\nLanguage: vi\n\n00:01.000 --> 00:02.000\n{CHAO}\n"))
    assert parsed.cues == (Cue(1_000, 2_000, CHAO),)
    assert parsed.warnings == ()


# --- WebVTT: cues the rules skip, each with a warning ---------------------------------------------


def test_a_malformed_arrow_in_the_first_cue_skips_it_with_a_warning() -> None:
    parsed = parse(
        "x.vtt",
        vtt(f"WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\n{CHAO}\n\n2\n00:00:03.000 --> 00:00:04.000\n{BAN_TIN}\n"),
    )
    # "->" holds no "-->": the block is no cue at all for a browser.
    assert parsed.cues == (Cue(3_000, 4_000, BAN_TIN),)
    assert parsed.warnings == ("line 3: text outside any cue ignored",)


@pytest.mark.parametrize(
    ("timing", "reason"),
    [
        ("00:00:01.000 --> 00:00:02.00", "end time: 2-digit milliseconds (WebVTT needs exactly 3)"),
        ("00:29:27,460 --> 00:29:28.000", "start time: ',' before the milliseconds (WebVTT needs '.')"),
        (
            "0:01.000 --> 00:02.000",
            "start time: minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)",
        ),
        ("00:00:1.000 --> 00:00:02.000", "start time: minutes and seconds need exactly two digits"),
        ("00:01 --> 00:02", "start time: the milliseconds are missing (hh:mm:ss.ttt)"),
        ("00:00:00.0000 --> 00:00:01.000", "start time: 4-digit milliseconds (WebVTT needs exactly 3)"),
        ("00:61.000 --> 00:62.000", "start time: minutes or seconds over 59"),
        ("00:00:01.000 -- > 00:00:02.000", None),  # no "-->": not a timing, text outside a cue
        ("00:00:01.000\v-->\v00:00:02.000", "a vertical tab is not a space in WebVTT"),
        ("\v00:00:01.000 --> 00:00:02.000", "a vertical tab is not a space in WebVTT"),
    ],
)
def test_webvtt_timings_the_rules_refuse_skip_their_cue_and_say_why(timing: str, reason: str | None) -> None:
    raw = vtt(f"WEBVTT\n\nmo-dau\n{timing}\n{CHAO}\n\n00:00:05.000 --> 00:00:06.000\n{GOOD_NIGHT}\n")
    parsed = parse("x.vtt", raw)
    assert parsed.cues == (Cue(5_000, 6_000, GOOD_NIGHT),)
    if reason is None:
        assert parsed.warnings == ("line 3: text outside any cue ignored",)
    else:
        [warning] = parsed.warnings
        assert warning.startswith("line 4: cue skipped: malformed timing ")
        assert warning.endswith(reason)


def test_the_same_error_in_the_second_cue_is_treated_alike() -> None:
    raw = vtt(f"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n{CHAO}\n\n00:00:03.000 --> 00:00:04.00\n{BAN_TIN}\n")
    parsed = parse("x.vtt", raw)
    assert parsed.cues == (Cue(1_000, 2_000, CHAO),)
    assert parsed.warnings == (
        "line 6: cue skipped: malformed timing '00:00:03.000 --> 00:00:04.00': "
        "end time: 2-digit milliseconds (WebVTT needs exactly 3)",
    )


def test_space_tab_and_form_feed_are_whitespace_in_a_timing() -> None:
    raw = vtt(
        "WEBVTT\n\n"
        f"   00:00:00.000    -->  00:00:01.000 \n{CHAO}\n\n"
        f"\t\t00:00:02.000\t-->\t00:00:03.000\t\n{BAN_TIN}\n\n"
        f"\f00:00:04.000\f-->\f00:00:05.000\f\n{GOOD_NIGHT}\n\n"
        "00:00:06.000-->00:00:07.000\nSát nhau\n"
    )
    parsed = parse("x.vtt", raw)
    assert [(c.start_ms, c.text) for c in parsed.cues] == [
        (0, CHAO),
        (2_000, BAN_TIN),
        (4_000, GOOD_NIGHT),
        (6_000, "Sát nhau"),
    ]
    assert parsed.warnings == ()


@pytest.mark.parametrize(
    ("stamp", "ms"),
    [
        ("00:00.000", 0),
        ("01:02.003", 62_003),
        ("00:00:00.000", 0),
        ("0:00:01.000", 1_000),
        ("000:00:01.000", 1_000),
        ("100:00:00.000", 360_000_000),
        ("59:59.999", 3_599_999),
    ],
)
def test_webvtt_timestamps_with_and_without_hours(stamp: str, ms: int) -> None:
    assert parse_timestamp(stamp, 0) == (ms, len(stamp))


def test_an_end_before_the_start_is_kept_and_warned_as_players_keep_it() -> None:
    parsed = parse("x.vtt", vtt(f"WEBVTT\n\n00:00:02.000 --> 00:00:01.000\n{CHAO}\n"))
    assert parsed.cues == (Cue(2_000, 1_000, CHAO),)
    assert parsed.warnings == ("cue 1 (00:00:02,000) ends 1000 ms before it starts",)


# --- WebVTT: identifiers, blocks and the end of a cue's text -------------------------------------


def test_a_cue_identifier_without_a_blank_line_before_it_is_named_in_a_warning() -> None:
    raw = vtt(f"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n{CHAO}\n2\n00:00:03.000 --> 00:00:04.000\n{BAN_TIN}\n")
    parsed = parse("x.vtt", raw)
    # The rules end cue 1 at the next timing line, so "2" is its last text line: a browser shows
    # "Xin chào quý vị / 2". The transcript shows the same and the warning says why.
    assert parsed.cues == (Cue(1_000, 2_000, f"{CHAO}\n2"), Cue(3_000, 4_000, BAN_TIN))
    assert parsed.warnings == (
        "line 6: no blank line before the timing on line 7: '2' is shown as the last line of the cue above",
    )


@pytest.mark.parametrize("identifier", [" khoang trang dau", "khoang trang cuoi ", "-- >", "->", "câu-1"])
def test_identifiers_may_hold_spaces_and_arrow_lookalikes(identifier: str) -> None:
    parsed = parse("x.vtt", vtt(f"WEBVTT\n\n{identifier}\n00:00:00.000 --> 00:00:01.000\n{CHAO}\n"))
    assert parsed.cues == (Cue(0, 1_000, CHAO),)
    assert parsed.warnings == ()


def test_a_timing_on_the_second_line_of_a_cue_starts_the_next_cue() -> None:
    raw = vtt(f"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n00:00:02.000 --> 00:00:03.000\n{CHAO}\n")
    parsed = parse("x.vtt", raw)
    assert parsed.cues == (Cue(0, 1_000, ""), Cue(2_000, 3_000, CHAO))
    assert (
        parsed.warnings[0]
        == "line 3: this cue has no text (in WebVTT a blank line right below the timing ends the cue)"
    )


def test_note_style_and_region_blocks_are_skipped_quietly() -> None:
    raw = vtt(
        "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:duoi\n\n"
        f"NOTE kiểm tra tên riêng\n\n00:01.000 --> 00:02.000\n{CHAO}\n\nNOTE\nhết\n"
    )
    parsed = parse("x.vtt", raw)
    assert parsed.cues == (Cue(1_000, 2_000, CHAO),)
    assert parsed.warnings == ()


def test_cue_text_markup_and_character_references() -> None:
    raw = vtt(
        "WEBVTT\n\n00:01.000 --> 00:03.000\n"
        "<v Biên tập viên>Giá <b>tăng</b> &lt;5%&gt; &amp; ổn định</v>\n"
        "<c.vang>Lúa</c> <ruby>gạo<rt>rice</rt></ruby>&nbsp;xuất khẩu\n"
    )
    [cue] = parse("x.vtt", raw).cues
    assert cue.text == "Giá tăng <5%> & ổn định\nLúa gạorice\u00a0xuất khẩu"


# --- SRT ------------------------------------------------------------------------------------------


SRT_TWO = f"1\n00:00:01,000 --> 00:00:02,000\n{CHAO}\n\n2\n00:00:03,000 --> 00:00:04,000\n{BAN_TIN}\n"


@pytest.mark.parametrize(
    "broken",
    [
        "00:00:01,000 -> 00:00:02,000",
        "00:00:01,000 — 00:00:02,000",
        "00:00:01,000 --> 00:00:02",
        "00:00:01,000 => 00:00:02,000",
    ],
)
@pytest.mark.parametrize("cue", [1, 2])
def test_a_broken_srt_timing_refuses_the_file_in_the_first_cue_as_in_any_other(broken: str, cue: int) -> None:
    good = "00:00:01,000 --> 00:00:02,000" if cue == 2 else "00:00:03,000 --> 00:00:04,000"
    first, second = (broken, good) if cue == 1 else (good, broken)
    raw = f"1\n{first}\n{CHAO}\n\n2\n{second}\n{BAN_TIN}\n".encode()
    with pytest.raises(CaptionError) as caught:
        parse("x.srt", raw)
    line = 2 if cue == 1 else 6
    assert str(caught.value).startswith(f"x.srt: line {line}: malformed timing ")


def test_two_digit_milliseconds_are_read_as_hundredths_and_warned() -> None:
    raw = f"1\n00:29:27,46 --> 00:29:29,000\n{CHAO}\n".encode()
    parsed = parse("x.srt", raw)
    assert parsed.cues == (Cue(1_767_460, 1_769_000, CHAO),)
    assert parsed.warnings == (
        "line 2: unusual timestamp '00:29:27,46 --> 00:29:29,000': 2-digit milliseconds read as 460 ms "
        "(FFmpeg-based players read 046)",
    )


def test_every_unusual_srt_timestamp_is_named() -> None:
    raw = (
        f"1\n00:01,000 --> 00:02,000\n{CHAO}\n\n"
        f"2\n0:0:3,5 --> 00:00:05,000\n{BAN_TIN}\n\n"
        f"3\n00:00:05.000 --> 00:00:06.000\n{GOOD_NIGHT}\n"
    ).encode()
    parsed = parse("x.srt", raw)
    assert [c.start_ms for c in parsed.cues] == [1_000, 3_500, 5_000]
    assert parsed.warnings == (
        "line 2: unusual timestamp '00:01,000 --> 00:02,000': no hours",
        "line 6: unusual timestamp '0:0:3,5 --> 00:00:05,000': one-digit minutes or seconds; "
        "1-digit milliseconds read as 500 ms (FFmpeg-based players read 005)",
        "2 timestamps with '.' before the milliseconds (SRT uses ','): most players accept it, some do not",
    )


def test_many_unusual_timestamps_are_named_up_to_a_limit_then_counted() -> None:
    blocks = [f"{k}\n00:00:{k:02d},5 --> 00:00:{k:02d},9\nCâu {k}\n" for k in range(1, 31)]
    parsed = parse("x.srt", "\n".join(blocks).encode())
    assert len(parsed.cues) == 30
    named = [w for w in parsed.warnings if w.startswith("line ")]
    assert len(named) == 20
    assert "10 more timing lines with unusual timestamps" in parsed.warnings


def test_an_srt_cue_number_without_a_blank_line_before_it_is_warned() -> None:
    raw = f"1\n00:00:01,000 --> 00:00:02,000\n{CHAO}\n2\n00:00:03,000 --> 00:00:04,000\n{BAN_TIN}\n".encode()
    parsed = parse("x.srt", raw)
    assert parsed.cues == (Cue(1_000, 2_000, CHAO), Cue(3_000, 4_000, BAN_TIN))
    assert parsed.warnings == (
        "line 4: no blank line before the cue number 2: some players show the number and the timing "
        "below it as text of the cue above",
    )


def test_clean_srt_still_has_no_warnings() -> None:
    assert parse("x.srt", SRT_TWO.encode()).warnings == ()
