"""Notes that live: edit (old text kept in the audit trail), resolve / reopen, reply — all audited."""

from __future__ import annotations

import json

from tests.conftest import write_clip
from tests.signoff_support import fast_kdf, memory_keyring  # noqa: F401 - fixtures


def _clip(cli, tmp_path):
    src = tmp_path / "in"
    write_clip(src / "tin.mp4", seconds=2.0)
    (src / "tin.json").write_text(json.dumps({"id": "tin-1", "title": "Tin"}), encoding="utf-8")
    assert cli("ingest", str(src)).code == 0


def _events(home, kind_prefix="note"):
    from reviewer.services import build_services

    s = build_services(str(home), None)
    try:
        return [(e.kind, e.payload) for e in s.library.audit_events(clip_id="tin-1") if e.kind.startswith(kind_prefix)]
    finally:
        s.close()


def test_a_note_is_edited_resolved_reopened_and_replied_to_and_the_trail_keeps_every_step(cli, home, tmp_path):
    _clip(cli, tmp_path)
    # The documented form still works.
    assert cli("note", "tin-1", "--at", "00:01.2", "Chữ trên màn hình sai chính tả").code == 0
    [note] = cli("notes", "list", "tin-1", "--json").json()
    assert (note["at_ms"], note["resolved"], note["reply"]) == (1200, False, "")

    assert cli("notes", "edit", str(note["id"]), "Chữ “Quốc hôi” sai chính tả: “Quốc hội”").code == 0
    assert cli("notes", "reply", str(note["id"]), "Đã báo biên tập viên sửa").code == 0
    assert cli("notes", "resolve", str(note["id"])).code == 0
    [now] = cli("notes", "list", "tin-1", "--json").json()
    assert now["text"] == "Chữ “Quốc hôi” sai chính tả: “Quốc hội”"
    assert now["reply"] == "Đã báo biên tập viên sửa"
    assert now["resolved"] is True
    assert cli("notes", "list", "tin-1", "--open", "--json").json() == []
    assert cli("notes", "reopen", str(note["id"])).code == 0
    assert [n["id"] for n in cli("notes", "list", "tin-1", "--open", "--json").json()] == [note["id"]]

    kinds = [k for k, _ in _events(home)]
    assert kinds == ["note", "note_edited", "note_reply", "note_resolved", "note_reopened"]
    edited = dict(_events(home))["note_edited"]
    assert edited["before"] == "Chữ trên màn hình sai chính tả"  # the first text is kept
    assert edited["after"] == "Chữ “Quốc hôi” sai chính tả: “Quốc hội”"
    # The chain with the new event kinds verifies.
    assert cli("verify").code == 0


def test_resolving_twice_records_one_event_and_show_json_has_the_state(cli, home, tmp_path):
    _clip(cli, tmp_path)
    assert cli("note", "tin-1", "--at", "1", "Một").code == 0
    note_id = cli("notes", "list", "tin-1", "--json").json()[0]["id"]
    assert cli("notes", "resolve", str(note_id)).code == 0
    assert cli("notes", "resolve", str(note_id)).code == 0
    assert [k for k, _ in _events(home)].count("note_resolved") == 1
    shown = cli("show", "tin-1", "--json").json()["notes"][0]
    assert shown["resolved"] is True and shown["reply"] == ""


def test_mistakes_get_one_line_and_change_nothing(cli, home, tmp_path, memory_keyring, fast_kdf):
    _clip(cli, tmp_path)
    assert cli("note", "tin-1", "--at", "1", "Một").code == 0
    note_id = cli("notes", "list", "tin-1", "--json").json()[0]["id"]
    result = cli("notes", "edit", "999", "x")
    assert result.code == 1 and result.err.strip().startswith("reviewer: no note 999")
    result = cli("notes", "edit", str(note_id), "   ")
    assert result.code == 2 and result.err.strip() == "reviewer: a note needs some text"
    # Only the author changes a note's text; anyone at the desk may reply or resolve. (The note
    # above was written before anyone was enrolled; now two people are, and one is named.)
    from reviewer.services import build_services
    from tests.signoff_support import EDITOR, enroll

    services = build_services(str(home), None)
    try:
        enroll(services)
        enroll(services, EDITOR, passphrase="Mùa thu lá vàng rơi")
    finally:
        services.close()
    result = cli("notes", "edit", str(note_id), "Khác", "--as", EDITOR[0])
    assert result.code == 2 and "only its author can change its text" in result.err
    assert cli("notes", "reply", str(note_id), "Tôi đã xem", "--as", EDITOR[0]).code == 0
    [n] = cli("notes", "list", "tin-1", "--json").json()
    assert n["text"] == "Một" and n["reply"] == "Tôi đã xem"
