"""One malloc arena for all threads of a run (Linux)."""

from __future__ import annotations

import sys


def one_malloc_arena() -> None:
    """On Linux, one malloc arena for all threads, not one per thread.

    The files are parsed on reader threads (and a big sheet's pieces on two
    more); glibc gives each thread an arena of its own, and what one thread
    frees (calamine's copy of a piece, a piece before it is joined) is not
    reused by the others. How much is left stranded depends on which thread
    ran when: a 100k-row run's peak varied by some 20 MB from one run to the
    next with an arena per thread, and not at all with one, no slower
    (Python's own small objects never go through it; benchmarks/README.md)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(-8, 1)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc: nothing to tune
        pass
