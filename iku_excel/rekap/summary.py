"""The rekap's machine-readable summary (rekap.md, --json)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from iku_excel.messages import as_json
from iku_excel.rekap.model import RekapModel


def summary(model: RekapModel, path: Path | None) -> dict[str, Any]:
    kecamatan = []
    for row in model.rollup.rows:
        entry = row.entry
        kecamatan.append({
            "nama": row.kecamatan,
            "status": row.status,
            "dalam_daftar": row.listed,
            "berkas": entry.received.info.name if entry else None,
            "rata_rata_capaian": float(row.mean) if row.mean is not None else None,
            "peringkat": row.rank,
            "indikator_capaian_100": row.at_full,
            "indikator": {
                # The report's capaian unrounded (cli.md); none where it is not
                # compared (its Data sheet contradicts it, or it was not computed).
                kode: {"target": item.target, "realisasi": item.realisasi,
                       "capaian": item.capaian if kode in row.capaian else None,
                       "kategori": item.kategori}
                for kode, item in row.figures.items()},
        })
    return {
        "kabupaten": model.selection.kabupaten,
        "tahun": model.tahun,
        "triwulan": model.triwulan,
        "laporan": str(path) if path else None,
        "indikator_bersama": [s.kode for s in model.rollup.shared],
        "kecamatan": kecamatan,
        "masalah": [as_json(f) for f in model.findings],
    }


def write_summary(model: RekapModel, path: Path | None, json_path: Path) -> None:
    """Whole or not at all, like the workbook."""
    json_path.parent.mkdir(parents=True, exist_ok=True)
    temp = json_path.with_name(f".{json_path.name}.tmp")
    try:
        temp.write_text(json.dumps(summary(model, path), ensure_ascii=False, indent=2),
                        encoding="utf-8")
        os.replace(temp, json_path)
    finally:
        if temp.exists():
            temp.unlink()
