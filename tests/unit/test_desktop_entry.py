"""`make install`: the desk's menu entry and icon, user scope, valid for the desktop's own validator."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_make_install_puts_a_valid_entry_and_icon_in_the_user_data_folder(tmp_path):
    data = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(tmp_path))
    # install's own recipe; its prerequisites are make setup's and are taken as made (-o): `make
    # translations` rewrites resources/i18n in the work tree while other tests (other make
    # test-fast workers) read it, and takes 20 s. tests/unit/test_catalogue.py checks the
    # catalogues and runs the translations step on a copy.
    r = subprocess.run(
        ["make", "-s", "-o", "venv", "-o", "translations", "install", f"XDG_DATA_HOME={data}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    entry = data / "applications" / "reviewer.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "reviewer.svg"
    assert entry.is_file() and icon.is_file()
    assert icon.read_bytes().lstrip().startswith(b"<?xml") and b"<svg" in icon.read_bytes()

    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(entry, encoding="utf-8")
    desk = parser["Desktop Entry"]
    program, field = desk["Exec"].split(" ")
    assert field == "%f"  # a file given by the file manager becomes `reviewer PACKAGE.zip`
    assert Path(program) == ROOT / ".venv" / "bin" / "reviewer" and os.access(program, os.X_OK)
    assert desk["Icon"] == "reviewer" and desk["Type"] == "Application"
    assert "application/zip" in desk["MimeType"].split(";")
    assert desk["Name[vi]"] == "Bàn duyệt clip"
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed; make setup installs it")
    check = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr

    r = subprocess.run(
        ["make", "-s", "uninstall", f"XDG_DATA_HOME={data}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0 and not entry.exists() and not icon.exists()
