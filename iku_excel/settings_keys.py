"""Every row the settings sheet (Uraian | Isi) knows, in one table: how
staff may label it, how its value is read, what to show when it cannot be,
what a run uses without it, and what the example report holds in it (the
blank template holds only the labels and notes). The template (template.py),
the example data (tools/example_data/) and the tests take their settings
rows from here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iku_excel import nip as nip_check
from iku_excel import pangkat as pangkat_check
from iku_excel.indicators.skm_rules import RULE_SETS
from iku_excel.values import format_date_id, norm_text, parse_number, parse_year

MAX_BARIS_RESPONDEN = 1_000_000  # an Excel sheet holds 1,048,576 rows
ABSENT = object()  # a row the template or the example does not have

# The example report's Camat (Kecamatan Benjeng 2017): only ever in the
# example data, never a default (settings.py).
EXAMPLE_CAMAT = ("NURYADI, S.Pd. MM.", "Pembina Tingkat I", "19671020 198803 1 009")


def _text(value: Any) -> tuple[Any, bool]:
    return str(value).strip(), True


def _year(value: Any) -> tuple[Any, bool]:
    year = parse_year(value)
    return year, year is not None


_WHOLE_YEAR = frozenset({"tahunan", "satu tahun", "setahun", "1 tahun", "tahun", "laporan tahunan"})


def quarter(value: Any) -> tuple[Any, bool]:
    """1..4 from 2 (a number cell), '2', 'II', 'TW II', 'Triwulan 2' (cycle.md);
    None, accepted, for the year as a whole ('Tahunan'); None for anything else."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = int(value) if value == int(value) else None
        return (number, True) if number in (1, 2, 3, 4) else (None, False)
    if isinstance(value, str) and value.strip().startswith(("-", "−")):
        return None, False  # '-1' is no quarter (norm_text would drop the sign)
    typed = parse_number(value) if isinstance(value, str) else None
    if typed is not None:  # '2', '2,0' as a csv or a text cell holds it
        return quarter(float(typed))
    word = norm_text(value)
    if word in _WHOLE_YEAR:
        return None, True
    for lead in ("triwulan", "tw"):
        word = word.removeprefix(lead).strip()
    number = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(word)
    if number is None:
        parsed = parse_number(word) if word else None
        number = int(parsed) if parsed is not None and parsed == int(parsed) else None
    ok = number in (1, 2, 3, 4)
    return (number if ok else None), ok


def _rows_limit(value: Any) -> tuple[Any, bool]:
    number = parse_number(value)
    ok = number is not None and 0 <= number <= MAX_BARIS_RESPONDEN and number == int(number)
    return (int(number) if ok else None), ok


def _count(value: Any) -> tuple[Any, bool]:
    number = parse_number(value)
    ok = number is not None and number >= 0 and number == int(number)
    return (int(number) if ok else None), ok


def _rule_set(value: Any) -> tuple[Any, bool]:
    word = norm_text(value)
    for code in RULE_SETS:
        year = code.split("/")[1]
        if re.search(rf"\b{code.split('/')[0]}\b.*\b{year}\b", word):
            return code, True
    return None, False


def _weight(value: Any) -> tuple[Any, bool]:
    word = norm_text(value)
    if word in {"", "tepat", "tepat 1 9", "1 9", "1 14", "exact"} or "tepat" in word:
        return "tepat", True
    # 1/n rounded as offices write it: 0,111 and 0,11 for nine elements,
    # 0,071 and 0,07 for the fourteen of 25/2004 (skm_rules.WEIGHT_MODES).
    for mode in ("0,111", "0,11", "0,071", "0,07"):
        if word in {norm_text(mode), mode.replace(",", "")}:
            return mode, True
    return None, False


def _formula(value: Any) -> tuple[Any, bool]:
    word = norm_text(value)
    if "dokumen" in word or "sesuai" in word:
        return "dokumen", True
    if "biasa" in word or "lazim" in word or "umum" in word:
        return "biasa", True
    return None, False


def _paper(value: Any) -> tuple[Any, bool]:
    word = norm_text(value)
    if word in {"f4", "folio", "legal folio"}:
        return "F4", True
    if word == "a4":
        return "A4", True
    return None, False


def _yes_no(value: Any) -> tuple[Any, bool]:
    word = norm_text(value)
    if word in {"ya", "y", "1"}:
        return True, True
    if word in {"tidak", "t", "0"}:
        return False, True
    return None, False


def _signing_date(value: Any) -> tuple[Any, bool]:
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date_id(value), True
    return str(value).strip(), True


def _nip(value: Any) -> tuple[Any, bool]:
    # 18 digits: printed 8-6-1-3; otherwise as written (or as Excel kept the number).
    check = nip_check.check_nip(value)
    return check.text, check.ok


def _pangkat(value: Any) -> tuple[Any, bool]:
    # The staff's own text; the full name when only a golongan ("IV/b") was written.
    found = pangkat_check.check_pangkat(value)
    return found.printed, found.ok


@dataclass(frozen=True)
class SettingKey:
    key: str                       # the Settings field (or "target:<indicator code>")
    label: str | None              # as the template and the example write it
    aliases: tuple[str, ...] = ()  # normalised labels staff use, whole or as a start
    parse: Callable[[Any], tuple[Any, bool]] | None = _text  # -> (value, read as meant)
    hint: str = ""                 # said with a value that cannot be read
    default: Any = None            # what a run uses without the row (Settings)
    example: Any = ABSENT          # the example report's value (ABSENT: no such row)
    choices: tuple[str, ...] = ()  # the template's dropdown
    message: tuple[str, str] | None = None  # the template's note on the cell (title, text)


def _target(code: str, label: str, value: float, hint: str) -> SettingKey:
    """A target row: which indicator it is for is read from its words
    (settings._indicator_for); the example gives the document's target, the
    blank template only a note saying what to write."""
    return SettingKey(f"target:{code}", label, parse=None, example=value,
                      message=("Target", f"Target tahun laporan dari Renstra. {hint}"))


# The blank template holds no value at all: a copy left unfilled (a second
# `iku-excel template` beside a filled one) carries no kecamatan, year or
# target that could win over the real ones. Its notes give examples instead.


KEYS: tuple[SettingKey, ...] = (
    SettingKey("kecamatan", "Kecamatan", ("kecamatan", "nama kecamatan"),
               default="Benjeng", example="Benjeng",
               message=("Kecamatan", "Nama kecamatan tanpa kata Kecamatan, misalnya Benjeng.")),
    SettingKey("kabupaten", "Kabupaten", ("kabupaten", "kabupaten kota", "nama kabupaten"),
               default="Gresik", example="Gresik",
               message=("Kabupaten", "Nama kabupaten, misalnya Gresik.")),
    SettingKey("tahun", "Tahun",
               ("tahun", "tahun laporan", "tahun pelaporan", "tahun n", "tahun anggaran"),
               _year, "Contoh: 2017.", example=2017,
               message=("Tahun", "Tahun laporan, misalnya 2017.")),
    SettingKey("triwulan", "Triwulan", ("triwulan", "triwulan laporan", "periode triwulan"),
               quarter, "Isi 1, 2, 3 atau 4 (atau I, II, III, IV); kosongkan untuk laporan "
               "satu tahun.", choices=("1", "2", "3", "4"),
               message=("Triwulan", "Kosongkan untuk laporan tahunan. Isi 1-4 untuk laporan "
                                    "1 Januari s.d. akhir triwulan itu.")),
    SettingKey("tempat_ttd", "Tempat Penandatanganan",
               ("tempat penandatanganan", "tempat tanda tangan", "tempat ttd", "tempat"),
               example="Benjeng",
               message=("Tempat", "Kosongkan bila sama dengan nama kecamatan.")),
    SettingKey("tanggal_ttd", "Tanggal Penandatanganan",
               ("tanggal penandatanganan", "tanggal tanda tangan", "tanggal ttd",
                "bulan penandatanganan", "tanggal"), _signing_date, example="Januari 2017",
               message=("Tanggal", "Misalnya Januari 2018 atau 15 Januari 2018. Bila kosong: "
                                   "bulan sesudah periode laporan berakhir (laporan tahunan "
                                   "2017: Januari 2018).")),
    # The signer's rows stay empty in the template: a name filled in there
    # would sign every report made from an unedited copy.
    SettingKey("nama_camat", "Nama Camat",
               ("nama camat", "camat", "nama pejabat", "nama penandatangan"),
               example=EXAMPLE_CAMAT[0],
               message=("Nama Camat", "Nama lengkap Camat yang menandatangani, dengan gelar, "
                                      "seperti pada SK. Contoh: Drs. AHMAD FAUZI, M.Si.")),
    SettingKey("pangkat", "Pangkat", ("pangkat", "pangkat golongan", "pangkat gol"), _pangkat,
               example=EXAMPLE_CAMAT[1],
               message=("Pangkat", "Pangkat dan golongan. Contoh: Pembina Tingkat I (IV/b).")),
    SettingKey("nip", "NIP", ("nip", "nip camat"), _nip,
               "NIP terdiri dari 18 angka; ketik sebagai teks (awali dengan tanda petik ') "
               "agar Excel tidak memotongnya.", example=EXAMPLE_CAMAT[2],
               message=("NIP", "18 angka, boleh dengan spasi, misalnya 19700101 199003 1 001. "
                               "Ketik dengan tanda petik di depan (') agar Excel tidak "
                               "memotongnya.")),
    SettingKey("jabatan", None, ("jabatan", "jabatan penandatangan")),
    SettingKey("aturan_skm", "Aturan SKM",
               ("aturan skm", "dasar skm", "peraturan skm", "pedoman skm"), _rule_set,
               "Isi \"PermenPAN-RB 16/2014\", \"PermenPAN-RB 14/2017\" atau "
               "\"KepMenPAN 25/2004\" (kuesioner 14 unsur).",
               example="PermenPAN-RB 16/2014",
               choices=("PermenPAN-RB 16/2014", "PermenPAN-RB 14/2017", "KepMenPAN 25/2004"),
               message=("Aturan SKM", "Bila kosong: PermenPAN-RB 16/2014 (kuesioner 14 unsur: "
                                      "KepMenPAN 25/2004).")),
    SettingKey("bobot_skm", "Bobot SKM", ("bobot skm", "bobot unsur skm", "bobot"), _weight,
               "Isi \"Tepat (1/9)\", \"0,111\" atau \"0,11\" (untuk 14 unsur: "
               "\"0,071\" atau \"0,07\").", example="Tepat (1/9)",
               choices=("Tepat (1/9)", "0,111", "0,11", "0,071", "0,07"),
               message=("Bobot SKM", "Bila kosong: bobot tepat, 1/9 (1/14).")),
    SettingKey("rumus_penurunan", "Rumus Penurunan Pelanggaran Perda",
               ("rumus penurunan pelanggaran perda", "rumus penurunan"), _formula,
               "Isi \"Sesuai dokumen IKU\" atau \"Penurunan biasa\".",
               example="Sesuai dokumen IKU",
               choices=("Sesuai dokumen IKU", "Penurunan biasa"),
               message=("Rumus", "Bila kosong: sesuai dokumen IKU, (n - (n-1)) / n x 100%.")),
    SettingKey("pelanggaran_tahun_lalu", "Jumlah Pelanggaran Perda Tahun Sebelumnya",
               ("jumlah pelanggaran perda tahun sebelumnya",
                "jumlah pelanggaran tahun sebelumnya", "jumlah pelanggaran perda tahun n 1",
                "pelanggaran perda tahun sebelumnya", "pelanggaran tahun n 1",
                "jumlah pelanggaran perda tahun lalu", "jumlah pelanggaran tahun lalu",
                "pelanggaran tahun lalu"), _count, "Isi angka, misalnya 30.", example=None,
               message=("Tahun lalu", "Bila pelanggaran tahun lalu tidak ada di register: "
                                      "jumlahnya, misalnya 30.")),
    # Only with a year in the label ("... Tahun 2016"): settings._label_year.
    SettingKey("pelanggaran_tahun", None,
               ("jumlah pelanggaran perda", "jumlah pelanggaran", "pelanggaran perda",
                "jumlah pelanggaran peraturan daerah"), parse=None),
    SettingKey("pengguna_layanan", "Jumlah Pengguna Layanan (untuk cek sampel SKM)",
               ("jumlah pengguna layanan", "populasi pengguna layanan", "jumlah populasi"),
               _count, "Isi angka, misalnya 1000.", example=None,
               message=("Pengguna layanan", "Jumlah pengguna layanan setahun, misalnya 1250.")),
    SettingKey("ukuran_kertas", "Ukuran Kertas", ("ukuran kertas", "kertas"), _paper,
               "Isi F4 atau A4.", example="F4", choices=("F4", "A4"),
               message=("Kertas", "Bila kosong: F4.")),
    SettingKey("baris_responden", "Batas Baris Tabel Responden SKM",
               ("batas baris tabel responden", "batas baris responden",
                "baris tabel responden", "batas tabel responden"), _rows_limit,
               "Isi angka, misalnya 1000; 0 berarti tabel responden tidak dimuat.",
               default=1000, message=("Batas baris", "Bila kosong: 1000.")),
    SettingKey("pdf_lengkap", "Lampirkan Catatan Data di PDF",
               ("lampirkan catatan data di pdf", "catatan data di pdf", "pdf lengkap",
                "lampiran pdf"), _yes_no, "Isi Ya atau Tidak.",
               choices=("Tidak", "Ya"),
               message=("PDF", "Ya: PDF memuat juga lembar Catatan Data, Sumber dan Cara Data "
                               "Dibaca. Bila kosong: Tidak.")),
    _target("skm", "Target SKM", 80, "Nilai indeks, misalnya 80 atau 76,61-88,30."),
    _target("penurunan_pelanggaran_perda", "Target Penurunan Pelanggaran Perda (%)", -20,
            "Besar penurunan yang diinginkan, misalnya 20 (turun 20%)."),
    _target("konflik_ditindaklanjuti", "Target Konflik Ditindaklanjuti (%)", 90,
            "Persen, misalnya 90."),
    _target("partisipasi_musrenbang", "Target Partisipasi Musrenbang (%)", 90,
            "Persen, misalnya 90."),
    _target("usulan_direkomendasikan", "Target Usulan Direkomendasikan (%)", 75,
            "Persen, misalnya 75."),
    _target("ormas_dibina", "Target Ormas Dibina (%)", 80, "Persen, misalnya 80."),
    _target("lembaga_ekonomi_dibina", "Target Lembaga Ekonomi Dibina (%)", 75,
            "Persen, misalnya 75."),
)
BY_KEY = {row.key: row for row in KEYS}
# The words that name each Benjeng indicator in a "Target ..." row
# (settings._indicator_for); other catalogues give targets in the sheet Indikator.
TARGET_WORDS: dict[str, tuple[str, ...]] = {
    "skm": ("skm", "ikm", "kepuasan"),
    "penurunan_pelanggaran_perda": ("pelanggaran", "perda"),
    "konflik_ditindaklanjuti": ("konflik",),
    "partisipasi_musrenbang": ("partisipasi", "hadir", "kehadiran"),
    "usulan_direkomendasikan": ("usulan", "rekomendasi", "direkomendasikan"),
    "ormas_dibina": ("ormas", "organisasi"),
    "lembaga_ekonomi_dibina": ("lembaga", "ekonomi"),
}
# The settings-row targets that are percentages (the survey's is an index):
# a fraction typed for them is read as a percentage (settings._fraction_read).
PERCENT_TARGETS = frozenset(TARGET_WORDS) - {"skm"}
# The labels read as settings (targets are read by their words instead).
ALIASES = {row.key: row.aliases for row in KEYS if row.aliases}


def template_rows() -> list[tuple[str, Any]]:
    """The blank template's Pengaturan sheet, (Uraian, Isi) a row: every
    value empty, so that a copy left unfilled is no settings sheet."""
    return [(row.label, None) for row in KEYS if row.label is not None]


def example_rows() -> list[tuple[str, Any]]:
    """The example report's Pengaturan sheet (Kecamatan Benjeng 2017)."""
    return [(row.label, row.example) for row in KEYS
            if row.label is not None and row.example is not ABSENT]
