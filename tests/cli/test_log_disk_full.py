"""A log line that cannot be written (the disk is full) never reaches the terminal as a traceback."""

from __future__ import annotations

import errno
import logging
import logging.handlers

from reviewer.services import setup_logging


def test_a_log_line_that_cannot_be_written_is_dropped_without_a_traceback(tmp_path, capfd):
    (tmp_path / "logs").mkdir()
    root = logging.getLogger("reviewer")
    saved = root.handlers[:]
    root.handlers = []
    try:
        setup_logging(tmp_path)
        [log_file] = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]

        def disk_full(_record):
            raise OSError(errno.ENOSPC, "No space left on device")

        log_file.shouldRollover = disk_full  # called first by every emit
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            logging.getLogger("reviewer.media.probe").warning("first-frame still not written", exc_info=True)
        err = capfd.readouterr().err
        assert "Traceback" not in err and "Logging error" not in err, err
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = saved
