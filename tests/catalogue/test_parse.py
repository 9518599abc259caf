"""Reading catalogue rows (catalogue/parse.py): the words staff write, the
document's layout of a sasaran over two rows, and the cycle's columns
(cycle.md) carried for the quarters to come."""

from __future__ import annotations

from fractions import Fraction

import pytest

from iku_excel.catalogue.columns import COLUMNS
from iku_excel.catalogue.parse import match_header, parse_rows
from iku_excel.values import norm_text

HEADERS = [c.header for c in COLUMNS]


def read(*rows: dict, headers=HEADERS):
    keys, unknown = match_header([[norm_text(h)] for h in headers])
    body = [(5 + i, [row.get(h) for h in headers]) for i, row in enumerate(rows)]
    return parse_rows("k.xlsx", "Indikator", 4, headers, keys, unknown, body)


def row(**cells) -> dict:
    base = {"No": 1, "Sasaran Strategis": "S", "Indikator Kinerja Utama": "Persentase uji",
            "Sumber Data": "Register", "Penanggung Jawab": "Kecamatan", "Kode": "uji",
            "Satuan": "%", "Cara Hitung": "Persentase", "Tabel": "Uji",
            "Syarat Pembilang": "Status = Ya", "Arah": "Naik"}
    base.update({k.replace("_", " "): v for k, v in cells.items()})
    return base


@pytest.mark.parametrize(("written", "cara"), [
    ("Persentase (%)", "persentase"), ("Indeks", "indeks SKM"), ("IKM", "indeks SKM"),
    ("Rata-rata", "rata-rata"), ("Rerata", "rata-rata"), ("JUMLAH", "jumlah"),
    ("Input langsung", "nilai"), ("Perubahan", "perubahan")])
def test_cara_hitung_as_staff_write_it(written, cara):
    parsed = read(row(**{"Cara Hitung": written, "Realisasi": 5, "Kolom Nilai": "Nilai"}))
    assert parsed.rows[0].cara == cara and parsed.findings == []


def test_the_second_row_of_a_sasaran_may_leave_no_and_sasaran_blank():
    parsed = read(row(), row(Kode="dua", No=None, **{"Sasaran Strategis": None}),
                  row(Kode="tiga", No=2, **{"Sasaran Strategis": "Lain"}))
    assert [(r.no, r.sasaran) for r in parsed.rows] == [(1, "S"), (1, "S"), (2, "Lain")]
    assert parsed.findings == []


def test_a_row_without_indikator_is_passed_over_silently():
    parsed = read(row(), {"No": 3, "Kode": "kosong"}, row(Kode="dua"))
    assert [r.code for r in parsed.rows] == ["uji", "dua"] and parsed.findings == []


def test_the_cycle_columns_are_read_and_no_unknown_extras():
    parsed = read(row(**{"Per Triwulan": "Kumulatif Pembilang", "Target TW I": "20",
                         "Target TW II": 40, "Target TW III": "60-65", "Target TW IV": 80,
                         "Realisasi Tahun Lalu": "77,5", "Target Akhir Renstra": 90,
                         "Tahun Akhir Renstra": 2026, "Target": "80 - 90",
                         "Nama Singkat": "Uji"}))
    got = parsed.rows[0]
    assert parsed.findings == []
    assert got.per_triwulan == "kumulatif pembilang"
    assert [(t.low, t.high) for t in got.target_triwulan] == [(20, 20), (40, 40), (60, 65),
                                                                (80, 80)]
    assert got.realisasi_tahun_lalu == Fraction(155, 2)
    assert (got.target_renstra.low, got.tahun_renstra) == (90, 2026)
    assert (got.target.low, got.target.high, got.label) == (80, 90, "Uji")


def test_a_bad_target_is_a_warning_not_a_broken_row():
    parsed = read(row(Target="delapan puluh"))
    assert [f.code for f in parsed.findings] == ["katalog_angka_diabaikan"]
    assert parsed.rows[0].broken is None and parsed.rows[0].target is None


def test_label_without_nama_singkat():
    parsed = read(row(**{"Indikator Kinerja Utama": "Persentase desa yang menyampaikan "
                                                    "laporan keuangan tepat waktu"}))
    assert parsed.rows[0].label == "Desa yang menyampaikan laporan keuangan ..."
