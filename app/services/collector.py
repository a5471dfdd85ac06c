"""Pausing Python's cyclic garbage collector around bulk loads, safely from any thread.

Building tens of thousands of acyclic rows sets off collections that walk the whole
heap, repeatedly; pausing the collector meanwhile halves such loads. The pause is
counted, so overlapping loads on several threads resume it only when the last ends, and
it never freezes objects: rows replaced by a reload stay collectable.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False
_startup_frozen = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()


def freeze_startup_heap() -> None:
    """Move the objects alive after start-up (modules, classes, the shell) out of the
    collector's full passes, once: later collections then walk only what panes load."""
    global _startup_frozen
    if not _startup_frozen:
        _startup_frozen = True
        gc.freeze()
