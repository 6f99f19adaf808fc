"""Settings in config.toml: defaults, types, and the text remembered beside what it holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.config import SETTING_NAMES, Settings, resolve_home
from reviewer.errors import UsageError


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return resolve_home(str(tmp_path / "home"))


def _values(settings: Settings) -> dict:
    return {name: getattr(settings, name) for name in SETTING_NAMES}


def test_a_missing_file_gives_the_defaults(home: Path) -> None:
    assert _values(Settings.load(home)) == _values(Settings())


def test_what_is_saved_is_read_back(home: Path) -> None:
    s = Settings()
    s.language = "vi"
    s.volume = 35
    s.keyring_timeout_s = 2.5
    s.platform_limits["zalo"] = 1500
    s.desk_person = "giamdoc@dai.vn"
    s.save(home)
    assert _values(Settings.load(home)) == _values(s)
    # Read again from a new process's view: the text is remembered, the values are the same.
    assert _values(Settings.load(home)) == _values(s)


def test_a_hand_edit_is_always_read(home: Path) -> None:
    """The remembered values are used only for the very text they came from: an edit of the same
    length, or one made after the desk saved, is parsed again."""
    s = Settings()
    s.language = "vi"
    s.save(home)
    assert Settings.load(home).language == "vi"
    path = home / "config.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('language = "vi"', 'language = "en"'), encoding="utf-8")
    assert Settings.load(home).language == "en"
    path.write_text("volume = 12\n[platform_limits]\ntiktok = 99\n", encoding="utf-8")
    loaded = Settings.load(home)
    assert (loaded.volume, loaded.language, loaded.platform_limits["tiktok"]) == (12, "", 99)
    assert loaded.platform_limits["youtube"] == Settings().platform_limits["youtube"]


def test_a_damaged_or_foreign_remembered_file_is_ignored(home: Path) -> None:
    (home / "config.toml").write_text('language = "en"\nvolume = 40\n', encoding="utf-8")
    kept = home / "tmp" / "config.toml.read"
    for junk in ("", "not python", "__import__('os').system('false')", "('other text', {'volume': 1})", "\x00\xff"):
        kept.write_text(junk, encoding="utf-8", errors="surrogateescape")
        loaded = Settings.load(home)
        assert (loaded.language, loaded.volume) == ("en", 40)
    # Parsed again, it is remembered again.
    assert kept.read_text(encoding="utf-8").startswith("('language")


def test_values_that_are_not_literals_are_not_remembered(home: Path) -> None:
    """A TOML date (an unknown key a newer version may write) is read, never remembered."""
    (home / "config.toml").write_text("volume = 41\nwritten = 2026-11-30T08:00:00Z\n", encoding="utf-8")
    assert Settings.load(home).volume == 41
    assert not (home / "tmp" / "config.toml.read").exists()
    assert Settings.load(home).volume == 41


def test_a_read_only_place_for_the_remembered_text_changes_nothing(home: Path) -> None:
    (home / "tmp").rmdir()
    (home / "tmp").write_text("a file where the folder was", encoding="utf-8")
    s = Settings()
    s.volume = 7
    s.save(home)
    assert Settings.load(home).volume == 7


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("volume = 'loud'\n", "setting 'volume' should be int"),
        ("muted = 1\n", "setting 'muted' should be bool"),
        ("language = \n", "cannot read settings"),
    ],
)
def test_a_wrong_file_is_one_line(home: Path, text: str, message: str) -> None:
    (home / "config.toml").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        Settings.load(home)
    assert message in err.value.message and "\n" not in err.value.message
    # The same text again (nothing remembered for a wrong file): the same message.
    with pytest.raises(UsageError):
        Settings.load(home)


def test_a_start_after_a_save_does_not_parse_toml(home: Path) -> None:
    """What the remembered text is for: the desk's start reads settings without tomllib's import
    (its regular expressions are compiled at import, before the window's first paint)."""
    s = Settings()
    s.language = "vi"
    s.save(home)
    probe = (
        "import sys; from pathlib import Path; from reviewer.config import Settings; "
        f"s = Settings.load(Path({str(home)!r})); print(s.language, 'tomllib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["vi", "False"]
    (home / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["en", "True"]
