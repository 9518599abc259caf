"""What each catalogue row counts: its table found and its columns checked
against the table's, then the table's rows with their years and dates
(table_rows.py). A Tabel found nowhere, or a column the table lacks, is a
galat on the catalogue's cell naming what was seen and the closest column;
that indicator is `-`, the others are counted."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

from iku_excel.catalogue.builtin import DATE_FIELDS, FLAG_FIELDS, builtin_source, field_of
from iku_excel.catalogue.builtin import shown_fields as builtin_fields
from iku_excel.catalogue.columns import BY_KEY
from iku_excel.catalogue.model import (
    INDEKS_SKM,
    NILAI,
    NO_DATE_FILTER,
    PERUBAHAN,
    Catalogue,
    CatalogueRow,
)
from iku_excel.catalogue.tables import FoundTable, Lookup, default_date_key, tabel_key
from iku_excel.findings import Finding
from iku_excel.reading.headers import first_text_row
from iku_excel.schema import Source, field_label
from iku_excel.validate import SourceData
from iku_excel.validate.table_rows import TableRow, builtin_rows, custom_rows
from iku_excel.values import is_blank, norm_text

FIX = "Perbaiki baris indikator ini di lembar Indikator (lihat Catatan Data), lalu jalankan lagi."


@dataclass(frozen=True)
class Counting:
    """What one catalogue row is counted from."""
    rows: tuple[TableRow, ...] = ()
    source: SourceData | None = None     # a built-in source, for its own rules (SKM, violations)
    sebab: str | None = None             # why there is nothing to count
    saran: str | None = None
    date_column: str | None = None       # the header placing its rows in the year

    @property
    def dated(self) -> bool:
        """Whether its rows carry a date that places them in a quarter: a
        table's Kolom Tanggal, or a built-in source's own date field."""
        return self.date_column is not None or (
            self.source is not None and self.source.code in DATE_FIELDS)


def counting_of(catalogue: Catalogue, sources: Mapping[str, SourceData | None],
                lookups: Mapping[str, Lookup], tahun: int,
                ) -> tuple[dict[str, Counting], list[Finding]]:
    """Kode -> what it counts, and the findings made on the way (each made once)."""
    findings: list[Finding] = []
    built: dict[tuple, list[TableRow]] = {}
    years = _years(catalogue, tahun)
    found = {}
    for row in catalogue.rows:
        found[row.code] = _counting(row, sources, lookups, tahun, years, built, findings)
    return found, findings


def _years(catalogue: Catalogue, tahun: int) -> dict[tuple[str, str | None], set[int]]:
    """Per table and date column, the years its rows are kept for: year n,
    and year n-1 where a row counts a change (perubahan)."""
    years: dict[tuple[str, str | None], set[int]] = {}
    for row in catalogue.rows:
        if row.tabel:
            wanted = years.setdefault(_group(row), {tahun})
            if row.cara == PERUBAHAN:
                wanted.add(tahun - 1)
    return years


def _group(row: CatalogueRow) -> tuple[str, str | None]:
    return tabel_key(row.tabel or ""), norm_text(row.kolom_tanggal) if row.kolom_tanggal \
        else row.kolom_tanggal


def _counting(row: CatalogueRow, sources, lookups, tahun, years, built,
              findings) -> Counting:
    if row.broken is not None:
        return Counting(sebab=row.broken, saran=FIX)
    if row.cara == NILAI:
        return Counting()
    source = builtin_source(row.tabel)
    if source is not None:
        return _builtin(row, source, sources.get(source.code), tahun, built, findings)
    lookup = lookups.get(tabel_key(row.tabel or ""))
    if lookup is None or not lookup.named:
        seen = lookup.seen if lookup else []
        _galat(findings, row, "katalog_tabel_tidak_ada", "tabel", row.tabel, tabel=row.tabel,
               lembar_dilihat="; ".join(seen[:15]) + (" ..." if len(seen) > 15 else "") or "-")
        return Counting(sebab=f"tabel \"{row.tabel}\" tidak ditemukan", saran=FIX)
    missing = _missing_columns(row, lookup, findings)
    if missing:
        return Counting(sebab=f"kolom \"{missing}\" tidak ada di tabel {row.tabel}", saran=FIX)
    if not lookup.tables:  # its sheets hold no header row (two texts or more) to read under
        _galat(findings, row, "katalog_tabel_tanpa_judul", "tabel", row.tabel, tabel=row.tabel,
               lembar_tabel="; ".join(f"{g.file} / {g.name}" for g in lookup.named))
        return Counting(sebab=f"tabel \"{row.tabel}\" tidak memuat baris judul kolom",
                        saran=FIX)
    date_keys = {}
    for table in lookup.tables:
        if row.kolom_tanggal == NO_DATE_FILTER:
            date_keys[id(table)] = None
        elif row.kolom_tanggal:
            date_keys[id(table)] = table.names[norm_text(row.kolom_tanggal)]
        else:
            date_keys[id(table)] = default_date_key(table)
            if date_keys[id(table)] is None:
                _undated(findings, row, table)
    group = _group(row)
    if group not in built:
        built[group] = custom_rows(lookup.tables, date_keys, tahun, years[group], findings)
    dated = [t.table.columns[k].header for t in lookup.tables
             if (k := date_keys[id(t)]) is not None]
    return Counting(tuple(built[group]), date_column=dated[0] if dated else None)


def _builtin(row: CatalogueRow, source: Source, data: SourceData | None, tahun: int, built,
             findings) -> Counting:
    if (row.cara == INDEKS_SKM) != (source.code == "skm"):
        code = "katalog_skm_tabel" if row.cara == INDEKS_SKM else "katalog_skm_cara"
        key = "tabel" if row.cara == INDEKS_SKM else "cara"
        _galat(findings, row, code, key, row.tabel if key == "tabel" else row.cara,
               tabel=row.tabel)
        return Counting(sebab="Cara Hitung dan Tabel tidak cocok", saran=FIX)
    if data is None:
        return Counting(sebab=f"data {source.label} tidak ditemukan",
                        saran="Tambahkan berkasnya ke folder masukan.")
    own_date = DATE_FIELDS.get(source.code)
    if (row.kolom_tanggal and row.kolom_tanggal != NO_DATE_FILTER
            and field_of(source, row.kolom_tanggal) is None):
        # A name the source has no column for ('Tgl Survei' typed for 'Tanggal'):
        # its own date still places the rows, which is said, not silent.
        _galat(findings, row, "katalog_kolom_tanggal_bawaan", "kolom_tanggal",
               row.kolom_tanggal, sumber=source.label,
               dipakai=field_label(source, own_date) if own_date else "tanpa tanggal")
    if source.code == "skm":
        return Counting(source=data)
    present = {k for t in data.tables for k in t.columns}
    flag = FLAG_FIELDS.get(source.code, (None, frozenset()))
    for key, column in _named(row):
        if key == "kolom_tanggal":
            continue  # a built-in source keeps its own date; a table without it is undated
        field = field_of(source, column)
        if field is None or (field not in present and field not in flag[1]):
            _missing(findings, row, key, column, builtin_fields(source))
            return Counting(sebab=f"kolom \"{column}\" tidak ada di {source.label}", saran=FIX)
    date_field = DATE_FIELDS.get(source.code)
    if row.kolom_tanggal and row.kolom_tanggal != NO_DATE_FILTER:
        date_field = field_of(source, row.kolom_tanggal) or date_field
    if (source.code, date_field) not in built:
        built[(source.code, date_field)] = builtin_rows(data, tahun, date_field)
    return Counting(tuple(built[(source.code, date_field)]), source=data)


def _named(row: CatalogueRow) -> list[tuple[str, str]]:
    """(catalogue column key, table column) of every column the row names."""
    named = [("syarat_pembilang", c.column) for c in row.syarat_pembilang]
    named += [("syarat_penyebut", c.column) for c in row.syarat_penyebut]
    if row.kolom_nilai:
        named.append(("kolom_nilai", row.kolom_nilai))
    if row.kolom_tanggal and row.kolom_tanggal != NO_DATE_FILTER:
        named.append(("kolom_tanggal", row.kolom_tanggal))
    return named


def _missing_columns(row: CatalogueRow, lookup: Lookup, findings: list[Finding]) -> str | None:
    """The first column the row names that a table of its Tabel lacks (a
    galat said so), or None. Without a table holding any named column, the
    first sheet its words name shows what it has."""
    for key, column in _named(row):
        for table in lookup.tables or [None]:
            if table is not None and norm_text(column) in table.names:
                continue
            headers = table.headers if table is not None else _first_headers(lookup)
            _missing(findings, row, key, column, headers, table)
            return column
    return None


def _first_headers(lookup: Lookup) -> list[str]:
    grid = lookup.named[0]
    return [str(v).strip() for v in first_text_row(grid) if not is_blank(v)]


def _missing(findings: list[Finding], row: CatalogueRow, key: str, column: str,
             headers: list[str], table: FoundTable | None = None) -> None:
    close = difflib.get_close_matches(norm_text(column), [norm_text(h) for h in headers], n=1,
                                      cutoff=0.5)
    closest = next((h for h in headers if close and norm_text(h) == close[0]), None)
    where = f"{table.table.file} / {table.table.sheet}" if table is not None else row.tabel
    _galat(findings, row, "katalog_kolom_tabel", key, _cell_text(row, key), kolom_tabel=column,
           tabel=where, ada=", ".join(headers) or "-",
           mirip=f"Mungkin maksudnya \"{closest}\"." if closest else "")


def _cell_text(row: CatalogueRow, key: str) -> str | None:
    if key in ("syarat_pembilang", "syarat_penyebut"):
        return "; ".join(c.text for c in getattr(row, key))
    return getattr(row, key, None)


def _undated(findings: list[Finding], row: CatalogueRow, table: FoundTable) -> None:
    """Kolom Tanggal blank, the table without a column headed just Tanggal,
    but with a longer date heading ('Tanggal Penyampaian'): every row counts
    whatever its year, which the tool cannot know is meant."""
    near = [c.header for c in sorted(table.table.columns.values(), key=lambda c: c.index)
            if _DATE_WORDS & set(norm_text(c.header).split())]
    if near:
        _galat(findings, row, "katalog_tanpa_kolom_tanggal", "kolom_tanggal", None,
               tabel=row.tabel, letak=f"{table.table.file} / {table.table.sheet}",
               kolom_tanggal=", ".join(f'"{h}"' for h in near[:3]))


_DATE_WORDS = frozenset({"tanggal", "tgl", "tahun", "thn", "bulan"})


def _galat(findings: list[Finding], row: CatalogueRow, code: str, key: str, value,
           **params) -> None:
    header = row.place.header(key) or BY_KEY[key].header
    findings.append(Finding(code, row.place.file, row.place.sheet, row.place.row, header, value,
                            {"indikator": row.nama, **params}))
