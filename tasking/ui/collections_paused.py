"""Big reads without the garbage collector's full passes in the middle.

Reading 30,000 tracker rows makes a few hundred thousand tuples; every 700 of them the
collector runs, and now and then a full pass over the whole heap (60-100 ms each, holding the
interpreter and so the window). The rows hold only plain values (no cycles to find), so the
collector is paused while they are made; then the garbage made meanwhile is swept once (young
objects only: cheap), on the worker, and what lives on is frozen (``gc.freeze``: later passes
skip it, as the window does after start), so the window's next passes do not walk it.
Objects are still freed as ever when the last reference goes (all a tracker row needs).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collections_paused() -> Iterator[None]:
    """No collections inside; then one pass over the young objects only (cheap: it leaves the
    long-lived heap alone) and what survived it frozen, so the window does not pay for it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect(0)
        gc.freeze()
        if was_enabled:
            gc.enable()
