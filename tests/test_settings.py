"""iku_excel.settings.parse_settings: the Uraian | Isi sheet."""

import pytest

from iku_excel.catalogue.bundled import bundled_codes
from iku_excel.messages import severity_of
from iku_excel.settings import Settings, parse_settings, parse_target
from iku_excel.settings_keys import KEYS, example_rows, template_rows

# The example report's settings sheet (the one table: settings_keys.py).
EXAMPLE = example_rows()

FILE, SHEET = "Pengaturan_IKU_2017.xlsx", "Pengaturan"


def records(pairs, first_row=3):
    return [(first_row + i, {"uraian": u, "isi": v}) for i, (u, v) in enumerate(pairs)]


def parse(pairs):
    return parse_settings(records(pairs), FILE, SHEET)


def one(label, value):
    return parse([(label, value)])


def test_example_sheet():
    s, findings = parse(EXAMPLE)
    assert findings == []
    assert s.found and s.where == (FILE, SHEET)
    assert s.kecamatan == "Benjeng" and s.kabupaten == "Gresik"
    assert s.tahun == 2017
    assert s.nip == "19671020 198803 1 009"
    assert s.aturan_skm == "16/2014" and s.bobot_skm == "tepat"
    assert s.rumus_penurunan == "dokumen" and s.ukuran_kertas == "F4"
    assert s.pelanggaran_tahun_lalu is None      # blank stays unset
    assert set(s.targets) == set(bundled_codes())
    expected = {"skm": 80, "penurunan_pelanggaran_perda": -20, "konflik_ditindaklanjuti": 90,
                "partisipasi_musrenbang": 90, "usulan_direkomendasikan": 75,
                "ormas_dibina": 80, "lembaga_ekonomi_dibina": 75}
    assert {code: t.low for code, t in s.targets.items()} == expected


def test_usulan_target_is_not_taken_for_participation():
    s, _ = one("Target Usulan Direkomendasikan (%)", 75)
    assert list(s.targets) == ["usulan_direkomendasikan"]
    # 'Usulan Musrenbang' names the proposals, not attendance at the Musrenbang
    s, _ = one("Target Usulan Musrenbang", 70)
    assert list(s.targets) == ["usulan_direkomendasikan"]
    s, _ = one("Target Partisipasi Musrenbang (%)", 90)
    assert list(s.targets) == ["partisipasi_musrenbang"]


def test_nip_typed_as_a_number_is_reported_and_kept():
    # Excel keeps 15 significant digits: 196710201988031009 becomes 1.96710201988031E+17,
    # i.e. 196710201988031000 -> printed as written by Excel, never replaced silently.
    s, findings = one("NIP", 1.96710201988031e17)
    assert s.nip == "19671020 198803 1 000"
    assert [(f.code, f.row, f.column) for f in findings] == [("nip_tidak_sah", 3, "NIP")]
    assert "angka" in findings[0].params["masalah"]
    assert severity_of(findings[0]).value == "peringatan"


def test_nip_as_text_has_no_finding():
    s, findings = one("NIP", "196710201988031009")
    assert s.nip == "19671020 198803 1 009" and findings == []


@pytest.mark.parametrize("value, expected", [
    ("0,11", "0,11"), ("0,111", "0,111"), (0.11, "0,11"), ("Tepat (1/9)", "tepat"),
])
def test_bobot_skm(value, expected):
    s, findings = one("Bobot SKM", value)
    assert s.bobot_skm == expected and findings == []


@pytest.mark.parametrize("value, expected", [
    ("PermenPAN-RB 14/2017", "14/2017"),
    ("Permenpan RB No. 14 Tahun 2017", "14/2017"),
    ("PermenPAN-RB 16/2014", "16/2014"),
])
def test_aturan_skm(value, expected):
    s, findings = one("Aturan SKM", value)
    assert s.aturan_skm == expected and findings == []


def test_rumus_penurunan_biasa():
    s, _ = one("Rumus Penurunan Pelanggaran Perda", "Penurunan biasa")
    assert s.rumus_penurunan == "biasa"


def test_pelanggaran_tahun_lalu_from_text():
    s, findings = one("Jumlah Pelanggaran Perda Tahun Sebelumnya", "30")
    assert s.pelanggaran_tahun_lalu == 30 and findings == []


def test_unknown_label():
    s, findings = one("Warna Favorit", "biru")
    assert [(f.code, f.row, f.column) for f in findings] == [
        ("pengaturan_tidak_dikenal", 3, "Warna Favorit")]
    assert s == Settings(found=True, where=(FILE, SHEET))   # nothing else changed


def test_target_for_no_indicator_is_unknown():
    s, findings = one("Target Apa Saja", 5)
    assert s.targets == {}
    assert [f.code for f in findings] == ["pengaturan_tidak_dikenal"]


@pytest.mark.parametrize("label, value, default_attr", [
    ("Tahun", "dua ribu", "tahun"),
    ("Aturan SKM", "aturan baru", "aturan_skm"),
    ("Bobot SKM", "0,5", "bobot_skm"),
    ("Ukuran Kertas", "B5", "ukuran_kertas"),
])
def test_unreadable_value_keeps_default_with_finding(label, value, default_attr):
    s, findings = one(label, value)
    assert getattr(s, default_attr) == getattr(Settings(), default_attr)
    assert [(f.code, f.row, f.column, f.value) for f in findings] == [
        ("pengaturan_nilai_salah", 3, label, value)]


def test_unreadable_target_is_reported():
    s, findings = one("Target SKM", "abc")
    assert s.targets == {}
    assert [f.code for f in findings] == ["pengaturan_nilai_salah"]


def test_blank_label_rows_are_skipped():
    s, findings = parse([(None, "x"), ("", "y"), ("Tahun", 2018)])
    assert s.tahun == 2018 and findings == []


# --- labels naming a year, known settings (issue 15) -----------------------

def test_labels_naming_a_year_are_year_n_1_or_n():
    # A 2017 report: "Tahun 2016" is year n-1, "Tahun 2017" year n; 2015 is no
    # year of this report (noted, not used); a target of another year neither.
    s, findings = parse([("Tahun", 2017), ("Jumlah Pelanggaran Perda Tahun 2016", 30),
                         ("Jumlah Pelanggaran Perda Th. 2017", "24"),
                         ("Jumlah Pelanggaran Perda Tahun 2015", 12),
                         ("Target SKM 2016", 70), ("Target SKM Tahun 2017", 80),
                         ("Jumlah Pengguna Layanan Tahun 2017", "1.200")])
    assert s.pelanggaran_per_tahun == {2016: 30, 2017: 24}
    assert s.pelanggaran_tahun_lalu is None
    assert {code: t.low for code, t in s.targets.items()} == {"skm": 80}
    assert s.pengguna_layanan == 1200
    assert [(f.code, f.row, f.params) for f in findings] == [
        ("pengaturan_tahun_lain", 6, {"tahun_baris": 2015, "tahun": 2017}),
        ("pengaturan_tahun_lain", 7, {"tahun_baris": 2016, "tahun": 2017})]


def test_the_report_year_from_the_command_line_decides_too():
    # --tahun 2018 over a sheet saying 2017: "Tahun 2017" is then year n-1.
    s, findings = parse_settings(records([("Tahun", 2017),
                                          ("Jumlah Pelanggaran Perda Tahun 2017", 24),
                                          ("Target SKM 2017", 80)]), FILE, SHEET, tahun=2018)
    assert s.pelanggaran_per_tahun == {2017: 24} and s.targets == {}
    assert [f.code for f in findings] == ["pengaturan_tahun_lain"]


def test_years_in_other_labels_are_not_read_as_the_rows_year():
    # A regulation's number and a signing date in January of n+1 keep their meaning.
    s, findings = parse([("Tahun", 2017),
                         ("Aturan SKM (PermenPAN-RB 14/2017)", "PermenPAN-RB 14/2017"),
                         ("Tanggal Penandatanganan 2018", "15 Januari 2018")])
    assert s.aturan_skm == "14/2017" and s.tanggal_ttd == "15 Januari 2018"
    assert findings == []


def test_a_count_of_violations_without_its_year_is_not_guessed():
    s, findings = one("Jumlah Pelanggaran Perda", 30)
    assert s.pelanggaran_per_tahun == {} and s.pelanggaran_tahun_lalu is None
    assert [f.code for f in findings] == ["pengaturan_tanpa_tahun"]
    s, findings = one("Jumlah Pelanggaran Perda Tahun Lalu", 30)
    assert s.pelanggaran_tahun_lalu == 30 and findings == []


def test_has_known_setting():
    from iku_excel.settings import has_known_setting

    assert has_known_setting(records([("Warna", "biru"), ("Target SKM", 80)]))
    assert has_known_setting(records([("Jumlah Pelanggaran Perda Tahun 2016", 30)]))
    # An 'Uraian | Nilai' table of the survey is no settings sheet.
    assert not has_known_setting(records([("U1", 3.2), ("NRR Tertimbang", 0.35),
                                          ("Nilai IKM", 80.5)]))
    assert not has_known_setting(records([]))


def test_the_template_holds_no_value_and_a_run_without_them_uses_the_defaults():
    """The blank template writes labels only: a copy nobody filled is no
    settings sheet (it could otherwise win over the real one), and nothing
    in it differs from what a run uses without the rows."""
    from iku_excel.settings import has_filled_setting

    rows = template_rows()
    assert rows and all(value is None for _, value in rows)
    assert not has_filled_setting(records(rows))
    s, findings = parse(rows)
    assert findings == []
    default = Settings()
    for field_ in ("kecamatan", "kabupaten", "aturan_skm", "bobot_skm", "rumus_penurunan",
                   "ukuran_kertas", "baris_responden", "pdf_lengkap", "targets", "tahun"):
        assert getattr(s, field_) == getattr(default, field_), field_
    assert (s.aturan_skm, s.bobot_skm, s.rumus_penurunan) == ("16/2014", "tepat", "dokumen")
    assert (s.ukuran_kertas, s.baris_responden, s.pdf_lengkap) == ("F4", 1000, False)
    assert s.tahun is None and s.targets == {}
    assert not (s.nama_camat or s.pangkat or s.nip)  # never a signer in the template


def test_every_settings_label_is_read_as_its_own_key():
    """Each label the template and the example write is recognised as the
    row it is (an alias lost from the table would make it 'not known')."""
    from iku_excel.settings import has_known_setting

    for row in KEYS:
        if row.label is not None:
            assert has_known_setting(records([(row.label, row.example)])), row.label


# --- targets typed as fractions (a tester's D) -------------------------------

@pytest.mark.parametrize("value, percent_rows, expected, noted", [
    (0.85, frozenset({3}), 85.0, True),     # shown 85 % by its cell's format
    (0.85, frozenset(), 0.85, False),       # a General cell: 0,85 as typed (warned later)
    (0.85, None, 85.0, True),               # format unknown (csv, ods): at or below 1
    (1, None, 100.0, True),
    ("0,9", None, 90.0, True),
    (85, frozenset({3}), 85.0, False),      # 85 in a percent cell is 8.500 %: as typed
    (85, None, 85.0, False),
    ("85%", frozenset({3}), 85.0, False),   # text: its own %
])
def test_percentage_target_typed_as_a_fraction(value, percent_rows, expected, noted):
    s, findings = parse_settings(records([("Target Konflik Ditindaklanjuti (%)", value)]),
                                 "p.xlsx", "Pengaturan", percent_rows=percent_rows)
    assert s.targets["konflik_ditindaklanjuti"].low == pytest.approx(expected)
    assert [f.code for f in findings] == (["target_pecahan"] if noted else [])


def test_fraction_rule_leaves_the_survey_index_and_a_fall_of_one_percent():
    s, findings = parse_settings(records([("Target SKM", 1), (
        "Target Penurunan Pelanggaran Perda (%)", 1)]), "p.xlsx", "Pengaturan")
    assert s.targets["skm"].low == 1 and s.targets["penurunan_pelanggaran_perda"].low == 1
    assert findings == []
    s, findings = parse_settings(records([("Target Penurunan Pelanggaran Perda (%)", 0.2)]),
                                 "p.xlsx", "Pengaturan")
    assert s.targets["penurunan_pelanggaran_perda"].low == pytest.approx(20)


@pytest.mark.parametrize("text, low, high", [
    ("≥ 75", 75, 75), (">= 75", 75, 75), ("75 persen", 75, 75), ("minimal 80%", 80, 80),
    ("turun 5%", 5, 5), ("76,61 - 88,30", 76.61, 88.3)])
def test_targets_as_staff_write_them(text, low, high):
    target = parse_target(text)
    assert (target.low, target.high) == (pytest.approx(low), pytest.approx(high))
    assert target.written == text
