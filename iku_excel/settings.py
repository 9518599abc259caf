"""The settings sheet (Uraian | Isi): who signs, which year, which rules,
and a target per indicator. Missing values fall back to the IKU document of
Kecamatan Benjeng 2017, each fallback said in a finding; the signer never
does (report.md): without one the signature block shows where to write it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from iku_excel import nip as nip_check
from iku_excel import pangkat as pangkat_check
from iku_excel.findings import Finding
from iku_excel.indicators.capaian import Target, target_number, target_text
from iku_excel.indicators.skm_rules import DEFAULT_RULE_SET
from iku_excel.settings_keys import ALIASES, BY_KEY, PERCENT_TARGETS, TARGET_WORDS
from iku_excel.settings_keys import KEYS as SETTING_KEYS
from iku_excel.values import (
    MONTH_NAMES,
    is_blank,
    norm_text,
    parse_number,
    parse_year,
)
from iku_excel.wilayah import kabupaten_key, kecamatan_key


@dataclass(frozen=True)
class Settings:
    # Without a settings sheet: the IKU document's own kecamatan (said in a finding).
    kecamatan: str = BY_KEY["kecamatan"].default
    kabupaten: str = BY_KEY["kabupaten"].default
    tahun: int | None = None
    tempat_ttd: str | None = None
    tanggal_ttd: str | None = None       # as printed: "Januari 2017" or "15 Januari 2018"
    # The signer comes from the settings sheet only: a default would put
    # another person's name and NIP on a signed report.
    nama_camat: str | None = None
    pangkat: str | None = None
    nip: str | None = None
    jabatan: str | None = None
    aturan_skm: str = DEFAULT_RULE_SET
    aturan_skm_diisi: bool = False       # written in the sheet, not the default
    bobot_skm: str = "tepat"
    rumus_penurunan: str = "dokumen"     # "dokumen" (as written) or "biasa"
    pelanggaran_tahun_lalu: int | None = None
    # Counts from rows naming their year ("Jumlah Pelanggaran Perda Tahun
    # 2016"): year -> count; compute.py takes year n-1's and year n's.
    pelanggaran_per_tahun: dict[int, int] = field(default_factory=dict)
    pengguna_layanan: int | None = None
    triwulan: int | None = None          # cycle.md: 1..4, None for the whole year
    ukuran_kertas: str = "F4"
    # Rows of the SKM sheet's respondent table: the emailed workbook stays small
    # while every usual survey (a Krejcie-Morgan sample is at most 384) fits whole.
    baris_responden: int = BY_KEY["baris_responden"].default
    # The PDF holds what goes upward; Catatan Data, Sumber and Cara Data
    # Dibaca join it only when asked ("Lampirkan Catatan Data di PDF: Ya").
    pdf_lengkap: bool = False
    targets: dict[str, Target] = field(default_factory=dict)
    found: bool = False                  # a settings sheet was read
    where: tuple[str, str] | None = None  # (file, sheet)

    @property
    def aturan_skm_dipilih(self) -> str | None:
        """The rule set staff chose; None leaves it to the survey's elements."""
        return self.aturan_skm if self.aturan_skm_diisi else None

    @property
    def jabatan_ttd(self) -> str:
        return self.jabatan or f"CAMAT {self.kecamatan.upper()}"

    def tempat_tanggal(self, tahun: int, last_month: int = 12) -> str:
        place = self.tempat_ttd or self.kecamatan
        return f"{place}, {self.tanggal_ttd or signing_month(tahun, last_month)}"

    @property
    def missing_signer(self) -> tuple[str, ...]:
        """The signer's fields the settings leave empty, as staff name them."""
        return tuple(label for label, value in (("Nama Camat", self.nama_camat),
                                                ("Pangkat", self.pangkat), ("NIP", self.nip))
                     if not value)


def signing_month(tahun: int, last_month: int = 12) -> str:
    """The default signing date: the month after the period ends (an annual
    report is signed in January of the next year)."""
    month = last_month % 12 + 1
    return f"{MONTH_NAMES[month - 1]} {tahun + (last_month == 12)}"


def parse_settings(records: list[tuple[int, dict[str, Any]]], file: str, sheet: str,
                   tahun: int | None = None, percent_rows: frozenset[int] | None = None,
                   ) -> tuple[Settings, list[Finding]]:
    """`tahun` (from --tahun) decides, like the sheet's own Tahun row, which
    labels naming a year are this report's. `percent_rows`: the rows whose
    value the file shows as a percentage (None: the file does not say)."""
    values: dict[str, Any] = {"found": True, "where": (file, sheet)}
    targets: dict[str, Target] = {}
    findings: list[Finding] = []
    year_n = tahun if tahun is not None else _year_row(records)
    for row, record in records:
        label, value = record.get("uraian"), record.get("isi")
        if is_blank(label):
            continue
        key, year = _label_year(norm_text(label))

        def bad(used: str, example: str = "", _row=row, _label=label, _value=value) -> None:
            findings.append(Finding("pengaturan_nilai_salah", file, sheet, _row, str(_label),
                                    _value, {"dipakai": used, "contoh": example}))

        if year is not None and not _dated(key, year, year_n):
            # "Target SKM 2016" in a 2017 report: another year's row, not this one's.
            findings.append(Finding("pengaturan_tahun_lain", file, sheet, row, str(label),
                                    value, {"tahun_baris": year, "tahun": year_n}))
            continue
        if _canonical(key) == "pelanggaran_tahun":
            count = _count(value)
            if year is None:
                findings.append(Finding("pengaturan_tanpa_tahun", file, sheet, row, str(label)))
            elif count is not None:
                values.setdefault("pelanggaran_per_tahun", {})[year] = count
            elif not is_blank(value):
                bad("kosong", _EXAMPLES["pelanggaran_tahun_lalu"])
            continue
        if key.startswith("target"):
            code = _indicator_for(key)
            if code is None:
                findings.append(Finding("pengaturan_tidak_dikenal", file, sheet, row, str(label)))
            elif not is_blank(value):
                target = parse_target(value)
                if target is None:
                    bad("tanpa target", "Contoh: 80 atau 80-90.")
                else:
                    targets[code], why = _fraction_read(code, target, value, row, percent_rows)
                    if why:
                        findings.append(Finding("target_pecahan", file, sheet, row, str(label),
                                                value, {"dipakai": targets[code].text,
                                                        "alasan": why}))
            continue
        canon = _canonical(key)
        if canon is None:
            findings.append(Finding("pengaturan_tidak_dikenal", file, sheet, row, str(label)))
            continue
        if is_blank(value):
            continue
        parsed, ok = _parse_value(canon, value)
        if ok:
            values[canon] = parsed
        elif parsed is not None:
            # Kept as written (a NIP is never replaced by another person's).
            values[canon] = parsed
            if canon in _OWN_FINDING:   # one finding naming all that is wrong
                code, params = _OWN_FINDING[canon](value)
                findings.append(Finding(code, file, sheet, row, str(label), parsed, params))
            else:
                bad(f"seperti tertulis ({parsed})", _EXAMPLES.get(canon, ""))
        else:
            bad("satu tahun penuh" if canon == "triwulan"
                else str(getattr(Settings(), canon) or "kosong"), _EXAMPLES.get(canon, ""))
    if "aturan_skm" in values:
        values["aturan_skm_diisi"] = True  # chosen: a 14-element survey is not re-ruled
    return replace(Settings(), targets=targets, **values), findings


# What to write, said with a value that cannot be read (settings_keys.py).
_EXAMPLES = {row.key: row.hint for row in SETTING_KEYS if row.hint}


_LABEL_YEAR = re.compile(r"(?:\b(?:tahun|thn|th)\s+)?\b(19[5-9]\d|20\d\d)\b")


# Settings that hold a year's figure: a year in their label says which year.
_YEARLY = {"pelanggaran_tahun", "pelanggaran_tahun_lalu", "pengguna_layanan"}


def _label_year(key: str) -> tuple[str, int | None]:
    """'jumlah pelanggaran perda tahun 2016' -> ('jumlah pelanggaran perda', 2016).
    Only for a count or a target: 'Aturan SKM PermenPAN-RB 14/2017' and a
    signing date keep their label; so does a label naming several years."""
    found = _LABEL_YEAR.findall(key)
    if len(found) != 1:
        return key, None
    stripped = " ".join(_LABEL_YEAR.sub(" ", key).split())
    if not (stripped.startswith("target") or _canonical(stripped) in _YEARLY):
        return key, None
    return stripped, int(found[0])


def _dated(key: str, year: int, year_n: int | None) -> bool:
    """Whether a row naming `year` is for this report: year n, or year n-1
    for a count of violations; any year while year n is not known yet."""
    if year_n is None or year == year_n:
        return True
    return year == year_n - 1 and _canonical(key) in {"pelanggaran_tahun",
                                                       "pelanggaran_tahun_lalu"}


def _year_row(records: list[tuple[int, dict[str, Any]]]) -> int | None:
    for _, record in records:
        if _canonical(norm_text(record.get("uraian"))) == "tahun":
            return parse_year(record.get("isi"))
    return None


def _count(value: Any) -> int | None:
    number = parse_number(value)
    return int(number) if number is not None and number >= 0 and number == int(number) else None


def has_known_setting(records: list[tuple[int, dict[str, Any]]]) -> bool:
    """A sheet counts as settings only when at least one row is a setting the
    tool knows: an 'Uraian | Nilai' table of something else is not."""
    for _, record in records:
        key, _ = _label_year(norm_text(record.get("uraian")))
        if key and (_canonical(key) is not None
                    or key.startswith("target") and _indicator_for(key) is not None):
            return True
    return False


def filled_values(records: list[tuple[int, dict[str, Any]]],
                  ) -> dict[str, tuple[int, str, Any, Any]]:
    """Each setting the sheet fills: its key -> (row, label as written, value
    as written, value as compared). Two settings sheets agree when these
    agree; a sheet filling none is no settings sheet (the blank template)."""
    filled: dict[str, tuple[int, str, Any, Any]] = {}
    for row, record in records:
        label, value = record.get("uraian"), record.get("isi")
        if is_blank(label) or is_blank(value):
            continue
        key, year = _label_year(norm_text(label))
        if key.startswith("target"):
            code = _indicator_for(key)
            if code is None:
                continue
            target = parse_target(value)
            name, seen = f"target:{code}", (target.low, target.high) if target else norm_text(value)
        else:
            canon = _canonical(key)
            if canon is None:
                continue
            name = canon if year is None else f"{canon}:{year}"
            seen = _parse_value(canon, value)[0] if BY_KEY[canon].parse else _count(value)
            if canon in ("kecamatan", "kabupaten"):
                seen = kecamatan_key(value) if canon == "kecamatan" else kabupaten_key(value)
            elif isinstance(seen, str) or seen is None:
                seen = norm_text(seen if seen is not None else value)
        if year is not None and not name.endswith(f":{year}"):
            name = f"{name}:{year}"
        filled.setdefault(name, (row, str(label).strip(), value, seen))
    return filled


def has_filled_setting(records: list[tuple[int, dict[str, Any]]]) -> bool:
    return bool(filled_values(records))


def _canonical(key: str) -> str | None:
    best, best_len = None, -1
    # canonical key -> normalised aliases (the whole Uraian text, or its start)
    for canon, aliases in ALIASES.items():
        for alias in aliases:
            if (key == alias or key.startswith(alias + " ")) and len(alias) > best_len:
                best, best_len = canon, len(alias)
    return best


def _indicator_for(key: str) -> str | None:
    words = set(key.split())
    # "usulan musrenbang" must not be taken for participation in the Musrenbang.
    for code in sorted(TARGET_WORDS, key=lambda c: c != "usulan_direkomendasikan"):
        if words & set(TARGET_WORDS[code]):
            return code
    if "musrenbang" in words:
        return "partisipasi_musrenbang"
    return None


# Words around a target as staff write it: "≥ 75", "minimal 80", "75 persen",
# "turun 5%" (the size of a fall: compute reads it as the penurunan target).
_TARGET_WORDS = re.compile(
    r"^(?:≥|>=|>|minimal|min\.?|paling sedikit|sekurang-kurangnya|turun|penurunan)\s*"
    r"|\s*(?:persen|%)$", re.IGNORECASE)


def parse_target(value: Any) -> Target | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Target(float(value), float(value), target_number(float(value)))
    written = " ".join(str(value).split())
    text = _TARGET_WORDS.sub("", written).strip()
    match = re.fullmatch(
        r"(-?\d+(?:[.,]\d+)?)\s*%?\s*(?:-|–|s\.?/?d\.?|sampai|hingga)\s*(-?\d+(?:[.,]\d+)?)\s*%?",
        text, flags=re.IGNORECASE)
    if match:
        low, high = (parse_number(g) for g in match.groups())
        if low is not None and high is not None:
            low, high = min(low, high), max(low, high)
            return Target(low, high, f"{target_number(low)} - {target_number(high)}", written)
    number = parse_number(text)
    if number is None:
        return None
    return Target(number, number, target_number(number), written)


def _fraction_read(code: str, target: Target, value: Any, row: int,
                   percent_rows: frozenset[int] | None) -> tuple[Target, str | None]:
    """A percentage target typed as a fraction: 0,85 in a cell Excel shows
    as 85% is 85. Where the file does not say how a cell is shown, a
    target of a % indicator at or below 1 is read as a fraction too: 0,85 %
    is no target anyone sets, and the larger reading never raises the
    achievement (a fall of 1 % is a real target: only below 1 there)."""
    if code not in PERCENT_TARGETS:
        return target, None
    shown_as_percent = percent_rows is not None and row in percent_rows
    if shown_as_percent and isinstance(value, (int, float)) and abs(value) <= 1:
        # (85 in such a cell shows 8.500 %: typed over the format, kept as 85.)
        why = "selnya berformat persen"
    elif percent_rows is None and _fractional(target, code):
        why = "angka 1 atau kurang untuk indikator persen"
    else:
        return target, None
    low, high = target.low * 100, target.high * 100
    return Target(low, high, target_text(low, high), target.written), why


def _fractional(target: Target, code: str) -> bool:
    limit = abs(target.high) < 1 if code == "penurunan_pelanggaran_perda" else \
        abs(target.high) <= 1
    return 0 < abs(target.low) and limit and abs(target.low) <= 1


def _parse_value(canon: str, value: Any) -> tuple[Any, bool]:
    return BY_KEY[canon].parse(value)


def _nip_finding(value: Any) -> tuple[str, dict[str, Any]]:
    problems = nip_check.describe(nip_check.check_nip(value))
    return "nip_tidak_sah", {"masalah": "; ".join(problems), "jumlah": len(problems)}


def _pangkat_finding(value: Any) -> tuple[str, dict[str, Any]]:
    found = pangkat_check.check_pangkat(value)
    return "pangkat_tidak_dikenal", {"masalah": pangkat_check.describe(found),
                                     "daftar": pangkat_check.daftar()}


_OWN_FINDING = {"nip": _nip_finding, "pangkat": _pangkat_finding}
