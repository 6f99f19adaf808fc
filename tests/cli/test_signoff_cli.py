"""Signing on the command line, exporting, and a stranger verifying with ssh-keygen and sha256sum."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reviewer.core.canonical import sha256_hex
from reviewer.core.record import parse_record
from tests.signoff_support import (  # noqa: F401 - fixtures
    EDITOR,
    HEAD,
    PASSPHRASE,
    POST,
    SRT_VI,
    STATION_NAME,
    STATION_PASSPHRASE,
    all_pass,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli_subprocess,
)

pytestmark = pytest.mark.usefixtures("memory_keyring", "fast_kdf")

EDITOR_PASSPHRASE = "Mùa thu lá vàng rơi"


def _init(cli, who=HEAD, passphrase: str = PASSPHRASE):
    """The station (once), then a key for ``who`` certified by it."""
    if cli("station", "show").code != 0:
        r = cli("station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
        assert r.code == 0, r.err
    principal, name, title, role = who
    r = cli(
        "keys",
        "init",
        "--principal",
        principal,
        "--name",
        name,
        "--title",
        title,
        "--role",
        role,
        "--passphrase-stdin",
        stdin=f"{passphrase}\n{STATION_PASSPHRASE}\n",
    )
    assert r.code == 0, r.err
    return r


def _answers(cli, tmp_path: Path, **override) -> Path:
    template = cli("checklist", "show", "--json").json()
    data = {item["id"]: {"result": "pass", "note": ""} for item in template["items"]}
    data.update(override)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _export(home, out: Path, memory_keyring, *, who=HEAD, passphrase: str = PASSPHRASE):
    return run_cli_subprocess(
        home,
        "export",
        "news-1",
        "--out",
        str(out),
        "--as",
        who[0],
        "--passphrase-stdin",
        keyring=memory_keyring,
        stdin=passphrase + "\n",
    )


def _ssh_verify(folder: Path, trust: Path, identity: str, namespace: str, sig: str, data: str, *extra: str):
    return subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", str(trust), "-I", identity, "-n", namespace, "-s", sig, *extra],
        stdin=open(folder / data, "rb"),
        cwd=folder,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def signed(cli, home, tmp_path):
    """A head's key, one ingested clip, headless signing allowed, and an approval signed on the CLI."""
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    assert cli("note", "news-1", "--at", "0.5", "--to", "1.2", "Kiểm tra lại chức danh").code == 0
    _init(cli)
    assert cli("policy", "set", "require_full_view", "false").code == 0
    answers = _answers(cli, tmp_path, **{"tone.concise": {"result": "na", "note": "Clip ngắn"}})
    r = cli(
        "sign",
        "news-1",
        "--decision",
        "approve",
        "--checklist",
        str(answers),
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    return r


def test_cli_approval_exports_a_package_strangers_verify_with_openssh_and_coreutils(
    signed, cli, home, tmp_path, memory_keyring
):
    assert "approved: news-1 v1" in signed.out
    assert cli("queue", "--status", "approved", "--json").json()[0]["id"] == "news-1"
    assert cli("verify", "--files").code == 0
    trust = tmp_path / "published" / "station_allowed_signers"
    assert cli("station", "trust", "--out", str(trust)).code == 0
    station_fp = cli("station", "show", "--json").json()["fingerprint"]

    out = tmp_path / "gửi bàn đăng"
    r = _export(home, out, memory_keyring)
    assert r.code == 0, r.err
    names = sorted(p.name for p in out.iterdir())
    seq = int(re.search(r"audit seq (\d+)", signed.out).group(1))
    cp_name = f"checkpoint-{seq:08d}.json"
    assert names == sorted(
        [
            "SHA256SUMS",
            "SHA256SUMS.sig",
            "VERIFY.txt",
            "approval.json",
            "approval.json.sig",
            "approval-signer-cert.pub",
            "package.json",
            "package-signer-cert.pub",
            "station_allowed_signers",
            "station.krl",
            "audit-event.json",
            "bản tin news-1.mp4",
            "bản tin news-1.vi.srt",
            "certificate.html",
            "certificate.pdf",
            cp_name,
            cp_name + ".sig",
            "post.txt",
            "thumbnail.jpg",
        ]
    )

    # A stranger, with OpenSSH and coreutils only, and the station's published trust file.
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    listed = {line.split("  ", 1)[1] for line in (out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()}
    assert listed == set(names) - {"SHA256SUMS", "SHA256SUMS.sig"}
    head_id = f"head:{HEAD[0]}"
    manifest = _ssh_verify(out, trust, head_id, "clip-package", "SHA256SUMS.sig", "SHA256SUMS")
    assert manifest.returncode == 0, manifest.stderr
    verify = _ssh_verify(
        out, trust, head_id, "clip-approval", "approval.json.sig", "approval.json", "-r", str(out / "station.krl")
    )
    assert verify.returncode == 0, verify.stderr
    record = parse_record((out / "approval.json").read_bytes())
    assert f'Good "clip-approval" signature for {head_id} with ED25519-CERT key' in verify.stdout + verify.stderr
    assert record["signer"]["key_fingerprint"] in verify.stdout + verify.stderr
    fp = subprocess.run(
        "awk '/cert-authority/ {print $3, $4; exit}' station_allowed_signers | ssh-keygen -lf -",
        shell=True,
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert station_fp in fp.stdout
    cert = subprocess.run(
        ["ssh-keygen", "-L", "-f", "approval-signer-cert.pub"], cwd=out, capture_output=True, text=True
    )
    assert head_id in cert.stdout and f"Serial: {record['signer']['certificate_serial']}" in cert.stdout
    assert station_fp in cert.stdout
    cp = _ssh_verify(out, trust, head_id, "clip-approval-checkpoint", cp_name + ".sig", cp_name)
    assert cp.returncode == 0, cp.stderr
    # Not an editor, not another purpose, not another person.
    for identity, namespace, sig, data in [
        (f"editor:{HEAD[0]}", "clip-approval", "approval.json.sig", "approval.json"),
        (head_id, "clip-approval-checkpoint", "approval.json.sig", "approval.json"),
        ("head:someone@dai.vn", "clip-approval", "approval.json.sig", "approval.json"),
    ]:
        assert _ssh_verify(out, trust, identity, namespace, sig, data).returncode != 0, (identity, namespace)

    # VERIFY.txt gives exactly the commands run above.
    text = (out / "VERIFY.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in text and station_fp in text
    assert (
        f"ssh-keygen -Y verify -f station_allowed_signers -I {head_id} -n clip-approval "
        "-s approval.json.sig -Overify-time="
    ) in text
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("ssh-keygen -Y verify"):
            run = subprocess.run(line, shell=True, cwd=out, capture_output=True, text=True)
            assert run.returncode == 0, (line, run.stderr)
    grep = subprocess.run(
        ["grep", "-F", record["clip"]["sha256"], "SHA256SUMS"], cwd=out, capture_output=True, text=True
    )
    assert grep.stdout.strip().endswith("bản tin news-1.mp4")

    # What was signed: the clip, captions and post text bytes; who, when, what it means.
    assert record["kind"] == "approval" and record["signed_from"] == "cli"
    assert record["clip"]["sha256"] == sha256_hex((out / "bản tin news-1.mp4").read_bytes())
    assert (
        record["captions"][0]["sha256"]
        == sha256_hex(SRT_VI)
        == sha256_hex((out / "bản tin news-1.vi.srt").read_bytes())
    )
    assert record["post_text"]["text"] == POST and (out / "post.txt").read_bytes() == POST.encode("utf-8")
    assert record["signer"] == {
        "principal": HEAD[0],
        "name": HEAD[1],
        "title": HEAD[2],
        "role": "head",
        "key_fingerprint": record["signer"]["key_fingerprint"],
        "certificate_serial": record["signer"]["certificate_serial"],
        "station_fingerprint": station_fp,
    }
    assert record["meaning"] == "Phê duyệt đăng phát trên Facebook / Approved for publication on Facebook"
    assert record["coverage"]["fraction"] == 0 and record["coverage"]["rule"]["require_full_view"] is False
    assert {"item_id": "tone.concise", "result": "na", "note": "Clip ngắn"} in record["checklist"]["answers"]
    assert record["notes"] == [
        {"start_ms": 500, "end_ms": 1200, "text": "Kiểm tra lại chức danh", "author": record["notes"][0]["author"]}
    ]

    # The whole package by verify-package, against the published trust file.
    r = cli("verify-package", str(out), "--trust", str(trust), "--revocations", str(out / "station.krl"))
    assert r.code == 0, r.out
    assert "OK: the package verifies" in r.out
    # Without a trust file (and no library named) who signed cannot be established.
    r = run_cli_subprocess(tmp_path / "elsewhere", "verify-package", str(out))
    assert r.code == 1 and "who signed cannot be established" in r.out

    # The certificate is readable text with Vietnamese diacritics intact.
    html = (out / "certificate.html").read_text(encoding="utf-8")
    assert "GIẤY CHỨNG NHẬN PHÊ DUYỆT" in html and HEAD[1] in html and "Giám đốc" in html
    if shutil.which("pdftotext"):
        pdf = subprocess.run(["pdftotext", str(out / "certificate.pdf"), "-"], capture_output=True, text=True)
        flat = " ".join(pdf.stdout.split())
        for phrase in (
            "GIẤY CHỨNG NHẬN PHÊ DUYỆT",
            HEAD[1],
            "Phê duyệt đăng phát trên Facebook",
            "Chính xác chính trị",
        ):
            assert phrase in flat, phrase

    # The export itself is in the audit trail, after the sign-off and its checkpoint, with its own
    # checkpoint signed by the exporter.
    from reviewer.services import build_services

    s = build_services(None, None)
    try:
        tail = [(e.seq, e.kind) for e in s.library.audit_events()][-4:]
    finally:
        s.close()
    assert tail == [(seq, "signoff"), (seq + 1, "checkpoint"), (seq + 2, "export"), (seq + 3, "checkpoint")]
    assert cli("verify", "--json").json()["ok"]


def test_verify_package_catches_a_swapped_clip_and_an_edited_record(signed, cli, home, tmp_path, memory_keyring):
    out = tmp_path / "pkg"
    assert _export(home, out, memory_keyring).code == 0
    trust = tmp_path / "trust"
    assert cli("station", "trust", "--out", str(trust)).code == 0

    bad = tmp_path / "bad-clip"
    shutil.copytree(out, bad)
    (bad / "bản tin news-1.mp4").write_bytes(b"\x00" * 1000)
    r = cli("verify-package", str(bad), "--trust", str(trust))
    assert r.code == 1 and "bản tin news-1.mp4 does not match its SHA-256" in r.out
    count = r.out.count("PROBLEM  ")
    assert f"\n{count} problem{'' if count == 1 else 's'}: do NOT publish" in r.out
    assert "trusting the station key of" in r.out and "(s)" not in r.out  # no "problem(s)", "key(s)"

    bad2 = tmp_path / "bad-record"
    shutil.copytree(out, bad2)
    data = (bad2 / "approval.json").read_bytes().replace(b'"approve"', b'"reject!"')
    (bad2 / "approval.json").write_bytes(data)
    lines = [
        (f"{sha256_hex(data)}  approval.json" if line.endswith("  approval.json") else line)
        for line in (bad2 / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    ]
    (bad2 / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("verify-package", str(bad2), "--trust", str(trust))
    assert r.code == 1 and "SHA256SUMS.sig" in r.out and "PROBLEM" in r.out
    assert _ssh_verify(bad2, trust, f"head:{HEAD[0]}", "clip-package", "SHA256SUMS.sig", "SHA256SUMS").returncode != 0
    assert (
        _ssh_verify(bad2, trust, f"head:{HEAD[0]}", "clip-approval", "approval.json.sig", "approval.json").returncode
        != 0
    )


def test_headless_signing_is_refused_while_full_view_is_required(cli, home, tmp_path):
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    _init(cli)
    assert cli("policy", "show", "--json").json() == {"require_full_view": True}
    r = cli(
        "sign",
        "news-1",
        "--decision",
        "approve",
        "--checklist",
        str(_answers(cli, tmp_path)),
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 1
    assert "headless signing is not allowed while the policy require_full_view is on" in r.err
    assert "reviewer policy set require_full_view false" in r.err
    assert cli("queue", "--json").json()[0]["status"] == "pending"
    assert cli("verify", "--json").json()["signoffs"] == 0


def test_changes_and_reject_need_a_reason_and_set_the_status(cli, home, tmp_path):
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    _init(cli)
    cli("policy", "set", "require_full_view", "false")
    answers = _answers(cli, tmp_path, **{"political.facts": {"result": "fail", "note": "Sai chức danh"}})
    args = ["sign", "news-1", "--checklist", str(answers), "--principal", HEAD[0], "--passphrase-stdin"]
    r = cli(*args, "--decision", "approve", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "blocking item failed" in r.err
    r = cli(*args, "--decision", "changes", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "needs a reason" in r.err
    r = cli(*args, "--decision", "changes", "--reason", "Sửa chức danh ở giây thứ 12", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert "Yêu cầu chỉnh sửa trước khi đăng phát trên Facebook" in r.out
    assert cli("queue", "--status", "changes", "--json").json()[0]["id"] == "news-1"
    r = cli(*args, "--decision", "reject", "--reason", "Không phù hợp", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert cli("queue", "--status", "rejected", "--json").json()[0]["id"] == "news-1"
    # Nothing to export: a rejection is not an approval.
    r = cli("export", "news-1", "--out", str(tmp_path / "out"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "no approval of its current version" in r.err
    assert not (tmp_path / "out").exists()
    assert cli("verify").code == 0


def test_editor_decision_is_a_signed_recommendation_and_leaves_the_status(cli, home, tmp_path):
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    _init(cli, EDITOR)
    cli("policy", "set", "require_full_view", "false")
    r = cli(
        "sign",
        "news-1",
        "--decision",
        "approve",
        "--checklist",
        str(_answers(cli, tmp_path)),
        "--principal",
        EDITOR[0],
        "--passphrase-stdin",
        "--json",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    assert r.json()["kind"] == "recommendation" and r.json()["decision"] == "approve"
    assert cli("queue", "--json").json()[0]["status"] == "pending"
    r = cli("export", "news-1", "--out", str(tmp_path / "out"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "only a head's signed approval" in r.err
    r = cli(
        "revoke", "news-1", "--reason", "x", "--principal", EDITOR[0], "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert r.code == 1 and "only a head can revoke" in r.err
    # An editor's signature can never pass as an approval, even over the same bytes: the
    # certificate says editor and the trust file gives editors no clip-approval namespace.


def test_revocation_is_signed_and_blocks_export(signed, cli, home, tmp_path):
    r = cli(
        "revoke",
        "news-1",
        "--reason",
        "Phát hiện sai số liệu sau khi duyệt",
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    assert "revoked: news-1 v1" in r.out
    assert cli("queue", "--status", "revoked", "--json").json()[0]["id"] == "news-1"
    r = cli("export", "news-1", "--out", str(tmp_path / "out"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "was revoked (Phát hiện sai số liệu sau khi duyệt)" in r.err
    report = cli("verify", "--json").json()
    assert report["ok"] and report["signoffs"] == 2


def test_checklist_show_json_lists_the_active_template(cli):
    data = cli("checklist", "show", "--json").json()
    assert data["id"] == "default" and re.fullmatch(r"[0-9a-f]{64}", data["hash"])
    item = data["items"][0]
    assert set(item) >= {"id", "group", "label", "blocking"} and set(item["label"]) == {"vi", "en"}
    assert {i["group"] for i in data["items"]} == {"political", "tone", "legal", "captions"}
    text = cli("checklist", "show").out
    assert "Chính xác chính trị / Political accuracy" in text and "[B] political.facts" in text


def test_policy_changes_are_audited_and_checked(cli):
    assert cli("policy", "set", "require_full_view", "maybe").code == 2
    assert cli("policy", "set", "no_such_rule", "true").code == 2
    r = cli("policy", "set", "require_full_view", "false")
    assert r.code == 0 and "true -> false" in r.out
    assert cli("policy", "show").out.strip() == "require_full_view = false"
    from reviewer.services import build_services

    s = build_services(None, None)
    try:
        events = [e for e in s.library.audit_events() if e.kind == "policy_changed"]
    finally:
        s.close()
    assert [e.payload for e in events] == [{"key": "require_full_view", "old": True, "new": False}]


def test_keys_list_trust_file_retire_and_re_enrol_need_the_station(signed, cli, tmp_path):
    listed = cli("keys", "list", "--json").json()
    assert [(k["principal"], k["role"], k["active"], k["certified"]) for k in listed] == [(HEAD[0], "head", True, True)]
    fp = listed[0]["fingerprint"]
    lines = [ln for ln in cli("station", "trust").out.splitlines() if not ln.startswith("#")]
    station_key = cli("station", "show", "--json").json()["public_key"]
    assert lines == [
        f'head:* cert-authority,namespaces="clip-approval,clip-changes,clip-rejection,clip-revocation,'
        f'clip-recommendation,clip-approval-checkpoint,clip-package" {station_key}',
        f'editor:* cert-authority,namespaces="clip-recommendation,clip-approval-checkpoint,clip-package" {station_key}',
    ]
    assert cli("keys", "allowed-signers").out == cli("station", "trust").out

    # Retiring needs the station passphrase; the head's own passphrase does not do.
    r = cli("keys", "retire", fp, "--reason", "Rời nhiệm sở", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "wrong passphrase" in r.err
    r = cli("keys", "retire", fp, "--reason", "Rời nhiệm sở", "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    assert r.code == 0 and "retired" in r.out
    # Records signed before retirement stay valid; the retired key can never sign again.
    assert cli("verify").code == 0, cli("verify").out
    r = cli(
        "sign",
        "news-1",
        "--decision",
        "approve",
        "--checklist",
        str(_answers(cli, tmp_path)),
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 1 and "has no active signing key" in r.err
    # A new key for the same person needs the station passphrase again.
    r = cli(
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
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert r.code == 1
    _init(cli)
    assert len(cli("keys", "list", "--json").json()) == 2
