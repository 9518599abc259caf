"""Every Indonesian sentence a finding can produce, in one catalogue (its
parts by area: files.py, data.py, rekap.py).

Templates may use {berkas}, {lembar}, {baris}, {kolom}, {nilai} and the
finding's own params. `tindakan` says what the staff member should do.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from iku_excel.findings import Finding, Severity
from iku_excel.messages.data import DATA
from iku_excel.messages.files import FILES
from iku_excel.messages.message import Message
from iku_excel.messages.rekap import REKAP
from iku_excel.rounding import count_id
from iku_excel.values import format_date_id

__all__ = ["CATALOGUE", "Message", "as_json", "render", "severity_of", "shown_value", "text_of",
           "tindakan_of"]

CATALOGUE: dict[str, Message] = {**FILES, **DATA, **REKAP}


def render(finding: Finding, template: str, nilai: str | None = None) -> str:
    """The sentence of a finding. `nilai`: the values of a grouped line, each
    quoted already ('"Blm", "Tdk"'), in place of the one quoted value."""
    fields: dict[str, Any] = {
        "berkas": finding.file or "-",
        "lembar": finding.sheet or "-",
        "baris": finding.row if finding.row is not None else "",
        "kolom": finding.column or "-",
        "nilai": "" if finding.value is None else shown_value(finding.value),
    }
    fields.update((key, _shown(key, value)) for key, value in finding.params.items())
    if nilai is not None:
        template = template.replace('"{nilai}"', "{nilai}")
        fields["nilai"] = nilai
    # An empty part ('{saran}' with no suggestion) leaves no double or end space.
    return _SPACES.sub(" ", template.format_map(_Lenient(fields))).strip()


_SPACES = re.compile(r" {2,}")


def _shown(key: str, value: Any) -> Any:
    """Counts in Indonesian notation (1.234); years stay as written (2017)."""
    if type(value) is int and not key.startswith("tahun"):
        return count_id(value)
    return value


def shown_value(value: Any) -> Any:
    """A cell's value as staff typed it: an answer 5 read as 5.0 is "5",
    0.85 is "0,85", a date "6 Juni 2017" (not 2017-06-06 00:00:00)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isfinite(value):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date_id(value)
    return value


# Staff never see a traceback for a sentence: a param the code did not give
# is shown as "-". The tests set STRICT, so such a gap fails there instead.
STRICT = False


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        if STRICT:
            raise KeyError(f"the finding gives no {{{key}}} for its sentence")
        return "-"


def severity_of(finding: Finding) -> Severity:
    """How serious a finding is: its code's, in the catalogue."""
    return CATALOGUE[finding.code].severity


def text_of(finding: Finding, nilai: str | None = None) -> str:
    return render(finding, CATALOGUE[finding.code].text, nilai)


def tindakan_of(finding: Finding) -> str:
    return render(finding, CATALOGUE[finding.code].tindakan)


def as_json(finding: Finding) -> dict[str, Any]:
    """A finding as the JSON summaries give it (cli.md: `masalah`)."""
    return {"kode": finding.code, "tingkat": severity_of(finding).value,
            "berkas": finding.file, "lembar": finding.sheet, "baris": finding.row,
            "kolom": finding.column,
            "nilai": None if finding.value is None else str(shown_value(finding.value)),
            "pesan": text_of(finding), "tindakan": tindakan_of(finding)}
