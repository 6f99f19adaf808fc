"""Entry point of ``reviewer``: decides between the desk and the command line.

The services are built by the composition root (:mod:`reviewer.services`); this module hands
its factories to the CLI (:func:`reviewer.cli.run`) and to the desk (:mod:`reviewer.ui.launch`),
so the command line never imports the desk. Imports stay light: the desk's window is on screen
before the library's heavy imports start.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.errors import ReviewerError

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("reviewer")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``reviewer``: a sub-command runs headless, none opens the desk."""
    argv = list(sys.argv[1:] if argv is None else argv)
    offer = _package_to_offer(argv)
    if offer is not None:
        # `reviewer PACKAGE.zip` (a file manager's "Open with"): the desk, offering it for ingest.
        argv.remove(offer)
    args = _desk_only(argv)
    try:
        if args is not None:
            return open_desk(args, offer=[Path(offer)] if offer else None)
        from reviewer import cli
        from reviewer.services import build_services

        try:
            args = cli.build_parser().parse_args(argv)
        except SystemExit as exc:  # argparse already printed its one-line usage error
            return int(exc.code or 0)
        if args.command is None:
            return open_desk(args, offer=[Path(offer)] if offer else None)
        return cli.run(args, services_factory=build_services, open_desk=open_desk)
    except ReviewerError as exc:
        print(f"reviewer: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one hook for bugs: log the traceback, tell the user one line
        log.exception("internal error")
        print(
            f"reviewer: internal error: {type(exc).__name__}: {exc} (details in the log under the home's logs/)",
            file=sys.stderr,
        )
        return 3


def _desk_only(argv: list[str]) -> argparse.Namespace | None:
    """``[--home DIR] [--db URL]`` and nothing else: the desk, without building the whole command
    line (it is on screen sooner). Anything else goes through the full parser (None)."""
    import argparse  # here: the desk's window is on screen before the command line is needed

    values: dict[str, str | None] = {"home": None, "db": None}
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        name, eq, value = option.partition("=")
        if name not in ("--home", "--db") or values[name[2:]] is not None:
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if not value:
            return None
        values[name[2:]] = value
    return argparse.Namespace(command=None, **values)


def _package_to_offer(argv: list[str]) -> str | None:
    """The .zip file given in place of a command, if any (it is offered in the desk's Add clips)."""
    for i, arg in enumerate(argv):
        if arg in ("--home", "--db"):
            continue
        if arg.startswith("-") or (i and argv[i - 1] in ("--home", "--db")):
            continue
        return arg if arg.lower().endswith(".zip") and Path(arg).is_file() else None
    return None


def open_desk(args: argparse.Namespace, *, demo: bool = False, offer: list[Path] | None = None) -> int:
    """Open the review desk (Qt) on the library of ``args.home`` / ``args.db``."""
    from reviewer.ui.launch import open_desk as launch

    # The window is shown first; the library (heavy imports, migrations) opens after its first
    # paint, and the desk closes the services it built. The composition root is imported there
    # too, not here: it is not needed to paint the window.
    def desk_services(home: str | None, db: str | None) -> Any:
        from reviewer.services import services_for_desk as build

        return build(home, db)

    def start_log(home: Path) -> None:
        from reviewer.services import setup_logging as setup

        setup(home)

    return launch(args.home, args.db, services_factory=desk_services, demo=demo, offer=offer, after_paint=start_log)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
