#!/usr/bin/env bash
# Set up (virtual environment + install with test extras), then run the tests.
set -euo pipefail
cd "$(dirname "$0")"
IKU_EXTRAS=test source scripts/setup-env.sh
exec .venv/bin/python -m pytest "$@"
