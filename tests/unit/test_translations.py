"""Every shipped translation file: complete, NFC, Qt arguments (%1…%6) kept, .qm built."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

import pytest

from reviewer.config import resources_dir

TS_FILES = sorted((resources_dir() / "i18n").glob("*.ts"))


def test_both_languages_ship():
    assert {"reviewer_vi", "reviewer_en"} <= {p.stem for p in TS_FILES}


def test_the_catalogues_hold_the_desk():
    """The Vietnamese catalogue holds the desk's hundreds of strings, each translated."""
    vi = [m for ts in TS_FILES if ts.stem.endswith("_vi") for m in ET.parse(ts).getroot().iter("message")]
    assert len(vi) > 500


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_translations_are_complete_and_nfc(ts):
    root = ET.parse(ts).getroot()
    missing = []
    sources = 0
    for message in root.iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if tr.get("type") in ("obsolete", "vanished"):
            continue
        sources += 1
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            missing.append(source)
            continue
        assert unicodedata.normalize("NFC", tr.text) == tr.text, f"not NFC: {tr.text!r}"
        for n in range(1, 7):
            assert (f"%{n}" in source) == (f"%{n}" in tr.text), f"argument %{n} lost in {tr.text!r}"
    assert sources > 500
    assert not missing, f"{ts.name}: untranslated {missing[:5]}"
    assert ts.with_suffix(".qm").is_file(), "run `make translations`"
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1, f"{ts.name}: .qm older than its .ts"


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_no_english_plural_marks(ts):
    """ "3 cue(s)" reads badly in English and makes no sense in Vietnamese: words say it instead."""
    import re

    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        for text in (message.findtext("source") or "", message.findtext("translation") or ""):
            assert not re.search(r"\w\(s\)", text), text
