"""The one catalogue per language holds exactly what the sources translate, every entry finished.

The sources are read by ``pyside6-lupdate`` itself (the tool ``make translations`` runs), into a
copy of the shipped catalogue under tmp_path; the shipped file is never written. No display needed.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _merge_tool():
    spec = importlib.util.spec_from_file_location("i18n_merge", ROOT / "tools" / "i18n_merge.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MERGE = _merge_tool()


def _entries(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation, None when unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") is None and bool((tr.text or "").strip())
            out[(ctx.findtext("name") or "", message.findtext("source") or "")] = tr.text if done else None
    return out


def catalogue_problems(ts: Path, sources_root: Path, work: Path) -> dict[str, list[tuple[str, str]]]:
    """What is wrong with catalogue ``ts`` against the sources under ``sources_root``.

    ``missing``: a string the sources translate that the catalogue lacks; ``unfinished``: held but
    not translated (or empty); ``stale``: held although no source uses it.
    """
    copy = work / ts.name
    shutil.copyfile(ts, copy)
    subprocess.run(
        [
            MERGE._tool("lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            *MERGE.SOURCES,
            "-ts",
            str(copy),
        ],
        cwd=sources_root,
        check=True,
    )
    shipped, wanted = _entries(ts), _entries(copy)
    return {
        "missing": sorted(k for k in wanted if k not in shipped),
        "unfinished": sorted(k for k in wanted if k in shipped and shipped[k] is None),
        "stale": sorted(k for k in shipped if k not in wanted),
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_catalogue_holds_every_source_string_translated(lang, tmp_path):
    problems = catalogue_problems(I18N / f"reviewer_{lang}.ts", ROOT, tmp_path)
    assert problems == {"missing": [], "unfinished": [], "stale": []}, (
        f"reviewer_{lang}.ts is behind the sources: run `make translations`, then translate what is "
        f"unfinished in resources/i18n/reviewer_vi.ts — {problems}"
    )


def test_one_catalogue_per_language():
    assert sorted(p.name for p in I18N.glob("*.ts")) == ["reviewer_en.ts", "reviewer_vi.ts"], (
        "a feature catalogue is left: `make translations` folds it into reviewer_<lang>.ts"
    )


@pytest.fixture
def planted(tmp_path):
    """A copy of the sources and the Vietnamese catalogue to plant faults in."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "reviewer", src / "reviewer", ignore=shutil.ignore_patterns("__pycache__"))
    (src / "tools").mkdir()
    shutil.copyfile(ROOT / "tools" / "i18n_strings.py", src / "tools" / "i18n_strings.py")
    shutil.copyfile(I18N / "reviewer_vi.ts", tmp_path / "reviewer_vi.ts")
    (tmp_path / "work").mkdir()
    return src, tmp_path / "reviewer_vi.ts", tmp_path / "work"


def test_a_string_added_to_the_sources_is_reported_missing(planted):
    src, ts, work = planted
    (src / "reviewer" / "ui" / "planted.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def label():\n"
        '    return QCoreApplication.translate("PlantedPanel", "A string nobody translated")\n',
        encoding="utf-8",
    )
    problems = catalogue_problems(ts, src, work)
    assert problems == {"missing": [("PlantedPanel", "A string nobody translated")], "unfinished": [], "stale": []}


def test_an_unfinished_or_emptied_translation_is_reported(planted):
    src, ts, work = planted
    tree = ET.parse(ts)
    messages = list(tree.getroot().iter("context"))[0].findall("message")[:2]
    messages[0].find("translation").set("type", "unfinished")
    messages[1].find("translation").text = "  "
    tree.write(ts, encoding="utf-8")
    context = list(tree.getroot().iter("context"))[0].findtext("name")
    problems = catalogue_problems(ts, src, work)
    assert problems["unfinished"] == sorted((context, m.findtext("source")) for m in messages)
    assert problems["missing"] == problems["stale"] == []


def test_a_string_the_sources_no_longer_use_is_reported_stale(planted):
    src, ts, work = planted
    target = src / "reviewer" / "ui" / "ingest_dialog.py"
    text = target.read_text(encoding="utf-8")
    assert text.count('"IngestDialog", "Attached"') == 1
    target.write_text(text.replace('"IngestDialog", "Attached"', '"IngestDialog", "Attached files"'), encoding="utf-8")
    problems = catalogue_problems(ts, src, work)
    assert problems == {
        "missing": [("IngestDialog", "Attached files")],
        "unfinished": [],
        "stale": [("IngestDialog", "Attached")],
    }


# One Vietnamese word per concept (docs/GLOSSARY.md): an English source naming the concept must
# carry its word in the translation. (pattern over the source, accepted words, sources exempted)
GLOSSARY_RULES = [
    (r"timecode", ["mã thời gian"], []),
    (r"^Time$", ["thời điểm"], []),
    (r"passphrase", ["cụm mật khẩu"], []),
    # Publishing a clip; publishing the station's trust file is another act ("công bố").
    (
        r"publish",
        ["đăng phát", "đã đăng"],
        ["%1 is enrolled. Publish the station's trust file: reviewer station trust"],
    ),
    (r"checkpoint", ["điểm chốt"], []),
    (r"audit trail", ["nhật ký kiểm toán"], []),
    (r"post text", ["nội dung bài đăng"], []),
    (r"deadline", ["hạn chót", "quá hạn"], []),
    (r"revoke", ["thu hồi"], []),
    (r"change request|request changes|changes requested", ["yêu cầu sửa"], []),
    (r"\bnotes?\b", ["ghi chú"], []),
    (r"\bcaptions?\b", ["phụ đề"], []),
    (r"station key", ["khóa gốc của đài"], []),
    (r"checklist", ["kiểm duyệt"], []),
    (r"\breject", ["từ chối"], []),
    (r"\bversion", ["phiên bản"], []),
    (r"\bresolved\b", ["đã xử lý", "chưa xử lý"], []),
    (r"effectiveness", ["hiệu quả"], []),
    (r"\breach\b", ["tiếp cận"], []),
    (r"\bviews\b", ["lượt xem"], []),
    (r"\bqueue\b", ["hàng đợi"], []),
    (r"certificate", ["giấy chứng nhận", "chứng thư"], []),
]
# Variants that drifted in before (docs/GLOSSARY.md names the word kept).
DRIFTED = ["mật khẩu ký số", "Lãnh đạo (phê duyệt)", "tại cùng mốc thời gian", "tại cùng một mốc thời gian"]


def test_vietnamese_words_follow_the_glossary():
    import re

    entries = _entries(I18N / "reviewer_vi.ts")
    off = []
    for (context, source), text in entries.items():
        lowered = (text or "").lower()
        for pattern, words, exempt in GLOSSARY_RULES:
            if re.search(pattern, source, re.I) and source not in exempt and not any(w in lowered for w in words):
                off.append(f"[{context}] {source!r} -> {text!r}: expected {' or '.join(words)}")
        off += [f"[{context}] {source!r} -> {text!r}: drifted word {d!r}" for d in DRIFTED if d in (text or "")]
    assert not off, "\n".join(off)


def test_make_translations_folds_a_leftover_feature_catalogue(tmp_path, monkeypatch, capsys):
    """A branch's own ``guifix_<lang>.ts`` is merged into the one catalogue and deleted; a second run changes nothing."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "reviewer", root / "reviewer", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "tools").mkdir()
    shutil.copyfile(ROOT / "tools" / "i18n_strings.py", root / "tools" / "i18n_strings.py")
    i18n = root / "resources" / "i18n"
    i18n.mkdir(parents=True)
    for lang in ("vi", "en"):
        shutil.copyfile(I18N / f"reviewer_{lang}.ts", i18n / f"reviewer_{lang}.ts")
    (root / "reviewer" / "ui" / "planted.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def label():\n"
        '    return QCoreApplication.translate("IngestDialog", "Attached from the stick")\n',
        encoding="utf-8",
    )
    before = {lang: _entries(i18n / f"reviewer_{lang}.ts") for lang in ("vi", "en")}
    for lang, new, other in (("vi", "Kèm theo từ USB", "Đính kèm"), ("en", "Attached from the stick", "Attached")):
        (i18n / f"guifix_{lang}.ts").write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}">\n'
            "<context><name>IngestDialog</name>\n"
            f"<message><source>Attached from the stick</source><translation>{new}</translation></message>\n"
            f"<message><source>Attached</source><translation>{other}</translation></message>\n"
            "</context></TS>\n",
            encoding="utf-8",
        )
        (i18n / f"guifix_{lang}.qm").write_bytes(b"old")
    monkeypatch.setattr(MERGE, "ROOT", root)
    monkeypatch.setattr(MERGE, "I18N", i18n)

    assert MERGE.main() == 0
    assert sorted(p.name for p in i18n.iterdir()) == [
        "reviewer_en.qm",
        "reviewer_en.ts",
        "reviewer_vi.qm",
        "reviewer_vi.ts",
    ]
    assert "kept 'Kèm theo', not 'Đính kèm'" in capsys.readouterr().out
    for lang, new in (("vi", "Kèm theo từ USB"), ("en", "Attached from the stick")):
        after = _entries(i18n / f"reviewer_{lang}.ts")
        assert after == {**before[lang], ("IngestDialog", "Attached from the stick"): new}
    texts = {p.name: p.read_bytes() for p in i18n.iterdir()}
    assert MERGE.main() == 0
    assert {p.name: p.read_bytes() for p in i18n.iterdir()} == texts
