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
    if b"\x00" in head:
        return BINARY
    return TEXT


def is_encrypted_ole(data: bytes) -> bool:
    """A password-protected xlsx is an OLE file holding an EncryptedPackage stream."""
    return "EncryptedPackage".encode("utf-16-le") in data


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "utf-16", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""
