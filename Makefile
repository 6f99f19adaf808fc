# The two commands a new user needs: `make demo` and `make test`.
# `make setup` is idempotent and quick when nothing is missing.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
XVFB := xvfb-run -a -s "-screen 0 1600x1000x24"

# Debian/Ubuntu packages: libvlc with its video output, Qt's xcb libraries, a virtual screen,
# OpenSSH (ssh-keygen verifies exported approvals), and a Secret Service for the key store.
APT_PACKAGES := libvlc5 vlc-plugin-base vlc-plugin-video-output \
	libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 fonts-dejavu-core \
	xvfb xauth openssh-client dbus dbus-x11 gnome-keyring libsecret-1-0 imagemagick \
	postgresql poppler-utils strace desktop-file-utils

.PHONY: setup system venv translations bytecode demo install uninstall lint test test-fast bench proof clean

setup: system venv translations bytecode

system:
	@if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:$$missing"; \
	    SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
	    $$SUDO apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	  fi; \
	else \
	  echo "This is not a Debian/Ubuntu system. Install these (or your system's equivalents), then run make again:"; \
	  echo "  libVLC 3 with its base and video-output plugins, Qt 6 xcb libraries, Xvfb + xauth,"; \
	  echo "  OpenSSH client (ssh-keygen), D-Bus and GNOME Keyring (Secret Service), ImageMagick."; \
	  echo "  Debian names: $(APT_PACKAGES)"; \
	  exit 1; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -e ".[test]"
	@touch $(STAMP)

# One catalogue per language (resources/i18n/reviewer_<lang>.ts): folds in any other *_<lang>.ts,
# updates it from the sources with pyside6-lupdate, builds the .qm (tools/i18n_merge.py).
translations: venv
	@$(PY) tools/i18n_merge.py

# The program's own modules compiled once: every `reviewer` process (each CLI command, every child
# of the reliability trials) loads them from __pycache__ instead of compiling them again, also where
# PYTHONDONTWRITEBYTECODE is set. Quick when nothing changed; a stale file is recompiled by Python.
bytecode: venv
	@$(PY) -m compileall -q -j 0 reviewer tests bench

demo: setup
	$(VENV)/bin/reviewer demo

# The desk in the desktop's menus (user scope, no root): a .desktop entry that opens the desk,
# also for a .zip package ("Open with"), and its icon.
XDG_DATA_HOME ?= $(HOME)/.local/share
install: venv translations
	@install -D -m 644 resources/desktop/reviewer.svg "$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/reviewer.svg"
	@mkdir -p "$(XDG_DATA_HOME)/applications"
	@sed 's|@EXEC@|$(abspath $(VENV))/bin/reviewer|g' resources/desktop/reviewer.desktop.in > "$(XDG_DATA_HOME)/applications/reviewer.desktop"
	@chmod 644 "$(XDG_DATA_HOME)/applications/reviewer.desktop"
	@-command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(XDG_DATA_HOME)/applications" || true
	@-command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$(XDG_DATA_HOME)/icons/hicolor" || true
	@echo "Installed: $(XDG_DATA_HOME)/applications/reviewer.desktop (menu: Clip sign-off desk / Bàn duyệt clip)"

uninstall:
	@rm -f "$(XDG_DATA_HOME)/applications/reviewer.desktop" "$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/reviewer.svg"
	@echo "Removed the desk's menu entry and icon."

# Style, types and layer rules (the tools come with the test extras); exits non-zero on any report.
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

# The whole suite: under a private D-Bus session with an unlocked GNOME Keyring (the real
# Secret Service test) and Xvfb (real libvlc video output).
# A fresh XDG_DATA_HOME gives gnome-keyring a new login keyring (an old one would have another
# password and stay locked).
KEYRING_SESSION = dbus-run-session -- bash -c 'export XDG_DATA_HOME=$$(mktemp -d); \
	  echo -n ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
	  export REVIEWER_REQUIRE_SECRET_SERVICE=1;

test: setup
	$(KEYRING_SESSION) $(XVFB) $(PY) -m pytest -p no:cacheprovider $(PYTEST_ARGS)'

# Everything but real video, the real Secret Service, a PostgreSQL server, the reliability trials
# and the slowest modules (tests/conftest.py); `make test` runs all of them, in one process.
# Spread over the cores by pytest-xdist (TEST_FAST_WORKERS=0: one process, as before).
TEST_FAST_WORKERS ?= auto
test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider -n $(TEST_FAST_WORKERS) --dist worksteal \
	  -m "not video and not secret_service and not postgres and not trial and not slow" $(PYTEST_ARGS)

bench: setup
	$(XVFB) $(PY) -m bench

proof: setup
	$(KEYRING_SESSION) REVIEWER_PROOF=1 $(XVFB) $(PY) -m tests.reliability.proof $(PROOF_ARGS)'

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
