"""The run's machine-readable summary (cli.md, --json)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from iku_excel.catalogue.bundled import bundled
from iku_excel.catalogue.model import INDEKS_SKM, PERUBAHAN
from iku_excel.indicators.skm_rules import weight_text
from iku_excel.messages import as_json
from iku_excel.pipeline import RunResult
from iku_excel.report.writer import WriteResult


def summary(run: RunResult, written: WriteResult | None = None) -> dict[str, Any]:
    indikator: dict[str, Any] = {}
    rows = {row.code: row for row in (run.catalogue or bundled()).rows}
    ways = {code: row.cara for code, row in rows.items()}
    for code, result in run.results.items():
        entry: dict[str, Any] = {
            "nilai": result.nilai,
            "pembilang": result.pembilang,
            "penyebut": result.penyebut,
            # The figure the capaian was computed against (a range's near
            # end), always a number; the target as written beside it.
            "target": (result.target.reference(rows[code].arah)
                       if result.target and code in rows else None),
            "target_teks": ((result.target.written or result.target.text)
                            if result.target else None),
            "capaian": result.capaian.nilai if result.capaian else None,
            "kategori": result.capaian.kategori if result.capaian else None,
        }
        if result.sebab:
            entry["sebab"] = result.sebab
        entry["per_triwulan"] = {str(q): _quarter(r) for q, r in
                                 sorted(run.quarters.get(code, {}).items())}
        last = run.last_year.get(code)
        entry["realisasi_tahun_lalu"] = last.realisasi if last else None
        entry["capaian_tahun_lalu"] = last.capaian if last else None
        renstra = last.target_renstra if last else None
        entry["target_renstra"] = (None if renstra is None else renstra.text if renstra.is_range
                                   else renstra.low)
        entry["capaian_renstra"] = last.capaian_renstra.nilai \
            if last and last.capaian_renstra else None
        if ways.get(code) == INDEKS_SKM:
            skm = result.skm.index if result.skm else None
            entry["responden"] = skm.n if skm else 0
            entry["mutu"] = skm.grade.mutu if skm else None
            entry["kinerja"] = skm.grade.kinerja if skm else None
            entry["aturan"] = skm.rules.code if skm else run.settings.aturan_skm
            entry["bobot"] = run.settings.bobot_skm
            if skm:
                entry["unsur"] = skm.count
                entry["bobot_unsur"] = weight_text(skm.weight_mode, skm.count)
            if skm:
                entry["nrr"] = {f"U{i + 1}": float(v) for i, v in enumerate(skm.nrr)}
                entry["jumlah_nilai"] = {f"U{i + 1}": t for i, t in enumerate(skm.totals)}
                entry["per_layanan"] = {
                    label: {"nilai": r.nilai, "responden": r.n, "mutu": r.grade.mutu}
                    for label, r in result.skm.per_layanan}
        if ways.get(code) == PERUBAHAN:
            detail = result.penurunan
            entry["jumlah_tahun_n"] = detail.jumlah_tahun_n if detail else None
            entry["jumlah_tahun_n_1"] = detail.jumlah_tahun_n_1 if detail else None
            entry["rumus"] = run.settings.rumus_penurunan
        indikator[code] = entry
    return {
        "kecamatan": run.settings.kecamatan,
        "tahun": run.tahun,
        "triwulan": run.triwulan,
        "laporan": str(written.path) if written else None,
        "data_contoh": run.example,
        "indikator": indikator,
        "masalah": [as_json(f) for f in run.findings],
    }


def _target(result) -> float | str | None:
    if result.target is None:
        return None
    return result.target.low if not result.target.is_range else result.target.text


def _quarter(result) -> dict[str, Any]:
    """One quarter's figures (cycle.md): up to its end, against its target."""
    entry = {"nilai": result.nilai, "pembilang": result.pembilang, "penyebut": result.penyebut,
             "target": _target(result),
             "capaian": result.capaian.nilai if result.capaian else None}
    if result.nilai is None and result.sebab:
        entry["sebab"] = result.sebab
    elif result.capaian is not None and result.capaian.nilai is None and result.capaian.sebab:
        entry["sebab"] = result.capaian.sebab
    return entry


def write_summary(run: RunResult, written: WriteResult, path: Path) -> None:
    """Whole or not at all, like the report: a reader never sees half a JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    try:
        text = json.dumps(summary(run, written), ensure_ascii=False, indent=2)
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
