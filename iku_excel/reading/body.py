"""The records under a header: blank rows, numbering rows, group headings,
footers, examples, signature lines and carried-on headers told apart from
the data. A survey may have 100k rows: plain records are taken run by run."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.headers import header_as_written
from iku_excel.reading.labels import (
    FOOTER_LABELS,
    LABEL_COLON,
    footer_cells,
    is_heading,
    is_heading_text,
    is_number,
    is_numbering,
    is_signature,
    label_columns,
    label_kind,
    leads_footer,
    left_label,
    maybe_labels,
    says_nihil,
)
from iku_excel.reading.table import Column, DetectedTable, record_of
from iku_excel.schema import Source
from iku_excel.values import is_blank, norm_text, parse_number


def read_records(grid: SheetGrid, source: Source, top: int, height: int,
                  columns: dict[str, Column]) -> DetectedTable:
    header_row = top + 1
    table = DetectedTable(source, grid.file, grid.name, header_row, height,
                          header_as_written(grid, top, height, columns), grid.hidden)
    key_field = source.key_fields[0] if source.key_fields else None
    key_fields = [k for k in source.key_fields if k in columns]
    fields = [(key, col.index) for key, col in columns.items()]
    no_index = columns["no"].index if "no" in columns else None
    first = top + height
    body = grid.rows[first:]
    if source.code == "pengaturan":
        if grid.percent_cells is not None and "isi" in columns:
            table.percent_rows = frozenset(r + 1 for r, c in grid.percent_cells
                                           if c == columns["isi"].index)
        return _read_settings(table, body, first)
    labels = label_columns(no_index)
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
        record = record_of(row, fields)
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
            if says_nihil(words, filled):
                table.nihil_rows.append(excel_row)
                continue
            # Signature lines are short; a record may name the Camat as a participant.
            if filled <= 2 and is_signature(texts, words):
                table.skipped.setdefault("tanda tangan", []).append(excel_row)
                break
        label = left_label(row, labels)
        kind = label_kind(label) if label else None
        if kind is None and no_index is not None and no_index < width:
            # "Contoh" written in the No column marks the template's example line too.
            lead = row[no_index]
            if type(lead) is str and lead.strip() and label_kind(lead) == "contoh":
                label, kind = lead, "contoh"
        if kind == "contoh":
            table.skipped.setdefault("contoh isian", []).append(excel_row)
            table.not_records.append((excel_row, "contoh", label))
            continue
        numbered = no_index is not None and no_index < width and is_number(row[no_index])
        if kind == "jumlah" and not numbered and no_index is not None and no_index < width:
            # A csv or a web page's table keeps its numbers as text: '7' is a number too.
            numbered = isinstance(row[no_index], str) and parse_number(row[no_index]) is not None
        if numbered and kind == "jumlah" and footer_cells(row, label, no_index):
            # 'Total', 'NRR', 'Nilai IKM' with a number in the No column: a footer still.
            table.skipped.setdefault("baris jumlah", []).append(excel_row)
            table.not_records.append((excel_row, "jumlah", label))
            after_total = True
            continue
        if not numbered:
            raw_text = next((v for v in row if isinstance(v, str) and v.strip()), "")
            first_text = norm_text(raw_text)
            if (first_text in FOOTER_LABELS or LABEL_COLON.match(raw_text.lower())
                    or leads_footer(first_text) and len(first_text) < 40):
                # A sub-total may close one group of a list; numbered rows may follow.
                table.skipped.setdefault("baris jumlah", []).append(excel_row)
                after_total = True
                continue
            if after_total and not (filled == 1 and is_heading_text(row)) \
                    and not _like_records(record, table, fields):
                table.skipped.setdefault("setelah baris jumlah", []).append(excel_row)
                if filled >= 3:
                    table.dropped.append((excel_row, "setelah baris JUMLAH tanpa nomor urut"))
                continue
        if filled == 1 and source.code not in ("skm", "pengaturan") and is_heading(
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


def _like_records(record: dict[str, Any], table: DetectedTable,
                  fields: list[tuple[str, int]]) -> bool:
    """A row after a sub-total that fills every field the records above
    usually fill (a date, a name, a desa ...) is a record of the next group
    typed without its number, not a note under the table."""
    if not table.rows:
        return False
    above = [record_of(row, fields) for row in table.cells[:200]]
    usual = [key for key, _ in fields if key != "no"
             and sum(not is_blank(r.get(key)) for r in above) * 2 > len(above)]
    return len(usual) >= 2 and all(not is_blank(record.get(key)) for key in usual)


def _read_settings(table: DetectedTable, body: list[list[Any]], first: int) -> DetectedTable:
    """Every row of a settings sheet is a setting: 'Jumlah Pelanggaran ...' is
    no totals row, 'Camat' no signature line, 'Tempat, 15 Januari 2018' no
    place-and-date line. Only blank rows and a 1 | 2 numbering row are passed over."""
    for offset, row in enumerate(body):
        excel_row = first + offset + 1
        if all(is_blank(v) for v in row):
            continue
        if not table.rows and is_numbering(row):
            table.skipped.setdefault("penomoran kolom", []).append(excel_row)
            continue
        table.rows.append(excel_row)
        table.cells.append(row)
    return table



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
    _unmark_labelled(body, plain, label_columns(no_index))
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
        marked = {v for v in maybe_labels(set(map(take, body))) if label_kind(v)}
        if marked:  # rare: the rows are looked up one by one only then
            for i, value in enumerate(map(take, body)):
                if value in marked:
                    plain[i] = False



def _run_end(plain: list[bool], start: int) -> int:
    """Where the run of True from `start` ends (list.index: at C speed)."""
    try:
        return plain.index(False, start)
    except ValueError:
        return len(plain)


def _leads_table(row: list[Any], record: dict[str, Any], key_fields: list[str]) -> str | None:
    if is_numbering(row):
        return "penomoran kolom"
    cells = [v for v in row if not is_blank(v)]
    if (len(cells) >= 2 and key_fields and all(is_blank(record.get(k)) for k in key_fields)
            and all(isinstance(v, str) for v in cells)):
        return "lanjutan judul kolom"
    return None

