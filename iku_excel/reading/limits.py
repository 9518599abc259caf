"""What one input may hold, and one run: the numbers the guard and the
loader refuse beyond, and how they are said to staff."""

from __future__ import annotations

MB = 1024 * 1024
MAX_FILE_BYTES = 200 * MB          # one input file on disk
MAX_UNCOMPRESSED = 500 * MB        # all parts of one xlsx/ods together, unpacked
MAX_RATIO = 100                    # unpacked / packed, for a part ...
RATIO_FROM = 10 * MB               # ... that unpacks to more than this
MAX_PARTS = 10_000                 # entries in one zip package
MAX_ROWS = 1_000_000               # rows per sheet (Excel itself stops at 1,048,576)
MAX_COLUMNS = 16_384               # Excel's own limit (XFD)
MAX_CELLS = 10_000_000             # filled area (rows x columns) of one sheet
# Memory follows the area a sheet spans, not what it holds: calamine keeps a
# sheet as one dense block from its first cell to its last, and the grid
# starts at A1. A sheet whose area is more than SPARSE times its filled cells
# (and more than SPARSE_FROM cells) is looked at cell by cell: its stray
# cells far below or to the right are set aside (reading/strays.py).
SPARSE, SPARSE_FROM = 8, 100_000
# What a file, and all files of one run together, may spread over: the area
# of every sheet read (after stray cells are set aside), or the cells of a
# CSV, HTML or XML table. Within these a run stays under 1 GB of memory.
MAX_FILE_CELLS = 8_000_000
MAX_RUN_CELLS = 8_000_000


# XML is looked at this many bytes at a time (a part may unpack to 500 MB).
CHUNK = 4 * MB


def count_text(number: int) -> str:
    """12000000 -> '12.000.000': a number as staff read it."""
    return f"{number:,}".replace(",", ".")


def size_text(size: int) -> str:
    if size >= MB:
        return f"{count_text(round(size / MB))} MB"
    return f"{count_text(max(1, round(size / 1024)))} KB"


def limit_text() -> str:
    return f"{count_text(MAX_ROWS)} baris atau {count_text(MAX_CELLS)} sel per lembar"


# calamine holds an .xls three times over while it opens it: the cells as
# read, the dense block made of them, and every shared string; nothing of
# it in pieces. Each cell counts three times against the limits.
XLS_WEIGHT = 3
