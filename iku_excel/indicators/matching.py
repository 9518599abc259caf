"""Whether a table row meets a Syarat, and what number a Kolom Nilai cell
holds (catalogue.md, "Conditions").

`Kolom = Ya` asks the yes/no question: on a built-in source's yes/no field
it is that source's validated answer (its special rules applied); on any
other column the words staff write for yes and no (vocabulary.py), chosen
by the column's header ('Hadir' takes a tick, 1, Hadir, TTD). A word the
tool does not know counts as no, with a warning: words never inflate a
figure. Any other value is compared as the whole words it is."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from iku_excel.catalogue.builtin import FLAG, FLAG_FIELDS, field_of
from iku_excel.catalogue.conditions import (
    EMPTY,
    EQUAL,
    FILLED,
    compared,
    exact_number,
    is_empty,
    same_word,
    yes_no_word,
)
from iku_excel.catalogue.model import Condition
from iku_excel.findings import Finding
from iku_excel.schema import SOURCES_BY_CODE
from iku_excel.validate.table_rows import TableInfo, TableRow
from iku_excel.values import norm_text
from iku_excel.vocabulary import (
    FOLLOWED_UP,
    GUIDED,
    PRESENT,
    RECOMMENDED,
    Vocabulary,
    signed,
)

GENERIC = Vocabulary(
    "ya/tidak",
    yes=frozenset({"ya", "y", "sudah", "telah", "ada", "1", "benar", "sesuai"}),
    no=frozenset({"tidak", "t", "belum", "0", "tidak ada", "bukan", "salah", "tidak sesuai"}),
    yes_shown=("Ya", "Sudah", "Ada", "✓"), no_shown=("Tidak", "Belum"))
_SIGNATURE = ("tanda tangan", "ttd", "paraf")
_SHOWN = 8  # the words a column holds, named in a warning
# Header words -> the vocabulary of that meaning.
_MEANINGS = ((("hadir", "kehadiran"), PRESENT), (("rekomendasi", "direkomendasikan"), RECOMMENDED),
             (("dibina", "pembinaan"), GUIDED),
             (("tindak lanjut", "ditindaklanjuti", "difasilitasi"), FOLLOWED_UP))


def vocabulary_for(header: str) -> Vocabulary:
    """The yes/no words of a column: the usual ones, those of its meaning,
    and its own header word ('Tepat Waktu' in a column so headed is yes)."""
    words = norm_text(header)
    chosen = [GENERIC] + [vocab for keys, vocab in _MEANINGS
                          if any(f" {k} " in f" {words} " for k in keys)]
    yes = frozenset().union(*(v.yes for v in chosen))
    no = frozenset().union(*(v.no for v in chosen))
    if words and words not in no:
        yes |= {words}
    if any(f" {k} " in f" {words} " for k in _SIGNATURE):
        yes |= {"ttd"}
    shown_yes = tuple(dict.fromkeys(w for v in chosen for w in v.yes_shown))
    shown_no = tuple(dict.fromkeys(w for v in chosen for w in v.no_shown))
    return Vocabulary(f"kolom {header}", yes - no, no, yes_shown=shown_yes, no_shown=shown_no)


class Matcher:
    """Conditions met by table rows; each doubtful cell told once (several
    indicators may look at one table)."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self._said: set[tuple] = set()
        self._keys: dict[tuple[int, str], str | None] = {}
        self._vocabularies: dict[str, Vocabulary] = {}

    def key(self, table: TableInfo, column: str) -> str | None:
        """The column key a name means in `table` (checked before counting)."""
        known = self._keys.get((id(table), column), ...)
        if known is ...:
            if table.source is not None:
                known = field_of(SOURCES_BY_CODE[table.source], column)
            else:
                known = table.names.get(norm_text(column))
            self._keys[(id(table), column)] = known
        return known

    def meets(self, conditions: tuple[Condition, ...], row: TableRow) -> bool:
        return all(self.holds(c, row) for c in conditions)

    def holds(self, condition: Condition, row: TableRow) -> bool:
        key = self.key(row.table, condition.column)
        value = row.cells.get(key) if key is not None else None
        if condition.op == FILLED:
            return not is_empty(value)
        if condition.op == EMPTY:
            return is_empty(value)
        if condition.op in (EQUAL, "≠"):
            hit = any(self._equals(row, key, value, word) for word in condition.values)
            return hit if condition.op == EQUAL else not hit
        answer = compared(value, condition)
        if answer is None:
            if not is_empty(value):
                self._say("syarat_bukan_angka", row, key, value, {"syarat": condition.text})
            return False
        return answer

    def _equals(self, row: TableRow, key: str | None, value: Any, word: str) -> bool:
        wanted = yes_no_word(word)
        if wanted is None:
            return same_word(value, word)
        flag = FLAG_FIELDS.get(row.table.source or "")
        if flag is not None and key in flag[1] and FLAG in row.cells:
            return row.cells[FLAG] is wanted  # the source's own answer, its rules applied
        return self._yes(row, key, value) is wanted

    def _yes(self, row: TableRow, key: str | None, value: Any) -> bool:
        header = row.table.headers.get(key, key or "")
        if any(f" {k} " in f" {norm_text(header)} " for k in _SIGNATURE):
            return signed(value)
        vocabulary = self._vocabularies.get(header)
        if vocabulary is None:
            vocabulary = self._vocabularies[header] = vocabulary_for(header)
        if is_empty(value):
            self._say("nilai_kosong_dianggap_tidak", row, key, None,
                      {"dianggap": "Tidak", "pilihan": vocabulary.choices()})
            return False
        answer = vocabulary.classify(value)
        if answer is None:
            # Kept in the denominator as "no": an unknown word never raises a figure.
            self._say("nilai_tidak_dikenal", row, key, value, {"pilihan": vocabulary.choices()})
            return False
        return answer

    def words_found(self, conditions: tuple[Condition, ...], rows: Sequence[TableRow],
                    indikator: str) -> None:
        """Each word a Syarat compares to (`Ketepatan = Tepat Wakt`) that no
        row of the table holds, in any year: a typo counts nothing and looks
        like a real 0 %, so it is warned with the words the column holds."""
        for condition in conditions:
            if condition.op not in (EQUAL, "≠") or not rows:
                continue
            key = self.key(rows[0].table, condition.column)
            if key is None:
                continue
            for word in condition.values:
                if yes_no_word(word) is not None:
                    continue  # Ya/Tidak: each cell's word is judged (nilai_tidak_dikenal)
                cells = [r.cells.get(key) for r in rows]
                if any(same_word(cell, word) for cell in cells):
                    continue
                held = list(dict.fromkeys(" ".join(str(c).split()) for c in cells
                                          if not is_empty(c)))
                shown = ", ".join(held[:_SHOWN]) + (" ..." if len(held) > _SHOWN else "")
                table = rows[0].table
                said = ("syarat_kata_tidak_ada", table.file, table.sheet, key, word)
                if said in self._said:
                    continue
                self._said.add(said)
                self.findings.append(Finding(
                    "syarat_kata_tidak_ada", table.file, table.sheet, None,
                    table.headers.get(key, key), word, {
                        "indikator": indikator, "syarat": condition.text,
                        "isi": shown or "(semua kosong)"}))

    def number(self, row: TableRow, column: str) -> Fraction | None:
        """The number in a row's Kolom Nilai cell; None (said) when there is none."""
        key = self.key(row.table, column)
        value = row.cells.get(key) if key is not None else None
        number = exact_number(value)
        if number is None:
            code = "angka_kosong" if is_empty(value) else "angka_tidak_terbaca"
            self._say(code, row, key, value, {"kolom_nilai": column})
        return number

    def _say(self, code: str, row: TableRow, key: str | None, value: Any,
             params: dict[str, Any]) -> None:
        header = row.table.headers.get(key, key) if key else None
        said = (code, row.table.file, row.table.sheet, row.row, header)
        if said not in self._said:
            self._said.add(said)
            self.findings.append(Finding(code, row.table.file, row.table.sheet, row.row, header,
                                         value, params))
