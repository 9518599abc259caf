"""The bundled example input workbooks (iku_excel/example_data/), one module per job:
common (workbook helpers, names, deterministic saving), one per source, verify
(the hand-computed counts), main. Run through tools/make_example_data.py."""
