"""The review desk: Qt widgets only (each gets its model or service in ``__init__``)."""

import PySide6.QtCore  # noqa: F401 - imported first here: its import hook is then made cheaper

from reviewer.ui import import_hook

import_hook.install()
