"""Every setting of the desk, declared once with its type and default (as Picard's options.py).

Settings live in ``<home>/config.toml``. Nothing else reads settings ad hoc: code receives a
``Settings`` instance from the composition root. Unknown keys in the file are kept (a newer
version may have written them) but ignored; a wrong type is a one-line ``UsageError``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reviewer import APP_NAME
from reviewer.core.limits import MAX_CPS, MAX_LINE
from reviewer.core.platforms import POST_TEXT_LIMITS
from reviewer.errors import UsageError


class Settings:
    """The desk's settings with their defaults; ``Settings.load(home)`` reads config.toml.

    Each setting is an annotated class attribute holding its default (the one mutable default,
    ``platform_limits``, is copied per instance). A plain class, not a dataclass: this module is
    read before the desk's window is first painted, and generating a dataclass's methods for
    these fields (with the dataclasses module's import) was a tenth of what the desk adds to a
    bare Qt window's start (bench.desk cold start).
    """

    language: str = ""  # "" = follow the system locale; "vi" or "en"
    volume: int = 80
    muted: bool = False
    subtitle_overlay: bool = True
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    splitter_main: str = ""
    platform_limits: dict[str, int]  # per platform, characters (default: POST_TEXT_LIMITS, copied per instance)
    checklist: str = "default"
    keyring_timeout_s: float = 10.0
    person: str = ""  # principal of the person at this workstation's desk; "" = ask (never the OS user)
    cert_validity_days: int = 730  # how long a signer's certificate from the station is valid
    desk_person: str = ""  # who last sat at this workstation's desk (an enrolled principal); "" = ask
    # Where the desk draws captions over the video: "top" or "bottom". At the top by default: a news
    # clip's burned-in lower third (names, titles: what the head checks first) stays readable.
    caption_position: str = "top"
    coverage_tolerance_ms: int = 250
    verify_workers: int = 0  # processes for `reviewer verify` on large libraries; 0 = one per CPU core
    caption_max_cps: float = MAX_CPS  # caption warnings: reading speed over this many characters per second
    caption_max_line: int = MAX_LINE  # caption warnings: a line longer than this many characters
    zip_max_members: int = 2000
    zip_max_total_bytes: int = 8 * 1024**3
    zip_max_ratio: float = 200.0
    max_clip_bytes: int = 16 * 1024**3
    # Publications and statistics: the station's time zone (times in export files carry none),
    # the pattern that finds a clip's code in a post text (one group = the clip id), and how far
    # apart in hours a row's publish time may be from a clip's to be suggested for it.
    stats_timezone: str = "Asia/Ho_Chi_Minh"
    stats_clip_code_pattern: str = r"(?:mã\s*clip|mã|clip|code)\s*[:#]\s*([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])"
    stats_match_window_h: float = 48.0

    def __init__(self) -> None:
        self.platform_limits = dict(POST_TEXT_LIMITS)

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{name}={getattr(self, name)!r}' for name in SETTING_NAMES)})"

    @classmethod
    def load(cls, home: Path) -> "Settings":
        """Read ``home/config.toml`` (missing file = defaults)."""
        path = home / "config.toml"
        settings = cls()
        if not path.exists():
            return settings
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{path}: cannot read settings: {exc}") from None
        data = _remembered(home, text)
        if data is None:
            import tomllib

            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                raise UsageError(f"{path}: cannot read settings: {exc}") from None
            _remember(home, text, data)
        for name in SETTING_NAMES:
            if name not in data:
                continue
            value = data[name]
            default = getattr(settings, name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool)
                value = float(value) if ok else value
            elif isinstance(default, int):
                ok = isinstance(value, int) and not isinstance(value, bool)
            elif isinstance(default, dict):
                ok = isinstance(value, dict)
                if ok:
                    merged = dict(default)
                    merged.update(value)
                    value = merged
            else:
                ok = isinstance(value, str)
            if not ok:
                raise UsageError(f"{path}: setting '{name}' should be {type(default).__name__}")
            setattr(settings, name, value)
        return settings

    def save(self, home: Path) -> None:
        """Write all settings to ``home/config.toml`` atomically."""
        import tomli_w  # only when saving: the desk's window is on screen before anything is saved

        path = home / "config.toml"
        data: dict[str, Any] = {name: getattr(self, name) for name in SETTING_NAMES}
        text = tomli_w.dumps(data)
        tmp = path.with_suffix(".toml.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        _remember(home, text, data)


# config.toml as last read or written, beside what it holds, as Python literals (home/tmp): the
# next start reads it back with ast.literal_eval (safe: literals only) and compares the text, so an
# edited config.toml is always parsed again. Importing tomllib costs ~4 ms before the desk's
# window is first painted (its regular expressions are compiled at import; bench.desk), for a
# file that changes when the desk saves it (window geometry) or someone edits it.
_REMEMBERED = ("tmp", "config.toml.read")


def _remembered(home: Path, text: str) -> dict[str, Any] | None:
    """What config.toml's ``text`` holds, if it is the text last read or written; else None."""
    import ast

    try:
        kept = (home.joinpath(*_REMEMBERED)).read_text(encoding="utf-8")
        kept_text, data = ast.literal_eval(kept)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    return data if kept_text == text and isinstance(data, dict) else None


def _remember(home: Path, text: str, data: dict[str, Any]) -> None:
    """Keep ``text`` and ``data`` for :func:`_remembered` (quietly nothing where they cannot be
    written as literals, e.g. a TOML date, or where the home is read-only)."""
    import ast

    blob = repr((text, data))
    try:
        if ast.literal_eval(blob) != (text, data):
            return
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return
    path = home.joinpath(*_REMEMBERED)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two desks saving at once never share it
    try:
        tmp.write_text(blob, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


# The settings' names in their order of declaration (what config.toml may hold).
SETTING_NAMES: tuple[str, ...] = tuple(Settings.__annotations__)


def resolve_home(arg: str | None) -> Path:
    """The data home: ``--home``, else ``REVIEWER_HOME``, else the platform's user data dir."""
    raw = arg or os.environ.get("REVIEWER_HOME")
    if not raw:
        import platformdirs  # only when no home is given

        raw = platformdirs.user_data_dir(APP_NAME, appauthor=False)
    home = Path(raw).expanduser().resolve()
    try:
        home.mkdir(parents=True, exist_ok=True)
        for sub in ("media", "thumbs", "logs", "checkpoints", "tmp", "checklists"):
            (home / sub).mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot use {home} as the data home: {exc.strerror or exc}") from None
    return home


def resolve_db_url(arg: str | None, home: Path) -> str:
    """``--db``, else ``REVIEWER_DB``, else SQLite ``reviewer.db`` in the home."""
    return arg or os.environ.get("REVIEWER_DB") or f"sqlite:///{home / 'reviewer.db'}"


def resources_dir() -> Path:
    """The shipped resources folder (checklists, translations, icons)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
