"""The layer rules are import-linter contracts (pyproject.toml, ``[tool.importlinter]``).

``make lint`` runs ``lint-imports`` on the real package; these tests show the contracts bite: the
package copied into tmp_path with one planted violation makes ``lint-imports`` fail and name the
broken contract, and the untouched copy passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is in the test extras (make setup)")


def _copy(tmp_path: Path) -> Path:
    """The package and its contracts, copied so a planted module cannot touch the real tree."""
    shutil.copytree(ROOT / "reviewer", tmp_path / "reviewer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    # The copy comes first on the path, so grimp analyses it rather than the installed package.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_untouched_copy_keeps_every_contract(tmp_path):
    result = _lint_imports(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("core/planted.py", "import sqlalchemy\n", "core is pure"),
        ("core/planted.py", "from reviewer.storage import db\n", "core is pure"),
        ("media/planted.py", "import sqlalchemy\n", "only reviewer.storage imports SQLAlchemy"),
        ("ui/planted.py", "import vlc\n", "only reviewer.media.player imports vlc"),
        ("core/planted.py", "import keyring\n", "only reviewer.security imports keyring"),
    ],
)
def test_a_planted_direct_violation_fails(tmp_path, module, source, contract):
    root = _copy(tmp_path)
    (root / "reviewer" / module).write_text(source, encoding="utf-8")
    result = _lint_imports(root)
    assert result.returncode != 0, result.stdout
    assert contract in result.stdout
    assert f"reviewer.{module[:-3].replace('/', '.')}" in result.stdout


def test_the_cli_reaching_the_desk_through_another_module_fails(tmp_path):
    # Indirect: the CLI imports a helper in media, and only the helper imports the desk.
    root = _copy(tmp_path)
    (root / "reviewer" / "media" / "planted.py").write_text("import reviewer.ui.theme\n", encoding="utf-8")
    cli = root / "reviewer" / "cli.py"
    cli.write_text("import reviewer.media.planted\n" + cli.read_text(encoding="utf-8"), encoding="utf-8")
    result = _lint_imports(root)
    assert result.returncode != 0, result.stdout
    assert "the command line never reaches the desk" in result.stdout
    assert "reviewer.media.planted -> reviewer.ui.theme" in result.stdout


def test_a_planted_import_cycle_fails(tmp_path):
    root = _copy(tmp_path)
    (root / "reviewer" / "core" / "planted_a.py").write_text("from reviewer.core import planted_b\n")
    (root / "reviewer" / "core" / "planted_b.py").write_text("from reviewer.core import planted_a\n")
    result = _lint_imports(root)
    assert result.returncode != 0, result.stdout
    assert "no import cycle" in result.stdout
    assert "planted_a" in result.stdout and "planted_b" in result.stdout
