"""Before a large piece of work on a worker thread: what lives now leaves the collector's sight.

A worker that makes many objects (reading a returned workbook, a month of police.uk crime)
sets off full garbage collections, and a full collection walks every object the collector
tracks while holding the interpreter: on the large database each held the window 70-90 ms
(measured in both imports). ``gc.freeze()`` moves what lives now (the tracker's rows, the
places) out of its sight, so those collections walk only the work's own objects. Start-up
does the same once it has loaded (tasking.ui.app).

A young collection first frees the recent cyclic garbage; what is older garbage at that moment
is kept rather than freed (start-up's freeze makes the same trade).
"""

from __future__ import annotations

import gc


def set_aside_what_lives() -> None:
    """Call on the GUI thread just before handing a large piece of work to a worker."""
    gc.collect(1)  # the young generations: a few milliseconds
    gc.freeze()
