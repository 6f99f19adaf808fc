"""Composition root: parse arguments, early checks, logging, build services, start Qt or the CLI."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reviewer.config import Settings, resolve_db_url, resolve_home
from reviewer.errors import ReviewerError

log = logging.getLogger("reviewer")


@dataclass
class Services:
    """Everything the CLI and the desk use, built once from the home folder."""

    home: Path
    settings: Settings
    db: object
    library: object
    store: object
    ingest: object
    person: str
    signing: object = None  # storage.signing.SigningRepository
    keystore: object = None  # security.keystore.KeyStore (OS keyring, checked on first use)
    signoff: object = None  # core.signoff.SignoffService
    verifier: object = None  # core.verification.Verifier
    exporter: object = None  # core.export.Exporter

    def close(self) -> None:
        """Release database connections."""
        self.db.dispose()


def current_person(settings: Settings) -> str:
    """Who is at the desk: the configured principal, else the OS user name."""
    if settings.person:
        return settings.person
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def setup_logging(home: Path, verbose: bool = False) -> None:
    """Log to ``<home>/logs/reviewer.log`` (rotated); warnings also to stderr when verbose."""
    import logging.handlers  # here: the desk's window is on screen before this is needed

    root = logging.getLogger("reviewer")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        fh = logging.handlers.RotatingFileHandler(home / "logs" / "reviewer.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(fh)
    except OSError:
        pass
    if verbose:
        sh = logging.StreamHandler(sys.stderr)
        sh.setLevel(logging.DEBUG)
        root.addHandler(sh)


def build_services(home_arg: str | None, db_arg: str | None) -> Services:
    """Open (and migrate) the library in the home folder and wire the services."""
    from reviewer.core.ingest import IngestService
    from reviewer.media import captions, packages, probe
    from reviewer.media.store import MediaStore
    from reviewer.storage.db import Database
    from reviewer.storage.library import Library

    home = resolve_home(home_arg)
    settings = Settings.load(home)
    setup_logging(home)
    db = Database(resolve_db_url(db_arg, home))
    db.upgrade()
    store = MediaStore(home)
    store.clean_stale()
    library = Library(db, home)
    person = current_person(settings)
    limits = packages.ZipLimits(settings.zip_max_members, settings.zip_max_total_bytes, settings.zip_max_ratio)
    ingest = IngestService(
        library=library,
        store=store,
        probe=probe.probe,
        thumbnail=probe.make_thumbnail,
        parse_captions=lambda name, raw, language=None: captions.parse_caption_file(name, raw, language=language),
        decode_text=captions.decode_caption_bytes,
        extract_package=lambda path, tmp: packages.extract_package(path, tmp, limits),
        actor=person,
        max_clip_bytes=settings.max_clip_bytes,
    )
    signing, keystore, signoff, verifier, exporter = build_signing(home, settings, library, person)
    return Services(home=home, settings=settings, db=db, library=library, store=store, ingest=ingest, person=person,
                    signing=signing, keystore=keystore, signoff=signoff, verifier=verifier, exporter=exporter)


def build_signing(home: Path, settings: Settings, library, person: str):
    """The sign-off services: repository, keyring store, signing, verification, export."""
    from reviewer import __version__
    from reviewer.config import resources_dir
    from reviewer.core.checklist import active_template
    from reviewer.core.export import Exporter
    from reviewer.core.signoff import SignoffService
    from reviewer.core.verification import Verifier
    from reviewer.security.keystore import KeyStore
    from reviewer.security.signer import SshCrypto
    from reviewer.storage.signing import SigningRepository

    def render_certificate(facts, folder):
        # Qt is imported only when a certificate is actually rendered.
        try:
            from reviewer.media.certificate import render_certificate as render
        except ImportError as exc:
            raise ReviewerError(f"Qt is not available to lay out the PDF ({exc})") from None
        return render(facts, folder)

    signing = SigningRepository(library.db, library)
    keystore = KeyStore(timeout=settings.keyring_timeout_s)
    crypto = SshCrypto()
    signoff = SignoffService(
        repo=signing,
        library=library,
        crypto=crypto,
        vault=keystore,
        template=lambda: active_template(home, resources_dir(), settings.checklist),
        home=home,
        namespace=settings.signature_namespace,
        coverage_tolerance_ms=settings.coverage_tolerance_ms,
        app_version=__version__,
        actor=person,
    )
    workers = settings.verify_workers or min(os.cpu_count() or 1, 8)
    verifier = Verifier(
        repo=signing, library=library, crypto=crypto, home=home, namespace=settings.signature_namespace,
        segment_runner=SegmentRunner(library.db.url, home, settings.signature_namespace, workers),
        workers=workers,
    )
    exporter = Exporter(signoff=signoff, verifier=verifier, render_certificate=render_certificate)
    return signing, keystore, signoff, verifier, exporter


class SegmentRunner:
    """Verifies chain segments in worker processes (spawned: safe beside Qt, threads and SQLite)."""

    def __init__(self, db_url: str, home: Path, namespace: str, workers: int) -> None:
        self.args = (db_url, str(home), namespace)
        self.workers = workers

    def __call__(self, segments: list) -> list:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(self.workers, len(segments)), mp_context=ctx) as pool:
            return list(pool.map(_verify_segment, [(*self.args, seg) for seg in segments]))


def _verify_segment(args):
    """Worker process: open the library read-only-in-practice and verify one segment."""
    db_url, home, namespace, segment = args
    from reviewer.core.verification import Verifier
    from reviewer.security.signer import SshCrypto
    from reviewer.storage.db import Database
    from reviewer.storage.library import Library
    from reviewer.storage.signing import SigningRepository

    db = Database(db_url)
    try:
        library = Library(db, Path(home))
        verifier = Verifier(repo=SigningRepository(db, library), library=library, crypto=SshCrypto(),
                            home=Path(home), namespace=namespace)
        return verifier.verify_segment(segment)
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``reviewer``: a sub-command runs headless, none opens the desk."""
    argv = list(sys.argv[1:] if argv is None else argv)
    offer = _package_to_offer(argv)
    if offer is not None:
        # `reviewer PACKAGE.zip` (a file manager's "Open with"): the desk, offering it for ingest.
        argv.remove(offer)
    args = _desk_only(argv)
    if args is None:
        from reviewer import cli

        try:
            args = cli.build_parser().parse_args(argv)
        except SystemExit as exc:  # argparse already printed its one-line usage error
            return int(exc.code or 0)
    else:
        cli = None
    try:
        if getattr(args, "command", None) is None:
            return open_desk(args, offer=[Path(offer)] if offer else None)
        return cli.run(args)  # type: ignore[union-attr] - a command came through the full parser
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
        print(f"reviewer: internal error: {type(exc).__name__}: {exc} (details in the log under the home's logs/)", file=sys.stderr)
        return 3


def _desk_only(argv: list[str]):
    """``[--home DIR] [--db URL]`` and nothing else: the desk, without building the whole command
    line (it is on screen sooner). Anything else goes through the full parser (None)."""
    import argparse

    values = {"home": None, "db": None}
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


def open_desk(args, *, demo: bool = False, offer=None) -> int:
    """Open the review desk (Qt) on the home's library."""
    if sys.platform.startswith("linux") and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        # libvlc can only embed into an X11 window: run Qt through XWayland.
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    from reviewer.ui.desk import run_desk

    home = resolve_home(args.home)
    # The window is shown first; the library (heavy imports, migrations) opens after its first
    # paint, and the desk closes the services it built. The log is set up right after the paint,
    # before the player starts (it may speak before the library is open).
    return run_desk(lambda: _services_for_desk(args.home, args.db), demo=demo, home=home, offer=offer,
                    db_url=resolve_db_url(args.db, home), after_paint=lambda: setup_logging(home))


def _services_for_desk(home_arg, db_arg) -> Services:
    """The desk's services; a checkpoint file lost to a crash of the last desk is written again."""
    services = build_services(home_arg, db_arg)
    try:
        restored = services.signoff.restore_checkpoint_file()
    except (OSError, ReviewerError) as exc:  # the desk still opens; `reviewer verify` will say it
        log.warning("could not restore the newest checkpoint file: %s", exc)
    else:
        if restored is not None:
            log.info("restored %s from the audit chain (the last desk stopped before writing it)", restored.name)
    return services

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
