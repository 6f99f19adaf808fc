"""Child-process drivers for the reliability trials (run as ``python -m tests.reliability.driver``).

``ingest HOME ITEM...``
    Open the library in HOME, print ``READY``, then ingest the items one by one and after each
    commit print ``COMMITTED <clip_id> <sha256>`` (flushed), so a parent that kills this process
    knows exactly which clips the library promised to keep. ``DONE`` at the end.

``cli ARG...``
    Run ``reviewer ARG...`` with a Python audit hook that reports every network attempt
    (connect, sendto, getaddrinfo to anything but a Unix socket) as a ``NETWORK ...`` line on
    stderr; exits with reviewer's exit code.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def ingest(home: str, items: list[str]) -> int:
    """See the module docstring."""
    from reviewer.app import build_services

    services = build_services(home, None)
    _say("READY")
    try:
        for item in items:
            for r in services.ingest.ingest([Path(item)]):
                if r.result in ("ingested", "new_version"):
                    sha = services.library.version(r.clip_id, r.version).sha256
                    _say(f"COMMITTED {r.clip_id} {sha}")
                elif r.result == "duplicate":
                    _say(f"DUPLICATE {r.clip_id}")
                else:
                    _say(f"REJECTED {r.reason}")
    finally:
        services.close()
    _say("DONE")
    return 0


def _network_hook(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        family = getattr(sock, "family", None)
        if family != getattr(socket, "AF_UNIX", object()):
            sys.stderr.write(f"NETWORK {event} {args[1:]!r}\n")
    elif event == "socket.getaddrinfo":
        sys.stderr.write(f"NETWORK {event} {args!r}\n")


def cli(argv: list[str]) -> int:
    """See the module docstring (``--canary`` instead tries one connection, to test the test)."""
    sys.addaudithook(_network_hook)
    if argv == ["--canary"]:
        try:
            socket.create_connection(("192.0.2.1", 9), timeout=1)
        except OSError:
            pass
        return 0
    from reviewer.app import main

    return main(argv)


def main(argv: list[str]) -> int:
    """Dispatch ``ingest`` or ``cli``."""
    if argv[:1] == ["ingest"] and len(argv) >= 2:
        return ingest(argv[1], argv[2:])
    if argv[:1] == ["cli"]:
        return cli(argv[1:])
    sys.stderr.write("usage: python -m tests.reliability.driver ingest HOME ITEM... | cli ARG...\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
