"""Caption files decode to exactly the Vietnamese text their editor typed, whatever the encoding."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.errors import CaptionError
from reviewer.media.captions import decode_caption_bytes, parse_caption_file
from tests.fixtures_captions import (
    CLEAN_CUES,
    ENCODING_CASES,
    HA_NOI,
    MEKONG,
    NGHE_AN,
    PRIME_MINISTER,
    TET,
    cp1258_single_line_srt,
    encode_cp1258,
    garbage_bytes,
    srt_text,
)

SENTENCES = [PRIME_MINISTER, TET, MEKONG, NGHE_AN, HA_NOI]

ENCODERS = {
    "utf8": lambda s: s.encode("utf-8"),
    "utf8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf16-le-bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf16-be-bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "cp1258": encode_cp1258,
    "cp1258-precomposed": lambda s: encode_cp1258(s, precomposed_tones=True),
}


@pytest.mark.parametrize("case", sorted(ENCODING_CASES))
def test_each_encoding_decodes_to_the_exact_nfc_file(case: str) -> None:
    factory, expected_encoding = ENCODING_CASES[case]
    text, encoding = decode_caption_bytes(factory())
    assert encoding == expected_encoding
    assert unicodedata.is_normalized("NFC", text)
    # cp1258 fixtures are Windows files with CRLF; decoding keeps line ends, parsing unifies them.
    assert text.replace("\r\n", "\n") == srt_text(CLEAN_CUES)


@pytest.mark.parametrize("case", sorted(ENCODING_CASES))
def test_each_encoding_parses_to_the_same_cues(case: str) -> None:
    factory, _ = ENCODING_CASES[case]
    parsed = parse_caption_file("clip.vi.srt", factory())
    assert parsed.cues == CLEAN_CUES
    assert unicodedata.is_normalized("NFC", parsed.text)
    assert "\r" not in parsed.text


@pytest.mark.parametrize("encoder", sorted(ENCODERS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_single_sentences_survive_every_encoding(sentence: str, encoder: str) -> None:
    # Short texts are where detectors guess wrong; each sentence alone is the hard case.
    text, _ = decode_caption_bytes(ENCODERS[encoder](sentence))
    assert text == sentence
    assert unicodedata.is_normalized("NFC", text)


def test_cp1258_tone_marks_become_single_precomposed_letters() -> None:
    raw = encode_cp1258("Nghệ")
    assert raw == b"Ngh\xea\xf2"  # ê then the combining dot below, as Windows-1258 stores it
    text, encoding = decode_caption_bytes(raw)
    assert encoding == "cp1258"
    assert text == "Ngh\u1ec7"
    assert len(text) == 4


def test_one_line_cp1258_file_is_read_as_vietnamese_and_noted() -> None:
    parsed = parse_caption_file("tin.srt", cp1258_single_line_srt())
    assert parsed.encoding == "cp1258"
    assert parsed.cues[0].text == HA_NOI
    assert parsed.warnings[0] == "decoded as windows-1258 (legacy Vietnamese encoding)"


def test_utf8_files_carry_no_decoding_note() -> None:
    parsed = parse_caption_file("clip.srt", srt_text(CLEAN_CUES).encode("utf-8"))
    assert parsed.encoding == "utf-8"
    assert parsed.warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        "1\n00:00:01,000 --> 00:00:02,000\nIt’s the “best” news – café\n",
        "1\n00:00:01,000 --> 00:00:02,000\nCosì più, Òscar, perché\n",
    ],
)
def test_western_legacy_files_are_not_mistaken_for_vietnamese(text: str) -> None:
    decoded, encoding = decode_caption_bytes(text.encode("cp1252"))
    assert decoded == text
    assert encoding == "cp1252"
    parsed = parse_caption_file("clip.en.srt", text.encode("cp1252"))
    assert any("guessed legacy encoding" in w for w in parsed.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_detected(codec: str) -> None:
    text = srt_text(CLEAN_CUES)
    decoded, encoding = decode_caption_bytes(text.encode(codec))
    assert decoded == text
    assert encoding == codec


def test_utf16_without_byte_order_mark_is_noted_as_a_guess() -> None:
    parsed = parse_caption_file("clip.srt", srt_text(CLEAN_CUES).encode("utf-16-le"))
    assert parsed.cues == CLEAN_CUES
    assert parsed.warnings == ("decoded as utf-16-le (no byte-order mark; guessed)",)


def test_trailing_nul_padding_is_not_mistaken_for_binary() -> None:
    text, encoding = decode_caption_bytes(srt_text(CLEAN_CUES).encode("utf-8") + b"\x00" * 16)
    assert (text, encoding) == (srt_text(CLEAN_CUES), "utf-8")


def test_decomposed_utf8_comes_out_nfc() -> None:
    text, _ = decode_caption_bytes(unicodedata.normalize("NFD", NGHE_AN).encode("utf-8"))
    assert text == NGHE_AN
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (codecs.BOM_UTF8 + b"\xff\xfe bad", "UTF-8 byte-order mark"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16 byte-order mark"),
        (b"1\n\x00\x00\x00\x01\x02binary", "binary"),
        (garbage_bytes(), "encoding"),
    ],
)
def test_undecodable_input_raises_a_one_line_caption_error(raw: bytes, reason: str) -> None:
    with pytest.raises(CaptionError) as caught:
        decode_caption_bytes(raw)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_decoding_arbitrary_bytes_gives_nfc_text_or_caption_error(raw: bytes) -> None:
    try:
        text, encoding = decode_caption_bytes(raw)
    except CaptionError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert unicodedata.is_normalized("NFC", text)
        assert "\x00" not in text
        assert codecs.lookup(encoding)
