"""Write benchmark input folders from the bundled example data.

Usage::

    python benchmarks/generate.py [--cache DIR] [--sizes 1k,10k,100k,300k]
                                  [--kecamatan 18] [--kecamatan-rows 5500]

Each folder holds the seven non-survey example workbooks copied as they are
plus an SKM workbook laid out like ``SKM_Kecamatan_Benjeng_2017.xlsx``
(three merged title rows, a blank row, a two-row merged header with
``Unsur Pelayanan`` over U1..U9, the numbering row ``1 | 2 | ... | 17``,
then one row per respondent; no JUMLAH row). Answers 1-4 and profiles come
from ``random.Random`` with a fixed seed, dates are in 2017.

Folders (under the cache dir, default ``benchmarks/.data/``)::

    size-1k/ size-10k/ size-100k/ size-300k/      one kecamatan, N respondents
    kecamatan-18x5500/<Kecamatan>/                 the 18 kecamatan of Gresik
    rekap-18/                                      their reports, as the regency saves them

A folder is generated only when missing (or written by an older generator
version): it is built under a temporary name and renamed into place, so an
interrupted run never leaves a half-written folder behind. The big files are
written with xlsxwriter in ``constant_memory`` mode (rows streamed to disk).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
EXAMPLE_DIR = REPO_ROOT / "iku_excel" / "example_data"
DEFAULT_CACHE = HERE / ".data"
SURVEY_FILE = "SKM_Kecamatan_Benjeng_2017.xlsx"
# Bump when the layout or the random stream changes: cached folders are rebuilt.
GENERATOR_VERSION = "1"
STAMP = ".generator"  # hidden: iku_excel skips dot-files in the input folder
SEED = 2017
TAHUN = 2017

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "300k": 300_000}
DEFAULT_SIZES = ["1k", "10k", "100k", "300k"]
KECAMATAN_GRESIK = [
    "Wringinanom", "Driyorejo", "Kedamean", "Menganti", "Cerme", "Benjeng",
    "Balongpanggang", "Duduksampeyan", "Kebomas", "Gresik", "Manyar", "Bungah",
    "Sidayu", "Dukun", "Panceng", "Ujungpangkah", "Sangkapura", "Tambak",
]
KECAMATAN_ROWS = 5_500

FIXED_HEADERS = ["No", "Tanggal", "Jenis Layanan", "Jenis Kelamin", "Umur", "Pendidikan",
                 "Pekerjaan"]
N_UNSUR = 9
LAYANAN = ["KTP-el", "Kartu Keluarga", "Surat Pindah", "IMB", "Legalisir", "Surat Keterangan"]
PENDIDIKAN = ["SD", "SMP", "SMA", "SMA", "SMA", "D3", "S1", "S1", "S2"]
PEKERJAAN = ["PNS", "TNI", "POLRI", "Swasta", "Swasta", "Wiraswasta", "Wiraswasta", "Petani",
             "Petani", "Pelajar", "Lainnya"]
SARAN = [
    "Antrean KTP-el agar dipercepat",
    "Ruang tunggu ditambah kursi dan kipas angin",
    "Petugas pelayanan agar datang tepat waktu",
    "Informasi persyaratan ditempel di papan pengumuman",
    "Mohon disediakan nomor antrean",
    "Blangko KTP-el agar selalu tersedia",
    "Pelayanan sudah baik, dipertahankan",
    "Tempat parkir diperluas",
    "Biaya dan waktu penyelesaian agar diumumkan",
    "Perlu kotak saran di ruang pelayanan",
]
SARAN_SHARE = 0.15
# Mostly 3s, as real surveys are: index ~ 76 (grade B).
ANSWER_WEIGHTS = [3, 15, 60, 22]


def parse_size(text: str) -> int:
    text = text.strip().lower()
    if text in SIZES:
        return SIZES[text]
    if text.endswith("k"):
        return int(float(text[:-1]) * 1000)
    return int(text)


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def non_survey_files() -> list[Path]:
    files = sorted(p for p in EXAMPLE_DIR.glob("*.xlsx") if p.name != SURVEY_FILE)
    if len(files) != 7:
        raise SystemExit(f"expected 7 non-survey example workbooks in {EXAMPLE_DIR}, "
                         f"found {len(files)}")
    return files


def write_survey(path: Path, n: int, kecamatan: str, seed: int) -> None:
    """An SKM workbook with ``n`` respondents, same layout as the example's."""
    rng = random.Random(seed)
    ncols = len(FIXED_HEADERS) + N_UNSUR + 1
    first_u, saran_col = len(FIXED_HEADERS), ncols - 1
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Data SKM")
    title = wb.add_format({"bold": True, "align": "center", "font_size": 12})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "text_wrap": True, "bg_color": "#D9E1F2"})
    center = wb.add_format({"align": "center", "border": 1, "font_size": 9, "italic": True})
    cell = wb.add_format({"border": 1})
    date_fmt = wb.add_format({"border": 1, "num_format": "dd/mm/yyyy"})
    for col, width in enumerate([5, 12, 16, 9, 7, 11, 12] + [6] * N_UNSUR + [40]):
        ws.set_column(col, col, width)

    # constant_memory flushes a row as soon as a later row is written, and
    # merge_range() refuses (silently) to touch a flushed row; a vertical merge
    # writes into the next row, so only the first one would survive. Rows are
    # therefore written whole, top to bottom, and the merges of the two header
    # rows are registered directly (xlsxwriter writes <mergeCells> from .merge).
    titles = ["HASIL SURVEI KEPUASAN MASYARAKAT (SKM)",
              f"KECAMATAN {kecamatan.upper()} KABUPATEN GRESIK", f"TAHUN {TAHUN}"]
    for r, text in enumerate(titles):
        ws.merge_range(r, 0, r, ncols - 1, text, title)
    top, sub = 4, 5
    for col, text in enumerate(FIXED_HEADERS):
        ws.write_string(top, col, text, head)
    ws.write_string(top, first_u, "Unsur Pelayanan", head)
    for col in range(first_u + 1, saran_col):
        ws.write_blank(top, col, None, head)
    ws.write_string(top, saran_col, "Saran", head)
    for col in range(ncols):
        if first_u <= col < saran_col:
            ws.write_string(sub, col, f"U{col - first_u + 1}", head)
        else:
            ws.write_blank(sub, col, None, head)
    merges = [(top, col, sub, col) for col in [*range(first_u), saran_col]]
    merges.append((top, first_u, top, saran_col - 1))
    ws.merge.extend([list(m) for m in merges])
    numbering = sub + 1
    for col in range(ncols):
        ws.write_number(numbering, col, col + 1, center)

    start = dt.datetime(TAHUN, 1, 1)
    days = sorted(rng.randrange(365) for _ in range(n))
    answers = [rng.choices((1, 2, 3, 4), ANSWER_WEIGHTS, k=n) for _ in range(N_UNSUR)]
    write_number, write_string, write_datetime = ws.write_number, ws.write_string, ws.write_datetime
    choice, rand = rng.choice, rng.random
    row = numbering + 1
    for i in range(n):
        write_number(row, 0, i + 1, cell)
        write_datetime(row, 1, start + dt.timedelta(days=days[i]), date_fmt)
        write_string(row, 2, choice(LAYANAN), cell)
        write_string(row, 3, choice("LP"), cell)
        write_number(row, 4, rng.randint(18, 70), cell)
        write_string(row, 5, choice(PENDIDIKAN), cell)
        write_string(row, 6, choice(PEKERJAAN), cell)
        for u in range(N_UNSUR):
            write_number(row, first_u + u, answers[u][i], cell)
        if rand() < SARAN_SHARE:
            write_string(row, saran_col, choice(SARAN), cell)
        row += 1
    ws.freeze_panes(numbering + 1, 0)
    wb.close()


def build_folder(folder: Path, n: int, kecamatan: str, seed: int) -> Path:
    """The input folder for ``n`` respondents; reused when already complete."""
    stamp = folder / STAMP
    wanted = f"{GENERATOR_VERSION} rows={n} kecamatan={kecamatan} seed={seed}\n"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".tmp-{folder.name}-", dir=folder.parent))
    try:
        for source in non_survey_files():
            shutil.copy2(source, temp / source.name)
        write_survey(temp / f"SKM_Kecamatan_{kecamatan}_{TAHUN}.xlsx", n, kecamatan, seed)
        (temp / STAMP).write_text(wanted, encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(temp, folder)
    finally:
        if temp.exists():
            shutil.rmtree(temp)
    return folder


def size_folder(cache: Path, n: int) -> Path:
    return build_folder(cache / f"size-{size_label(n)}", n, "Benjeng", SEED + n)


def kecamatan_folders(cache: Path, count: int = len(KECAMATAN_GRESIK),
                      rows: int = KECAMATAN_ROWS) -> list[Path]:
    """``count`` kecamatan folders of ``rows`` respondents each (cycling the names)."""
    root = cache / f"kecamatan-{count}x{rows}"
    folders = []
    for i in range(count):
        name = KECAMATAN_GRESIK[i % len(KECAMATAN_GRESIK)]
        label = name if i < len(KECAMATAN_GRESIK) else f"{name}{i // len(KECAMATAN_GRESIK) + 1}"
        folders.append(build_folder(root / label, rows, name, SEED * 100 + i))
    return folders


def rekap_folder(cache: Path, count: int = len(KECAMATAN_GRESIK)) -> Path:
    """``count`` kecamatan reports, each made by ``iku-excel run`` from the
    example data under its own kecamatan's settings: the folder of email
    attachments the regency's ``iku-excel rekap`` reads (reports only)."""
    import openpyxl

    folder = cache / f"rekap-{count}"
    wanted = f"{GENERATOR_VERSION} rekap={count}\n"
    if (folder / STAMP).is_file() and (folder / STAMP).read_text(encoding="utf-8") == wanted:
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".tmp-rekap-", dir=cache))
    try:
        for i in range(count):
            name = KECAMATAN_GRESIK[i % len(KECAMATAN_GRESIK)]
            name += "" if i < len(KECAMATAN_GRESIK) else str(i // len(KECAMATAN_GRESIK) + 1)
            shutil.copytree(EXAMPLE_DIR, work / "in" / name)
            settings = work / "in" / name / "Pengaturan_IKU_2017.xlsx"
            book = openpyxl.load_workbook(settings)
            for row in book.active.iter_rows():
                if row[0].value in ("Kecamatan", "Tempat Penandatanganan"):
                    row[1].value = name
            book.save(settings)
        done = subprocess.run([sys.executable, "-m", "iku_excel", "run", "--per-kecamatan",
                               "--input", str(work / "in"), "--output", str(work / "out"),
                               "--tanpa-pdf"], cwd=REPO_ROOT, capture_output=True, text=True)
        reports = sorted((work / "out").glob("IKU_Kecamatan_*.xlsx"))
        if done.returncode not in (0, 1) or len(reports) != count:
            raise SystemExit(f"making {count} reports failed:\n{done.stdout}{done.stderr}")
        (work / "reports").mkdir()
        for report in reports:
            shutil.copy2(report, work / "reports" / report.name)
        (work / "reports" / STAMP).write_text(wanted, encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(work / "reports", folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--sizes", default=",".join(DEFAULT_SIZES))
    parser.add_argument("--kecamatan", type=int, default=len(KECAMATAN_GRESIK),
                        help="number of kecamatan folders (0: none)")
    parser.add_argument("--kecamatan-rows", type=int, default=KECAMATAN_ROWS)
    args = parser.parse_args(argv)
    for text in filter(None, args.sizes.split(",")):
        print(size_folder(args.cache, parse_size(text)))
    if args.kecamatan:
        for folder in kecamatan_folders(args.cache, args.kecamatan, args.kecamatan_rows):
            print(folder)
        print(rekap_folder(args.cache, args.kecamatan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
