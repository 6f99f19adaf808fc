"""Default limits the settings start from, in a module of their own.

The desk reads its settings (``reviewer.config``) before its window first appears; importing the
caption parser (and the domain model it needs) only for two numbers cost 40 ms of that start.
"""

from __future__ import annotations

MAX_CPS = 20.0
"""Default reading-speed limit, characters per second (the setting ``caption_max_cps``)."""
MAX_LINE = 42
"""Default line-length limit, characters (the setting ``caption_max_line``)."""
