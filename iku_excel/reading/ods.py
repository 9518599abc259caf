"""The OpenDocument check: what calamine will expand an .ods's tables to."""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

from iku_excel.reading.errors import ReadError, fail
from iku_excel.reading.extents import check_extent
from iku_excel.reading.limits import CHUNK
from iku_excel.reading.xml_safety import dangerous

log = logging.getLogger(__name__)

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def check_ods_content(stream: Any, part: zipfile.ZipInfo) -> int:
    """The filled area of every table in an OpenDocument content.xml: repeated
    rows and cells are counted as calamine will expand them. Their sum:
    calamine reads every table when it opens the file."""
    head = stream.read(CHUNK)
    if dangerous(head):
        fail("berkas_xml_berbahaya", bagian=part.filename)
    from defusedxml.ElementTree import iterparse

    source = _Rewound(head, stream)
    name, row, last_row, max_col, col, row_filled, repeat = "-", 0, 0, 0, 0, 0, 1
    areas: list[int] = []
    try:
        for event, element in iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == f"{_T}table":
                    name = element.get(f"{_T}name") or "-"
                    row = last_row = max_col = 0
                    areas.append(0)
                elif tag == f"{_T}table-row":
                    col = row_filled = 0
                    repeat = _int(element.get(f"{_T}number-rows-repeated"))
                continue
            if tag in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                col += _int(element.get(f"{_T}number-columns-repeated"))
                if element.get(f"{_O}value-type") is not None or len(element):
                    row_filled = col
                element.clear()
            elif tag == f"{_T}table-row":
                row += repeat
                if row_filled:
                    last_row, max_col = row, max(max_col, row_filled)
                    check_extent(name, last_row, max_col)
                    if areas:
                        areas[-1] = last_row * max_col
                element.clear()
    except Exception as exc:  # noqa: BLE001
        if isinstance(exc, ReadError):
            raise
        name = type(exc).__name__
        if "Entities" in name or "DTD" in name or "External" in name:
            fail("berkas_xml_berbahaya", bagian=part.filename)
        log.info("content.xml tidak dapat diperiksa", exc_info=exc)
        fail("berkas_rusak", alasan="isi XML rusak")
    return sum(areas)


class _Rewound(io.RawIOBase):
    """The stream again from its start, after its head was read for a look."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            size = len(self._head) if size is None or size < 0 else size
            out, self._head = self._head[:size], self._head[size:]
            return out
        return self._rest.read(size)


def _int(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1
