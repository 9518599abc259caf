"""The survey rules of the regulations, as tables (domain.md).

Three rule sets: PermenPAN-RB 16/2014 (the one the IKU document names),
PermenPAN-RB 14/2017 (which replaced it), and KepMenPAN 25/2004 (14
elements, replaced by 16/2014 but still asked by some survey apps). The
16/2014 bands are "as commonly applied" and marked unconfirmed in the spec;
they live here alone so a correction is a one-line change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from iku_excel.rounding import round_half_away
from iku_excel.schema import SKM_ELEMENTS


@dataclass(frozen=True)
class Grade:
    mutu: str           # A..D
    kinerja: str        # the unit's performance label
    lower: float        # lowest converted value (25-100) of the band, inclusive
    upper: float


@dataclass(frozen=True)
class RuleSet:
    code: str
    nama: str
    elements: tuple[str, ...]     # element keys (schema.SKM_NAME_FIELDS) in U1..Un order
    grades: tuple[Grade, ...]     # best first
    names: tuple[str, ...] = ()   # each element's name as the regulation writes it

    def grade(self, nilai: float) -> Grade:
        """Classify on the value already rounded to 2 decimals, by lower bounds."""
        for grade in self.grades:
            if nilai >= grade.lower:
                return grade
        return self.grades[-1]

    @property
    def count(self) -> int:
        return len(self.elements)

    @property
    def columns(self) -> list[str]:
        """The answer columns of the survey frame: u1..u9, or u1..u14."""
        return answer_columns(self.count)

    def name_of(self, key: str) -> str:
        return self.names[self.elements.index(key)] if self.names else ELEMENT_NAMES[key]


def answer_columns(count: int) -> list[str]:
    return [f"u{i}" for i in range(1, count + 1)]


# The element keys are concepts shared by the rule sets where the regulations
# name the same thing ("Kecepatan pelayanan" of 25/2004 is the time element
# of the later ones); each rule set prints its own names (RuleSet.names).
ELEMENT_NAMES = {key: name for key, (_, name, _) in SKM_ELEMENTS.items()}

# The bands of 16/2014 are the 25/2004 ones (Kep.MenPAN 25/2004, "nilai
# interval konversi IKM").
_BANDS_2004_2014 = (Grade("A", "Sangat Baik", 81.26, 100.00),
                    Grade("B", "Baik", 62.51, 81.25),
                    Grade("C", "Kurang Baik", 43.76, 62.50),
                    Grade("D", "Tidak Baik", 25.00, 43.75))

RULE_SETS = {
    "16/2014": RuleSet(
        "16/2014", "PermenPAN-RB No. 16 Tahun 2014",
        ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
         "maklumat", "pengaduan"),
        _BANDS_2004_2014,
        ("Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif",
         "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
         "Maklumat Pelayanan", "Penanganan Pengaduan, Saran dan Masukan")),
    "14/2017": RuleSet(
        "14/2017", "PermenPAN-RB No. 14 Tahun 2017",
        ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
         "pengaduan", "sarana"),
        (Grade("A", "Sangat Baik", 88.31, 100.00),
         Grade("B", "Baik", 76.61, 88.30),
         Grade("C", "Kurang Baik", 65.00, 76.60),
         Grade("D", "Tidak Baik", 25.00, 64.99)),
        ("Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
         "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
         "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana")),
    # Kep.MenPAN No. KEP/25/M.PAN/2/2004: 14 elements in this order, weight
    # 1/14 each ("0,071" in the decree's own arithmetic), IKM x 25.
    "25/2004": RuleSet(
        "25/2004", "KepMenPAN No. 25 Tahun 2004",
        ("prosedur", "persyaratan", "kejelasan", "kedisiplinan", "tanggung_jawab",
         "kompetensi", "waktu", "keadilan", "perilaku", "biaya", "kepastian_biaya",
         "kepastian_jadwal", "kenyamanan", "keamanan"),
        _BANDS_2004_2014,
        ("Prosedur Pelayanan", "Persyaratan Pelayanan", "Kejelasan Petugas Pelayanan",
         "Kedisiplinan Petugas Pelayanan", "Tanggung Jawab Petugas Pelayanan",
         "Kemampuan Petugas Pelayanan", "Kecepatan Pelayanan", "Keadilan Mendapatkan Pelayanan",
         "Kesopanan dan Keramahan Petugas", "Kewajaran Biaya Pelayanan",
         "Kepastian Biaya Pelayanan", "Kepastian Jadwal Pelayanan", "Kenyamanan Lingkungan",
         "Keamanan Pelayanan")),
}
DEFAULT_RULE_SET = "16/2014"  # the one the IKU document names
# A survey with this many elements is scored by 25/2004 unless the settings say otherwise.
RULE_SET_BY_COUNT = {14: "25/2004"}
ELEMENT_COUNTS = tuple(sorted({r.count for r in RULE_SETS.values()}))  # 9, 14
_REGULATION = re.compile(r"\b(\d{1,2})\s*(?:/|tahun|th\.?)\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def rule_named(text: str | None) -> str | None:
    """The rule set a catalogue's own words name ('sesuai PermenPAN-RB No. 14
    Tahun 2017', 'Kep/25/M.PAN/2/2004'), when they name exactly one."""
    named = {code for number, year in _REGULATION.findall(text or "")
             if (code := f"{int(number)}/{year}") in RULE_SETS}
    named |= {"25/2004" for _ in re.finditer(r"\b25\b[^;]{0,14}\b2004\b", text or "")}
    return named.pop() if len(named) == 1 else None



# Weight per element: exact 1/n unless a legacy office sheet is matched on
# purpose. A legacy mode is the rounded weight as staff wrote it in the
# settings: 0,111 / 0,071 (1/9, 1/14 to 3 decimals, the latter the decree's
# own figure) or 0,11 / 0,07 (2 decimals). It means "1/n rounded to that many
# decimals", so 0,111 on a 14-element survey is 0,071, with a note
# (compute.skm): never a nine-element weight on fourteen elements.
WEIGHT_MODES = ("tepat", "0,111", "0,11", "0,071", "0,07")
_ROUNDED_PLACES = {"0,111": 3, "0,071": 3, "0,11": 2, "0,07": 2}


def places_of(mode: str) -> int:
    """Decimals of a rounded weight mode."""
    return _ROUNDED_PLACES[mode]


def weight_of(mode: str, count: int) -> Fraction:
    exact = Fraction(1, count)
    if mode == "tepat":
        return exact
    return Fraction(str(round_half_away(exact, _ROUNDED_PLACES[mode])))


def weight_text(mode: str, count: int) -> str:
    """The weight as staff write it: '1/9', '0,111', '0,071'."""
    if mode == "tepat":
        return f"1/{count}"
    return f"{float(weight_of(mode, count)):.{_ROUNDED_PLACES[mode]}f}".replace(".", ",")


def weight_label(mode: str, count: int) -> str:
    return f"{weight_text(mode, count)} ({'tepat' if mode == 'tepat' else 'dibulatkan'})"


def weight_formula(mode: str, count: int) -> str:
    """The weight inside an Excel formula: '(1/9)', '0.111'."""
    text = weight_text(mode, count)
    return f"({text})" if mode == "tepat" else text.replace(",", ".")


# Answer words per element, worst (1) to best (4); letters a-d are 1-4 too.
ANSWER_WORDS = (
    ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai"),
    ("tidak mudah", "kurang mudah", "mudah", "sangat mudah"),
    ("tidak cepat", "kurang cepat", "cepat", "sangat cepat"),
    ("sangat mahal", "cukup mahal", "murah", "gratis"),
    ("tidak kompeten", "kurang kompeten", "kompeten", "sangat kompeten"),
    ("tidak sopan dan ramah", "kurang sopan dan ramah", "sopan dan ramah",
     "sangat sopan dan ramah"),
    ("buruk", "cukup", "baik", "sangat baik"),
    ("tidak ada", "ada tetapi tidak berfungsi", "berfungsi kurang maksimal",
     "dikelola dengan baik"),
    ("tidak baik", "kurang baik", "baik", "sangat baik"),
    # The questionnaire of KepMenPAN 25/2004.
    ("tidak jelas", "kurang jelas", "jelas", "sangat jelas"),
    ("tidak disiplin", "kurang disiplin", "disiplin", "sangat disiplin"),
    ("tidak bertanggung jawab", "kurang bertanggung jawab", "bertanggung jawab",
     "sangat bertanggung jawab"),
    ("tidak mampu", "kurang mampu", "mampu", "sangat mampu"),
    ("tidak adil", "kurang adil", "adil", "sangat adil"),
    ("tidak wajar", "kurang wajar", "wajar", "sangat wajar"),
    ("selalu tidak sesuai", "kadang kadang sesuai", "banyak sesuainya", "selalu sesuai"),
    ("selalu tidak tepat", "kadang kadang tepat", "banyak tepatnya", "selalu tepat"),
    ("tidak nyaman", "kurang nyaman", "nyaman", "sangat nyaman"),
    ("tidak aman", "kurang aman", "aman", "sangat aman"),
)
ANSWER_VALUES: dict[str, int] = {"a": 1, "b": 2, "c": 3, "d": 4}
for _words in ANSWER_WORDS:
    for _i, _w in enumerate(_words, start=1):
        ANSWER_VALUES.setdefault(_w, _i)
