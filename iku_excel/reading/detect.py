"""Find the source table in a sheet by its header words.

A sheet as staff keep it: title rows, a header (sometimes over two rows,
merged), a numbering row (1 | 2 | 3), data with blank rows and group
headings, then a JUMLAH row and signature lines. Only the data rows leave
this module, each with its Excel row number.
"""

from __future__ import annotations

import operator
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any, Iterator

from iku_excel.reading.grid import SheetGrid
from iku_excel.schema import (ALL_SOURCES, SKM_ELEMENT_KEYS, SKM_POSITION_KEYS, Source,
                              field_label)
from iku_excel.values import MONTHS, edit_distance, is_blank, norm_text, parse_date, parse_number

HEADER_SEARCH_ROWS = 30
MIN_SCORE = 0.5
# The field whose emptiness makes a row "not a record" in each source.
KEY_FIELD = {"pelanggaran": "jenis_pelanggaran", "konflik": "jenis_konflik", "hadir": "nama",
             "usulan": "usulan", "ormas": "nama", "lembaga": "nama"}
# A record needs at least one of these filled; a row without is not counted.
KEY_FIELDS = {"pelanggaran": ("jenis_pelanggaran", "perda", "nama_pelanggar"),
              "konflik": ("jenis_konflik", "uraian"), "hadir": ("nama",),
              "usulan": ("usulan",), "ormas": ("nama",), "lembaga": ("nama",)}
_PLACE_DATE = re.compile(r"^[a-z][a-z .'-]*,\s*(?:\d{1,2}\s+)?([a-z]+)\s+\d{4}$")
_NIP_LINE = re.compile(r"^nip\s*\d")
# A row under a table whose label names a computation is a footer, never a
# record: the whole label one of these ...
_FOOTER_LABELS = frozenset({
    "jumlah", "jml", "total", "rata rata", "rerata", "nrr", "nrr tertimbang", "ikm",
    "nilai ikm", "nilai skm", "skm", "nilai indeks", "indeks", "semua nilai unsur",
    "jumlah nilai", "jumlah nilai per unsur", "nilai rata rata", "nilai rata rata tertimbang",
    "rata rata tertimbang", "sub total", "subtotal", "grand total", "mutu",
    "mutu pelayanan", "kinerja", "kinerja unit pelayanan", "keterangan", "ket",
    "nilai ikm unit pelayanan", "ikm unit pelayanan", "nilai interval", "nilai konversi",
    "nilai interval konversi", "nilai persepsi", "jumlah responden"})
# ... or its first words.
_TOTAL_WORDS = ("jumlah", "jml", "total", "rata rata", "rerata", "nrr", "ikm", "nilai rata",
                "sub total", "subtotal", "grand total", "nilai ikm", "nilai skm",
                "nilai indeks", "indeks kepuasan", "semua nilai unsur", "mutu pelayanan",
                "mutu unit", "kinerja unit", "kinerja pelayanan", "nilai interval")
# 'Keterangan: U1 = Persyaratan ...', 'Mutu : B' under a survey.
_LABEL_COLON = re.compile(r"^\s*(keterangan|ket|catatan|mutu|kinerja|nilai)\s*:")
# A template's example row ("Contoh", "Nama Responden"): filled in to show how, not data.
_EXAMPLE = re.compile(r"^\W*contoh\b", re.IGNORECASE)
_PLACEHOLDERS = frozenset({
    "nama responden", "nama peserta", "nama lengkap", "nama pelanggar", "nama organisasi",
    "nama lembaga", "nama desa", "nama kegiatan", "dd mm yyyy", "dd mm yy", "hh bb tttt",
    "tgl bln thn", "xxx", "xxxx", "xxxxx", "isi di sini", "diisi"})
# A footer's or an example's label stands at the left: in the first columns
# (other than No). The plain-row shortcut looks there, and so does the careful path.
_LABEL_COLUMNS = 3
# The first three characters of every such label (as typed: 'rata-rata',
# 'sub-total', 'dd/mm'), for a quick look at many texts (_maybe_labels).
_LABEL_OPENINGS = frozenset(
    opening for w in (*_FOOTER_LABELS, *_TOTAL_WORDS, *_PLACEHOLDERS, "contoh", "keterangan",
                      "catatan", "mutu", "kinerja", "nilai")
    for opening in {w[:3], w[:3].replace(" ", "-"), w[:3].replace(" ", "/"),
                    w[:3].replace(" ", "."), w[:3].replace(" ", "_")})
_ASCII_LETTERS = frozenset(string.ascii_letters)
_SIGNATURE_WORDS = ("mengetahui", "menyetujui", "dibuat oleh", "yang membuat", "petugas",
                    "camat ", "an camat", "a n camat", "sekretaris kecamatan", "kasi ")
_HEADING = re.compile(r"^([a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+\S|^unsur\b|^kelompok\b")


@dataclass
class Column:
    index: int      # 0-based
    header: str     # the header text as written (both rows joined)

    @property
    def letter(self) -> str:
        return column_letter(self.index)


_BLOCK = 8192  # rows read together by DetectedTable.blocks_of


@dataclass
class DetectedTable:
    source: Source
    file: str
    sheet: str
    header_row: int                 # 1-based, first header row
    header_height: int              # 1 or 2
    columns: dict[str, Column]      # field key -> column
    hidden: bool = False
    # One entry per record: its Excel row, and its row of the sheet as read
    # (the grid's own list, not a copy: a survey may have 100k of them).
    rows: list[int] = field(default_factory=list)
    cells: list[list[Any]] = field(default_factory=list)
    nihil_rows: list[int] = field(default_factory=list)
    dropped: list[tuple[int, str]] = field(default_factory=list)  # data-like rows not used
    skipped: dict[str, list[int]] = field(default_factory=dict)  # reason -> Excel rows
    # Rows that look like records but are not (a numbered footer, an example),
    # told in Catatan Data: (Excel row, what the row is, its label).
    not_records: list[tuple[int, str, str]] = field(default_factory=list)
    title: str = ""                 # the text of the rows above the header
    # Header cells not matched to a field that nearly name a missing one
    # ('Unusr 8' for U8): the column as written, and the field's name for staff.
    near_misses: list[tuple[Column, str]] = field(default_factory=list)

    def values(self, key: str) -> list[Any]:
        """One field of every record, in order; None where a row is too short."""
        return self.values_at(self.columns[key].index)

    def values_at(self, index: int) -> list[Any]:
        try:
            return list(map(itemgetter(index), self.cells))  # at C speed
        except IndexError:  # some row is shorter
            return [cell_of(row, index) for row in self.cells]

    def columns_of(self, keys: list[str]) -> dict[str, list[Any]]:
        """Several fields of every record, in one pass over the rows."""
        found: list[list[Any]] = [[] for _ in keys]
        for block in self.blocks_of([self.columns[key].index for key in keys]):
            for column, cells in zip(found, zip(*block)):
                column.extend(cells)
        return dict(zip(keys, found))

    def blocks_of(self, indexes: list[int]) -> Iterator[list[tuple[Any, ...]]]:
        """These columns' cells, a tuple per record, a block of records at a
        time: a survey has 100k row lists, and each visit to one costs more
        than taking a few cells from it; a block keeps the lists made from
        them small. None where a row is too short."""
        if not indexes:
            return
        take = itemgetter(*indexes)  # one index: a cell, not a tuple; zip makes it one
        for start in range(0, len(self.cells), _BLOCK):
            rows = self.cells[start:start + _BLOCK]
            try:  # at C speed
                yield list(map(take, rows)) if len(indexes) > 1 else list(zip(map(take, rows)))
            except IndexError:  # some row is shorter
                yield [tuple(cell_of(row, i) for i in indexes) for row in rows]

    def first_records(self, count: int) -> list[dict[str, Any]]:
        """Field key -> value of the first `count` records."""
        fields = [(key, col.index) for key, col in self.columns.items()]
        return [_record(row, fields) for row in self.cells[:count]]

    @property
    def records(self) -> list[tuple[int, dict[str, Any]]]:
        """(Excel row, field key -> value) per record, built on request: for
        the registers, which are short. Big tables go by `values`."""
        fields = [(key, col.index) for key, col in self.columns.items()]
        return [(excel_row, _record(row, fields)) for excel_row, row in zip(self.rows, self.cells)]


def _record(row: list[Any], fields: list[tuple[str, int]]) -> dict[str, Any]:
    """Field key -> value of one sheet row; None where the row is too short
    (cell_of, written inline: the careful path calls this for every row)."""
    width = len(row)
    return {key: row[i] if i < width else None for key, i in fields}


def cell_of(row: list[Any], index: int) -> Any:
    """A row's cell; None where the row is too short (a csv line, say)."""
    return row[index] if index < len(row) else None


@dataclass
class Unrecognised:
    file: str
    sheet: str
    headers: list[str]
    closest: Source | None
    missing: list[str]              # the missing fields, as staff name them
    near_misses: list[tuple[str, str]] = field(default_factory=list)  # header -> field name
    no_header: bool = False         # its first rows are data: the header row is missing


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def detect(grid: SheetGrid) -> DetectedTable | Unrecognised | None:
    """The best-matching source table of the sheet; None for an empty sheet."""
    if not any(not is_blank(v) for row in grid.rows for v in row):
        return None
    best: tuple[float, int, int, Source, dict[str, Column]] | None = None
    closest: tuple[float, Source, dict[str, Column], list[list[str]], int, int] | None = None
    last_top = min(HEADER_SEARCH_ROWS, len(grid.rows)) - 1
    for top in range(last_top + 1):
        if top > last_top:
            break
        if _filled(grid.rows[top]) < 2:
            continue
        single: dict[str, float] = {}
        for height in (1, 2):
            texts = _header_texts(grid, top, height)
            for source in ALL_SOURCES:
                columns, score = match_columns(source, texts)
                if height == 1:
                    single[source.code] = score
                if len(columns) < 2:
                    continue
                if not _satisfies(source, columns):
                    if closest is None or score > closest[0]:
                        closest = (score, source, columns, texts, top, height)
                    continue
                # A second header row must earn its place (match more than the
                # first row alone); otherwise it is a data row.
                key = (score + _second_row_weight(source, columns, texts, grid, top, height,
                                                  score - single.get(source.code, 0.0)), -top)
                # Rows below a found header are data: look one row further only.
                last_top = min(last_top, top + 1)
                if best is None or key > (best[0], -best[1]):
                    best = (key[0], top, height, source, columns)
    if best is None:
        headers = [str(v) for v in _first_text_row(grid) if not is_blank(v)]
        if closest is None:
            return Unrecognised(grid.file, grid.name, headers, None, [],
                                no_header=_starts_with_data(grid))
        _, src, columns, texts, top, height = closest
        misses = [(_written_header(grid, top, height, c.index), label)
                  for c, label in _near_misses(src, texts, columns)]
        return Unrecognised(grid.file, grid.name, headers, src, _missing(src, columns), misses,
                            _starts_with_data(grid))
    _, top, height, source, columns = best
    table = _read_records(grid, source, top, height, columns)
    table.title = " ".join(str(v).strip() for row in grid.rows[:top] for v in row
                           if isinstance(v, str) and v.strip())
    texts = _header_texts(grid, top, height)
    table.near_misses = [(Column(c.index, _written_header(grid, top, height, c.index)), label)
                         for c, label in _near_misses(source, texts, columns)]
    return table


def _near_misses(source: Source, texts: list[list[str]], columns: dict[str, Column],
                 ) -> list[tuple[Column, str]]:
    """Header cells left unmatched that are one or two typing slips from a
    field still missing: 'Unusr 8' -> U8, 'Tangal' -> Tanggal."""
    used = {c.index for c in columns.values()}
    missing = [f for f in source.fields if f.key not in columns]
    found = []
    for index, options in enumerate(texts):
        if index in used or options == [""]:
            continue
        best: tuple[int, str] | None = None
        for field_ in missing:
            for alias in field_.aliases:
                if len(alias) < 4:
                    continue
                allowed = 1 if len(alias) <= 5 else 2
                for text in options:
                    if len(text) < 4:
                        continue
                    distance = edit_distance(text, alias, allowed)
                    if 0 < distance <= allowed and (best is None or distance < best[0]):
                        best = (distance, field_.key)
        if best is not None:
            found.append((Column(index, options[-1]), field_label(source, best[1])))
    return found


def _written_header(grid: SheetGrid, top: int, height: int, index: int) -> str:
    parts = []
    for r in range(top, top + height):
        value = _merged_value(grid, r, index)
        if not is_blank(value) and str(value).strip() not in parts:
            parts.append(str(value).strip())
    return " ".join(parts)


def _starts_with_data(grid: SheetGrid) -> bool:
    """The sheet's first filled rows are records, not a header: numbered 1, 2
    down the first column, or mostly numbers and dates."""
    filled = [row for row in grid.rows[:HEADER_SEARCH_ROWS] if _filled(row) >= 2][:3]
    if not filled:
        return False
    firsts = [next(v for v in row if not is_blank(v)) for row in filled[:2]]
    if len(firsts) == 2 and [parse_number(v) for v in firsts] == [1.0, 2.0]:
        return True
    cells = [v for v in filled[0] if not is_blank(v)]
    data_like = sum(parse_number(v) is not None or parse_date(v) is not None for v in cells)
    return len(cells) >= 3 and data_like * 10 >= len(cells) * 6


def _second_row_weight(source: Source, columns: dict[str, Column], texts: list[list[str]],
                       grid: SheetGrid, top: int, height: int, gain: float) -> float:
    """A second header row must earn its place: it raises the match, or each
    of its cells completes its column's header exactly ('Asal' over
    'Desa/Instansi', 'Hadir' over '(Ya/Tidak)'). Otherwise it is data."""
    if height == 1:
        return 0.0
    if gain > 1e-9:
        return 0.005
    fields = {c.index: source.field(k) for k, c in columns.items()}
    second = grid.rows[top + 1] if top + 1 < len(grid.rows) else []
    cells = [(i, v) for i, v in enumerate(second) if not is_blank(v)]
    if cells and all(isinstance(v, str) and i in fields and
                     max(fields[i].score(t) for t in texts[i][1:] or [""]) >= 1.0
                     for i, v in cells):
        return 0.005
    return -0.01


def match_columns(source: Source, texts: list[list[str]]) -> tuple[dict[str, Column], float]:
    """Assign header columns to fields, best match first, each used once."""
    key = (source.code, tuple(map(tuple, texts)))
    found = _MATCHED.get(key)
    if found is None:
        if len(_MATCHED) > 100_000:
            _MATCHED.clear()  # a bound on memory over a very long run
        found = _MATCHED[key] = _match_columns(source, texts)
    columns, total = found
    return dict(columns), total  # callers may not change what is kept


# The same header rows come back in every monthly sheet and every kecamatan
# folder of a run: each (source, header texts) is matched once per process.
_MATCHED: dict[tuple[str, tuple[tuple[str, ...], ...]], tuple[dict[str, Column], float]] = {}


def _match_columns(source: Source, texts: list[list[str]]) -> tuple[dict[str, Column], float]:
    candidates = []
    # A blank header cell ([""]) matches no field: left out before the loop.
    named = [(index, options) for index, options in enumerate(texts) if options != [""]]
    for field_ in source.fields:
        for index, options in named:
            score = max(map(field_.score, options), default=0.0)
            if score >= MIN_SCORE:
                candidates.append((score, index, field_.key, options[-1]))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    columns: dict[str, Column] = {}
    used: set[int] = set()
    total = 0.0
    for score, index, key, header in candidates:
        if key in columns or index in used:
            continue
        columns[key] = Column(index, header)
        used.add(index)
        total += score
    return columns, total


def _satisfies(source: Source, columns: dict[str, Column]) -> bool:
    if source.code == "skm":
        return _skm_elements(columns) >= 5
    return all(any(k in columns for k in group) for group in source.required)


def _skm_elements(columns: dict[str, Column]) -> int:
    return max(sum(k in columns for k in SKM_POSITION_KEYS),
               sum(k in columns for k in SKM_ELEMENT_KEYS))


def _missing(source: Source, columns: dict[str, Column]) -> list[str]:
    """The missing fields as staff name them ('Jenis Pelanggaran atau Perda
    yang Dilanggar'), never by their keys."""
    if source.code == "skm":  # named against the usual nine; U10-U14 are for 14-element surveys
        return [k.upper() for k in SKM_POSITION_KEYS[:9] if k not in columns]
    return [" atau ".join(field_label(source, k) for k in group) for group in source.required
            if not any(k in columns for k in group)]


def _filled(row: list[Any]) -> int:
    return sum(not is_blank(v) for v in row)


def _first_text_row(grid: SheetGrid) -> list[Any]:
    rows = grid.rows[:HEADER_SEARCH_ROWS]
    return max(rows, key=lambda r: sum(isinstance(v, str) and bool(v.strip()) for v in r))


def _merged_value(grid: SheetGrid, row: int, col: int) -> Any:
    """A merged cell's value sits in its top-left cell only; spread it."""
    value = grid.cell(row, col)
    if not is_blank(value):
        return value
    for (r0, c0), (r1, c1) in grid.merged:
        if r0 <= row <= r1 and c0 <= col <= c1:
            return grid.cell(r0, c0)
    return None


def _header_texts(grid: SheetGrid, top: int, height: int) -> list[list[str]]:
    """Per column, the header texts to try: each row alone and both joined."""
    width = max((len(grid.rows[r]) for r in range(top, min(top + height, len(grid.rows)))),
                default=0)
    texts: list[list[str]] = []
    for col in range(width):
        parts = [norm_text(_merged_value(grid, r, col))
                 for r in range(top, min(top + height, len(grid.rows)))]
        options = [p for p in parts if p]
        if len(options) == 2 and options[0] != options[1]:
            options.append(f"{options[0]} {options[1]}")
        elif len(options) == 2:
            options = options[:1]
        texts.append(options or [""])
    return texts


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_numbering(row: list[Any]) -> bool:
    numbers = []
    for value in row:
        if is_blank(value):
            continue
        text = str(value).strip().strip("()")
        try:
            numbers.append(float(text))
        except ValueError:
            return False
    return len(numbers) >= 3 and numbers == [float(i) for i in range(1, len(numbers) + 1)]


_NIHIL_WORDS = {"nihil", "tidak ada kejadian", "tidak ada konflik", "nihil kejadian"}


def _read_records(grid: SheetGrid, source: Source, top: int, height: int,
                  columns: dict[str, Column]) -> DetectedTable:
    header_row = top + 1
    table = DetectedTable(source, grid.file, grid.name, header_row, height,
                          _header_as_written(grid, top, height, columns), grid.hidden)
    key_field = KEY_FIELD.get(source.code)
    key_fields = [k for k in KEY_FIELDS.get(source.code, ()) if k in columns]
    fields = [(key, col.index) for key, col in columns.items()]
    no_index = columns["no"].index if "no" in columns else None
    first = top + height
    body = grid.rows[first:]
    if source.code == "pengaturan":
        return _read_settings(table, body, first)
    labels = _label_columns(no_index)
    plain = _plain_rows(body, source, columns, key_fields, no_index)
    after_total = False
    # A survey may have 100k rows: plain records (see _plain_rows) are taken
    # as they are once the table has begun, run by run; only the few other
    # rows go through the checks below, in order.
    offset = 0
    while offset < len(body):
        if plain[offset] and table.rows:
            # A run of plain records, taken whole.
            end = _run_end(plain, offset)
            table.rows.extend(range(first + offset + 1, first + end + 1))
            table.cells.extend(body[offset:end])
            offset = end
            continue
        row = body[offset]
        excel_row = first + offset + 1
        offset += 1
        filled = len(row) - row.count(None)
        if filled == 0 or (filled <= 3 and all(is_blank(v) for v in row)):
            continue  # blank rows inside a table are not records
        width = len(row)
        record = _record(row, fields)
        lead = (_leads_table(row, record, key_fields)
                if not table.rows and not after_total else None)
        if lead:
            # Under the header: a 1|2|3 numbering row, or a row of sub-headings
            # or units ("(Rp)", "(Ya/Tidak)") that completes the header.
            table.skipped.setdefault(lead, []).append(excel_row)
            continue
        if filled <= 3 or source.code == "konflik":
            texts = [v.strip() for v in row if isinstance(v, str) and v.strip()]
            words = [norm_text(v) for v in texts]
            if any(w in _NIHIL_WORDS for w in words):
                table.nihil_rows.append(excel_row)
                continue
            # Signature lines are short; a record may name the Camat as a participant.
            if filled <= 2 and _is_signature(texts, words):
                table.skipped.setdefault("tanda tangan", []).append(excel_row)
                break
        label = _left_label(row, labels)
        kind = _label_kind(label) if label else None
        if kind == "contoh":
            table.skipped.setdefault("contoh isian", []).append(excel_row)
            table.not_records.append((excel_row, "contoh", label))
            continue
        numbered = no_index is not None and no_index < width and _is_number(row[no_index])
        if kind == "jumlah" and not numbered and no_index is not None and no_index < width:
            # A csv or a web page's table keeps its numbers as text: '7' is a number too.
            numbered = isinstance(row[no_index], str) and parse_number(row[no_index]) is not None
        if numbered and kind == "jumlah" and _footer_cells(row, label, no_index):
            # 'Total', 'NRR', 'Nilai IKM' with a number in the No column: a footer still.
            table.skipped.setdefault("baris jumlah", []).append(excel_row)
            table.not_records.append((excel_row, "jumlah", label))
            after_total = True
            continue
        if not numbered:
            raw_text = next((v for v in row if isinstance(v, str) and v.strip()), "")
            first_text = norm_text(raw_text)
            if (first_text in _FOOTER_LABELS or _LABEL_COLON.match(raw_text.lower())
                    or _leads_footer(first_text) and len(first_text) < 40):
                # A sub-total may close one group of a list; numbered rows may follow.
                table.skipped.setdefault("baris jumlah", []).append(excel_row)
                after_total = True
                continue
            if after_total and not (filled == 1 and _is_heading_text(row)):
                table.skipped.setdefault("setelah baris jumlah", []).append(excel_row)
                if filled >= 3:
                    table.dropped.append((excel_row, "setelah baris JUMLAH tanpa nomor urut"))
                continue
        if filled == 1 and source.code not in ("skm", "pengaturan") and _is_heading(
                [(i, v) for i, v in enumerate(row) if not is_blank(v)], record, key_field, columns):
            table.skipped.setdefault("judul kelompok", []).append(excel_row)
            continue
        if not any(v is not None and not is_blank(v) for k, v in record.items() if k != "no"):
            table.skipped.setdefault("tanpa isi", []).append(excel_row)
            continue
        if key_fields and all(is_blank(record.get(k)) for k in key_fields):
            table.skipped.setdefault("tanpa isi pokok", []).append(excel_row)
            table.dropped.append((excel_row, f"kolom {table.columns[key_fields[0]].header} kosong"))
            continue
        table.rows.append(excel_row)
        table.cells.append(row)
    return table


def _read_settings(table: DetectedTable, body: list[list[Any]], first: int) -> DetectedTable:
    """Every row of a settings sheet is a setting: 'Jumlah Pelanggaran ...' is
    no totals row, 'Camat' no signature line, 'Tempat, 15 Januari 2018' no
    place-and-date line. Only blank rows and a 1 | 2 numbering row are passed over."""
    for offset, row in enumerate(body):
        excel_row = first + offset + 1
        if all(is_blank(v) for v in row):
            continue
        if not table.rows and _is_numbering(row):
            table.skipped.setdefault("penomoran kolom", []).append(excel_row)
            continue
        table.rows.append(excel_row)
        table.cells.append(row)
    return table


def _label_columns(no_index: int | None) -> list[int]:
    return [i for i in range(_LABEL_COLUMNS + 1) if i != no_index][:_LABEL_COLUMNS]


def _left_label(row: list[Any], labels: list[int]) -> str:
    """The first text in the label columns: where a footer or an example says what it is."""
    width = len(row)
    for i in labels:
        if i < width:
            value = row[i]
            if type(value) is str and value.strip():
                return value
    return ""


@lru_cache(maxsize=4096)
def _label_kind(text: str) -> str | None:
    """'jumlah' for a label naming a computation, 'contoh' for a template's
    example, else None. Cached: a survey's label columns repeat few texts."""
    word = norm_text(text)
    if word in _FOOTER_LABELS or _leads_footer(word) or _LABEL_COLON.match(text.lower()):
        return "jumlah"
    if _EXAMPLE.match(text) or word in _PLACEHOLDERS:
        return "contoh"
    return None


def _leads_footer(word: str) -> bool:
    """Whether a normalised label begins with a computation's name, as whole words."""
    return any(word == lead or word.startswith(lead + " ") for lead in _TOTAL_WORDS)


def _footer_cells(row: list[Any], label: str, no_index: int | None) -> bool:
    """A numbered row is a footer when its label is a computation's whole name,
    or begins with one and nothing beside it is text: 'Total | | 12' is a
    footer, 'Total Usaha Bersama | KUB | Dermo' a record."""
    if norm_text(label) in _FOOTER_LABELS:
        return True
    seen = False
    for i, value in enumerate(row):
        if i == no_index or not isinstance(value, str) or not value.strip():
            continue
        if not seen and value is label:
            seen = True
            continue
        if parse_number(value) is None and len(value.strip()) > 3:
            return False
    return True


def _plain_rows(body: list[list[Any]], source: Source, columns: dict[str, Column],
                key_fields: list[str], no_index: int | None) -> list[bool]:
    """Per row: a record beyond doubt, proved by four cells. Its number is a
    number, and three of its field columns are filled (one of them a key
    field): so more than three cells are filled, something is in its fields
    and in a key field. The three are the columns filled most often in the
    first rows. Rows this does not prove go the careful way; blank cells are
    None in every grid (workbook.tidy)."""
    others = [c.index for k, c in columns.items() if k != "no"]
    if no_index is None or source.code == "konflik" or len(others) < 3 or not body:
        return [False] * len(body)  # every row is looked at (konflik: NIHIL lines)
    if min(map(len, body)) <= max(others + [no_index]):
        return [False] * len(body)  # short rows (a csv): the careful path
    sample = body[:200]
    dense = sorted(others, key=lambda i: -sum(row[i] is not None for row in sample))
    keys = [columns[k].index for k in key_fields]
    probes = ([min(keys, key=dense.index)] if keys else []) + dense
    probe = itemgetter(no_index, *list(dict.fromkeys(probes))[:3])
    plain = [(type(cells[0]) is int or type(cells[0]) is float) and None not in cells
             for cells in map(probe, body)]
    _unmark_labelled(body, plain, _label_columns(no_index))
    return plain


def _unmark_labelled(body: list[list[Any]], plain: list[bool], labels: list[int]) -> None:
    """A numbered 'NRR' or 'Contoh' row passes the four-cell proof: each label
    column's distinct texts are looked at once (a 100k survey repeats a few
    dates and services), and rows holding a footer's or an example's label go
    the careful way."""
    width = min(map(len, body))
    for index in labels:
        if index >= width:
            break
        take = itemgetter(index)
        marked = {v for v in _maybe_labels(set(map(take, body))) if _label_kind(v)}
        if marked:  # rare: the rows are looked up one by one only then
            for i, value in enumerate(map(take, body)):
                if value in marked:
                    plain[i] = False


def _maybe_labels(values: set[Any]) -> Iterator[str]:
    """The texts that may be a footer's or an example's label, picked at C
    speed by their first two characters: a column of 100k respondents' names
    holds 100k distinct texts, too many to normalise one by one. Texts opening
    with two ASCII letters no label begins with are passed over; any other
    opening (a label's, a digit, a bracket, a full-width letter) is looked at."""
    texts = [v for v in values if type(v) is str]
    label_like = map(_LABEL_OPENINGS.__contains__,
                     map(str.lower, map(itemgetter(slice(0, 3)), texts)))
    odd_start = map(operator.not_, map(_ASCII_LETTERS.__contains__,
                                       map(itemgetter(slice(0, 1)), texts)))
    return compress(texts, map(operator.or_, label_like, odd_start))


def _run_end(plain: list[bool], start: int) -> int:
    """Where the run of True from `start` ends (list.index: at C speed)."""
    try:
        return plain.index(False, start)
    except ValueError:
        return len(plain)


def _leads_table(row: list[Any], record: dict[str, Any], key_fields: list[str]) -> str | None:
    if _is_numbering(row):
        return "penomoran kolom"
    cells = [v for v in row if not is_blank(v)]
    if (len(cells) >= 2 and key_fields and all(is_blank(record.get(k)) for k in key_fields)
            and all(isinstance(v, str) for v in cells)):
        return "lanjutan judul kolom"
    return None


def _is_signature(texts: list[str], words: list[str]) -> bool:
    """'Mengetahui,', 'Camat Benjeng', 'Benjeng, 30 Desember 2017', 'NIP. 1970...'."""
    for text, word in zip(texts, words):
        if word.startswith(_SIGNATURE_WORDS) or word == "camat" or _NIP_LINE.match(word):
            return True
        match = _PLACE_DATE.match(text.lower())
        if match and match.group(1) in MONTHS:
            return True
    return False


def _is_heading_text(row: list[Any]) -> bool:
    text = next((v for v in row if isinstance(v, str) and v.strip()), "")
    return bool(_HEADING.match(text.strip().lower()))


def _is_heading(cells: list[tuple[int, Any]], record: dict[str, Any], key_field: str | None,
                columns: dict[str, Column]) -> bool:
    """'A. UNSUR PEMERINTAH DESA' alone on its row heads a group; it is not a record."""
    if len(cells) != 1:
        return False
    index, value = cells[0]
    if not isinstance(value, str):
        return False
    key_col = columns.get(key_field) if key_field else None
    if key_col is not None and index == key_col.index:
        # Match the text as typed: normalising would drop the dot of "B." first.
        text = value.strip().lower()
        return bool(_HEADING.match(text) or value.isupper() and len(value) > 3
                    and value.strip().endswith(":"))
    return True


def _header_as_written(grid: SheetGrid, top: int, height: int,
                       columns: dict[str, Column]) -> dict[str, Column]:
    """Keep the staff's own header wording for messages ('kolom Status')."""
    result = {}
    for key, col in columns.items():
        parts = []
        for r in range(top, top + height):
            value = _merged_value(grid, r, col.index)
            if not is_blank(value) and str(value).strip() not in parts:
                parts.append(str(value).strip())
        result[key] = Column(col.index, " ".join(parts) or col.header)
    return result


_NOT_RECORD = {"jumlah": "baris penjumlahan/rekap di bawah tabel, walaupun kolom No berisi angka",
               "contoh": "contoh pengisian dari format isian"}


def cell_notes(grid: SheetGrid, table: DetectedTable) -> list:
    """Findings about cells the table uses: hidden columns, formulas
    without a saved value (computed or left blank)."""
    from iku_excel.findings import Finding

    notes = [Finding("baris_tidak_dibaca", table.file, table.sheet, row, params={"alasan": why})
             for row, why in table.dropped]
    for row, kind, label in table.not_records:
        # An unnumbered JUMLAH row is plain to see (Cara Data Dibaca); a
        # numbered one, or an example, is a decision the tool made: told.
        notes.append(Finding("baris_bukan_data", table.file, table.sheet, row, None,
                             label.strip(), {"jenis": _NOT_RECORD[kind]}))
    for column, label in table.near_misses:
        notes.append(Finding("judul_kolom_mirip", table.file, table.sheet, table.header_row,
                             column.header, None, {"huruf": column.letter, "saran": label}))
    used = {c.index: c for c in table.columns.values()}
    for index in sorted(grid.hidden_columns & set(used)):
        notes.append(Finding("kolom_tersembunyi", table.file, table.sheet, None,
                             f"{used[index].letter} ({used[index].header})"))
    rows = {row - 1 for row in table.rows}
    for cells, code in ((grid.computed, "rumus_dihitung"), (grid.unevaluated, "rumus_tanpa_nilai")):
        for (row, col), formula in sorted(cells.items()):
            if row in rows and col in used:
                notes.append(Finding(code, table.file, table.sheet, row + 1, column_letter(col),
                                     formula))
    return notes
