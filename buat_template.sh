#!/usr/bin/env bash
# Linux/macOS: write a blank input workbook to fill in, input/Isian_IKU.xlsx.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-env.sh
mkdir -p input
# An existing Isian_IKU.xlsx is kept: the new one is 'Isian_IKU (2).xlsx' (said above).
.venv/bin/python -m iku_excel template input/Isian_IKU.xlsx
echo "Isi berkas yang ditulis di atas, lalu jalankan ./run.sh"
