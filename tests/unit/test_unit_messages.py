"""iku_excel.messages: every finding code has its Indonesian sentence."""

import re
from pathlib import Path

import pytest

import iku_excel
from iku_excel.findings import Finding, Severity
from iku_excel.messages import CATALOGUE, text_of, tindakan_of

PACKAGE = Path(iku_excel.__file__).parent
SOURCES = {p: p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")}

_PATTERNS = [
    re.compile(r'Finding\(\s*"([a-z0-9_]+)"'),        # Finding("code", ...)
    re.compile(r'ReadError\(\s*"([a-z0-9_]+)"'),      # raised, becomes Finding(exc.code)
]
# Codes passed to Finding through a variable (detect.cell_notes, settings._OWN_FINDING).
INDIRECT = {"rumus_dihitung", "rumus_tanpa_nilai", "nip_tidak_sah", "pangkat_tidak_dikenal"}


def used_codes() -> set[str]:
    codes = set()
    for text in SOURCES.values():
        for pattern in _PATTERNS:
            codes.update(pattern.findall(text))
    return codes


def test_scan_finds_codes():
    codes = used_codes()
    # guards the scan: a broken regex would make the next test pass vacuously
    assert len(codes) >= 30
    assert {"pengaturan_tidak_dikenal", "penurunan_tanda", "berkas_rusak"} <= codes


def test_indirect_codes_are_really_used():
    everything = "\n".join(SOURCES.values())
    for code in INDIRECT:
        assert f'"{code}"' in everything.replace(
            (PACKAGE / "messages.py").read_text(encoding="utf-8"), ""), code


def test_every_used_code_has_a_message():
    missing = sorted((used_codes() | INDIRECT) - set(CATALOGUE))
    assert missing == []


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_message_renders_with_empty_params(code):
    finding = Finding(code)
    text, tindakan = text_of(finding), tindakan_of(finding)
    assert text.strip() and tindakan.strip()
    # no placeholder left unfilled
    assert "{" not in text and "}" not in text
    assert "{" not in tindakan and "}" not in tindakan
    assert isinstance(CATALOGUE[code].severity, Severity)


def test_render_fills_fields_and_params():
    f = Finding("pengaturan_nilai_salah", "P.xlsx", "Pengaturan", 7, "Tahun", "dua ribu",
                {"dipakai": "kosong", "contoh": "Contoh: 2017."})
    assert text_of(f) == ('Isi pengaturan "Tahun" tidak dapat dibaca: "dua ribu". '
                          "Dipakai: kosong.")
    assert tindakan_of(f) == "Perbaiki isi pengaturan itu di lembar Pengaturan baris 7. Contoh: 2017."
