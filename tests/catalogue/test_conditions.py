"""The Syarat language (catalogue.md, "Conditions"): what it reads, what it
refuses (where, and what to write instead), and how a condition meets cells."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from iku_excel.catalogue.conditions import ConditionError, parse_conditions
from iku_excel.indicators.matching import Matcher
from iku_excel.validate.table_rows import TableInfo, TableRow


def parsed(text):
    return [(c.column, c.op, c.values, c.number, c.date) for c in parse_conditions(text)]


def test_what_staff_write():
    assert parsed("Status = Selesai, Tuntas") == [("Status", "=", ("Selesai", "Tuntas"), None,
                                                   None)]
    assert parsed("Status <> Dibatalkan; Desa terisi") == [
        ("Status", "≠", ("Dibatalkan",), None, None), ("Desa", "terisi", (), None, None)]
    assert parsed("Status != Batal")[0][1] == parsed("Status ≠ Batal")[0][1] == "≠"
    assert parsed("Keterangan kosong") == [("Keterangan", "kosong", (), None, None)]
    assert parsed("Keterangan tidak kosong")[0][1] == "terisi"
    # Indonesian numbers: 80,5 is a decimal, 1.500 a thousand and a half.
    assert parsed("Nilai >= 80,5")[0][3] == Fraction(161, 2)
    assert parsed("Anggaran > 1.500")[0][3] == 1500
    assert parsed("Tanggal Penetapan <= 31/12/2023")[0][4] == dt.date(2023, 12, 31)
    # A comma inside quotes, or between digits, does not split the list.
    assert parsed('Ket = "Ya, lengkap", Sudah')[0][2] == ("Ya, lengkap", "Sudah")
    assert parsed("Skor = 2,5, 3")[0][2] == ("2,5", "3")
    assert parse_conditions("  ") == () and parse_conditions(None) == ()


@pytest.mark.parametrize(("text", "position", "words"), [
    ("Status Selesai", 15, "tanda pembanding"),          # no operator: at its end
    ("= Ya", 1, "nama kolom"),
    ("Status =", 9, "nilai sesudah"),
    ("Umur > tua", 8, "bukan angka"),
    ("Status = Ya; terisi", 14, "nama kolom"),           # the second part, where it starts
])
def test_mistakes_say_where_and_what_to_write(text, position, words):
    with pytest.raises(ConditionError) as caught:
        parse_conditions(text)
    assert caught.value.position == position
    assert words in caught.value.problem and caught.value.suggestion


TABLE = TableInfo("f.xlsx", "S", "tabel uji",
                  {"hadir": "Hadir", "ket": "Keterangan", "nilai": "Nilai", "ttd": "TTD"},
                  {"hadir": "hadir", "keterangan": "ket", "nilai": "nilai", "ttd": "ttd"})


def meets(text, findings=None, **cells):
    row = TableRow(TABLE, 7, 2024, None, cells)
    return Matcher(findings if findings is not None else []).meets(parse_conditions(text), row)


@pytest.mark.parametrize("cell", ["Ya", "v", "✓", 1, "1", "Hadir", "hadir", "H", "Sudah"])
def test_ya_is_the_yes_words_of_the_column(cell):
    assert meets("Hadir = Ya", hadir=cell)


@pytest.mark.parametrize("cell", ["Tidak", "Tdk", "Absen", "Izin", 0, "Tidak Hadir"])
def test_tidak_is_the_no_words(cell):
    assert meets("Hadir = Tidak", hadir=cell) and not meets("Hadir = Ya", hadir=cell)


def test_a_signature_column_counts_a_mark_as_yes():
    assert meets("TTD = Ya", ttd="ttd") and meets("TTD = Ya", ttd="Budi")
    assert not meets("TTD = Ya", ttd="4. ........")


def test_an_unknown_word_is_no_with_a_warning_naming_the_cell():
    findings = []
    assert not meets("Hadir = Ya", findings, hadir="mungkin")
    assert [(f.code, f.file, f.sheet, f.row, f.column, f.value) for f in findings] == [
        ("nilai_tidak_dikenal", "f.xlsx", "S", 7, "Hadir", "mungkin")]


def test_equality_is_on_whole_words_never_a_part():
    assert not meets("Keterangan = Lengkap", ket="Belum Lengkap")
    assert not meets("Keterangan = Direkomendasikan", ket="Tidak Direkomendasikan")
    assert meets("Keterangan = Lengkap", ket="  LENGKAP. ")
    assert meets("Keterangan ≠ Lengkap", ket="Belum Lengkap")
    assert meets("Keterangan ≠ Lengkap")            # a blank cell is not 'Lengkap'


def test_comparisons_and_filled_cells():
    assert meets("Nilai >= 80,5", nilai="80,5") and not meets("Nilai > 80,5", nilai=80.5)
    assert meets("Nilai < 1.500", nilai=1499)
    findings = []
    assert not meets("Nilai >= 3", findings, nilai="tiga")
    assert [f.code for f in findings] == ["syarat_bukan_angka"]
    assert not meets("Nilai >= 3", nilai=None)      # blank: not met, nothing to say
    assert meets("Keterangan terisi", ket="x") and not meets("Keterangan terisi", ket=" - ")
    assert meets("Keterangan kosong", ket=None) and meets("Hadir = Ya; Nilai > 2", hadir="Ya",
                                                          nilai=3)
    assert not meets("Hadir = Ya; Nilai > 2", hadir="Ya", nilai=2)
