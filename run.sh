#!/usr/bin/env bash
# Linux/macOS: set up on first run, then write the IKU report from input/
# (or from the bundled example data while input/ is empty).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p input  # where staff put their files (as jalankan.bat does)
exec scripts/start.sh run --input input --output output "$@"
