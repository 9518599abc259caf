#!/usr/bin/env bash
# Set up .venv (the lock files, test extras, an editable install of this
# checkout), check the code with ruff (its rules in pyproject.toml), then
# run the tests: ./test.sh -x -q, ./test.sh -k name.
set -euo pipefail
cd "$(dirname "$0")"
scripts/start.sh --ruff
exec scripts/start.sh --pytest "$@"
