#!/usr/bin/env bash
# Linux/macOS: write a blank input workbook to fill in, input/Isian_IKU.xlsx.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-env.sh
mkdir -p input
.venv/bin/python -m iku_excel template input/Isian_IKU.xlsx
echo "Isi berkas input/Isian_IKU.xlsx lalu jalankan ./run.sh"
