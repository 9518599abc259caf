"""validate/skm_elements: which column answers which element, under which rule set."""

from __future__ import annotations

import pytest

from iku_excel.indicators.skm_rules import RULE_SETS
from iku_excel.reading.table import Column, DetectedTable
from iku_excel.schema import SKM
from iku_excel.settings import parse_settings
from iku_excel.validate.skm_elements import choose_rules, element_columns

NAMES_2014 = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif",
              "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
              "Maklumat Pelayanan", "Penanganan Pengaduan"]


def _table(columns: dict[str, str], sheet: str = "SKM") -> DetectedTable:
    """columns: field key -> header, in sheet order from column B."""
    found = {key: Column(i, header) for i, (key, header) in enumerate(columns.items(), start=1)}
    return DetectedTable(SKM, "skm.xlsx", sheet, 3, 1, found)


def _positional(count: int, **extra: str) -> DetectedTable:
    return _table({**{f"u{i}": f"U{i}" for i in range(1, count + 1)}, **extra})


def test_positions_map_in_order():
    findings = []
    columns = element_columns(_positional(9), RULE_SETS["16/2014"], findings)
    assert [c.header for c in columns] == [f"U{i}" for i in range(1, 10)] and findings == []


def test_a_named_column_beside_a_complete_positional_set_is_not_an_element():
    findings = []
    table = _positional(9, waktu="Waktu")
    columns = element_columns(table, RULE_SETS["16/2014"], findings)
    assert [c.header for c in columns] == [f"U{i}" for i in range(1, 10)] and findings == []


def test_a_gap_in_the_positions_is_named():
    findings = []
    table = _table({**{f"u{i}": f"U{i}" for i in range(1, 9)}, "u10": "U10"})
    assert element_columns(table, RULE_SETS["16/2014"], findings) is None
    [finding] = findings
    assert finding.code == "skm_unsur_kurang" and finding.params["hilang"] == "U9"
    assert finding.params["ditemukan"] == "U1, U2, U3, U4, U5, U6, U7, U8, U10"


def test_names_of_the_other_nine_element_list_take_the_missing_place():
    # 16/2014 names under 14/2017: Maklumat counted where 14/2017 has Sarana (U9).
    keys = RULE_SETS["16/2014"].elements
    table = _table(dict(zip(keys, NAMES_2014)))
    findings = []
    columns = element_columns(table, RULE_SETS["14/2017"], findings)
    assert [c.header for c in columns] == [*NAMES_2014[:7], "Penanganan Pengaduan",
                                           "Maklumat Pelayanan"]
    [note] = findings
    assert (note.code, note.column, note.params["nomor"], note.params["unsur"]) == (
        "skm_unsur_dipetakan", "Maklumat Pelayanan", 9, "Sarana dan Prasarana")


def test_a_header_naming_no_single_element_is_not_read_as_one():
    # "U3" over a merged "Unsur Pelayanan": a position, no name.
    table = _table({**{f"u{i}": f"Unsur Pelayanan U{i}" for i in range(1, 10)}})
    findings = []
    assert len(element_columns(table, RULE_SETS["14/2017"], findings)) == 9
    assert findings == []


def test_fourteen_elements_choose_kepmenpan_2004_with_a_note():
    findings = []
    rules = choose_rules([_positional(14)], None, findings)
    assert rules.code == "25/2004"
    assert [(f.code, f.file, f.sheet, f.params["jumlah"]) for f in findings] == [
        ("skm_aturan_otomatis", "skm.xlsx", "SKM", 14)]


@pytest.mark.parametrize("counts, aturan, chosen", [
    ([9], None, "16/2014"),
    ([14, 9], None, "16/2014"),     # mixed: the IKU document's; the 14-element sheet is refused
    ([12], None, "16/2014"),
    ([14], "14/2017", "14/2017"),   # chosen in the settings: never re-ruled
])
def test_rule_set_choice(counts, aturan, chosen):
    findings = []
    tables = [_positional(n) for n in counts]
    assert choose_rules(tables, aturan, findings).code == chosen
    assert not findings


def test_fourteen_under_nine_is_refused_with_the_columns_found():
    findings = []
    assert element_columns(_positional(14), RULE_SETS["16/2014"], findings) is None
    [finding] = findings
    assert finding.code == "skm_unsur_lebih" and finding.params["jumlah"] == 14


def _settings(**items):
    records = [(row, {"uraian": k, "isi": v}) for row, (k, v) in enumerate(items.items(), 2)]
    return parse_settings(records, "p.xlsx", "Pengaturan")


@pytest.mark.parametrize("written, code", [
    ("KepMenPAN 25/2004", "25/2004"), ("Kep.MenPAN No. KEP/25/M.PAN/2/2004", "25/2004"),
    ("PermenPAN-RB 14/2017", "14/2017")])
def test_aturan_skm_setting(written, code):
    settings, findings = _settings(**{"Aturan SKM": written})
    assert (settings.aturan_skm, settings.aturan_skm_dipilih, findings) == (code, code, [])


def test_aturan_skm_not_written_is_not_chosen():
    settings, _ = _settings(Tahun=2017)
    assert settings.aturan_skm == "16/2014" and settings.aturan_skm_dipilih is None


@pytest.mark.parametrize("written, mode", [
    ("0,071", "0,071"), (0.071, "0,071"), ("0,07", "0,07"), (0.111, "0,111"),
    ("0,11", "0,11"), ("Tepat (1/14)", "tepat"), ("1/14", "tepat")])
def test_bobot_skm_setting(written, mode):
    settings, findings = _settings(**{"Bobot SKM": written})
    assert (settings.bobot_skm, findings) == (mode, [])
