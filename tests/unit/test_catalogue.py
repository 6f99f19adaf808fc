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
    subprocess.run([MERGE._tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none", "-silent",
                    *MERGE.SOURCES, "-ts", str(copy)], cwd=sources_root, check=True)
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
        f"unfinished in resources/i18n/reviewer_vi.ts — {problems}")


def test_one_catalogue_per_language():
    assert sorted(p.name for p in I18N.glob("*.ts")) == ["reviewer_en.ts", "reviewer_vi.ts"], (
        "a feature catalogue is left: `make translations` folds it into reviewer_<lang>.ts")


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
        "    return QCoreApplication.translate(\"PlantedPanel\", \"A string nobody translated\")\n",
        encoding="utf-8")
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
    assert problems == {"missing": [("IngestDialog", "Attached files")], "unfinished": [],
                        "stale": [("IngestDialog", "Attached")]}
