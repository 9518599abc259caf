"""XML Excel never writes: DOCTYPE and ENTITY declarations carry entity
expansion ("billion laughs") and external entities (XXE)."""

from __future__ import annotations

from iku_excel.reading.errors import fail

# A declaration may straddle two chunks: this much of the last one is kept.
OVERLAP = 64
_DANGEROUS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"))


def dangerous(data: bytes) -> bool:
    if b"\x00" not in data[:4] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        if b"<!" not in data:  # UTF-8: one fast scan for the common case
            return False
        return b"<!DOCTYPE" in data or b"<!ENTITY" in data
    return any(word in data for word in _DANGEROUS)


def check_xml_text(data: bytes, where: str) -> None:
    if dangerous(data):
        fail("berkas_xml_berbahaya", bagian=where)

