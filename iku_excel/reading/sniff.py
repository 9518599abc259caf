"""What a file really is, from its first bytes: staff rename files, and web
apps export HTML or XML with an .xls name."""

from __future__ import annotations

from pathlib import Path

ZIP = "zip"            # xlsx, xlsm or ods (calamine tells them apart)
OLE = "ole"            # xls, or an encrypted (password-protected) xlsx
HTML = "html"
SPREADSHEETML = "spreadsheetml"  # Excel 2003 XML
TEXT = "text"          # csv / tsv
EMPTY = "empty"
BINARY = "binary"      # anything else: pdf, image, ...

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path, head: bytes | None = None) -> str:
    if head is None:
        with path.open("rb") as handle:
            head = handle.read(4096)
    if not head:
        return EMPTY
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if head.startswith(_OLE_MAGIC):
        return OLE
    text = _decode(head).lstrip("\ufeff \t\r\n").lower()
    if text.startswith("<?xml") or text.startswith("<workbook"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in text or "<workbook" in text:
            return SPREADSHEETML
        return BINARY
    if text.startswith(("<!doctype html", "<html", "<table", "<meta", "<head", "<body")):
        return HTML
    if b"\x00" in head and not _utf16(head) and not _stray_nul(path, head):
        return BINARY
    return TEXT


def _utf16(head: bytes) -> str | None:
    """'utf-16' and its byte order when `head` is UTF-16 text: a BOM, or a zero
    byte beside every ASCII character (Excel's "Unicode Text", a web export)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = head[:len(head) - len(head) % 2]
    half = len(head) // 2
    if half < 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _stray_nul(path: Path, head: bytes) -> bool:
    """A .csv with a few NUL bytes in otherwise plain text (a damaged copy, an
    export that padded a field): text with a flaw, read with a finding,
    not a binary file skipped."""
    if path.suffix.lower() not in (".csv", ".tsv"):
        return False
    controls = sum(head.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13, 26))
    return controls <= max(1, len(head) // 64)


def is_encrypted_ole(data: bytes) -> bool:
    """A password-protected xlsx is an OLE file holding an EncryptedPackage stream."""
    return "EncryptedPackage".encode("utf-16-le") in data


def _decode(data: bytes) -> str:
    wide = _utf16(data)
    if wide is not None:
        return data[:len(data) - len(data) % 2].decode(wide, errors="ignore")
    for encoding in ("utf-8", "utf-16", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""
