"""Write every case's file and expected.json."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

# Each module registers its cases as it is imported (expected.json is sorted by name).
from . import (  # noqa: F401
    encoding_cases,
    file_cases,
    layout_cases,
    not_record_cases,
    survey_cases,
    trust_cases,
)
from .kit import CASES, HERE, LO_PROFILE, NOT_BYTE_STABLE, Context  # noqa: F401


def generate(out: Path, lo_profile: Path = LO_PROFILE) -> dict[str, Any]:
    files = out / "files"
    if files.exists():
        shutil.rmtree(files)
    files.mkdir(parents=True)
    ctx = Context(lo_profile)
    expected: dict[str, Any] = {}
    for name, build, expect in CASES:
        if name in expected:
            raise SystemExit(f"duplicate case {name}")
        build(files / name, ctx)
        expected[name] = expect
    (out / "expected.json").write_text(
        json.dumps(dict(sorted(expected.items())), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the quirk corpus and expected.json.")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--lo-profile", type=Path, default=LO_PROFILE)
    args = parser.parse_args(argv)
    expected = generate(args.out, args.lo_profile.resolve())
    print(f"{len(expected)} cases written to {args.out}")
    return 0
