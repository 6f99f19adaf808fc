"""libVLC's own X11 window, told not to clear itself to black when it is uncovered.

On X11 libVLC draws into a child window it creates inside the widget it is given, with a black
background: whenever that window is exposed (the desk's cover over the run-up goes, the picture
is uncovered), the X server first clears it to black, and a paused libVLC shows its picture
again only at its next redisplay, 40-90 ms later (measured under Xvfb). The desk's cover shows
the clip's own frame 0 while the clip opens, so that clear was a black blink between two
pictures of the same frame. With no background ("None" in X terms), the server leaves what was
on screen — the cover's frame 0 — until libVLC draws over it.

Plain Xlib through ctypes, on a connection of our own (used from the GUI thread only); anything
missing (no libX11, no display) turns this into a no-op, reported once in the log.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from ctypes import POINTER, byref, c_char_p, c_int, c_uint, c_ulong, c_void_p

log = logging.getLogger(__name__)

_NONE = 0  # X11's None pixmap: "no background", exposed areas keep their contents


class _Xlib:
    """The few Xlib calls needed, with their C signatures."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = c_void_p
        lib.XOpenDisplay.argtypes = [c_char_p]
        lib.XQueryTree.restype = c_int
        lib.XQueryTree.argtypes = [
            c_void_p,
            c_ulong,
            POINTER(c_ulong),
            POINTER(c_ulong),
            POINTER(POINTER(c_ulong)),
            POINTER(c_uint),
        ]
        lib.XSetWindowBackgroundPixmap.argtypes = [c_void_p, c_ulong, c_ulong]
        lib.XFree.argtypes = [c_void_p]
        lib.XSync.argtypes = [c_void_p, c_int]
        lib.XSetErrorHandler.restype = c_void_p
        lib.XSetErrorHandler.argtypes = [c_void_p]
        self.lib = lib
        # A child may be destroyed by libVLC between our query and our change: Xlib's default
        # handler would end the process for that BadWindow. Ours ignores errors, and is in place
        # only while our own requests are sent and synced (Xlib's handler is process-wide).
        self._callback = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)(lambda _d, _e: 0)  # kept alive here
        self._handler = ctypes.cast(self._callback, c_void_p)
        display = lib.XOpenDisplay(None)
        if not display:
            raise OSError("cannot open the X display")
        self.display = display

    def children(self, window: int) -> list[int]:
        root, parent = c_ulong(), c_ulong()
        kids, count = POINTER(c_ulong)(), c_uint()
        if not self.lib.XQueryTree(self.display, window, byref(root), byref(parent), byref(kids), byref(count)):
            return []
        try:
            return [int(kids[i]) for i in range(count.value)]
        finally:
            if count.value:
                self.lib.XFree(kids)

    def keep_contents(self, window: int) -> None:
        self.lib.XSetWindowBackgroundPixmap(self.display, window, _NONE)

    def sync(self) -> None:
        self.lib.XSync(self.display, 0)


_xlib: _Xlib | None = None
_unavailable = False


def keep_contents_on_expose(parent_window: int) -> int:
    """Give every child window of ``parent_window`` (libVLC's picture window) no background, so
    that uncovering it keeps what is on screen until libVLC redraws; returns how many.

    X11 only (``DISPLAY`` set); elsewhere, or without libX11, 0 and nothing changes.
    """
    global _xlib, _unavailable
    if _unavailable or not os.environ.get("DISPLAY"):
        return 0
    if _xlib is None:
        try:
            _xlib = _Xlib()
        except (OSError, AttributeError) as exc:
            _unavailable = True
            log.info("libVLC's window keeps its black background (%s)", exc)
            return 0
    lib = _xlib.lib
    previous = lib.XSetErrorHandler(_xlib._handler)
    try:
        kids = _xlib.children(int(parent_window))
        for kid in kids:
            _xlib.keep_contents(kid)
        _xlib.sync()
    finally:
        lib.XSetErrorHandler(previous)
    return len(kids)
