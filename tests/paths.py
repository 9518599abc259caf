"""Where things are, for tests in any folder of tests/ (they mirror the package)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
CORPUS = TESTS / "corpus"
REFERENCE = TESTS / "reference"
