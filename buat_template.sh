#!/usr/bin/env bash
# Linux/macOS: write a blank input workbook to fill in, input/Isian_IKU.xlsx.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p input
if [ -e input/Isian_IKU.xlsx ]; then  # a filled-in workbook is never overwritten
  echo "Berkas input/Isian_IKU.xlsx sudah ada dan tidak ditimpa. Untuk berkas isian kosong yang baru, ganti nama atau pindahkan berkas itu dulu." >&2
  exit 2
fi
status=0
scripts/start.sh template input/Isian_IKU.xlsx "$@" || status=$?
if [ "$status" -eq 0 ]; then echo "Isi berkas input/Isian_IKU.xlsx lalu jalankan ./run.sh"; fi
exit "$status"
