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
    # Outside the catalogue itself (messages/).
    everything = "\n".join(text for path, text in SOURCES.items()
                           if path.parent.name != "messages")
    for code in INDIRECT:
        assert f'"{code}"' in everything, code


def test_every_used_code_has_a_message():
    missing = sorted((used_codes() | INDIRECT) - set(CATALOGUE))
    assert missing == []


# A finding's own fields, always there to fill a template ("-" when unset).
FIELDS = {"berkas", "lembar", "baris", "kolom", "nilai"}
# Findings made with the params of another object, not a literal: what they carry.
PASSED_ON = {
    "lembar_terlalu_besar_dilewati": {"isi", "batas"},  # the guard's refusal of a sheet
}


def _made_with() -> dict[str, list[tuple[str, set[str] | None]]]:
    """Code -> for each place the package makes it: (where, the param keys
    it gives; None when they are not written out there)."""
    import ast

    made: dict[str, list[tuple[str, set[str] | None]]] = {}
    for path, text in SOURCES.items():
        if path.parent.name == "messages":
            continue
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            code = node.args[0]
            if name not in {"Finding", "ReadError", "fail", "_fail"} or not (
                    isinstance(code, ast.Constant) and isinstance(code.value, str)):
                continue
            if name == "Finding":  # params: 7th positional or params=
                given = [kw.value for kw in node.keywords if kw.arg == "params"]
                given += node.args[6:7]
                params = given[0] if given else ast.Dict(keys=[], values=[])
                keys = ({k.value for k in params.keys if isinstance(k, ast.Constant)}
                        if isinstance(params, ast.Dict) and None not in params.keys else None)
            else:  # ReadError("code", **params): the keywords are the params
                keys = ({kw.arg for kw in node.keywords}
                        if all(kw.arg for kw in node.keywords) else None)
            made.setdefault(code.value, []).append((f"{path.name}:{node.lineno}", keys))
    return made


def test_every_placeholder_is_given_wherever_the_finding_is_made():
    """Each template's placeholders (beyond the finding's own fields) are
    among the params every place that makes that finding gives it: the
    renderer's "-" for a missing one is a safety net, never the wording."""
    gaps = []
    for code, places in sorted(_made_with().items()):
        message = CATALOGUE[code]
        wanted = set(re.findall(r"{(\w+)}", message.text + message.tindakan)) - FIELDS
        for where, keys in places:
            keys = PASSED_ON.get(code, keys)
            if keys is not None and wanted - keys:
                gaps.append(f"{where} {code}: no {sorted(wanted - keys)}")
    assert gaps == []


def test_the_placeholder_check_sees_what_it_checks():
    """The walk itself: codes made with literal params are seen with their keys."""
    made = _made_with()
    assert ("pengaturan_nilai_salah" in made and
            all(keys == {"dipakai", "contoh"} for _, keys in made["pengaturan_nilai_salah"]))
    assert any(keys == {"ukuran", "batas"} for _, keys in made["berkas_terlalu_besar"])
    assert len(made) >= 80


def test_strict_rendering_fails_on_a_missing_param():
    """Tests render strictly (conftest): a finding without the param its
    sentence needs fails; staff would see "-" instead."""
    from iku_excel import messages

    assert messages.STRICT
    with pytest.raises(KeyError):
        text_of(Finding("baris_bukan_data", "f.xlsx", "S", 4))
    messages.STRICT = False
    try:
        assert "-" in text_of(Finding("baris_bukan_data", "f.xlsx", "S", 4))
    finally:
        messages.STRICT = True


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_message_has_its_words_and_severity(code):
    message = CATALOGUE[code]
    assert message.text.strip() and message.tindakan.strip()
    assert isinstance(message.severity, Severity)


def test_render_fills_fields_and_params():
    f = Finding("pengaturan_nilai_salah", "P.xlsx", "Pengaturan", 7, "Tahun", "dua ribu",
                {"dipakai": "kosong", "contoh": "Contoh: 2017."})
    assert text_of(f) == ('Isi pengaturan "Tahun" tidak dapat dibaca: "dua ribu". '
                          "Dipakai: kosong.")
    assert tindakan_of(f) == ("Perbaiki isi pengaturan itu di lembar Pengaturan baris 7. "
                              "Contoh: 2017.")


# --- messages that help (issue 15) -----------------------------------------

def _rendered_all() -> list[str]:
    """Every sentence, with every placeholder given a value."""
    texts = []
    for code, message in CATALOGUE.items():
        params = {name: "X" for name in re.findall(r"{(\w+)}", message.text + message.tindakan)}
        finding = Finding(code, "f.xlsx", "S", 5, "Kolom", "v", params)
        texts += [text_of(finding), tindakan_of(finding)]
    return texts


def test_no_message_points_to_the_readme_or_shows_field_keys():
    from iku_excel.schema import ALL_SOURCES

    keys = {f.key for s in ALL_SOURCES for f in s.fields if "_" in f.key}
    for text in _rendered_all():
        assert "README" not in text, text
        assert not [k for k in keys if k in text], text


def test_counts_in_indonesian_notation_years_as_written():
    f = Finding("skm_sampel_kurang", params={"n": 1234, "minimum": 384, "populasi": 100000})
    assert "(1.234)" in text_of(f) and "100.000" in text_of(f)
    f = Finding("baris_tahun_lain", params={"tahun_baris": 2016, "tahun": 2017, "sumber": "x"})
    assert "2016" in text_of(f) and "2.016" not in text_of(f)


def test_grouped_line_quotes_each_value_or_says_they_differ():
    from iku_excel.report.model import group_findings

    def unknown(row, value):
        return Finding("nilai_tidak_dikenal", "k.xlsx", "JAN", row, "Status", value,
                       {"pilihan": "Ya (ya) atau Tidak (tidak)"})

    same = group_findings([unknown(4, "Mungkin"), unknown(5, "Mungkin")])
    assert same[0].pesan.startswith('Isi "Mungkin" di kolom Status')
    assert "(2 baris)" in same[0].pesan
    two = group_findings([unknown(4, "Blm"), unknown(5, "Sdhh"), unknown(6, "Blm")])
    assert two[0].pesan.startswith('Isi "Blm", "Sdhh" di kolom Status')
    assert two[0].nilai == "Blm, Sdhh" and two[0].baris == "4-6"
    many = group_findings([unknown(r, f"kata{r}") for r in range(1, 8)])
    assert "berbeda-beda per baris" in many[0].pesan and '"kata1"' not in many[0].pesan
    big = group_findings([unknown(r, "x") for r in range(1, 1236)])
    assert "(1.235 baris)" in big[0].pesan


def test_an_empty_part_leaves_no_double_space():
    """A desa without a close spelling has no suggestion: the sentence reads on."""
    finding = Finding("desa_tidak_dikenal", "lembaga.xlsx", "Sheet1", 5, "Desa", "Xyz",
                      {"kecamatan": "Benjeng", "saran": ""})
    text = text_of(finding)
    assert "  " not in text and text == text.strip()
    assert 'Nama desa "Xyz" tidak ada dalam daftar desa Kecamatan Benjeng.' in text
