"""What every command module shares: the parser class, ``--as``, building the services through
the factory :func:`reviewer.cli.run` was given, safe terminal text, JSON and times, a progress bar.

The command modules (:mod:`reviewer.cli`, ``reviewer.cli_*``) import this module, never one
another's private helpers, so the command line has no import cycle.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, NoReturn

from reviewer.errors import UsageError
from reviewer.services import NO_ONE

if TYPE_CHECKING:
    from reviewer.services import Services

ServicesFactory = Callable[[str | None, str | None], "Services"]
"""``factory(home_arg, db_arg)`` builds the services (:func:`reviewer.services.build_services`)."""


class Parser(argparse.ArgumentParser):
    """argparse with a one-line error and exit code 2 (no usage dump on every mistake)."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit with code 2 (argparse API)."""
        self.exit(2, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def add_actor_option(parser: argparse.ArgumentParser, *, principal_alias: bool = False) -> None:
    """``--as PRINCIPAL``: who is acting (recorded in the audit trail); ``--principal`` is its alias
    on the commands that had it."""
    names = ["--as", "--principal"] if principal_alias else ["--as"]
    parser.add_argument(
        *names,
        dest="as_person",
        metavar="PRINCIPAL",
        help="who acts (an enrolled person; default: the only enrolled person, else the workstation's configured one)",
    )


def services_for(args: argparse.Namespace, *, actor_required: bool = False) -> Services:
    """Build the services; with ``--as`` (or the default person) as the actor of every event.

    An unknown ``--as`` is refused. ``actor_required``: when several people are enrolled and none
    was named (nor configured for this workstation), refuse rather than guess; the OS account is
    never used. With nobody enrolled at all the actor is recorded as ``unidentified``. The
    factory is the one :func:`reviewer.cli.run` put on ``args``.
    """
    factory: ServicesFactory = args.services_factory
    services = factory(args.home, args.db)
    wanted = getattr(args, "as_person", None)
    try:
        if wanted:
            known = {k.principal for k in services.station.trust().keys.values()}
            if wanted not in known:
                raise UsageError(
                    f"--as {wanted}: no such enrolled person"
                    + (f" (enrolled: {', '.join(sorted(known))})" if known else " (no one is enrolled yet)")
                )
            services.set_actor(wanted)
        elif actor_required and services.person == NO_ONE:
            active = sorted(k.principal for k in services.station.trust().people() if k.active)
            if active:
                raise UsageError(f"say who you are with --as PRINCIPAL (enrolled: {', '.join(active)})")
    except BaseException:
        services.close()
        raise
    return services


_BIDI_AND_INVISIBLE = {
    0x200B,
    0x200C,
    0x200D,
    0x200E,
    0x200F,
    0x2028,
    0x2029,
    0x202A,
    0x202B,
    0x202C,
    0x202D,
    0x202E,
    0x2060,
    0x2066,
    0x2067,
    0x2068,
    0x2069,
    0xFEFF,
}


def tty(text: Any) -> str:
    r"""Text made safe to print on a terminal: control characters (escape sequences that could
    rewrite the screen), bidirectional overrides and invisible characters shown as ``\xNN`` /
    ``\uNNNN``, so a name, title or note can never disguise what is printed around it."""
    out = []
    for c in str(text):
        o = ord(c)
        if o < 0x20 or 0x7F <= o < 0xA0:
            out.append(f"\\x{o:02x}")
        elif o in _BIDI_AND_INVISIBLE:
            out.append(f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout, non-ASCII letters as they are."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def iso(dt: datetime | None) -> str | None:
    """``dt`` as ISO 8601 in UTC with a ``Z`` (None stays None)."""
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if dt else None


class ProgressBar:
    """A one-line progress bar on stderr when it is a terminal (silent otherwise)."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int, label: str) -> None:
        """Show ``done`` of ``total`` with ``label``."""
        if not self.enabled or total <= 0:
            return
        pct = min(100, done * 100 // total)
        if pct == self.last:
            return
        self.last = pct
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 40))
        filled = width * pct // 100
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {pct:3d}% {label[:30]:<30}")
        sys.stderr.flush()

    def close(self) -> None:
        """Clear the bar's line."""
        if self.enabled and self.last >= 0:
            sys.stderr.write("\r" + " " * 78 + "\r")
            sys.stderr.flush()
