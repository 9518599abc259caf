#!/usr/bin/env bash
# Linux/macOS: the regency roll-up of the kecamatan reports (iku-excel rekap).
set -euo pipefail
cd "$(dirname "$0")"
exec scripts/start.sh rekap "$@"
