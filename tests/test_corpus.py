"""The quirk corpus (tests/corpus): one staff file per quirk, each run alone
through analyse(folder, tahun=2017) and checked against expected.json, which
tests/corpus/make_corpus.py writes together with the files (figures counted
by hand there).

A case marked "xfail" is a known package bug: the checks still run, the test
xfails when they fail and FAILS when they pass (remove the mark then).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from glob import glob
from pathlib import Path

import pytest

from iku_excel.catalogue.builtin import builtin_source
from iku_excel.catalogue.bundled import bundled
from iku_excel.pipeline import NothingUsable, analyse

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(glob(str(CORPUS / "files" / "*")))
EXPECTED: dict = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
TAHUN = 2017
# Skipped and unrecognised files leave nothing to compute: analyse() stops
# with NothingUsable (or reads the bundled example data when only a lock file
# is there). They are run a second time next to this one small table so the
# note about them can be checked.
ANCHOR_NAME = "zz_anchor_hadir.csv"
ANCHOR = "No;Nama;Hadir\r\n1;Anchor;Ya\r\n"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _match(finding, name: str, want: list) -> bool:
    code, sheet, row, column = want
    return (finding.code == code and finding.file == name
            and (sheet is None or finding.sheet == sheet)
            and (row is None or finding.row == row)
            and (column is None or finding.column == column))


def _describe(findings) -> str:
    return "\n".join(f"  {f.code} {f.file} {f.sheet} {f.row} {f.column} {f.value!r}"
                     for f in findings)


def _check_findings(run, name: str, expect: dict, problems: list[str]) -> None:
    for want in expect.get("findings", []):
        if not any(_match(f, name, want) for f in run.findings):
            problems.append(f"finding {want} missing")
    for code in expect.get("absent", []):
        hits = [f for f in run.findings if f.code == code]
        if hits:
            problems.append(f"finding {code} must not appear:\n{_describe(hits)}")
    for code, count in expect.get("counts", {}).items():
        hits = [f for f in run.findings if f.code == code and f.file == name]
        if len(hits) != count:
            problems.append(f"{len(hits)} findings {code}, expected {count}")


def _check_data(run, name: str, expect: dict, problems: list[str]) -> None:
    source = builtin_source(bundled().row(expect["source"]).tabel).code
    found = {t.source.code for t in run.tables if t.file == name} - {"pengaturan"}
    if found != {source, *expect.get("also", [])} - {"pengaturan"}:
        problems.append(f"tables found {sorted(found)}, expected only {source}")
    result = run.results[expect["source"]]
    if expect["source"] == "skm":
        skm = result.skm.index if result.skm else None
        got = (None, None) if skm is None else (sum(skm.totals), skm.n)
        if skm is not None and "skm_totals" in expect and list(skm.totals) != expect["skm_totals"]:
            problems.append(f"skm totals {list(skm.totals)}, expected {expect['skm_totals']}")
    else:
        got = (result.pembilang, result.penyebut)
    if got != (expect["pembilang"], expect["penyebut"]):
        problems.append(f"pembilang/penyebut {got}, expected "
                        f"{(expect['pembilang'], expect['penyebut'])} ({result.sebab or ''})")
    if "capaian" in expect:
        got_capaian = result.capaian.nilai if result.capaian else None
        if got_capaian is None or round(got_capaian, 2) != expect["capaian"]:
            problems.append(f"capaian {got_capaian}, expected {expect['capaian']}")
    for key, header in expect.get("columns", {}).items():
        tables = [t for t in run.tables if t.file == name]
        got_header = tables[0].columns[key].header if tables and key in tables[0].columns \
            else None
        if got_header != header:
            problems.append(f"column {key} reported as {got_header!r}, expected {header!r}")
    _check_findings(run, name, expect, problems)


def _check_not_read(run_or_none, name: str, problems: list[str]) -> None:
    if run_or_none is not None and any(t.file == name for t in run_or_none.tables):
        problems.append("a table was read from a file that must be skipped")


@pytest.mark.parametrize("path", FILES, ids=lambda p: Path(p).name)
def test_corpus_case(path: str, tmp_path: Path) -> None:
    original = Path(path)
    name = original.name
    assert name in EXPECTED, f"{name} has no expectation; re-run make_corpus.py"
    expect = EXPECTED[name]
    before = _sha(original)
    folder = tmp_path / "input"
    folder.mkdir()
    copy = folder / name
    shutil.copyfile(original, copy)

    problems: list[str] = []
    try:
        if "source" in expect:
            run = analyse(folder, tahun=TAHUN)
            _check_data(run, name, expect, problems)
        else:
            # Alone: never read as data.
            try:
                alone = analyse(folder, tahun=TAHUN)
            except NothingUsable:
                alone = None
            _check_not_read(alone, name, problems)
            if alone is not None and not alone.example:
                problems.append("a run on this file alone should find nothing usable")
            # Next to a small real table: the note about it is there.
            (folder / ANCHOR_NAME).write_text(ANCHOR, encoding="utf-8")
            run = analyse(folder, tahun=TAHUN)
            _check_not_read(run, name, problems)
            if "skipped" in expect:
                if not any(f.code == expect["skipped"] and f.file == name
                           for f in run.findings):
                    problems.append(f"no {expect['skipped']} for {name}:\n"
                                    f"{_describe(run.findings)}")
            elif expect.get("summary"):
                if not any(s.file == name for s in run.summaries):
                    problems.append("not listed among summary sheets")
                _check_findings(run, name, expect, problems)
            else:
                if not any(u.file == name for u in run.unrecognised):
                    problems.append("not listed among unrecognised sheets")
                _check_findings(run, name, expect, problems)
    except Exception as exc:  # a crash is a failure like any other
        problems.append(f"analyse raised {type(exc).__name__}: {exc}")

    # The tool reads only: neither the copy it read nor the corpus file changed.
    assert _sha(copy) == before, "the input file was changed by the run"
    assert _sha(original) == before

    reason = expect.get("xfail")
    if problems and reason:
        pytest.xfail(f"{reason} | " + "; ".join(problems))
    if not problems and reason:
        pytest.fail(f"{name} now passes: remove its xfail from make_corpus.py ({reason})")
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_corpus_is_large_enough_and_complete() -> None:
    names = {Path(p).name for p in FILES}
    assert len(FILES) >= 30
    assert names == set(EXPECTED), "files and expected.json differ; re-run make_corpus.py"


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice (soffice) is needed to write the .xls/.ods cases")
def test_generator_reproduces_the_corpus(tmp_path: Path) -> None:
    generator = _load_generator()
    generator.generate(tmp_path, lo_profile=tmp_path / "lo-profile")
    assert (tmp_path / "expected.json").read_text(encoding="utf-8") == \
        (CORPUS / "expected.json").read_text(encoding="utf-8")
    fresh = sorted(p.name for p in (tmp_path / "files").iterdir())
    assert fresh == sorted(Path(p).name for p in FILES)
    # Everything but LibreOffice's output and the tool's own report is byte-identical.
    for name in fresh:
        if name not in generator.NOT_BYTE_STABLE:
            assert _sha(tmp_path / "files" / name) == _sha(CORPUS / "files" / name), name
