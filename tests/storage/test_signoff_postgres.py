"""Keys, signing, verification and tamper detection on PostgreSQL (same models, same chain)."""

from __future__ import annotations

import pytest

from tests.signoff_support import (  # noqa: F401 - fixtures
    HEAD,
    PASSPHRASE,
    STATION_NAME,
    STATION_PASSPHRASE,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli_subprocess,
)
from tests.storage.test_postgres import fresh_pg, pg_url  # noqa: F401 - fixtures

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("memory_keyring", "fast_kdf")]


def test_sign_verify_export_and_tamper_detection_on_postgres(fresh_pg, cli, home, tmp_path, memory_keyring):
    import json

    from sqlalchemy import create_engine, text

    db = ("--db", fresh_pg)
    assert cli(*db, "ingest", str(make_source(tmp_path / "in"))).code == 0
    r = cli(*db, "station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    assert r.code == 0, r.err
    r = cli(
        *db,
        "keys",
        "init",
        "--principal",
        HEAD[0],
        "--name",
        HEAD[1],
        "--title",
        HEAD[2],
        "--role",
        "head",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{STATION_PASSPHRASE}\n",
    )
    assert r.code == 0, r.err
    assert cli(*db, "policy", "set", "require_full_view", "false").code == 0
    template = cli(*db, "checklist", "show", "--json").json()
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({i["id"]: {"result": "pass"} for i in template["items"]}), encoding="utf-8")
    r = cli(
        *db,
        "sign",
        "news-1",
        "--decision",
        "approve",
        "--checklist",
        str(answers),
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        "--json",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    seq = r.json()["audit_seq"]
    assert cli(*db, "verify", "--files").code == 0
    out = tmp_path / "pkg"
    r = run_cli_subprocess(
        home,
        "--db",
        fresh_pg,
        "export",
        "news-1",
        "--out",
        str(out),
        "--passphrase-stdin",
        keyring=memory_keyring,
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    assert cli(*db, "verify-package", str(out)).code == 0  # trusting the library's own station
    assert cli(*db, "queue", "--status", "approved", "--json").json()[0]["id"] == "news-1"

    # An administrator disables the trigger and edits the sign-off event: verify names it.
    eng = create_engine(fresh_pg, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"))
        c.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = :s"), {"s": seq})
    eng.dispose()
    r = cli(*db, "verify", "--json")
    assert r.code == 1
    assert (seq, "signoff") in {(p["seq"], p["kind"]) for p in r.json()["problems"]}
