"""The core's one-line messages in the desk's language.

The core and the CLI word their messages in English (one line, naming the file or the clip). The
desk shows the ones a reviewer meets — ingest results and refusals, note and export refusals —
in the UI language: the English line is matched against known wordings and rebuilt from its
parts; anything else is shown as the core wrote it, so nothing is ever hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reviewer.ui.i18n import fill

translate = QCoreApplication.translate

# (pattern over the text after "name: ", translation source with %n for the groups)
_PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^no such file or folder$"), "no such file or folder"),
    (re.compile(r"^no clips found in this folder$"), "no clips found in this folder"),
    (re.compile(r"^no clips found in this package$"), "no clips found in this package"),
    (re.compile(r"^unsupported file type '(.*)'$"), "unsupported file type “%1”"),
    (re.compile(r"^empty file \(0 bytes\)$"), "empty file (0 bytes)"),
    (re.compile(r"^zero duration$"), "the clip has no duration"),
    (re.compile(r"^no video stream \(audio-only or data file\)$"), "no video in this file (sound or data only)"),
    (
        re.compile(r"^not a video container the desk accepts .*$"),
        "not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)",
    ),
    (re.compile(r"^damaged or unsupported video file .*$"), "damaged or unsupported video file"),
    (re.compile(r"^not a readable video file .*$"), "not a readable video file"),
    (re.compile(r"^no video frame could be decoded .*$"), "no picture can be decoded (truncated or empty file)"),
    (re.compile(r"^first video frame does not decode .*$"), "the first picture does not decode (damaged file)"),
    (re.compile(r"^frame size (\d+)x(\d+) is larger than 8K$"), "picture size %1×%2 is larger than 8K"),
    (re.compile(r"^the file ends early .*$"), "the file ends early (an interrupted copy?)"),
    (re.compile(r"^not a valid zip package$"), "not a valid zip package"),
    (re.compile(r"^member '(.*)' is encrypted$"), "“%1” in the package is encrypted"),
    (
        re.compile(r"^member '(.*)' would land outside the package folder$"),
        "“%1” would be unpacked outside the package folder (unsafe package)",
    ),
    (re.compile(r"^duplicate member name '(.*)'$"), "the name “%1” appears twice in the package"),
    (re.compile(r"^revises unknown clip '(.*)'$"), "it revises clip “%1”, which is not in the library"),
    (re.compile(r"^no video named '(.*)' beside it$"), "no video named “%1” beside it"),
    (
        re.compile(r"^a package inside a package is not opened; unpack it first$"),
        "a package inside a package is not opened; unpack it first",
    ),
    (re.compile(r"^cannot read \((.*)\)$"), "cannot be read (%1)"),
]

_WHOLE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^the same bytes are already in the library$"), "These exact bytes are already in the library."),
    (
        re.compile(r"^the disk holding the library is full; the file was not added$"),
        "The disk holding the library is full; the file was not added.",
    ),
    (
        re.compile(r"^the disk holding the library is full; the package was not unpacked$"),
        "The disk holding the library is full; the package was not unpacked.",
    ),
    (
        re.compile(r"^the disk holding the library is full; nothing was changed$"),
        "The disk holding the library is full; nothing was changed.",
    ),
    (
        re.compile(r"^the disk holding the export folder is full; nothing was exported$"),
        "The disk holding the export folder is full; nothing was exported.",
    ),
    (re.compile(r"^a note needs some text$"), "A note needs some text."),
    (re.compile(r"^a note's end must not be before its start$"), "A note's end must not be before its start."),
    (
        re.compile(r"^clip (\S+) has no approval of its current version to export .*$"),
        "Clip %1 has no approval of its current version to export (only a head's signed approval can be exported).",
    ),
    (
        re.compile(r"^the approval of (\S+) was revoked.*; nothing to export$"),
        "The approval of %1 was revoked; there is nothing to export.",
    ),
    (
        re.compile(r"^the approval of (\S+) no longer matches its files: (.*)$"),
        "The approval of %1 no longer matches its files: %2",
    ),
    (
        re.compile(r"^(.*) already exists and is not an empty folder; choose a new --out$"),
        "%1 already exists and is not an empty folder; choose another folder.",
    ),
]


def _tr(source: str) -> str:
    # The sources above are literal: pyside6-lupdate finds them through these calls.
    return {
        "no such file or folder": translate("CoreText", "no such file or folder"),
        "no clips found in this folder": translate("CoreText", "no clips found in this folder"),
        "no clips found in this package": translate("CoreText", "no clips found in this package"),
        "unsupported file type “%1”": translate("CoreText", "unsupported file type “%1”"),
        "empty file (0 bytes)": translate("CoreText", "empty file (0 bytes)"),
        "the clip has no duration": translate("CoreText", "the clip has no duration"),
        "no video in this file (sound or data only)": translate(
            "CoreText", "no video in this file (sound or data only)"
        ),
        "not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)": translate(
            "CoreText", "not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)"
        ),
        "damaged or unsupported video file": translate("CoreText", "damaged or unsupported video file"),
        "not a readable video file": translate("CoreText", "not a readable video file"),
        "no picture can be decoded (truncated or empty file)": translate(
            "CoreText", "no picture can be decoded (truncated or empty file)"
        ),
        "the first picture does not decode (damaged file)": translate(
            "CoreText", "the first picture does not decode (damaged file)"
        ),
        "picture size %1×%2 is larger than 8K": translate("CoreText", "picture size %1×%2 is larger than 8K"),
        "the file ends early (an interrupted copy?)": translate(
            "CoreText", "the file ends early (an interrupted copy?)"
        ),
        "not a valid zip package": translate("CoreText", "not a valid zip package"),
        "“%1” in the package is encrypted": translate("CoreText", "“%1” in the package is encrypted"),
        "“%1” would be unpacked outside the package folder (unsafe package)": translate(
            "CoreText", "“%1” would be unpacked outside the package folder (unsafe package)"
        ),
        "the name “%1” appears twice in the package": translate(
            "CoreText", "the name “%1” appears twice in the package"
        ),
        "it revises clip “%1”, which is not in the library": translate(
            "CoreText", "it revises clip “%1”, which is not in the library"
        ),
        "cannot be read (%1)": translate("CoreText", "cannot be read (%1)"),
        "no video named “%1” beside it": translate("CoreText", "no video named “%1” beside it"),
        "a package inside a package is not opened; unpack it first": translate(
            "CoreText", "a package inside a package is not opened; unpack it first"
        ),
        "These exact bytes are already in the library.": translate(
            "CoreText", "These exact bytes are already in the library."
        ),
        "The disk holding the library is full; the file was not added.": translate(
            "CoreText", "The disk holding the library is full; the file was not added."
        ),
        "The disk holding the library is full; the package was not unpacked.": translate(
            "CoreText", "The disk holding the library is full; the package was not unpacked."
        ),
        "The disk holding the library is full; nothing was changed.": translate(
            "CoreText", "The disk holding the library is full; nothing was changed."
        ),
        "The disk holding the export folder is full; nothing was exported.": translate(
            "CoreText", "The disk holding the export folder is full; nothing was exported."
        ),
        "A note needs some text.": translate("CoreText", "A note needs some text."),
        "A note's end must not be before its start.": translate(
            "CoreText", "A note's end must not be before its start."
        ),
        "Clip %1 has no approval of its current version to export (only a head's signed approval can be exported).": translate(
            "CoreText",
            "Clip %1 has no approval of its current version to export (only a head's signed approval can be exported).",
        ),
        "The approval of %1 was revoked; there is nothing to export.": translate(
            "CoreText", "The approval of %1 was revoked; there is nothing to export."
        ),
        "The approval of %1 no longer matches its files: %2": translate(
            "CoreText", "The approval of %1 no longer matches its files: %2"
        ),
        "%1 already exists and is not an empty folder; choose another folder.": translate(
            "CoreText", "%1 already exists and is not an empty folder; choose another folder."
        ),
    }.get(source, source)


def core_message(text: str) -> str:
    """``text`` (a core message) in the UI language when its wording is known, else as it is."""
    for pattern, source in _WHOLE:
        m = pattern.match(text)
        if m:
            return fill(_tr(source), *m.groups())
    name, sep, problem = text.partition(": ")
    if sep:
        for pattern, source in _PROBLEMS:
            m = pattern.match(problem)
            if m:
                return f"{name}: {fill(_tr(source), *m.groups())}"
    return text
