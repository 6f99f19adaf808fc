"""The dependency rules of DESIGN.md, checked on every module's imports (an import-linter equivalent)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "reviewer"


def _modules():
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        name = ".".join(rel.parts)
        if name.endswith(".__init__"):
            name = name[: -len(".__init__")]
        yield name, path


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    pkg_parts = ".".join(path.relative_to(PKG.parent).with_suffix("").parts).split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg_parts[: len(pkg_parts) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)
    return found


def _hits(imports: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(i for i in imports if any(i == p or i.startswith(p + ".") for p in prefixes))


MODULES = list(_modules())
QT = ("PySide6", "shiboken6")


def test_the_package_has_modules():
    names = {n for n, _ in MODULES}
    assert {"reviewer.core.model", "reviewer.storage.models", "reviewer.media.player"} <= names


@pytest.mark.parametrize("name,path", MODULES, ids=[n for n, _ in MODULES])
def test_layer_rules(name: str, path: Path):
    imports = _imports(path)
    problems: list[str] = []
    if name.startswith("reviewer.core"):
        problems += _hits(imports, QT + ("vlc", "sqlalchemy", "alembic", "keyring", "av"))
        problems += _hits(imports, ("reviewer.storage", "reviewer.media", "reviewer.ui", "reviewer.security",
                                    "reviewer.cli", "reviewer.app"))
    if not name.startswith("reviewer.storage"):
        problems += _hits(imports, ("sqlalchemy", "alembic"))
    if name != "reviewer.media.player":
        problems += _hits(imports, ("vlc",))
    if not name.startswith("reviewer.security"):
        problems += _hits(imports, ("keyring",))
    if name.startswith("reviewer.cli"):
        problems += _hits(imports, ("reviewer.ui",) + QT)
    if name.startswith(("reviewer.storage", "reviewer.security", "reviewer.media")):
        problems += _hits(imports, ("reviewer.ui", "reviewer.cli", "reviewer.app"))
    if name.startswith(("reviewer.storage", "reviewer.security")):
        problems += _hits(imports, QT)
    assert not problems, f"{name} breaks the layer rules of DESIGN.md by importing {problems}"


def test_the_rule_checker_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import vlc\nfrom sqlalchemy.orm import Session\nfrom PySide6 import QtCore\n")
    assert _hits(_imports_of(bad), ("vlc", "sqlalchemy") + QT) == ["PySide6", "PySide6.QtCore", "sqlalchemy.orm",
                                                                  "sqlalchemy.orm.Session", "vlc"]


def _imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            out.add(node.module or "")
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out
