#!/usr/bin/env bash
# Shared by run.sh, buat_template.sh, rekap.sh and test.sh (the counterpart of
# scripts\mulai.bat): find Python 3.10+ (64-bit) and hand the command over to
# scripts/bootstrap.py, which prepares .venv and runs it. $PYTHON overrides.
set -euo pipefail
cd "$(dirname "$0")/.."
# A PYTHONHOME or PYTHONPATH meant for another Python breaks this one's start.
unset PYTHONHOME PYTHONPATH
unusable=""
for candidate in ${PYTHON:-python3 python}; do
  command -v "$candidate" >/dev/null 2>&1 || continue
  status=0
  "$candidate" scripts/cek_python.py --diam >/dev/null 2>&1 || status=$?
  if [ "$status" -eq 0 ]; then exec "$candidate" scripts/bootstrap.py "$@"; fi
  # 10 too old, 11 32-bit: a real Python that can say why. Anything else
  # (a stub that only offers to install Python) does not count.
  if [ "$status" -eq 10 ] || [ "$status" -eq 11 ]; then unusable="${unusable:-$candidate}"; fi
done
if [ -n "$unusable" ]; then
  "$unusable" scripts/cek_python.py || true  # says why, in Indonesian
else
  echo "Python 3.10 atau lebih baru (64-bit) belum terpasang. Pasang dari https://www.python.org/downloads/ (atau paket python3 dan python3-venv sistem Anda), lalu jalankan lagi." >&2
fi
exit 2
