"""Which catalogue a run uses (catalogue.md, "Where the catalogue comes
from"): the one sheet Indikator of the folder, or without one the bundled
catalogue; two different such sheets are no guess to make (no report).
Copies that define the same rows are one catalogue, and the untouched
example of a blank template copy ('Isian_IKU (2).xlsx', equal to the
bundled rows) beside an edited sheet is no choice either. Its Tugas
Fungsi: a sheet so named, else the bundled text with the bundled catalogue
only (a sheet equal to the bundled rows is the bundled catalogue)."""

from __future__ import annotations

from dataclasses import replace

from iku_excel.catalogue.bundled import bundled
from iku_excel.catalogue.model import Catalogue, CatalogueRow, TugasFungsi
from iku_excel.catalogue.parse import Parsed
from iku_excel.findings import Finding


class CatalogueProblem(Exception):
    """No report can be made from the catalogue sheets found; the message is for staff."""


def choose(sheets: list[Parsed], tugas: list[TugasFungsi],
           ) -> tuple[Catalogue, list[Finding]]:
    sheets, set_aside = _distinct(sheets)
    if len(sheets) > 1:
        places = " dan ".join(f"{p.place.file} (lembar {p.place.sheet})" for p in sheets)
        raise CatalogueProblem(
            f"Ada {len(sheets)} lembar Indikator (daftar indikator IKU): {places}. Aplikasi "
            "tidak memilih salah satunya. Simpan satu lembar Indikator saja di folder masukan "
            "(hapus atau pindahkan yang lain), lalu jalankan lagi.")
    if not sheets:
        base = bundled()
        return replace(base, tugas_fungsi=_tugas(tugas, None) or base.tugas_fungsi), []
    sheet = sheets[0]
    findings = list(sheet.findings) + [
        Finding("katalog_salinan", p.place.file, p.place.sheet, params={
            "dipakai": f"{sheet.place.file} (lembar {sheet.place.sheet})"})
        for p in set_aside]
    if not sheet.rows:
        raise CatalogueProblem(
            f"Lembar Indikator di {sheet.place.file} (lembar {sheet.place.sheet}) tidak memuat "
            "satu indikator pun. Isi setidaknya satu baris (kolom Indikator Kinerja Utama), "
            "atau hapus lembar itu untuk memakai daftar indikator bawaan.")
    same = _definitions(sheet.rows) == _definitions(bundled().rows)
    chosen = _tugas(tugas, sheet.place.file)
    if chosen is None and same:
        chosen = bundled().tugas_fungsi
    elif chosen is None:
        findings.append(Finding("katalog_tanpa_tugas_fungsi", sheet.place.file,
                                sheet.place.sheet))
    return Catalogue(sheet.rows, chosen, bundled=same, place=sheet.place), findings


def _distinct(sheets: list[Parsed]) -> tuple[list[Parsed], list[Parsed]]:
    """The sheets that define different catalogues (the first of equal
    copies), and those set aside: later copies, and the bundled example
    when an edited sheet stands beside it."""
    kept: list[Parsed] = []
    aside: list[Parsed] = []
    for sheet in sheets:
        same = any(_definitions(k.rows) == _definitions(sheet.rows) for k in kept)
        (aside if same else kept).append(sheet)
    example = _definitions(bundled().rows)
    edited = [k for k in kept if _definitions(k.rows) != example]
    if edited and len(edited) < len(kept):
        aside += [k for k in kept if k not in edited]
        kept = edited
    return kept, aside


def _tugas(found: list[TugasFungsi], file: str | None) -> TugasFungsi | None:
    """The Tugas Fungsi sheet beside the catalogue's, else the first one."""
    for item in found:
        if item.place is not None and item.place.file == file:
            return item
    return found[0] if found else None


def _definitions(rows: tuple[CatalogueRow, ...]) -> list[CatalogueRow]:
    """The rows without where they were written: what they define."""
    return [replace(row, place=None) for row in rows]
