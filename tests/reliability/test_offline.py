"""Offline: the CLI flow makes zero network connection attempts.

In-process, with socket connect / connect_ex / create_connection / sendto / getaddrinfo blocked
and recorded (plus a Python audit hook catching sockets created below the ``socket`` module),
the whole flow runs: ingest of a folder and a package, queue, show, note; then the sign-off
flow: ``keys init``, ``policy set``, ``sign`` (passphrase on stdin, in-memory keyring),
``verify --files``, ``export`` (in a child, as the PDF needs Qt; its Python audit hook reports any
attempt) and ``verify-package``. Then the same commands run as children in a network namespace
without any network (``unshare -n``, as root), under strace when it is installed, so even a
connect() from C code (FFmpeg, Qt) would be seen.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import (
    ROOT,
    child_env,
    clip_package,
    clip_with_companions,
    user_error_problems,
)
from tests.signoff_support import HEAD, PASSPHRASE, fast_kdf, memory_keyring  # noqa: F401 - fixtures

CHECK = "offline (no network attempts)"

_ATTEMPTS: list[str] = []
_RECORDING = [False]
_HOOKED = [False]


def _audit(event: str, args: tuple) -> None:
    if not _RECORDING[0]:
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        family = getattr(args[0], "family", None)
        if family != socket.AF_UNIX:
            _ATTEMPTS.append(f"{event} {args[1:]!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _ATTEMPTS.append(f"{event} {args!r}")


@pytest.fixture
def network_blocked(monkeypatch):
    """Every non-Unix socket connection attempt raises and is recorded; yields the record."""
    if not _HOOKED[0]:
        sys.addaudithook(_audit)  # cannot be removed; it only records while _RECORDING is set
        _HOOKED[0] = True
    _ATTEMPTS.clear()
    blocked: list[str] = []

    def refuse(what):
        def raiser(*args, **kwargs):
            target = args[1] if len(args) > 1 else kwargs.get("address", args[0] if args else None)
            sock = args[0] if args and isinstance(args[0], socket.socket) else None
            if sock is not None and sock.family == socket.AF_UNIX:
                return original[what](*args, **kwargs)
            blocked.append(f"{what} {target!r}")
            raise OSError(f"network blocked by the offline test ({what})")

        return raiser

    original = {
        "socket.connect": socket.socket.connect,
        "socket.connect_ex": socket.socket.connect_ex,
        "socket.sendto": socket.socket.sendto,
        "create_connection": socket.create_connection,
        "getaddrinfo": socket.getaddrinfo,
    }
    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    _RECORDING[0] = True
    try:
        yield blocked
    finally:
        _RECORDING[0] = False
        blocked.extend(a for a in _ATTEMPTS if a not in blocked)


def _sources(folder):
    clip_with_companions(folder, "tin-chinh-tri", meta={"id": "pol-1", "title": "Hội nghị", "political": True})
    clip_with_companions(folder, "the-thao")
    clip_package(folder / "goi.zip", ["z1"])
    return folder


def test_cli_flow_makes_no_network_attempt(network_blocked, cli, tmp_path, proof):
    src = _sources(tmp_path / "in")
    problems = []
    steps = [
        ("ingest", "--json", str(src)),
        ("queue", "--json"),
        ("queue", "--status", "all"),
        ("show", "pol-1", "--json"),
        ("show", "pol-1"),
        ("note", "pol-1", "--at", "0:01", "Kiểm tra tên người phát biểu"),
        ("ingest", str(src)),  # again: duplicates
    ]
    for args in steps:
        r = cli(*args)
        problems += user_error_problems(r.err)
        if r.code != 0:
            problems.append(f"reviewer {' '.join(args[:2])} failed offline (exit {r.code}): {r.err.strip()[:200]}")
    rows = cli("queue", "--json").json()
    if len(rows) != 3:
        problems.append(f"{len(rows)} of 3 clips in the queue")
    problems += [f"network attempt: {a}" for a in network_blocked]
    proof.note("network_attempts_in_process", len(network_blocked))
    attempts = len(network_blocked)
    with pytest.raises(OSError):  # the instrument itself: a connection attempt is refused and seen
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    if len(network_blocked) != attempts + 1:
        problems.append("the network blocker did not see a deliberate connection attempt")
    proof.trial(problems, label="ingest, queue, show, note with the network blocked")
    proof.assert_clean()


def _can_unshare() -> str | None:
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    r = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if r.returncode != 0:
        return f"cannot create a network namespace here ({r.stderr.strip() or 'not permitted'}; needs root)"
    return None


def _without_network(trace: Path) -> list[str]:
    """The command prefix running a program with no network (``unshare -n``), under strace
    (connect, sendto, sendmsg written to ``trace``) when strace is installed."""
    strace = shutil.which("strace")
    return ["unshare", "-n"] + (
        [strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)] if strace else []
    )


def _network_syscalls(trace: Path) -> list[str]:
    """The calls in a strace log that address the network (not Unix or netlink sockets)."""
    if not trace.exists():
        return []
    return [
        line.strip()[:200]
        for line in trace.read_text(errors="replace").splitlines()
        if ("connect(" in line or "sendto(" in line or "sendmsg(" in line)
        and "sa_family=" in line
        and "AF_UNIX" not in line
        and "AF_NETLINK" not in line
    ]


def test_ingest_in_a_network_namespace_without_network(tmp_path, proof):
    reason = _can_unshare()
    if reason:
        pytest.skip(reason)
    src = _sources(tmp_path / "in")
    home = tmp_path / "home"
    driver = [sys.executable, "-m", "tests.reliability.driver", "cli", "--home", str(home)]
    strace = shutil.which("strace")
    trace = tmp_path / "strace.log"
    problems = []

    def run(*args, command=driver):
        cmd = _without_network(trace)
        r = subprocess.run(
            cmd + command + list(args), capture_output=True, text=True, cwd=ROOT, env=child_env(), timeout=300
        )
        net = [line for line in r.stderr.splitlines() if line.startswith("NETWORK ")]
        net += [f"syscall: {line}" for line in _network_syscalls(trace)]
        return r, net

    r, net = run("ingest", "--json", str(src))
    problems += user_error_problems(r.stderr) + [f"network attempt: {n}" for n in net]
    if r.returncode != 0:
        problems.append(f"ingest failed without network (exit {r.returncode}): {r.stderr.strip()[:300]}")
    else:
        results = [row["result"] for row in json.loads(r.stdout) if row["result"] != "attached"]
        if results != ["ingested"] * 3:
            problems.append(f"results without network: {results}")
    q, net = run("queue", "--json")
    problems += [f"network attempt: {n}" for n in net]
    if q.returncode != 0 or len(json.loads(q.stdout or "[]")) != 3:
        problems.append(f"queue without network: exit {q.returncode} {q.stderr.strip()[:200]}")
    # The instrument itself: a deliberate connection attempt from a child is seen.
    _, net = run(command=[sys.executable, "-m", "tests.reliability.driver", "cli", "--canary"])
    if len(net) < (2 if strace else 1):
        problems.append(f"the namespace run did not see a deliberate connection attempt: {net}")
    proof.note("network_namespace", "unshare -n" + (" under strace (connect, sendto, sendmsg)" if strace else ""))
    proof.trial(problems, label="ingest and queue in a network namespace without network")
    proof.assert_clean()


def _answers_file(cli, path):
    template = cli("checklist", "show", "--json").json()
    path.write_text(json.dumps({i["id"]: {"result": "pass", "note": ""} for i in template["items"]}), encoding="utf-8")
    return path


def _driver_cli(*args, timeout=300, **kw):
    """``reviewer ARGS`` in a child whose audit hook reports every network attempt (NETWORK lines)."""
    return subprocess.run(
        [sys.executable, "-m", "tests.reliability.driver", "cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(QT_QPA_PLATFORM="offscreen"),
        timeout=timeout,
        **kw,
    )


def _station_and_head(cli) -> list[tuple[tuple[str, ...], str | None]]:
    """The station's steps as CLI calls: station init, keys init (two stdin lines)."""
    from tests.signoff_support import STATION_NAME, STATION_PASSPHRASE

    principal, name, title, role = HEAD
    return [
        (("station", "init", "--name", STATION_NAME, "--passphrase-stdin"), STATION_PASSPHRASE + "\n"),
        (
            (
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
            ),
            f"{PASSPHRASE}\n{STATION_PASSPHRASE}\n",
        ),
    ]


def test_signoff_flow_makes_no_network_attempt(network_blocked, memory_keyring, fast_kdf, cli, home, tmp_path, proof):
    from tests.memory_keyring import share_keyring, take_back_keyring

    src = _sources(tmp_path / "in")
    problems = []
    principal = HEAD[0]
    answers = tmp_path / "answers.json"
    trust = tmp_path / "published" / "station_allowed_signers"
    krl = tmp_path / "published" / "station.krl"
    steps = [
        (("ingest", "--json", str(src)), None),
        *_station_and_head(cli),
        (("policy", "set", "require_full_view", "false"), None),
        (("checklist", "show", "--json"), None),
        (None, None),  # answers file
        (
            (
                "sign",
                "pol-1",
                "--decision",
                "approve",
                "--checklist",
                str(answers),
                "--principal",
                principal,
                "--passphrase-stdin",
            ),
            PASSPHRASE + "\n",
        ),
        (("verify", "--files"), None),
        (("verify", "--json"), None),
        (("station", "show", "--json"), None),
        (("station", "trust", "--out", str(trust)), None),
        (("station", "revocations", "--out", str(krl)), None),
    ]
    for args, stdin in steps:
        if args is None:
            _answers_file(cli, answers)
            continue
        r = cli(*args, stdin=stdin)
        problems += user_error_problems(r.err)
        if r.code != 0:
            problems.append(f"reviewer {' '.join(args[:2])} failed offline (exit {r.code}): {r.err.strip()[:200]}")
    # export renders the PDF with Qt: in a child (as the sign-off tests do), holding this test's
    # keyring through a file and watched by its audit hook
    out = tmp_path / "export"
    shared = tmp_path / "keyring.json"
    share_keyring(memory_keyring, shared)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.reliability.driver",
            "cli",
            "--home",
            str(home),
            "export",
            "pol-1",
            "--out",
            str(out),
            "--as",
            principal,
            "--passphrase-stdin",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=PASSPHRASE + "\n",
        timeout=300,
        env=child_env(QT_QPA_PLATFORM="offscreen", REVIEWER_TEST_KEYRING=str(shared)),
    )
    take_back_keyring(memory_keyring, shared)
    child_attempts = [line for line in r.stderr.splitlines() if line.startswith("NETWORK ")]
    problems += [f"network attempt by export: {a}" for a in child_attempts]
    if r.returncode != 0:
        problems.append(f"export failed offline (exit {r.returncode}): {r.stderr.strip()[-300:]}")
    else:
        v = cli("verify-package", str(out), "--trust", str(trust), "--revocations", str(krl))
        problems += user_error_problems(v.err)
        if v.code != 0:
            problems.append(f"verify-package failed offline (exit {v.code}): {(v.out + v.err).strip()[:200]}")
    if cli("queue", "--status", "approved", "--json").json()[0]["id"] != "pol-1":
        problems.append("the approval did not land")
    v = cli("verify")  # after the export child advanced the witness in the shared keyring
    if v.code != 0:
        problems.append(f"verify after the export failed: {v.out.strip()[-300:]}")
    problems += [f"network attempt: {a}" for a in network_blocked]
    proof.note("network_attempts_in_process_signoff_flow", len(network_blocked))
    proof.note("network_attempts_by_export_child", len(child_attempts))
    proof.trial(
        problems,
        label="station init, keys init, policy, sign, verify, station trust/revocations, export "
        "(passphrase), verify-package --trust --revocations with the network blocked",
    )
    proof.assert_clean()


def test_signoff_flow_in_a_network_namespace_without_network(tmp_path, proof):
    reason = _can_unshare()
    if reason:
        pytest.skip(reason)
    from tests.reliability.checks import write_child_keyring
    from tests.signoff_support import STATION_NAME, STATION_PASSPHRASE

    src = _sources(tmp_path / "in")
    home = tmp_path / "home"
    strace = shutil.which("strace")
    trace = tmp_path / "strace.log"
    # An empty test keyring handed to every child in a file: the station key, the head's key
    # (cheap test KDF) and the rollback witness are made by the children themselves.
    secrets = write_child_keyring(tmp_path / "keyring.json", {}, fast_kdf=True)
    problems = []
    ran = []

    def run(*args, stdin=None):
        cmd = _without_network(trace)
        cmd += [sys.executable, "-m", "tests.reliability.driver", "cli", "--home", str(home), *args]
        r = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            cwd=ROOT,
            input=stdin,
            timeout=300,
            env=child_env(QT_QPA_PLATFORM="offscreen", REVIEWER_TEST_KEYRING=str(secrets)),
        )
        net = [line for line in r.stderr.splitlines() if line.startswith("NETWORK ")]
        net += [f"syscall: {line}" for line in _network_syscalls(trace)]
        problems.extend(user_error_problems(r.stderr) + [f"network attempt by {args[0]}: {n}" for n in net])
        if r.returncode != 0:
            problems.append(
                f"{' '.join(args[:2])} failed without network (exit {r.returncode}): {r.stderr.strip()[-300:]}"
            )
        ran.append(" ".join(a for a in args[:2] if not a.startswith("/")))
        return r

    principal, name, title, role = HEAD
    out = tmp_path / "export"
    trust = tmp_path / "station_allowed_signers"
    krl = tmp_path / "station.krl"
    answers = tmp_path / "answers.json"
    run("ingest", str(src))
    run("station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    run(
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
        stdin=f"{PASSPHRASE}\n{STATION_PASSPHRASE}\n",
    )
    run("policy", "set", "require_full_view", "false")
    items = json.loads(run("checklist", "show", "--json").stdout or '{"items": []}')["items"]
    answers.write_text(json.dumps({i["id"]: {"result": "pass", "note": ""} for i in items}), encoding="utf-8")
    run(
        "sign",
        "pol-1",
        "--decision",
        "approve",
        "--checklist",
        str(answers),
        "--principal",
        principal,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    run("verify", "--files")
    run("station", "trust", "--out", str(trust))
    run("station", "revocations", "--out", str(krl))
    run("export", "pol-1", "--out", str(out), "--as", principal, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    run("verify-package", str(out), "--trust", str(trust), "--revocations", str(krl))
    run("verify")
    if not (out / "SHA256SUMS.sig").is_file():
        problems.append("no signed approval package was exported")
    proof.note("network_namespace_signoff", "unshare -n" + (" under strace" if strace else "") + ": " + ", ".join(ran))
    proof.trial(
        problems,
        label="station init, keys init, sign, verify, trust, revocations, export, verify-package "
        "--trust in a network namespace without network",
    )
    proof.assert_clean()


def test_the_desk_in_a_network_namespace_without_network(tmp_path, proof):
    """The desk window (Qt, libvlc playing a clip) runs without any network and tries none.

    Needs a display (make test runs under Xvfb; the X server is reached through its Unix socket,
    which crosses network namespaces) and root for ``unshare -n``. Under strace, a connect() from
    Qt or libvlc's C code would be seen too.
    """
    import os
    import signal
    import time

    reason = _can_unshare()
    if reason:
        pytest.skip(reason)
    if not os.environ.get("DISPLAY"):
        pytest.skip("no X display (run under xvfb-run, as make test does)")
    src = _sources(tmp_path / "in")
    home = tmp_path / "home"
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--home", str(home), "ingest", str(src)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    strace = shutil.which("strace")
    trace = tmp_path / "strace.log"
    cmd = _without_network(trace) + [sys.executable, str(ROOT / "main.py"), "--home", str(home)]
    desk = subprocess.Popen(
        cmd, cwd=ROOT, env=child_env(QT_QPA_PLATFORM="xcb"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    # The window opens on the top clip paused on its first frame; let it settle, then close it
    # the way a window manager does (SIGTERM closes the window normally).
    # No signal crosses the process boundary to say the frame is up: give it a generous moment
    # (the desk shows its first frame within ~2 s here).
    time.sleep(8)
    still_running = desk.poll() is None
    target = desk.pid
    if strace:
        # Signal the desk itself, not strace: find strace's child python.
        try:
            children = open(f"/proc/{desk.pid}/task/{desk.pid}/children").read().split()
            target = int(children[0]) if children else desk.pid
        except OSError:
            pass
    os.kill(target, signal.SIGTERM)
    try:
        out, err = desk.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        desk.kill()
        out, err = desk.communicate()
    problems = user_error_problems(err)
    if not still_running:
        problems.append(f"the desk exited by itself without network (exit {desk.returncode}): {err.strip()[-300:]}")
    problems += [f"network attempt: {n}" for n in _network_syscalls(trace)]
    proof.note("network_namespace_desk", "unshare -n" + (" under strace" if strace else "") + ": the desk window")
    proof.trial(problems, label="the desk in a network namespace without network")
    proof.assert_clean()
