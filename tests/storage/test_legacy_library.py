"""Libraries from before the station authority keep verifying, and ``station init`` certifies them.

The fixture (tests/fixtures/legacy-library, made by the desk as it was before issue 8) holds a head
and an editor enrolled without certificates, an editor's recommendation and a head's approval
signed under the old single namespace, and their checkpoints.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.signoff_support import STATION_NAME, STATION_PASSPHRASE, fast_kdf, memory_keyring  # noqa: F401 - fixtures

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "legacy-library"
HEAD = "giamdoc@dai.vn"
HEAD_PASSPHRASE = "Bí mật ký số 2024!"


@pytest.fixture
def legacy(tmp_path, memory_keyring, fast_kdf, cli, home):
    """The old library copied into the test's home, its keys in the test keyring."""
    for item in FIXTURE.iterdir():
        if item.is_dir():
            shutil.copytree(item, home / item.name, dirs_exist_ok=True)
        elif item.name == "reviewer.db":
            shutil.copyfile(item, home / item.name)
    spec = json.loads((FIXTURE / "keyring.json").read_text(encoding="utf-8"))
    memory_keyring.passwords = {(s, u): p for s, u, p in spec["keyring"]}
    return home


def test_an_old_library_verifies_and_says_who_signed_is_only_claimed(legacy, cli):
    r = cli("verify", "--json")
    assert r.code == 0, r.out
    report = r.json()
    assert report["signoffs"] == 2 and report["legacy_signoffs"] == 2 and report["station"] is None
    assert any("no station key" in n for n in report["notes"])
    # No new signature without a station.
    r = cli("sign", "tin-cu", "--decision", "reject", "--reason", "x", "--checklist", "/dev/null", "--as", HEAD)
    assert r.code != 0


def test_station_init_shows_the_old_keys_certifies_them_and_old_records_stay_valid(legacy, cli, tmp_path):
    r = cli("station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    assert r.code == 2 and "run again with --yes" in r.err  # shown first, nothing done
    assert HEAD in r.out and "bientap@dai.vn" in r.out and cli("station", "show").code != 0
    r = cli("station", "init", "--name", STATION_NAME, "--passphrase-stdin", "--yes", stdin=STATION_PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert r.out.count("certified SHA256:") == 2
    keys = {k["principal"]: k for k in cli("keys", "list", "--json").json()}
    assert keys[HEAD]["certified"] and keys[HEAD]["role"] == "head"
    assert keys["bientap@dai.vn"]["certified"] and keys["bientap@dai.vn"]["role"] == "editor"

    report = cli("verify", "--json").json()
    assert report["ok"], report["problems"]
    assert report["legacy_signoffs"] == 2
    assert any("2 signed records date from before the station existed" in n for n in report["notes"])
    state = cli("verify").out
    assert "note: 2 signed records date from before the station existed" in state

    # The old approval cannot be exported (no certificate proves the signer's authority)…
    r = cli(
        "export",
        "tin-cu",
        "--out",
        str(tmp_path / "old"),
        "--as",
        HEAD,
        "--passphrase-stdin",
        stdin=HEAD_PASSPHRASE + "\n",
    )
    assert r.code == 1 and "signed before the station existed" in r.err
    # …the head signs again with the certified key, and that approval is exported and verifies.
    template = cli("checklist", "show", "--json").json()
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({i["id"]: {"result": "pass"} for i in template["items"]}), encoding="utf-8")
    r = cli(
        "sign",
        "tin-cu",
        "--decision",
        "approve",
        "--checklist",
        str(answers),
        "--as",
        HEAD,
        "--passphrase-stdin",
        "--json",
        stdin=HEAD_PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    assert r.json()["certificate_serial"] == keys[HEAD]["serial"]
    report = cli("verify", "--json").json()
    assert report["ok"] and report["signoffs"] == 3 and report["legacy_signoffs"] == 2
