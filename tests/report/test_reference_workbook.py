"""The example report compared part by part with an approved reference, in
the XlsxWriter manner: any layout drift fails here until a person has looked
at it and run tests/reference/approve.py."""

import difflib
import re
import sys
import zipfile
from pathlib import Path

from paths import REFERENCE  # noqa: E402

sys.path.insert(0, str(REFERENCE))
from approve import APPROVED, build  # noqa: E402


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _readable(xml: bytes) -> list[str]:
    return re.sub(rb">\s*<", b">\n<", xml).decode("utf-8", "replace").splitlines()


def test_report_matches_the_approved_reference(tmp_path):
    got = _parts(build(tmp_path / "report.xlsx"))
    want = _parts(APPROVED)
    assert sorted(got) == sorted(want), "parts added or removed"
    for name in sorted(want):
        if got[name] != want[name]:
            diff = "\n".join(list(difflib.unified_diff(_readable(want[name]), _readable(got[name]),
                                                       "approved", "now", lineterm="", n=1))[:40])
            raise AssertionError(f"{name} differs from the approved report:\n{diff}")
