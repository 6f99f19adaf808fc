"""Rebuild the desk's one translation catalogue per language: ``make translations`` runs this.

1. Fold: any other catalogue of a language (``resources/i18n/<feature>_<lang>.ts``, e.g. one a
   branch added for its own strings) is merged into ``reviewer_<lang>.ts`` and deleted with its
   ``.qm``. An entry the main catalogue lacks (or has unfinished) is taken over; where both hold a
   different finished translation, the main catalogue's stays and the difference is printed, so a
   word already settled per the glossary is not silently undone.
2. Update: ``pyside6-lupdate`` reads every ``QCoreApplication.translate``/``tr`` literal in
   ``reviewer/`` (and ``tools/i18n_strings.py``) into both catalogues, keeping the translations
   they hold and dropping strings no source uses any more (``-no-obsolete``). New strings arrive
   unfinished: translate them in ``reviewer_vi.ts`` (the test ``tests/unit/test_catalogue.py``
   fails until then). The English catalogue is the source text itself, so it is filled in here.
3. Release: ``pyside6-lrelease`` builds ``reviewer_<lang>.qm``, which the desk loads.

Re-running it changes nothing when the sources and catalogues have not changed.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("vi", "en")
MAIN = "reviewer"
# What lupdate reads. Paths are relative to ROOT (lupdate runs there).
SOURCES = ["reviewer", "tools/i18n_strings.py"]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / f"pyside6-{name}"
    if not path.exists():
        raise SystemExit(f"i18n_merge: {path} not found; run `make setup` first")
    return str(path)


def _finished(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is not None and tr.get("type") is None and bool((tr.text or "").strip())


def _index(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.iter("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _write(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fold(lang: str) -> list[str]:
    """Merge every ``*_<lang>.ts`` other than the main one into it; returns the folded file names."""
    main_path = I18N / f"{MAIN}_{lang}.ts"
    others = sorted(p for p in I18N.glob(f"*_{lang}.ts") if p != main_path)
    if not others:
        return []
    if main_path.exists():
        root = ET.parse(main_path).getroot()
    else:
        root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    index = _index(root)
    for path in others:
        taken = kept = 0
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.iter("message"):
                key = (name, message.findtext("source") or "")
                mine = index.get(key)
                if mine is not None and _finished(mine):
                    theirs, ours = message.findtext("translation"), mine.findtext("translation")
                    if _finished(message) and theirs != ours:
                        kept += 1
                        print(f"i18n_merge: {path.name} {key!r}: kept {ours!r}, not {theirs!r}")
                    continue
                if mine is not None:
                    _context(root, name).remove(mine)
                index[key] = copy.deepcopy(message)
                _context(root, name).append(index[key])
                taken += 1
        print(f"i18n_merge: folded {path.name} into {main_path.name} ({taken} taken, {kept} differing kept)")
    _write(root, main_path)
    for path in others:
        path.unlink()
        path.with_suffix(".qm").unlink(missing_ok=True)
    return [p.name for p in others]


def lupdate(paths: list[Path]) -> None:
    """Bring ``paths`` in line with the sources (new strings unfinished, vanished ones dropped)."""
    subprocess.run(
        [
            _tool("lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            *SOURCES,
            "-ts",
            *map(str, paths),
        ],
        cwd=ROOT,
        check=True,
    )


def fill_english(path: Path) -> int:
    """The English catalogue translates each source to itself; returns how many entries were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        if tr is not None and not _finished(message) and tr.get("type") != "obsolete":
            tr.text = message.findtext("source")
            tr.attrib.pop("type", None)
            filled += 1
    if filled:
        _write(tree.getroot(), path)
    return filled


def main() -> int:
    """Fold, update and release both catalogues."""
    for lang in LANGUAGES:
        fold(lang)
    catalogues = [I18N / f"{MAIN}_{lang}.ts" for lang in LANGUAGES]
    lupdate(catalogues)
    if fill_english(I18N / f"{MAIN}_en.ts"):
        lupdate(catalogues)  # back to lupdate's own layout, so a second run changes nothing
    for ts in catalogues:
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    unfinished = [m.findtext("source") for m in ET.parse(catalogues[0]).getroot().iter("message") if not _finished(m)]
    if unfinished:
        print(
            f"i18n_merge: strings to translate: {len(unfinished)} in {catalogues[0].relative_to(ROOT)}, "
            f"e.g. {unfinished[0]!r}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
