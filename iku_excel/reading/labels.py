"""What the label at the left of a row says it is: a footer (Jumlah,
Total, NRR ...), a template's example, a signature line, a group heading, a
numbering row. Such rows are not records, whatever their No column holds."""

from __future__ import annotations

import operator
import re
import string
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from iku_excel.reading.table import Column
from iku_excel.values import MONTHS, is_blank, norm_text, parse_number

_PLACE_DATE = re.compile(r"^[a-z][a-z .'-]*,\s*(?:\d{1,2}\s+)?([a-z]+)\s+\d{4}$")
_NIP_LINE = re.compile(r"^nip\s*\d")
# A row under a table whose label names a computation is a footer, never a
# record: the whole label one of these ...
FOOTER_LABELS = frozenset({
    "jumlah", "jml", "total", "rata rata", "rerata", "nrr", "nrr tertimbang", "ikm",
    "nilai ikm", "nilai skm", "skm", "nilai indeks", "indeks", "semua nilai unsur",
    "jumlah nilai", "jumlah nilai per unsur", "nilai rata rata", "nilai rata rata tertimbang",
    "rata rata tertimbang", "sub total", "subtotal", "grand total", "mutu",
    "mutu pelayanan", "kinerja", "kinerja unit pelayanan", "keterangan", "ket",
    "nilai ikm unit pelayanan", "ikm unit pelayanan", "nilai interval", "nilai konversi",
    "nilai interval konversi", "nilai persepsi", "jumlah responden"})
# ... or its first words.
TOTAL_WORDS = ("jumlah", "jml", "total", "rata rata", "rerata", "nrr", "ikm", "nilai rata",
                "sub total", "subtotal", "grand total", "nilai ikm", "nilai skm",
                "nilai indeks", "indeks kepuasan", "semua nilai unsur", "mutu pelayanan",
                "mutu unit", "kinerja unit", "kinerja pelayanan", "nilai interval")
# 'Keterangan: U1 = Persyaratan ...', 'Mutu : B' under a survey.
LABEL_COLON = re.compile(r"^\s*(keterangan|ket|catatan|mutu|kinerja|nilai)\s*:")
# A template's example row ("Contoh", "Nama Responden"): filled in to show how, not data.
_EXAMPLE = re.compile(r"^\W*(?:contoh|cth|misal|misalnya)\b", re.IGNORECASE)
PLACEHOLDERS = frozenset({
    "nama responden", "nama peserta", "nama lengkap", "nama pelanggar", "nama organisasi",
    "nama lembaga", "nama desa", "nama kegiatan", "dd mm yyyy", "dd mm yy", "hh bb tttt",
    "tgl bln thn", "xxx", "xxxx", "xxxxx", "isi di sini", "diisi"})
# A footer's or an example's label stands at the left: in the first columns
# (other than No). The plain-row shortcut looks there, and so does the careful path.
LABEL_COLUMNS = 3
# The first three characters of every such label (as typed: 'rata-rata',
# 'sub-total', 'dd/mm'), for a quick look at many texts (_maybe_labels).
_LABEL_OPENINGS = frozenset(
    opening for w in (*FOOTER_LABELS, *TOTAL_WORDS, *PLACEHOLDERS, "contoh", "cth", "misal",
                      "keterangan",
                      "catatan", "mutu", "kinerja", "nilai")
    for opening in {w[:3], w[:3].replace(" ", "-"), w[:3].replace(" ", "/"),
                    w[:3].replace(" ", "."), w[:3].replace(" ", "_")})
_ASCII_LETTERS = frozenset(string.ascii_letters)
_SIGNATURE_WORDS = ("mengetahui", "menyetujui", "dibuat oleh", "yang membuat", "petugas",
                    "camat ", "an camat", "a n camat", "sekretaris kecamatan", "kasi ")
_HEADING = re.compile(r"^([a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+\S|^unsur\b|^kelompok\b")


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_numbering(row: list[Any]) -> bool:
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


NIHIL_WORDS = {"nihil", "tidak ada kejadian", "tidak ada konflik", "nihil kejadian"}
# "Tidak ada kejadian konflik", "NIHIL (tidak ada kejadian)": NIHIL said at length.
# "Tidak terjadi konflik", "Aman terkendali", "Situasi aman dan kondusif",
# "Kosong": the month was quiet, on a short line only.
_NIHIL_PHRASE = re.compile(r"^(?:nihil|tidak (?:ada|terjadi) (?:kejadian|konflik|laporan)"
                           r"|(?:situasi |keadaan |kondisi )?aman\b|kosong$)")


def says_nihil(words: list[str], filled: int) -> bool:
    """A line saying no conflict happened this month. Said at length, or as a
    bare "Tidak ada", only on a short line (No, the text, perhaps a date): in
    a record "Tidak ada konflik fisik" describes it, "Tidak ada" is a
    Tindak Lanjut saying nothing was done."""
    if any(w in NIHIL_WORDS for w in words):
        return True
    return filled <= 3 and any(_NIHIL_PHRASE.match(w) or w == "tidak ada" for w in words)


def label_columns(no_index: int | None) -> list[int]:
    return [i for i in range(LABEL_COLUMNS + 1) if i != no_index][:LABEL_COLUMNS]


def left_label(row: list[Any], labels: list[int]) -> str:
    """The first text in the label columns: where a footer or an example says what it is."""
    width = len(row)
    for i in labels:
        if i < width:
            value = row[i]
            if type(value) is str and value.strip():
                return value
    return ""


@lru_cache(maxsize=4096)
def label_kind(text: str) -> str | None:
    """'jumlah' for a label naming a computation, 'contoh' for a template's
    example, else None. Cached: a survey's label columns repeat few texts."""
    word = norm_text(text)
    if word in FOOTER_LABELS or leads_footer(word) or LABEL_COLON.match(text.lower()):
        return "jumlah"
    if _EXAMPLE.match(text) or word in PLACEHOLDERS:
        return "contoh"
    return None


def leads_footer(word: str) -> bool:
    """Whether a normalised label begins with a computation's name, as whole words."""
    return any(word == lead or word.startswith(lead + " ") for lead in TOTAL_WORDS)


def footer_cells(row: list[Any], label: str, no_index: int | None) -> bool:
    """A numbered row is a footer when its label is a computation's whole name,
    or begins with one and nothing beside it is text: 'Total | | 12' is a
    footer, 'Total Usaha Bersama | KUB | Dermo' a record."""
    if norm_text(label) in FOOTER_LABELS:
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



def maybe_labels(values: set[Any]) -> Iterator[str]:
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



def is_signature(texts: list[str], words: list[str]) -> bool:
    """'Mengetahui,', 'Camat Benjeng', 'Benjeng, 30 Desember 2017', 'NIP. 1970...'."""
    for text, word in zip(texts, words):
        if word.startswith(_SIGNATURE_WORDS) or word == "camat" or _NIP_LINE.match(word):
            return True
        match = _PLACE_DATE.match(text.lower())
        if match and match.group(1) in MONTHS:
            return True
    return False


def is_heading_text(row: list[Any]) -> bool:
    text = next((v for v in row if isinstance(v, str) and v.strip()), "")
    return bool(_HEADING.match(text.strip().lower()))


def is_heading(cells: list[tuple[int, Any]], record: dict[str, Any], key_field: str | None,
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

