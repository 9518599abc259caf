"""The kecamatan the settings name, as it is officially spelled: its name
heads the signed page ("KECAMATAN BENJENG", "CAMAT BENJENG"), the file name
and the rekap, and chooses the desa list names are checked against.

'Kec. Benjeng', 'KECAMATAN BENJENG' and 'benjeng' are Benjeng of the bundled
list of its kabupaten (data/wilayah.json), said in a note when written
otherwise; a slip of a letter is matched with a warning. A kecamatan the
list does not hold keeps its name (without a 'Kec.' prefix), and a
kecamatan without a bundled desa list gets a note that its desa names are
not checked: never silence."""

from __future__ import annotations

import re
from dataclasses import replace

from iku_excel.findings import Finding
from iku_excel.settings import Settings
from iku_excel.wilayah import CLOSE, SPELLING, known_desa, known_kecamatan, match_kecamatan

_PREFIX = re.compile(r"^\s*(?:kecamatan|kec)\b\.?\s*", re.IGNORECASE)


def official_kecamatan(settings: Settings) -> tuple[Settings, list[Finding]]:
    if not settings.found:
        return settings, []  # no settings sheet: the document's own, said already
    file, sheet = settings.where or (None, None)
    written = settings.kecamatan
    listed = known_kecamatan(settings.kabupaten)
    match = match_kecamatan(written, listed[1]) if listed else None
    findings = []
    if match is not None and match.official is not None:
        name = match.official
        if match.how == CLOSE:
            findings.append(Finding("kecamatan_mirip", file, sheet, None, "Kecamatan", written,
                                    {"resmi": name, "kabupaten": listed[0]}))
        elif match.how == SPELLING:
            findings.append(Finding("kecamatan_ejaan", file, sheet, None, "Kecamatan", written,
                                    {"resmi": name}))
    else:
        name = _PREFIX.sub("", written).strip() or written
        if name != written:
            findings.append(Finding("kecamatan_ejaan", file, sheet, None, "Kecamatan", written,
                                    {"resmi": name}))
    if not known_desa(name):
        findings.append(Finding("desa_tanpa_daftar", file, sheet, params={
            "kecamatan": name, "kabupaten": settings.kabupaten}))
    return replace(settings, kecamatan=name), findings
