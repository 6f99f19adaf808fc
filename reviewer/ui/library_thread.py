"""The library opened off the GUI thread while the desk's window is already on screen.

Its own module: the first use of PySide6's QThread type builds its enums (~1 ms), which the
window's first paint need not wait for (reviewer.ui.desk imports this after it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal

from reviewer.errors import ReviewerError

log = logging.getLogger(__name__)


class LibraryThread(QThread):
    """Opens the library (heavy imports, migrations) off the GUI thread.

    Meanwhile the GUI thread shows the window and puts the top clip on screen; libvlc decodes on
    threads of its own. The services are handed over (queued) when ready.

    Signals:
        ready(object): the services.
        failed(str, int): a ReviewerError's message and exit code.
        crashed(object): any other exception (reported by the desk's error hook).
    """

    ready = Signal(object)
    failed = Signal(str, int)
    crashed = Signal(object)

    def __init__(self, factory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory

    def run(self) -> None:
        """Build the services (on this thread); hand them, or what went wrong, to the GUI thread."""
        try:
            services = self._factory()
        except ReviewerError as exc:
            self.failed.emit(exc.message, exc.exit_code)
            return
        except Exception as exc:  # shown by the desk's hook in the GUI thread
            log.exception("opening the library failed")
            self.crashed.emit(exc)
            return
        self.services = services  # closed by run_desk even if the window is gone by now
        self.ready.emit(services)
