"""The workbook: a plain report model built from the run, then one module
per sheet writing it with xlsxwriter."""
