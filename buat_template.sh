#!/usr/bin/env bash
# Linux/macOS: write a blank input workbook to fill in, input/Isian_IKU.xlsx.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p input
# An existing Isian_IKU.xlsx is kept: the new one is 'Isian_IKU (2).xlsx' (said above).
status=0
scripts/start.sh template input/Isian_IKU.xlsx "$@" || status=$?
if [ "$status" -eq 0 ]; then echo "Isi berkas yang ditulis di atas, lalu jalankan ./run.sh"; fi
exit "$status"
