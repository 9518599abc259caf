"""Write the quirk corpus: one small input file per quirk staff sheets have,
and expected.json with the figures counted by hand for each.

    python tests/corpus/make_corpus.py [--out DIR] [--lo-profile DIR]

Deterministic: fixed workbook dates, fixed zip timestamps, no randomness.
Only the files LibreOffice converts (.xls, .ods) and the tool's own earlier
report carry timestamps we do not control; their *expectations* never change.

expected.json maps file name -> one of
  data file:     {"source": <indicator code>, "pembilang": int, "penyebut": int,
                  "findings": [[code, sheet|null, row|null, column|null], ...],
                  "absent": [codes that must not appear anywhere],
                  "counts": {code: exact number of findings of this file} (optional),
                  "skm_totals": [Σ answers per element U1..Un] (skm only, optional),
                  "columns": {field key: header as the tool reports it} (optional),
                  "capaian": the achievement rounded to 2 decimals (optional),
                  "also": [other sources the file holds, e.g. "pengaturan"] (optional),
                  "xfail": "reason" (optional: a known package bug)}
  skipped file:  {"skipped": <finding code>}
  unrecognised:  {"unrecognised": true, "findings": [...]}
  summary only:  {"summary": true, "findings": [...]} (a recap or the survey's own
                 tabulation: recognised, never read as data)
For "skm" the tool has no fraction: pembilang = Σ of all answers of the valid
questionnaires (sum of SkmResult.totals), penyebut = number of valid
questionnaires (SkmResult.n). pembilang and penyebut are null where the
indicator is not computed. A settings sheet beside the data is not counted
among the file's tables.
Every expectation is for a run with tahun=2017 and the file alone in its folder.
"""

import sys
from pathlib import Path

# The cases live in the package beside this script (corpus_cases/).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_cases.build import NOT_BYTE_STABLE, generate, main  # noqa: E402

__all__ = ["NOT_BYTE_STABLE", "generate", "main"]

if __name__ == "__main__":
    sys.exit(main())
