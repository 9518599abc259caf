"""Catalogue rows from a header and the rows under it: the one reader of the
sheet Indikator and of the bundled file (bundled.py), so the two cannot
read the same words differently.

A row without Indikator text is a spacer, passed over silently. A row whose
definition is broken (an unknown Cara Hitung, a bad Kode, a Syarat that
cannot be read ...) keeps its place in the table with the reason it cannot
be computed, and a galat names the cell; the other rows are unaffected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from iku_excel.catalogue.columns import (
    ARAH_WORDS,
    BY_KEY,
    CARA_CHOICES,
    CARA_WORDS,
    COLUMNS,
    TRIWULAN_CHOICES,
    TRIWULAN_WORDS,
    unit_of,
)
from iku_excel.catalogue.conditions import ConditionError, exact_number, parse_conditions
from iku_excel.catalogue.model import (
    COUNTED,
    INDEKS_SKM,
    NILAI,
    NO_DATE_FILTER,
    PERSENTASE,
    RATA_RATA,
    CatalogueRow,
    Place,
    measures_a_fall,
)
from iku_excel.findings import Finding
from iku_excel.indicators.capaian import HIGHER_IS_BETTER, LOWER_IS_BETTER
from iku_excel.settings import parse_target
from iku_excel.values import is_blank, norm_text, parse_number, parse_year

_KODE = re.compile(r"[a-z0-9_]+")
# Cells a row needs, whatever its Cara Hitung.
_NEEDED = ("no", "sasaran", "indikator", "sumber_data", "penanggung_jawab", "kode", "satuan",
           "cara", "arah")


@dataclass(frozen=True)
class Parsed:
    rows: tuple[CatalogueRow, ...]
    findings: list[Finding]
    place: Place


def match_header(texts: Sequence[Sequence[str]]) -> tuple[dict[str, int], list[int]]:
    """Column key -> index, and the indexes of headed columns that are no
    catalogue column. `texts`: per column, its normalised header texts."""
    keys: dict[str, int] = {}
    unknown = []
    for index, options in enumerate(texts):
        options = [t for t in options if t]
        if not options:
            continue
        key = next((c.key for c in COLUMNS for t in options if t in c.aliases
                    and c.key not in keys), None)
        if key is None:
            unknown.append(index)
        else:
            keys[key] = index
    return keys, unknown


def parse_rows(file: str | None, sheet: str | None, header_row: int | None,
               written: Sequence[str], keys: dict[str, int], unknown: list[int],
               rows: Sequence[tuple[int | None, Sequence[Any]]]) -> Parsed:
    """The catalogue of one sheet (or file). `written`: each column's header
    as written; `rows`: (Excel row, cells) under the header."""
    headers = {key: written[i] for key, i in keys.items()}
    place = Place(file, sheet, header_row, headers)
    findings: list[Finding] = []
    missing = [c for c in COLUMNS if c.required and c.key not in keys]
    if missing:
        findings.append(Finding("katalog_kolom_tidak_ada", file, sheet, header_row, None, None,
                                {"kolom": ", ".join(c.header for c in missing),
                                 "jumlah": len(missing)}))
    if unknown:
        findings.append(Finding("katalog_kolom_lain", file, sheet, header_row, None, None,
                                {"kolom": ", ".join(written[i] for i in unknown if written[i]),
                                 "jumlah": len(unknown)}))
    parsed: list[CatalogueRow] = []
    seen: dict[str, int | None] = {}
    previous: CatalogueRow | None = None
    for excel_row, cells in rows:
        values = {key: _cell(cells, index) for key, index in keys.items()}
        if is_blank(values.get("indikator")):
            continue  # a spacer row
        row = _row(values, replace(place, row=excel_row), previous, findings)
        row = _unique(row, seen, findings)
        parsed.append(row)
        previous = row
    return Parsed(tuple(parsed), findings, place)


def _cell(cells: Sequence[Any], index: int) -> Any:
    value = cells[index] if index < len(cells) else None
    return value.strip() if isinstance(value, str) else value


def _text(value: Any) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


class _Row:
    """One catalogue row being read: its cells, and what is wrong with it."""

    def __init__(self, values: dict[str, Any], place: Place, findings: list[Finding]) -> None:
        self.values, self.place, self.findings = values, place, findings
        self.broken: str | None = None
        self.nama = _text(values.get("indikator")) or ""

    def galat(self, code: str, key: str | None, why: str, **params: Any) -> None:
        """A galat on the cell of column `key`; the first one is why the row is `-`."""
        header = self.place.header(key) if key else None
        self.findings.append(Finding(code, self.place.file, self.place.sheet, self.place.row,
                                     header or (BY_KEY[key].header if key else None),
                                     self.values.get(key) if key else None,
                                     {"indikator": self.nama, **params}))
        if self.broken is None:
            where = f" (lembar {self.place.sheet} baris {self.place.row})" if self.place.sheet \
                else ""
            self.broken = f"{why}{where}"

    def printed(self, key: str) -> str | None:
        """A cell only printed on the IKU sheet: empty, it is warned and the
        figure is still computed (a missing column is the sheet's finding)."""
        text = _text(self.values.get(key))
        if text is None and key in self.values:
            header = self.place.header(key) or BY_KEY[key].header
            self.findings.append(Finding("katalog_cetak_kosong", self.place.file,
                                         self.place.sheet, self.place.row, header, None,
                                         {"indikator": self.nama}))
        return text

    def needed(self, key: str, why: str) -> str | None:
        """The cell's text; a galat when it is empty (and its column exists)."""
        text = _text(self.values.get(key))
        if text is None and key in self.values:
            self.galat("katalog_isian_kosong", key, f"kolom {BY_KEY[key].header} kosong",
                       perlu=why)
        elif text is None and self.broken is None:
            self.broken = f"lembar Indikator tidak memiliki kolom {BY_KEY[key].header}"
        return text


def _row(values: dict[str, Any], place: Place, previous: CatalogueRow | None,
         findings: list[Finding]) -> CatalogueRow:
    r = _Row(values, place, findings)
    no, sasaran = _sasaran(values, previous)
    if no is None:
        r.needed("no", "setiap indikator perlu nomor sasarannya")
    if sasaran is None:
        r.needed("sasaran", "setiap indikator perlu sasaran strategisnya")
    sumber = r.printed("sumber_data") or ""
    pj = r.printed("penanggung_jawab") or ""
    kode = _kode(r)
    satuan = r.needed("satuan", "satuan menentukan cara angka ditulis")
    cara = _word(r, "cara", CARA_WORDS, "katalog_cara_hitung", ", ".join(CARA_CHOICES))
    arah = _word(r, "arah", ARAH_WORDS, "katalog_arah", "Naik atau Turun")
    if arah == LOWER_IS_BETTER and measures_a_fall(cara, r.nama):
        # 'Turun' on a decrease means fewer is better, as the indicator already
        # says: its realisasi is the size (or, by the document's formula, the
        # negative) of the fall, and a bigger fall is the better one. Counted
        # as Turun, a fall beyond its target would score under 100 %.
        r.findings.append(Finding("katalog_arah_penurunan", place.file, place.sheet, place.row,
                                  place.header("arah"), values.get("arah"),
                                  {"indikator": r.nama}))
        arah = HIGHER_IS_BETTER
    tabel = _text(values.get("tabel"))
    if cara == INDEKS_SKM and tabel is None:
        tabel = "Survei SKM"  # there is one survey
    if cara in COUNTED and tabel is None:
        r.needed("tabel", f"Cara Hitung {cara} menghitung baris sebuah tabel")
    pembilang = _conditions(r, "syarat_pembilang")
    if cara == PERSENTASE and _text(values.get("syarat_pembilang")) is None:
        r.needed("syarat_pembilang", "persentase menghitung baris yang memenuhi syarat ini")
    kolom_nilai = _text(values.get("kolom_nilai"))
    if cara == RATA_RATA and kolom_nilai is None:
        r.needed("kolom_nilai", "rata-rata dihitung dari angka kolom ini")
    realisasi = _number(r, "realisasi", breaks=cara == NILAI)
    if cara == NILAI and realisasi is None and _text(values.get("realisasi")) is None:
        r.needed("realisasi", "Cara Hitung Nilai memakai angka yang diisi di kolom ini")
    kolom_tanggal = _text(values.get("kolom_tanggal"))
    if kolom_tanggal is not None and not norm_text(kolom_tanggal):
        kolom_tanggal = NO_DATE_FILTER
    return CatalogueRow(
        code=kode, no=no if no is not None else "", sasaran=sasaran or "", nama=r.nama,
        penjelasan=_text(values.get("penjelasan")),
        pembilang=_text(values.get("uraian_pembilang")),
        penyebut=_text(values.get("uraian_penyebut")), sumber_data=sumber,
        penanggung_jawab=pj, satuan=unit_of(satuan) if satuan else "", cara=cara,
        arah=arah or "naik", place=place, tabel=tabel, syarat_pembilang=pembilang,
        syarat_penyebut=_conditions(r, "syarat_penyebut"), kolom_nilai=kolom_nilai,
        kolom_tanggal=kolom_tanggal, target=_target(r, "target"), realisasi=realisasi,
        nama_singkat=_text(values.get("nama_singkat")),
        per_triwulan=_word(r, "per_triwulan", TRIWULAN_WORDS, "katalog_per_triwulan",
                           ", ".join(TRIWULAN_CHOICES), breaks=False),
        target_triwulan=tuple(_target(r, f"target_tw{i}") for i in range(1, 5)),
        realisasi_tahun_lalu=_number(r, "realisasi_tahun_lalu", breaks=False),
        target_renstra=_target(r, "target_renstra"), tahun_renstra=_year(r, "tahun_renstra"),
        broken=r.broken)


def _sasaran(values: dict[str, Any], previous: CatalogueRow | None,
             ) -> tuple[int | str | None, str | None]:
    """No and Sasaran, as the document lays a sasaran over two rows: the
    second row may leave both blank (or hold the same No) and shares them."""
    no = values.get("no")
    if isinstance(no, (int, float)) and not isinstance(no, bool) and no == int(no):
        no = int(no)
    elif not is_blank(no):
        number = parse_number(no)
        no = int(number) if number is not None and number == int(number) else str(no).strip()
    else:
        no = None
    sasaran = _text(values.get("sasaran"))
    if previous is not None and previous.no != "":
        if no is None and sasaran is None:
            return previous.no, previous.sasaran
        if no == previous.no and sasaran is None:
            return no, previous.sasaran
    return no, sasaran


def _kode(r: _Row) -> str:
    text = r.needed("kode", "Kode adalah kunci indikator di ringkasan JSON dan rekap")
    if text is None:
        return f"baris_{r.place.row}" if r.place.row else "tanpa_kode"
    if not _KODE.fullmatch(text):
        suggestion = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "indikator_1"
        r.galat("katalog_kode", "kode", f"Kode \"{text}\" tidak sah", saran=suggestion)
    return text


def _unique(row: CatalogueRow, seen: dict[str, int | None], findings: list[Finding],
            ) -> CatalogueRow:
    """A Kode used twice: the later row is `-` under a key of its own, so the
    JSON still has one entry per row."""
    if row.code not in seen:
        seen[row.code] = row.place.row
        return row
    first = seen[row.code]
    findings.append(Finding("katalog_kode_ganda", row.place.file, row.place.sheet, row.place.row,
                            row.place.header("kode") or "Kode", row.code,
                            {"indikator": row.nama, "baris_asal": first}))
    key = f"{row.code}_baris_{row.place.row}"
    seen[key] = row.place.row
    broken = row.broken or f"Kode \"{row.code}\" sudah dipakai di baris {first}"
    return replace(row, code=key, broken=broken)


def _word(r: _Row, key: str, words: dict[str, str], code: str, accepted: str,
          breaks: bool = True) -> str | None:
    text = _text(r.values.get(key))
    if text is None:
        if breaks:
            r.needed(key, f"isi salah satu: {accepted}")
        return None
    word = words.get(norm_text(text))
    if word is None:
        if breaks:
            r.galat(code, key, f"{BY_KEY[key].header} \"{text}\" tidak dikenal", pilihan=accepted)
        else:
            header = r.place.header(key) or BY_KEY[key].header
            r.findings.append(Finding(code, r.place.file, r.place.sheet, r.place.row, header,
                                      text, {"indikator": r.nama, "pilihan": accepted}))
    return word


def _conditions(r: _Row, key: str):
    try:
        return parse_conditions(r.values.get(key))
    except ConditionError as error:
        r.galat("katalog_syarat", key, f"{BY_KEY[key].header} tidak dapat dibaca",
                masalah=error.problem, posisi=error.position, saran=error.suggestion)
        return ()


def _number(r: _Row, key: str, breaks: bool):
    value = r.values.get(key)
    if is_blank(value):
        return None
    number = exact_number(value)
    if number is None:
        _not_a_number(r, key, value, breaks)
    return number


def _target(r: _Row, key: str):
    return _parsed(r, key, parse_target)


def _year(r: _Row, key: str) -> int | None:
    return _parsed(r, key, parse_year)


def _parsed(r: _Row, key: str, parse: Callable[[Any], Any]) -> Any:
    """The cell read by `parse`; blank is None, unreadable is None with a warning."""
    value = r.values.get(key)
    if is_blank(value):
        return None
    parsed = parse(value)
    if parsed is None:
        _not_a_number(r, key, value, breaks=False)
    return parsed


def _not_a_number(r: _Row, key: str, value: Any, breaks: bool) -> None:
    """A figure that is no number: the indicator is `-` when it is its
    realisation (galat); a target or last year's figure is left out (warning)."""
    if breaks:
        r.galat("katalog_angka", key, f"{BY_KEY[key].header} \"{value}\" bukan angka")
        return
    header = r.place.header(key) or BY_KEY[key].header
    r.findings.append(Finding("katalog_angka_diabaikan", r.place.file, r.place.sheet,
                              r.place.row, header, value, {"indikator": r.nama}))
