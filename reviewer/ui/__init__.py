"""The review desk: Qt widgets only (each gets its model or service in ``__init__``)."""

from reviewer.ui.qtfix import make_singletons_immortal

# Before any Qt object exists (tests import widgets without going through run_desk).
make_singletons_immortal()
