"""Where an .xlsx keeps its sheets: workbook.xml names each sheet and its
rels say which part holds it (anywhere: calamine follows them)."""

from __future__ import annotations

import zipfile

from defusedxml import ElementTree

from iku_excel.reading.errors import ReadError, fail
from iku_excel.reading.limits import CHUNK
from iku_excel.reading.xml_safety import dangerous

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def sheet_paths(package: zipfile.ZipFile) -> dict[str, str]:
    book = ElementTree.fromstring(package.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{_PKG_REL}Relationship")}
    paths = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        target = target.lstrip("/")
        paths[sheet.get("name")] = target if target.startswith("xl/") else f"xl/{target}"
    return paths


def sheet_head(xml: bytes) -> bytes:
    """The part of a sheet before its cells: <cols> is there."""
    end = xml.find(b"<sheetData")
    return xml if end < 0 else xml[:end]


def sheet_names(package: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> sheet name as staff see it (xlsx only; best effort)."""
    try:
        head = package.open("xl/workbook.xml").read(CHUNK)
        if dangerous(head):
            fail("berkas_xml_berbahaya", bagian="xl/workbook.xml")
        return {path: name for name, path in sheet_paths(package).items()}
    except ReadError:
        raise
    except Exception:  # noqa: BLE001
        return {}
