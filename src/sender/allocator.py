"""The C allocator's handling of large buffers, set once when a node process starts.

A live rendition allocates a segment's bytes (hundreds of KiB to a few MiB)
every segment target and frees the one that left memory. glibc's malloc serves
a block that large with its own mapping, unmapped when freed, but it raises
that threshold to the size of each such block freed (up to 32 MiB), after
which segment-sized blocks come from the heap, and the holes they leave keep
the process's memory high: measured with the native backend, 5.7 MB added per
4 Mbit/s stream with the dynamic threshold against 5.0 MB with a fixed one
(docs/benchmarks.md, "Media backends"). A fixed threshold keeps large blocks
in mappings of their own, returned to the system as soon as they are freed;
the cost is one mmap and munmap per segment.

Only glibc has the knob (`mallopt`); elsewhere nothing changes. An operator's
own `MALLOC_MMAP_THRESHOLD_` wins.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
LARGE_BLOCK = 128 * 1024  # glibc's default threshold, kept fixed


def keep_large_blocks_mapped(threshold: int = LARGE_BLOCK) -> bool:
    """Fix glibc's mmap threshold at `threshold` bytes; True when it was set."""
    if "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        libc.gnu_get_libc_version  # noqa: B018  (glibc only: other C libraries lack it)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(M_MMAP_THRESHOLD, threshold))
    log.debug("malloc: large blocks (%d bytes and more) mapped on their own: %s", threshold, done)
    return done
