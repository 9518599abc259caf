"""Write the module table of README.md (developer half) from the modules'
own docstrings, so the table and the tree cannot drift apart.

    python scripts/module_table.py           # rewrite the table in README.md
    python scripts/module_table.py --check   # exit 1 when README.md differs

Each row: a module of iku_excel/ and the first sentence of its docstring.
tests/test_house.py runs the check.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "iku_excel"
README = ROOT / "README.md"
BEGIN = "<!-- module table: written by scripts/module_table.py -->"
END = "<!-- end of module table -->"
# The package's data files, which carry no docstring.
DATA_FILES = {
    "wilayah.json": "kecamatan per kabupaten (Gresik's 18, in official order), desa and "
                    "kelurahan per kecamatan (Gresik's 330 and 26) with the other spellings "
                    "official sources record, and where the lists come from, as data",
    "indikator_benjeng_2017.csv": "the bundled catalogue: Kecamatan Benjeng's IKU of January "
                                  "2017, in the shape of the sheet Indikator (UTF-8, its "
                                  "header row first)",
    "tugas_fungsi_benjeng_2017.txt": "the bundled catalogue's Tugas Fungsi, one line each "
                                     "(the tugas pokok first)",
}


def first_sentence(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    paragraph = " ".join(doc.split("\n\n")[0].split())
    match = re.match(r"(.+?[.!?])(\s|$)", paragraph)  # up to the first full stop
    sentence = match.group(1) if match else paragraph
    return sentence.rstrip(".").replace("|", "\\|")


def table() -> str:
    rows = ["| module | job |", "|---|---|"]
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if path.name == "__init__.py":
            name = f"{path.parent.relative_to(PACKAGE).as_posix()}/" if path.parent != PACKAGE \
                else "__init__.py"
        rows.append(f"| `{name}` | {first_sentence(path) or '?'} |")
    for path in sorted((PACKAGE / "data").iterdir()):
        rows.append(f"| `data/{path.name}` | {DATA_FILES.get(path.name, '?')} |")
    return "\n".join(rows)


def rewritten(text: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return f"{text[:start]}\n{table()}\n{text[end:]}"


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--check" in argv:
        if new != text:
            print("README.md's module table differs from the modules: run "
                  "python scripts/module_table.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
