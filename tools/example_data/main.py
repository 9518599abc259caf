"""Write every example workbook, then verify them."""

from __future__ import annotations

import random
from pathlib import Path

from .binaan import make_lembaga_ekonomi, make_ormas
from .common import DEFAULT_OUTDIR
from .musrenbang import make_daftar_hadir, make_usulan
from .pengaturan import make_pengaturan
from .registers import make_laporan_kejadian, make_register_perda
from .skm import make_skm
from .verify import verify


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTDIR
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2017)
    makers = [make_skm, make_register_perda, make_laporan_kejadian, make_daftar_hadir,
              make_usulan, make_ormas, make_lembaga_ekonomi, make_pengaturan]
    for maker in makers:
        path = maker(outdir, rng)
        print(f"wrote {path}")
    for line in verify(outdir):
        print(f"  OK {line}")
    return 0
