"""Summaries are not records (inputs.md, "What is not a record").

Offices keep, next to their lists, sheets that tabulate them: a REKAP of
conflicts per month, a count of organisations per desa, a pivot table, the
survey's own "Olah Data" with Jumlah Nilai / NRR / NRR Tertimbang per
element, a sheet holding only the index. Read as data they would count
months, desa or averages as conflicts, organisations or respondents.

A sheet is a summary when its content says so, never its name alone (a
"REKAP PELANGGARAN" sheet may well list every violation):
  * a register whose identifying column (the conflict, the name, the
    proposal) holds numbers, not text: counts per row;
  * a register whose yes/no column holds counts (0, 1, 2, 3 ...) rather than
    answers, with its rows named by months or desa, a summary word in its name
    or title (REKAP, Rekapitulasi, Olah Data, Pengolahan, Tabulasi, pivot), or
    most of its counts above 1 (a register's own tally beside named records,
    'guided twice', stays records);
  * a survey table without a single respondent, whose rows are Jumlah / NRR /
    Nilai IKM lines, or whose element cells are averages, not answers 1-4;
  * a sheet not recognised as any source that holds an NRR or index of the
    survey with its figure (NRR per unsur, Nilai IKM only), or a pivot table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Any

from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.table import DetectedTable, Unrecognised
from iku_excel.schema import SKM, SKM_ELEMENT_KEYS, SKM_POSITION_KEYS, Source
from iku_excel.values import MONTHS, is_blank, norm_text, parse_number

# The column whose yes/no answers make each register's figure.
YES_NO = {"konflik": ("status", "tindak_lanjut"), "hadir": ("hadir",),
          "usulan": ("direkomendasikan",), "ormas": ("dibina",), "lembaga": ("dibina",)}
_SUMMARY_WORDS = re.compile(
    r"\b(rekap\w*|recap|olah data|pengolahan|tabulasi|ringkasan|resume|pivot|summary|"
    r"statistik|grafik|diagram|per desa|per bulan|perbulan|row labels|label baris|"
    r"count of|sum of|jumlah dari|hitungan dari)\b")
# A short label naming a survey's own figure: its NRR or its index.
_SURVEY_LABEL = re.compile(r"^(nrr|nilai rata rata|rata rata nrr|ikm|nilai ikm|nilai skm|"
                           r"indeks|nilai indeks|indeks kepuasan masyarakat)\b")
_SAMPLE = 200  # rows looked at: a summary is short, a 100k survey is not read twice


@dataclass(frozen=True)
class Summary:
    file: str
    sheet: str
    kind: str                # what the sheet is, for staff ("rekap per bulan")
    source: Source | None    # what it summarises, when known
    survey: bool = False     # a summary of the survey: the index, without the answers


def summary_of(grid: SheetGrid, found: DetectedTable | Unrecognised) -> Summary | None:
    """The sheet as a summary, or None when it is (or may be) records."""
    # Named a summary by its sheet name, or by its title rows above a table
    # (an unrecognised sheet's first lines may be any prose: "isi per bulan").
    title = found.title if isinstance(found, DetectedTable) else ""
    named = bool(_SUMMARY_WORDS.search(norm_text(grid.name))
                 or _SUMMARY_WORDS.search(norm_text(title)))
    if isinstance(found, Unrecognised):
        return _unrecognised(grid)
    if found.source.code == "skm":
        return _survey_table(grid, found)
    if found.source.code == "pengaturan":
        return None
    return _register(grid, found, named)


def _register(grid: SheetGrid, table: DetectedTable, named: bool) -> Summary | None:
    records = table.first_records(_SAMPLE)
    if not records:
        return None
    keys = [k for k in table.source.key_fields if k in table.columns]
    counted = sum(_numbers_only([r.get(k) for k in keys]) for r in records)
    months = sum(map(_first_text_is_month, table.cells[:_SAMPLE]))
    periods = len(records) >= 2 and months * 2 >= len(records)
    kind = "rekap per bulan" if periods else "rekap (jumlah per baris)"
    if keys and counted * 2 >= len(records):
        return Summary(grid.file, grid.name, _per_what(table, records, kind), table.source)
    yes_no = next((k for k in YES_NO.get(table.source.code, ()) if k in table.columns), None)
    if yes_no is None:
        return None
    values = [r.get(yes_no) for r in records if not is_blank(r.get(yes_no))]
    counts = [n for n in map(_count, values) if n is not None]
    if not values or len(counts) * 2 < len(values) or max(counts, default=0) < 2:
        return None
    # Counts beside named records may be a register's own tally (guided twice)
    # or a typing slip: a summary only when the rows are named by months or
    # desa ('Desa Dermo', not a person from Dermo), the sheet says it is one,
    # or most rows count more than one.
    per_what = _per_what(table, records, kind)
    per_desa = sum(map(_names_a_desa, table.cells[:_SAMPLE])) * 2 >= len(records)
    mostly_many = sum(c >= 2 for c in counts) * 2 >= len(counts)
    if named or periods or per_desa or mostly_many:
        header = table.columns[yes_no].header
        return Summary(grid.file, grid.name, f"{per_what}: kolom {header} berisi jumlah "
                       "(0, 1, 2, ...), bukan jawaban Ya/Tidak", table.source)
    return None


def _per_what(table: DetectedTable, records: list[dict[str, Any]], kind: str) -> str:
    if kind == "rekap per bulan":
        return kind
    for key in ("desa", "alamat", "asal"):  # a column headed Desa, whichever field it fed
        column = table.columns.get(key)
        if column is None or "desa" not in norm_text(column.header):
            continue
        desa = [r.get(key) for r in records if isinstance(r.get(key), str)]
        if len(set(map(norm_text, desa))) == len(desa) and len(desa) * 2 >= len(records):
            return "rekap per desa"
    return kind


def _survey_table(grid: SheetGrid, table: DetectedTable) -> Summary | None:
    """No respondent at all, only Jumlah / NRR lines; or element cells that
    are averages (a table of NRR per service), not answers."""
    if not table.rows:
        # Only Jumlah / NRR lines under the header; an empty form is no summary.
        if table.skipped.get("baris jumlah"):
            return Summary(grid.file, grid.name, "tabulasi survei (Jumlah Nilai/NRR per "
                           "unsur) tanpa jawaban per responden", SKM, survey=True)
        return None
    elements = [c.index for k, c in table.columns.items()
                if k in SKM_POSITION_KEYS or k in SKM_ELEMENT_KEYS]
    numbers = answers = 0
    for row in islice(table.cells, _SAMPLE):
        for index in elements:
            value = row[index] if index < len(row) else None
            number = parse_number(value) if not isinstance(value, (int, float)) else value
            if number is None or isinstance(number, bool):
                continue
            numbers += 1
            answers += number in (1, 2, 3, 4)
    if numbers and answers * 2 < numbers:
        return Summary(grid.file, grid.name, "tabel nilai rata-rata (NRR) survei, bukan "
                       "jawaban per responden", SKM, survey=True)
    return None


def _unrecognised(grid: SheetGrid) -> Summary | None:
    """A sheet no source recognised: a survey's NRR or index, or a pivot table.
    Its name alone says nothing here: a 'REKAP HADIR' whose headers are off
    must still be told which columns are missing (lembar_tidak_dikenali)."""
    if _survey_figures(grid) and not _answer_rows(grid):
        elements = _element_labels(grid)
        kind = ("ringkasan survei: NRR per unsur" if elements >= 3
                else "ringkasan survei: nilai indeks saja")
        return Summary(grid.file, grid.name, f"{kind}, tanpa jawaban per responden", SKM,
                       survey=True)
    if _pivot(grid):
        return Summary(grid.file, grid.name, "tabel pivot (rekap)", None)
    return None


def _survey_figures(grid: SheetGrid) -> bool:
    """A short label of the survey's NRR or index with its figure beside or
    under it ('Nilai IKM | 80,5', a column 'NRR' of numbers): prose that
    merely mentions the survey (a Petunjuk sheet) is none."""
    rows = grid.rows[:60]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if not isinstance(value, str):
                continue
            word = norm_text(value)
            if len(word) > 40 or not _SURVEY_LABEL.match(word):
                continue
            beside = row[c + 1:c + 4]
            below = [grid.cell(r + k, c) for k in (1, 2)]
            if any(_is_number(v) for v in [*beside, *below]):
                return True
    return False


def _is_number(value: Any) -> bool:
    return (type(value) in (int, float)
            or isinstance(value, str) and parse_number(value) is not None)


def _answer_rows(grid: SheetGrid) -> bool:
    """Five rows holding five or more answers 1-4: respondents, not a summary."""
    found = 0
    for row in grid.rows[:_SAMPLE]:
        if sum(type(v) in (int, float) and v in (1, 2, 3, 4) for v in row) >= 5:
            found += 1
            if found >= 5:
                return True
    return False


def _element_labels(grid: SheetGrid) -> int:
    """How many of the survey's elements the sheet names (U1, Persyaratan, ...)."""
    words = {norm_text(v) for row in grid.rows[:60] for v in row if isinstance(v, str)}
    names = set(SKM_POSITION_KEYS) | {"unsur " + k[1:] for k in SKM_POSITION_KEYS}
    for field_ in SKM.fields:
        if field_.key in SKM_ELEMENT_KEYS:
            names.update(field_.aliases)
    return len(words & names)


def _pivot(grid: SheetGrid) -> bool:
    return any(isinstance(v, str) and norm_text(v) in {"row labels", "label baris",
                                                        "grand total", "total keseluruhan"}
               for row in grid.rows[:60] for v in row)


def _numbers_only(values: list[Any]) -> bool:
    """The identifying cells hold a count, not a name or a kind of event."""
    filled = [v for v in values if not is_blank(v)]
    return bool(filled) and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                or parse_number(v) is not None for v in filled)


def _count(value: Any) -> float | None:
    """A whole number 0, 1, 2 ... (not TRUE/FALSE), else None."""
    number = value if type(value) in (int, float) else (
        parse_number(value) if isinstance(value, str) else None)
    return number if number is not None and number >= 0 and number == int(number) else None


def _names_a_desa(row: list[Any]) -> bool:
    """The row is named by a desa ('Desa Dermo', 'Ds. Lundo'): a line per desa."""
    text = next((v for v in row if isinstance(v, str) and v.strip()), "")
    return norm_text(text).startswith(("desa ", "ds ", "kelurahan ", "kel "))


def _first_text_is_month(row: list[Any]) -> bool:
    """The row is named by a month ('Januari', 'MARET 2017'): a line per month."""
    text = next((v for v in row if isinstance(v, str) and v.strip()), "")
    words = norm_text(text).split()
    return bool(words) and words[0] in MONTHS
