"""The yes/no registers: violations, conflicts, attendance, proposals,
organisations and village economic institutions."""

from __future__ import annotations

from typing import Any

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.reading.table import DetectedTable
from iku_excel.validate.periods import previous_year
from iku_excel.validate.rows import collect, flag, other_year, row_year
from iku_excel.values import is_blank, is_empty, parse_date, parse_year
from iku_excel.vocabulary import (
    FOLLOWED_UP,
    GUIDED,
    PRESENT,
    RECOMMENDED,
    Vocabulary,
    action_taken,
    signed,
)


def pelanggaran(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    """Violations of year n and n-1 (the formula needs both); other years
    reported. Rows of year n-1 count only from a record of year n-1
    (validate/periods.py); carried over into year n's register, they are left out."""
    previous = {id(t): previous_year(t, tahun) for t in tables}

    def handle(table, row, record, out):
        year = _year(table, row, record, tahun, out)
        if year is None:
            return None
        if year == tahun - 1 and not previous[id(table)].counts:
            out.append(Finding("pelanggaran_tahun_lalu_terbawa", table.file, table.sheet, row,
                               params={"tahun_lalu": tahun - 1, "tahun": tahun,
                                       "alasan": previous[id(table)].reason}))
            return None
        if year not in (tahun, tahun - 1):
            other_year(table, row, year, tahun, table.source.label, out)
            return None
        return {"tahun": year}
    return collect(tables, handle, ["tahun"], findings)


def konflik(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    def handle(table, row, record, out):
        year = _year(table, row, record, tahun, out)
        if year is None:
            return None
        if year != tahun:
            other_year(table, row, year, tahun, table.source.label, out)
            return None
        return {"ditindaklanjuti": _followed_up(table, row, record, out)}
    return collect(tables, handle, ["ditindaklanjuti"], findings)


def _followed_up(table: DetectedTable, row: int, record: dict[str, Any],
                 out: list[Finding]) -> bool:
    """The status column decides; where it is blank or holds free text (a
    'Keterangan' column), a Sudah/Belum in 'Tindak Lanjut' still does.
    Without a status column, 'Tindak Lanjut' describing an action taken is a
    follow-up; blank or a dash is none."""
    if "status" in table.columns and "tindak_lanjut" in table.columns:
        status, action = record.get("status"), record.get("tindak_lanjut")
        if is_empty(status):
            said = FOLLOWED_UP.word(action)
            if said is not None:
                return said  # 'Sudah' typed one column to the left: the status itself
            if not is_empty(action):
                # inputs.md: a blank status is not followed up, whatever the
                # text beside it; the warning quotes it so staff can fill the status.
                out.append(Finding("status_kosong", table.file, table.sheet, row,
                                   table.columns["status"].header, None, {
                                       "tindak_lanjut": str(action).strip(),
                                       "pilihan": FOLLOWED_UP.choices()}))
                return False
        elif FOLLOWED_UP.classify(status) is None:
            # Free text in the status column (a 'Keterangan'): a Sudah/Belum
            # in 'Tindak Lanjut' still decides.
            fallback = FOLLOWED_UP.classify(action)
            if fallback is not None:
                return fallback
    if "status" in table.columns:
        return flag(table, row, record, "status", FOLLOWED_UP, out)
    value = record.get("tindak_lanjut")
    taken = action_taken(value)
    if taken is None:  # blank or a dash: nothing done, and the column should say so
        return flag(table, row, record, "tindak_lanjut", FOLLOWED_UP, out)
    if taken and FOLLOWED_UP.classify(value) is None:
        out.append(Finding("tindak_lanjut_uraian", table.file, table.sheet, row,
                           table.columns["tindak_lanjut"].header, value))
    return taken


def hadir(tables: list[DetectedTable], tahun: int, findings: list[Finding]) -> pd.DataFrame:
    def handle(table, row, record, out):
        # A signature column merged over two (odd numbers sign left, even
        # right) is read in both: one signature is a presence.
        marks = [record.get("tanda_tangan"), *record.get("tanda_tangan+", ())]
        filled = [m for m in marks if not is_blank(m)]
        if "hadir" in table.columns:
            # inputs.md: a signature mark is a presence. A Hadir word the tool
            # knows decides ('Tidak' beside a name stays absent); an unknown
            # one ('Sdh') or none beside a signature is no reason for absent.
            word = PRESENT.classify(record.get("hadir"))
            if word is None and any(map(signed, filled)):
                present = True
            else:
                present = flag(table, row, record, "hadir", PRESENT, out, warn_blank=False)
        else:
            present = any(map(signed, filled))
            mark = filled[0] if filled else None
            if not present and not is_blank(mark) and (PRESENT.classify(mark) is not False
                                                       or "." in str(mark)):
                # The form's own number and dotted line, typed back: no signature.
                out.append(Finding("tanda_tangan_kosong", table.file, table.sheet, row,
                                   table.columns["tanda_tangan"].header, mark))
        return {"hadir": present}
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
            vocab: Vocabulary, out: list[Finding]) -> bool:
    """Guided in year n (inputs.md): Dibina says yes and the guidance date,
    where there is one, falls in year n; a date of year n says it alone.
    A date of another year is guidance then, not now (a note); 'Tidak' with a
    date of year n contradicts itself: not guided, with a warning."""
    has_flag, has_date = "dibina" in table.columns, "tanggal_pembinaan" in table.columns
    value = record.get("tanggal_pembinaan") if has_date else None
    if not has_date or is_empty(value):
        # No date: Dibina decides (blank: a warning, not guided).
        return has_flag and flag(table, row, record, "dibina", vocab, out)
    said = None
    if has_flag and not is_empty(record.get("dibina")):
        said = vocab.classify(record.get("dibina"))
        if said is None:  # an unknown word: warned, and not guided
            return flag(table, row, record, "dibina", vocab, out)
    date = parse_date(value)
    if date is None:
        # A word in the date column ("Sudah") still says whether it was guided.
        answer = vocab.classify(value)
        if answer is None:
            out.append(Finding("tanggal_pembinaan_tidak_terbaca", table.file, table.sheet, row,
                               table.columns["tanggal_pembinaan"].header, value,
                               {"tahun": tahun}))
        return bool(answer) and said is not False
    header = table.columns["tanggal_pembinaan"].header
    if date.year != tahun:
        if said:
            out.append(Finding("dibina_tahun_lain", table.file, table.sheet, row, header, value,
                               {"tahun_bina": date.year, "tahun": tahun,
                                "dibina": record.get("dibina")}))
        return False
    if said is False:
        out.append(Finding("dibina_bertentangan", table.file, table.sheet, row, header, value,
                           {"tahun": tahun, "dibina": record.get("dibina")}))
        return False
    return True


def _year(table: DetectedTable, row: int, record: dict[str, Any], tahun: int,
          out: list[Finding]) -> int | None:
    """The record's year; None for an unreadable date (the row is left out)."""
    if "tanggal" in table.columns and not is_blank(record.get("tanggal")):
        return row_year(table, row, record, tahun, out)
    if "tahun" in table.columns:
        year = parse_year(record.get("tahun"))
        if year is not None:
            return year
    return tahun
