"""The yes/no registers: violations, conflicts, attendance, proposals,
organisations and village economic institutions."""

from __future__ import annotations

from typing import Any

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.reading.detect import DetectedTable
from iku_excel.validate.rows import collect, flag, other_year, row_year
from iku_excel.values import is_blank, parse_date, parse_year
from iku_excel.vocabulary import FOLLOWED_UP, GUIDED, PRESENT, RECOMMENDED, Vocabulary


def pelanggaran(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    """Violations of year n and n-1 (the formula needs both); other years reported."""
    def handle(table, row, record, out):
        year = _year(table, row, record, tahun, out)
        if year not in (tahun, tahun - 1):
            other_year(table, row, year, tahun, table.source.label, out)
            return None
        return {"tahun": year}
    return collect(tables, handle, ["tahun"], findings)


def konflik(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    def handle(table, row, record, out):
        year = _year(table, row, record, tahun, out)
        if year != tahun:
            other_year(table, row, year, tahun, table.source.label, out)
            return None
        followed = _followed_up(table, row, record, out)
        return None if followed is None else {"ditindaklanjuti": followed}
    return collect(tables, handle, ["ditindaklanjuti"], findings)


def _followed_up(table: DetectedTable, row: int, record: dict[str, Any],
                 out: list[Finding]) -> bool | None:
    """The status column decides; where it is blank or holds free text (a
    'Keterangan' column), a Sudah/Belum in 'Tindak Lanjut' still does."""
    if "status" in table.columns and "tindak_lanjut" in table.columns:
        if FOLLOWED_UP.classify(record.get("status")) is None:
            fallback = FOLLOWED_UP.classify(record.get("tindak_lanjut"))
            if fallback is not None:
                return fallback
    key = "status" if "status" in table.columns else "tindak_lanjut"
    return flag(table, row, record, key, FOLLOWED_UP, out)


def hadir(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    def handle(table, row, record, out):
        if "hadir" in table.columns:
            present = flag(table, row, record, "hadir", PRESENT, out, warn_blank=False)
        else:
            # Any mark in the signature column means the person came.
            mark = record.get("tanda_tangan")
            present = not is_blank(mark) and str(mark).strip() not in {"-", "0"}
        return None if present is None else {"hadir": present}
    return collect(tables, handle, ["hadir"], findings)


def usulan(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    def handle(table, row, record, out):
        recommended = flag(table, row, record, "direkomendasikan", RECOMMENDED, out)
        return None if recommended is None else {"direkomendasikan": recommended}
    return collect(tables, handle, ["direkomendasikan"], findings)


def binaan(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    """Organisations and economic institutions: in the register, and guided in year n?"""
    def handle(table, row, record, out):
        return {"dibina": _guided(table, row, record, tahun, GUIDED, out)}
    frame = collect(tables, handle, ["dibina"], findings)
    return frame[frame["dibina"].notna()].astype({"dibina": bool}).reset_index(drop=True)


def _guided(table: DetectedTable, row: int, record: dict[str, Any], tahun: int,
            vocab: Vocabulary, out: list[Finding]) -> bool | None:
    if "dibina" in table.columns:
        answer = flag(table, row, record, "dibina", vocab, out)
        if answer is not False or "tanggal_pembinaan" not in table.columns:
            return answer
    value = record.get("tanggal_pembinaan")
    if is_blank(value):
        return False
    date = parse_date(value)
    if date is None:
        # A word in the date column ("Sudah") still says whether it was guided.
        answer = vocab.classify(value)
        if answer is None:
            out.append(Finding("tanggal_tidak_terbaca", table.file, table.sheet, row,
                               table.columns["tanggal_pembinaan"].header, value,
                               {"tahun": tahun}))
        return bool(answer)
    return date.year == tahun


def _year(table: DetectedTable, row: int, record: dict[str, Any], tahun: int,
          out: list[Finding]) -> int:
    if "tanggal" in table.columns and not is_blank(record.get("tanggal")):
        return row_year(table, row, record, tahun, out)
    if "tahun" in table.columns:
        year = parse_year(record.get("tahun"))
        if year is not None:
            return year
    return tahun
