"""The same questionnaire read twice is counted once, and said so.

What counts as the same questionnaire (two respondents may well give the
same answers, so identical answers alone never do):

- With a respondent id (a Kode Peserta / ID Responden / NIK column, or a
  "No. Responden" that is not the plain 1, 2, 3 numbering of its sheet): the
  same id with the same answers, in one sheet or in two. The same id with
  other answers is counted twice, with a warning (one person may fill in two
  questionnaires for two services).
- Without one, across two sheets or files only: a row equal in every column
  the tool reads (No, date, answers, profile, suggestion). Such a row is
  the same respondent when it carries something of that respondent's own
  (a date, a suggestion), or when one sheet of three rows or more is all in
  the other (a copied sheet or file, an export of January-June beside one of
  January-December). Otherwise (monthly sheets numbered from 1 again,
  nothing but answers) a number and the same answers may be two people:
  both are counted, with a warning naming both places.

The first place read keeps the respondent, except that a file or sheet
named as a copy ("... - Copy.xlsx", "Salinan ...", "SKM (2)") gives way to
the others: the report then cites the original. Vectorised: rows become
integer group codes (pandas), so two 100k-row copies cost a few groupbys.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import numpy as np
import pandas as pd

from iku_excel.findings import Finding, rows_text
from iku_excel.reading.table import DetectedTable
from iku_excel.values import is_blank, norm_text

# Survey frame columns (left out of the result) -> the table field they hold.
KEY_COLUMNS = {"_no": "no", "_tanggal": "tanggal", "_id": "id_responden"}
# Cells of the respondent's own: equal there, two rows are one questionnaire.
_OWN_WORDS = ("_tanggal", "saran")
# A sheet this long found whole in another is a copy; one or two rows of
# "No 1, all 3" may be two people.
WHOLE_SHEET_ROWS = 3
_ID_WORDS = ("responden", "kuesioner", "peserta")
# How Windows, Excel and staff name a copy: "x - Copy", "x - Copy (2)",
# "Copy of x", "x - Salinan", "Salinan x", "x (2)", "x_copy".
_COPY_NAME = re.compile(r"(?:^|[\s_-])(?:copy|salinan|copy of)(?:[\s_-]|$)|\(\d+\)\s*$",
                        re.IGNORECASE)


@dataclass
class Part:
    table: DetectedTable
    frame: pd.DataFrame   # its valid questionnaires, with the KEY_COLUMNS it has


class _Keys:
    """One part's rows as comparable keys, each column worked out when first
    needed (a 100k export with an id is checked on its id and answers only)."""

    def __init__(self, part: Part, answers: list[str]) -> None:
        self.part = part
        frame = part.frame
        self.columns = [c for c in frame.columns if c in KEY_COLUMNS
                        or (c in part.table.columns and c not in answers)]
        self.id_column = _id_column(part)   # "_id" or "_no" when it tells respondents apart
        self.keep = np.ones(len(frame), dtype=bool)  # rows still counted
        grid = frame[answers].to_numpy(dtype="int64")
        codes = grid @ (5 ** np.arange(len(answers), dtype="int64"))  # one code a row
        self._fields = {"_answers": codes}

    def field(self, column: str) -> np.ndarray:
        if column not in self._fields:
            self._fields[column] = _normalised(self.part.frame[column])
        return self._fields[column]

    def fields(self, columns: list[str], rename: dict[str, str] | None = None) -> pd.DataFrame:
        rename = rename or {}
        return pd.DataFrame({rename.get(c, c): self.field(c) for c in columns})


def drop_repeated(parts: list[Part], answers: list[str],
                  findings: list[Finding]) -> list[pd.DataFrame]:
    """The parts' frames without the questionnaires already read."""
    if len(parts) < 2 and not any(_id_column(p) for p in parts):
        return [p.frame for p in parts]  # one sheet, no id: nothing to compare (the usual case)
    done: list[_Keys] = []
    for part in sorted(parts, key=lambda p: _is_copy_table(p.table)):  # stable: reading order
        keys = _Keys(part, answers)
        if keys.id_column:
            _within(keys, findings)
        for earlier in done:
            _across(earlier, keys, findings)
        done.append(keys)
    kept = {id(k.part): k.part.frame[k.keep].reset_index(drop=True) for k in done}
    return [kept[id(part)] for part in parts]


def set_aside_copies(tables: list[DetectedTable], findings: list[Finding],
                     ) -> list[DetectedTable]:
    """The tables without those that are another's exact copy (every cell of
    every row: a file saved again as "... - Copy", a sheet duplicated), set
    aside before their rows are checked: a wrong answer in the copy is the
    original's, told once. One note names both places."""
    kept: list[DetectedTable] = []
    for table in sorted(tables, key=_is_copy_table):  # stable: reading order otherwise
        original = next((k for k in kept if _same_table(k, table)), None)
        if original is None:
            kept.append(table)
            continue
        findings.append(Finding("skm_ganda_baris", table.file, table.sheet, table.rows[0],
                                params={"jumlah": len(table.rows),
                                        "baris": rows_text(table.rows),
                                        "asal": f"{original.file} / {original.sheet}",
                                        "baris_asal": rows_text(original.rows)}))
    return [t for t in tables if any(t is k for k in kept)]


def _same_table(a: DetectedTable, b: DetectedTable) -> bool:
    return (len(a.rows) == len(b.rows) >= WHOLE_SHEET_ROWS
            and {k: c.index for k, c in a.columns.items()}
            == {k: c.index for k, c in b.columns.items()}
            and a.cells == b.cells)


def _is_copy_table(table: DetectedTable) -> bool:
    return any(_COPY_NAME.search(name) for name in (PurePath(table.file).stem, table.sheet))


def needs_keys(tables: list[DetectedTable]) -> bool:
    """Whether drop_repeated has anything to compare: two tables, or an id.
    The one sheet of a 100k survey does not carry its No and dates twice."""
    return len(tables) > 1 or any(
        "id_responden" in t.columns
        or ("no" in t.columns and any(w in norm_text(t.columns["no"].header) for w in _ID_WORDS))
        for t in tables)


def _id_column(part: Part) -> str | None:
    ident = part.table.columns.get("id_responden")
    if "_id" in part.frame and not (norm_text(ident.header).split()[:1] in (["no"], ["nomor"])
                                    and _plain_numbers(part.frame["_id"])):
        return "_id"
    no = part.table.columns.get("no")
    if "_no" in part.frame and no is not None and any(w in norm_text(no.header)
                                                     for w in _ID_WORDS):
        return None if _plain_numbers(part.frame["_no"]) else "_no"
    return None


def _plain_numbers(column: pd.Series) -> bool:
    """"No. Responden" 1, 2, 3 ... numbers the rows of this sheet (and starts
    again in the next); other numbers (7, 12, 31) came with the respondent."""
    numbers = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
    return len(numbers) > 0 and not np.isnan(numbers).any() and (np.diff(numbers) == 1).all()


def _normalised(column: pd.Series) -> np.ndarray:
    """Each value as comparable text, each distinct value worked out once:
    12, 12.0 and '012' are one number, 'KTP-el ' is 'ktp-el'."""
    codes, distinct = pd.factorize(column.astype(object), use_na_sentinel=True)
    texts = np.array([_text(v) for v in distinct] + [""], dtype=object)
    return texts[codes]  # -1 (blank) picks the last, ""


def _text(value: Any) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = " ".join(str(value).split()).casefold()
    return str(int(text)) if text.isascii() and text.isdigit() else text


def _within(keys: _Keys, findings: list[Finding]) -> None:
    """One sheet: the same id and answers twice is one questionnaire entered twice."""
    columns = [keys.id_column, "_answers"]
    fields = keys.fields(columns)
    same = fields.duplicated(columns).to_numpy() & (keys.field(keys.id_column) != "")
    if same.any():
        _note("skm_ganda_id", keys, keys, same, _first_of(fields, columns), findings)
        keys.keep &= ~same
    _other_answers(keys, keys, findings)


def _across(earlier: _Keys, later: _Keys, findings: list[Finding]) -> None:
    if not earlier.keep.any() or not later.keep.any():
        return
    if earlier.id_column and later.id_column:
        a = earlier.fields([earlier.id_column, "_answers"], {earlier.id_column: "_who"})
        b = later.fields([later.id_column, "_answers"], {later.id_column: "_who"})
        match = _match(a, b, ["_who", "_answers"], earlier.keep, later.keep)
        match[later.field(later.id_column) == ""] = -1
        if (match >= 0).any():
            _note("skm_ganda_id", earlier, later, match >= 0, match, findings)
            later.keep &= match < 0
        _other_answers(earlier, later, findings)
        return
    # Every column both sheets have (an id only one of them has is no help).
    common = [c for c in later.columns if c in earlier.columns] + ["_answers"]
    match = _match(earlier.fields(common), later.fields(common), common, earlier.keep,
                   later.keep)
    found = match >= 0
    if not found.any():
        return
    own = np.zeros(len(found), dtype=bool)
    for column in _OWN_WORDS:
        if column in common:
            own |= later.field(column) != ""
    whole = ((found[later.keep].all() and later.keep.sum() >= WHOLE_SHEET_ROWS)
             or (np.isin(np.flatnonzero(earlier.keep), match[found]).all()
                 and earlier.keep.sum() >= WHOLE_SHEET_ROWS))
    same = found & (own | whole)
    if same.any():
        _note("skm_ganda_baris", earlier, later, same, match, findings)
        later.keep &= ~same
    doubt = found & ~same
    if doubt.any():
        _note("skm_baris_sama_ragu", earlier, later, doubt, match, findings)


def _other_answers(earlier: _Keys, later: _Keys, findings: list[Finding]) -> None:
    """The same id with other answers (the same ones are gone by now): both
    counted, and said."""
    ids_a = earlier.field(earlier.id_column)
    rows_a = np.flatnonzero(earlier.keep & (ids_a != ""))
    if not len(rows_a):
        return
    # The first counted row of each id in `earlier`.
    distinct, first = np.unique(ids_a[rows_a], return_index=True)
    where = pd.Index(distinct).get_indexer(later.field(later.id_column))
    match = np.where(where >= 0, rows_a[first][np.maximum(where, 0)], -1)
    clash = later.keep & (match >= 0)
    if earlier is later:
        clash &= match != np.arange(len(match))  # not the first row itself
    if clash.any():
        _note("skm_id_beda_jawaban", earlier, later, clash, match, findings)


def _match(a: pd.DataFrame, b: pd.DataFrame, columns: list[str], keep_a: np.ndarray,
           keep_b: np.ndarray) -> np.ndarray:
    """For each row of b, its equal row of a (-1: none). The k-th copy of a
    row in b goes with the k-th in a: two equal rows in b beside one in a are
    two respondents, one of them read twice."""
    rows_a, rows_b = np.flatnonzero(keep_a), np.flatnonzero(keep_b)
    both = pd.concat([a[columns].iloc[rows_a], b[columns].iloc[rows_b]], ignore_index=True)
    codes = both.groupby(columns, sort=False, dropna=False).ngroup().to_numpy(dtype="int64")
    codes_a, codes_b = codes[:len(rows_a)], codes[len(rows_a):]
    span = len(both) + 1  # (group, k) as one integer
    nth_a = pd.Series(codes_a).groupby(codes_a).cumcount().to_numpy(dtype="int64")
    nth_b = pd.Series(codes_b).groupby(codes_b).cumcount().to_numpy(dtype="int64")
    where = pd.Index(codes_a * span + nth_a).get_indexer(codes_b * span + nth_b)
    match = np.full(len(b), -1)
    match[rows_b] = np.where(where >= 0, rows_a[np.maximum(where, 0)], -1)
    return match


def _first_of(fields: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """For each row, the first row equal to it on these columns."""
    codes = fields.groupby(columns, sort=False, dropna=False).ngroup().to_numpy()
    _, first = np.unique(codes, return_index=True)
    return first[codes]  # ngroup numbers groups in order of first appearance


def _note(code: str, earlier: _Keys, later: _Keys, rows: np.ndarray, match: np.ndarray,
          findings: list[Finding]) -> None:
    """One finding for all such rows between two sheets (a copied 100k
    survey is one line in Catatan Data, not 100k)."""
    where = np.flatnonzero(rows)
    frame_b, frame_a = later.part.frame, earlier.part.frame
    rows_b = frame_b["row"].to_numpy()[where].tolist()
    rows_a = sorted(frame_a["row"].to_numpy()[match[where]].tolist())
    table, origin = later.part.table, earlier.part.table
    column = None
    if code in ("skm_ganda_id", "skm_id_beda_jawaban"):
        column = table.columns[KEY_COLUMNS[later.id_column]].header
    findings.append(Finding(code, table.file, table.sheet, rows_b[0], column, params={
        "jumlah": len(rows_b), "baris": rows_text(rows_b),
        "asal": f"{origin.file} / {origin.sheet}", "baris_asal": rows_text(rows_a)}))
