#!/usr/bin/env bash
# Create .venv and install iku-excel into it (once; again when pyproject.toml changes).
# Sourced by run.sh and test.sh; all real work is in Python.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
python_bin="${PYTHON:-}"
if [ -z "$python_bin" ]; then
  for candidate in python3 python; do
    if command -v "$candidate" >/dev/null 2>&1; then python_bin="$candidate"; break; fi
  done
fi
if [ -z "$python_bin" ]; then
  echo "Python belum terpasang. Pasang Python 3.10 atau lebih baru dari https://www.python.org/downloads/ lalu jalankan lagi." >&2
  exit 2
fi
extras="${IKU_EXTRAS:-}"
stamp="$venv/.installed${extras:+-$extras}"
if [ ! -x "$venv/bin/python" ]; then
  echo "Menyiapkan lingkungan Python (sekali saja)..."
  "$python_bin" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
  echo "Memasang paket yang diperlukan..."
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  # Build chatter (setuptools notices) goes to a log; staff see it only on failure.
  if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
       -e "$root${extras:+[$extras]}" >"$venv/install.log" 2>&1; then
    cat "$venv/install.log" >&2
    echo "Pemasangan gagal. Periksa sambungan internet lalu coba lagi." >&2
    exit 2
  fi
  touch "$stamp"
fi
