"""PySide6's per-import question ("does this module's source mention PySide6?"), answered from
the file's bytes by reviewer.ui.import_hook: the same answers as PySide6's own function."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
import types
from pathlib import Path

import pytest

import reviewer.ui.main_window as window_module  # reviewer.ui installs the hook
from reviewer.ui import import_hook


def _feature():
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no per-import feature hook")
    return feature


def _module_from(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_desk_answers_pysides_question_and_installs_once() -> None:
    feature = _feature()
    assert getattr(feature._mod_uses_pyside, "_reviewer_reads_bytes", False)
    assert import_hook.install() is False  # already there


def test_same_answers_as_pyside_for_every_kind_of_module(tmp_path: Path) -> None:
    ours = _feature()._mod_uses_pyside
    upstream = ours.upstream
    qt_user = tmp_path / "uses_qt.py"
    qt_user.write_text(
        '"""Kiểm duyệt."""\n# from PySide6 import QtCore (a comment counts too)\nX = 1\n', encoding="utf-8"
    )
    plain = tmp_path / "plain.py"
    plain.write_text('"""Không dùng Qt."""\nY = "PySide2"\n', encoding="utf-8")
    gone = tmp_path / "gone.py"
    gone.write_text("Z = 'PySide6'\n", encoding="utf-8")
    modules = [
        json,  # a standard library source module
        math,  # compiled into the interpreter or an extension module
        sys,  # built in
        window_module,  # one of the desk's, which imports PySide6
        _module_from(qt_user, "uses_qt"),
        _module_from(plain, "plain"),
        types.ModuleType("made_in_memory"),  # no file
    ]
    gone_module = _module_from(gone, "gone_module")
    gone.unlink()  # its file removed since it was imported
    modules.append(gone_module)
    answers = [(m.__name__, ours(m), upstream(m)) for m in modules]
    assert [(name, a) for name, a, _ in answers] == [(name, b) for name, _, b in answers]
    assert [a for _, a, _ in answers] == [False, False, False, True, True, False, False, False]
