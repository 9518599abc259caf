"""NIP and pangkat of the signing Camat: checked, reported once, printed as written."""

import datetime as dt

import openpyxl
import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from iku_excel import nip as N
from iku_excel.messages import CATALOGUE, severity_of, text_of, tindakan_of
from iku_excel.nip import check_nip, describe, format_nip
from iku_excel.pangkat import PANGKAT, check_pangkat, normalise_pangkat
from iku_excel.pipeline import analyse
from iku_excel.settings import parse_settings

TODAY = dt.date(2026, 1, 1)


# --- NIP -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["19671020 198803 1 009", "196710201988031009",
                                  "19671020.198803.1.009", "NIP. 19671020 198803 1 009",
                                  " 19671020  198803 1 009 ",
                                  "１９６７１０２０１９８８０３１００９"])
def test_nip_of_the_document(text):
    check = check_nip(text, TODAY)
    assert check.ok and check.problems == []
    assert check.text == "19671020 198803 1 009"
    assert check.kind == "PNS"
    assert check.birth == dt.date(1967, 10, 20)
    assert (check.appointment_year, check.appointment_month) == (1988, 3)


@pytest.mark.parametrize("text, problems, phrase", [
    ("19671020198803100", [N.LENGTH], "NIP harus 18 angka; yang tertulis 17 angka"),
    ("19671020 198803 1 0099", [N.LENGTH], "yang tertulis 19 angka"),
    ("19671020 198803 1 OO9", [N.CHARACTERS, N.LENGTH], "\"OO\""),
    ("19671020 198803 1 0O9", [N.CHARACTERS, N.LENGTH], "\"O\""),
    ("19671320 198803 1 009", [N.BIRTH_DATE], "tanggal lahir pada NIP (8 angka pertama"),
    ("19670230 198803 1 009", [N.BIRTH_DATE], "19670230"),
    ("18991231 198803 1 009", [N.BIRTH_DATE], "tanggal lahir"),
    ("20300101 205003 1 009", [N.BIRTH_DATE, N.APPOINTMENT], "tanggal lahir"),   # future
    ("19671020 198813 1 009", [N.APPOINTMENT], "harus 01 sampai 12; yang tertulis 13"),
    ("19671020 198800 1 009", [N.APPOINTMENT], "yang tertulis 00"),
    ("19671020 194003 1 009", [N.APPOINTMENT], "tahun pengangkatan"),
    ("19671020 196503 1 009", [N.BEFORE_BIRTH], "lebih awal dari tanggal lahir"),
    ("19671020 196710 1 009", [N.BEFORE_BIRTH], "lebih awal"),
    ("19671020 198003 1 009", [N.TOO_EARLY], "sebelum umur 18 tahun"),
    ("19671020 198803 3 009", [N.SEX], "jenis kelamin pada NIP (angka ke-15) harus 1 atau 2"),
    ("19671020 198803 0 009", [N.SEX], "yang tertulis 0"),
    ("19671020 198803 1 000", [N.SERIAL], "nomor urut"),
    ("19671320 198813 3 000", [N.BIRTH_DATE, N.APPOINTMENT, N.SEX, N.SERIAL], "jenis kelamin"),
])
def test_nip_problems(text, problems, phrase):
    check = check_nip(text, TODAY)
    assert check.problems == problems
    phrases = describe(check)
    assert len(phrases) == len(problems)
    assert any(phrase in p for p in phrases), phrases


def test_nip_as_a_number_is_flagged_and_printed_as_excel_keeps_it():
    # Excel keeps 15 significant digits: 196710201988031009 is stored as ...031000.
    check = check_nip(1.96710201988031e17, TODAY)
    assert check.problems == [N.NUMBER]         # not also "serial 000": that is the cause
    assert check.text == "19671020 198803 1 000"
    assert "15 angka" in describe(check)[0]
    assert check_nip(196710201988031009, TODAY).problems == [N.NUMBER]
    assert check_nip(1967102019880310, TODAY).problems == [N.NUMBER, N.LENGTH]
    assert check_nip(12.5, TODAY).problems == [N.CHARACTERS]


@pytest.mark.parametrize("text, year", [("200012312024211001", 2024),
                                        ("19900913 202524 2 014", 2025),   # part-time PPPK
                                        ("19850101 201921 2 001", 2019)])
def test_pppk(text, year):
    check = check_nip(text, TODAY)
    assert check.ok, describe(check)
    assert check.kind == "PPPK"
    assert (check.appointment_year, check.appointment_month) == (year, None)


def test_pppk_code_before_2019_or_20_is_a_problem():
    old = check_nip("19800101 201521 1 001", TODAY)
    assert old.problems == [N.APPOINTMENT]
    assert "sejak 2019" in describe(old)[0]
    assert check_nip("19800101 202420 1 001", TODAY).problems == [N.APPOINTMENT]   # month 20


@st.composite
def pns_nip(draw):
    birth = draw(st.dates(dt.date(1900, 1, 1), dt.date(TODAY.year - 18, 12, 31)))
    year = draw(st.integers(max(birth.year + 18, N.MIN_APPOINTMENT_YEAR), TODAY.year))
    month = draw(st.integers(1, 12))
    return (f"{birth:%Y%m%d}{year:04d}{month:02d}{draw(st.sampled_from('12'))}"
            f"{draw(st.integers(1, 999)):03d}"), birth, year, month


@given(pns_nip(), st.booleans())
def test_any_valid_date_pair_passes(generated, grouped):
    digits, birth, year, month = generated
    check = check_nip(format_nip(digits) if grouped else digits, TODAY)
    assert check.ok, describe(check)
    assert check.kind == "PNS" and check.text == format_nip(digits)
    assert (check.birth, check.appointment_year, check.appointment_month) == (birth, year, month)


@given(st.dates(dt.date(1940, 1, 1), dt.date(2001, 12, 31)), st.integers(2019, TODAY.year),
       st.integers(1, 9), st.sampled_from("12"), st.integers(1, 999))
def test_any_valid_pppk_passes(birth, year, agreement, sex, serial):
    check = check_nip(f"{birth:%Y%m%d}{year}2{agreement}{sex}{serial:03d}", TODAY)
    assert check.ok, describe(check)
    assert check.kind == "PPPK"


_ANY = st.one_of(st.text(), st.text(alphabet="0123456789 .-OoIl/'"), st.none(), st.integers(),
                 st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                 st.dates(), st.binary())


@hyp_settings(max_examples=300)
@given(_ANY)
def test_check_nip_never_raises(value):
    check = check_nip(value)
    assert isinstance(check.text, str)
    assert set(check.problems) <= set(N.PROBLEMS)
    assert len(describe(check)) == len(check.problems)
    assert check.ok == (not check.problems)


# --- pangkat -------------------------------------------------------------

@pytest.mark.parametrize("text", ["Pembina Tk. I", "Pembina Tk.I", "PEMBINA TINGKAT I",
                                  "Pembina Tingkat I (IV/b)", "Pembina Tk. I, IV/b", "IV/b",
                                  "IV b", "Pembina TK I / IVb", "pembina tingkat 1",
                                  "Pembina Tkt. I - IV.b", "Gol. IV/b"])
def test_pangkat_variants(text):
    assert normalise_pangkat(text) == ("Pembina Tingkat I", "IV/b")


def test_pangkat_table_round_trips():
    assert len(PANGKAT) == 17
    assert list(PANGKAT)[0] == "I/a" and PANGKAT["IV/e"] == "Pembina Utama"
    for golongan, name in PANGKAT.items():
        assert normalise_pangkat(name) == (name, golongan)
        assert normalise_pangkat(golongan) == (name, golongan)
        assert normalise_pangkat(f"{name.upper().replace('TINGKAT I', 'TK. I')} "
                                 f"({golongan})") == (name, golongan)


def test_pangkat_printed_as_written_or_full_name_for_a_golongan():
    assert check_pangkat("Pembina Tk.I").printed == "Pembina Tk.I"
    assert check_pangkat("  Pembina   Tingkat I ").printed == "Pembina Tingkat I"
    assert check_pangkat("IV/b").printed == "Pembina Tingkat I"
    assert check_pangkat("III d").printed == "Penata Tingkat I"


@pytest.mark.parametrize("text, problem", [("Pembina (IV/b)", "mismatch"),
                                           ("Penata Muda, III/c", "mismatch"),
                                           ("Kolonel", "unknown"), ("IV/f", "unknown"),
                                           ("Pembina Madya", "unknown"),
                                           ("III/d - IV/a", "unknown"), ("", "unknown")])
def test_pangkat_problems(text, problem):
    check = check_pangkat(text)
    assert check.problem == problem
    assert normalise_pangkat(text) is None
    assert check.printed == " ".join(text.split())   # still printed as written


@given(_ANY)
def test_check_pangkat_never_raises(value):
    check = check_pangkat(value)
    assert isinstance(check.printed, str)


# --- settings and the real reader ----------------------------------------

def _parse(items):
    records = [(i + 4, {"uraian": k, "isi": v}) for i, (k, v) in enumerate(items.items())]
    return parse_settings(records, "pengaturan.xlsx", "Pengaturan")


def test_one_finding_per_nip_listing_all_problems():
    settings, findings = _parse({"NIP": "19671320 198813 3 000"})
    assert [(f.code, f.row, f.column) for f in findings] == [("nip_tidak_sah", 4, "NIP")]
    assert settings.nip == "19671320 198813 3 000"     # never replaced by the default
    text = text_of(findings[0])
    assert severity_of(findings[0]).value == "peringatan"
    for part in ("tanggal lahir", "bulan pengangkatan", "jenis kelamin", "nomor urut"):
        assert part in text
    assert "petik" in tindakan_of(findings[0])


def test_settings_nip_typed_as_number():
    settings, findings = _parse({"NIP": 1.96710201988031e17})
    assert [f.code for f in findings] == ["nip_tidak_sah"]
    assert settings.nip == "19671020 198803 1 000"
    assert "sebagai angka" in text_of(findings[0])


def test_settings_pangkat():
    settings, findings = _parse({"Pangkat": "IV/b"})
    assert findings == [] and settings.pangkat == "Pembina Tingkat I"
    settings, findings = _parse({"Pangkat/Gol.": "Pembina Tk. I (IV/b)"})
    assert findings == [] and settings.pangkat == "Pembina Tk. I (IV/b)"
    settings, findings = _parse({"Pangkat": "Pembina (IV/b)"})
    assert [f.code for f in findings] == ["pangkat_tidak_dikenal"]
    assert settings.pangkat == "Pembina (IV/b)"
    assert "golongan IV/a, bukan IV/b" in text_of(findings[0])
    assert "IV/e Pembina Utama" in tindakan_of(findings[0])


def test_catalogue_entries():
    assert CATALOGUE["nip_tidak_sah"].severity.value == "peringatan"
    assert CATALOGUE["pangkat_tidak_dikenal"].severity.value == "peringatan"


def test_acceptance_17_digit_nip_through_the_reader(tmp_path):
    nip_17 = "19671020198803100"
    assert len(nip_17) == 17
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Pengaturan"
    ws.append(["PENGATURAN LAPORAN IKU"])
    ws.append([])
    ws.append(["Uraian", "Isi"])
    for row in [("Kecamatan", "Benjeng"), ("Tahun", 2017), ("Nama Camat", "NURYADI, S.Pd. MM."),
                ("Pangkat", "Pembina Tk.I"), ("NIP", nip_17), ("Target SKM", "85%")]:
        ws.append(list(row))
    book.save(tmp_path / "Pengaturan.xlsx")

    run = analyse(tmp_path)
    about_nip = [f for f in run.findings if f.code == "nip_tidak_sah"
                 or (f.column or "").upper() == "NIP"]
    assert len(about_nip) == 1
    assert about_nip[0].code == "nip_tidak_sah"
    assert "NIP harus 18 angka; yang tertulis 17 angka" in text_of(about_nip[0])
    assert not [f for f in run.findings if f.code in {"pangkat_tidak_dikenal",
                                                       "pengaturan_nilai_salah",
                                                       "pengaturan_tidak_dikenal"}]
    assert not [f for f in run.findings if f.code.startswith("pengaturan_target")
                and "Kepuasan" in text_of(f)]
    assert run.settings.targets["skm"].low == 85
    assert run.settings.nip == nip_17                  # printed as written
    assert run.settings.pangkat == "Pembina Tk.I"
