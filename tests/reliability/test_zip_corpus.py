"""Zip corpus: unsafe packages are rejected with a reason and nothing is written outside the home.

Each package also carries a real clip, so "rejected" means the whole package was refused, not
that it merely held nothing usable. Afterwards: every folder around the home is unchanged (a
snapshot of the test folder and of the package's own folder), no marker file exists where a
zip slip would have put it, the home's tmp/ is empty, and the library and store are empty.
"""

from __future__ import annotations

import json
import os
import stat
import struct
import unicodedata
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest

from tests.conftest import clip_bytes
from tests.reliability.checks import snapshot
from tests.reliability.conftest import tree, user_error_problems

CHECK = "zip corpus"
MARKER = f"reviewer-zip-escape-{uuid.uuid4().hex[:12]}"


def _zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]], *, clip: bool = True) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; that is the point
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            if clip:
                zf.writestr("clip.mp4", clip_bytes())
            for name, data in members:
                zf.writestr(name, data)
    return path


def _link(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _device(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFCHR | 0o666) << 16
    return info


def _patch_sizes(path: Path, member: str, size: int) -> Path:
    """Make the headers of ``member`` declare ``size`` bytes uncompressed (a lying zip)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for sig, size_off, name_len_off, name_off in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            n = struct.unpack_from("<H", data, i + name_len_off)[0]
            if bytes(data[i + name_off : i + name_off + n]) == name:
                struct.pack_into("<I", data, i + size_off, size)
            start = i + 4
    path.write_bytes(bytes(data))
    return path


def _set_encrypted_flag(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    for sig, flag_off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            flags = struct.unpack_from("<H", data, i + flag_off)[0]
            struct.pack_into("<H", data, i + flag_off, flags | 0x1)
            start = i + 4
    path.write_bytes(bytes(data))
    return path


def _wide_bomb(path: Path, members: int, size: int) -> Path:
    """Many members of ``size`` zero bytes each, each just under the per-member ratio check."""
    payload = bytes(size)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("clip.mp4", clip_bytes())
        for i in range(members):
            zf.writestr(f"fill/{i:05d}.bin", payload)
    return path


CASES = {
    "zip-slip-dotdot": (lambda p: _zip(p, [(f"../../{MARKER}.txt", b"escaped")]), "climbs out"),
    "zip-slip-deep": (lambda p: _zip(p, [(f"a/b/../../../../../{MARKER}.txt", b"escaped")]), "climbs out"),
    "zip-slip-backslash": (lambda p: _zip(p, [(f"..\\..\\{MARKER}.txt", b"escaped")]), "climbs out"),
    "absolute-path": (lambda p: _zip(p, [(f"/tmp/{MARKER}.txt", b"escaped")]), "absolute path"),
    "drive-letter": (lambda p: _zip(p, [(f"C:/{MARKER}.txt", b"escaped")]), "drive letter"),
    "drive-letter-backslash": (lambda p: _zip(p, [(f"C:\\{MARKER}.txt", b"escaped")]), "drive letter"),
    "symlink-out": (
        lambda p: _zip(p, [(_link("out", "../../.."), b"../../.."), (f"out/{MARKER}.txt", b"escaped")]),
        "symbolic link",
    ),
    "symlink-to-etc": (lambda p: _zip(p, [(_link("clip.vi.srt", "/etc/passwd"), b"/etc/passwd")]), "symbolic link"),
    "device-file": (lambda p: _zip(p, [(_device("dev"), b"")]), "not a regular file"),
    "zip-bomb-100mib": (lambda p: _zip(p, [("bomb.bin", bytes(100 * 1024 * 1024))]), "zip bomb"),
    "zip-bomb-wide": (lambda p: _wide_bomb(p, 300, 1024 * 1024), "zip bomb"),
    "size-lies": (
        lambda p: _patch_sizes(_zip(p, [("big.bin", bytes(3 * 1024 * 1024))]), "big.bin", 1000),
        "damaged package",
    ),
    "duplicate-names": (lambda p: _zip(p, [("clip.mp4", clip_bytes())]), "duplicate member"),
    "duplicate-nfc-nfd": (
        lambda p: _zip(
            p,
            [(unicodedata.normalize("NFC", "Tin tức.txt"), b"a"), (unicodedata.normalize("NFD", "Tin tức.txt"), b"b")],
        ),
        "duplicate member",
    ),
    "duplicate-case": (lambda p: _zip(p, [("CLIP.mp4", clip_bytes())]), "duplicate member"),
    "ten-thousand-members": (lambda p: _zip(p, [(f"m/{i:05d}.txt", b"") for i in range(10_000)]), "members"),
    "encrypted-member": (lambda p: _set_encrypted_flag(_zip(p, [])), "encrypted"),
    "not-a-zip": (lambda p: p.write_bytes(os.urandom(4096)), "not a valid zip"),
    "truncated-zip": (lambda p: p.write_bytes(_zip(p, []).read_bytes()[:20_000]), "not a valid zip"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_unsafe_package_is_rejected_and_nothing_escapes(case, cli, home, tmp_path, proof):
    make, phrase = CASES[case]
    src = tmp_path / "usb" / "stick"
    src.mkdir(parents=True)
    package = src / f"{case}.zip"
    make(package)
    cli("queue")  # create the home first, so its own creation is not mistaken for an escape
    outside_before = tree(tmp_path, exclude=home)
    r = cli("ingest", "--json", str(package))
    problems = user_error_problems(r.err)
    rows = json.loads(r.out) if r.out.strip() else []
    rejected = [row for row in rows if row["result"] == "rejected"]
    if r.code != 1 or len(rows) != 1 or not rejected:
        problems.append(f"not rejected as a whole (exit {r.code}): {rows or r.err.strip()[:200]}")
    elif phrase.lower() not in rejected[0]["reason"].lower() or "\n" in rejected[0]["reason"]:
        problems.append(f"reason does not say why ({phrase!r}): {rejected[0]['reason']!r}")
    if tree(tmp_path, exclude=home) != outside_before:
        problems.append("something was written outside the home")
    for where in (tmp_path, tmp_path.parent, Path("/tmp"), Path.cwd(), home.parent, src.parent, Path("/")):
        if (where / f"{MARKER}.txt").exists():
            problems.append(f"a zip slip wrote {where / MARKER}.txt")
            (where / f"{MARKER}.txt").unlink()
    leftovers = list((home / "tmp").iterdir())
    if leftovers:
        problems.append(f"home/tmp not empty afterwards: {[p.name for p in leftovers]}")
    if snapshot(home / "reviewer.db").versions or any(p.is_file() for p in (home / "media").rglob("*")):
        problems.append("a rejected package added to the library or the store")
    proof.note("reasons", {case: rejected[0]["reason"] if rejected else None})
    proof.trial(problems, label=case)
    proof.assert_clean()


def test_safe_package_next_to_unsafe_ones_is_still_ingested(cli, home, tmp_path, proof):
    """One bad package in a folder does not stop the good one beside it."""
    folder = tmp_path / "usb"
    folder.mkdir()
    _zip(folder / "good.zip", [("clip.vi.srt", b"1\n00:00:00,000 --> 00:00:01,000\nXin ch\xc3\xa0o\n")])
    _zip(folder / "slip.zip", [(f"../{MARKER}.txt", b"escaped")], clip=False)
    r = cli("ingest", "--json", str(folder))
    rows = json.loads(r.out)
    results = sorted(
        (Path(row["path"].split(":")[0]).name, row["result"]) for row in rows if row["result"] != "attached"
    )  # the clip's caption file has a row of its own
    problems = user_error_problems(r.err)
    if results != [("good.zip", "ingested"), ("slip.zip", "rejected")] or r.code != 1:
        problems.append(f"got {results} (exit {r.code})")
    if (tmp_path / f"{MARKER}.txt").exists():
        problems.append("the slip escaped")
    if list((home / "tmp").iterdir()):
        problems.append("home/tmp not empty afterwards")
    proof.trial(problems, label="good and bad package in one folder")
    proof.assert_clean()
