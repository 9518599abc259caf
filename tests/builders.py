"""Build small input workbooks the way staff keep them, with openpyxl."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl


def write_table(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                sheet: str = "Data", titles: Sequence[str] = ("DATA",),
                numbering: bool = False, footer: Sequence[Sequence[Any]] = (),
                extra_sheets: dict[str, tuple] | None = None) -> Path:
    """Title rows, a blank row, the header, optional 1|2|3 row, data, footer."""
    book = openpyxl.Workbook()
    _fill(book.active, sheet, header, rows, titles, numbering, footer)
    for name, (h, r) in (extra_sheets or {}).items():
        _fill(book.create_sheet(), name, h, r, titles, numbering, ())
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _fill(ws, name, header, rows, titles, numbering, footer) -> None:
    ws.title = name
    for title in titles:
        ws.append([title])
    ws.append([])
    ws.append(list(header))
    if numbering:
        ws.append(list(range(1, len(header) + 1)))
    for row in rows:
        ws.append(list(row))
    for row in footer:
        ws.append(list(row))


def write_settings(path: Path, items: dict[str, Any]) -> Path:
    return write_table(path, ["Uraian", "Isi"], list(items.items()), sheet="Pengaturan",
                       titles=("PENGATURAN",))


BASE_SETTINGS = {
    "Kecamatan": "Benjeng", "Kabupaten": "Gresik", "Tahun": 2017,
    "Nama Camat": "NURYADI, S.Pd. MM.", "Pangkat": "Pembina Tingkat I",
    "NIP": "19671020 198803 1 009",
    "Target SKM": 80, "Target Penurunan Pelanggaran Perda (%)": -20,
    "Target Konflik Ditindaklanjuti (%)": 90, "Target Partisipasi Musrenbang (%)": 90,
    "Target Usulan Direkomendasikan (%)": 75, "Target Ormas Dibina (%)": 80,
    "Target Lembaga Ekonomi Dibina (%)": 75,
}

SKM_HEADER = ["No", "Tanggal"] + [f"U{i}" for i in range(1, 10)]


def raw_xlsx(sheets: Sequence[str | bytes]) -> bytes:
    """An xlsx package written by hand, one part per sheet XML given (as a web
    export writes it: no styles, no shared strings), sheets named Lembar1, 2 ..."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>'))
        package.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        package.writestr("xl/workbook.xml", (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>' + "".join(
                f'<sheet name="Lembar{i}" sheetId="{i}" r:id="rId{i}"/>'
                for i in range(1, len(sheets) + 1)) + "</sheets></workbook>"))
        package.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" '
                      f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
            + "</Relationships>"))
        for i, xml in enumerate(sheets, start=1):
            package.writestr(f"xl/worksheets/sheet{i}.xml", xml)
    return out.getvalue()
