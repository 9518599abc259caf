"""iku-excel: the Indikator Kinerja Utama (IKU) report of a kecamatan, from the
spreadsheets its staff already keep.

Data flows one way:
folder -> sources (files, sheets) -> reading (detected tables)
-> extract (clean frames + findings) -> indicators (results)
-> report (model -> workbook) and summary (JSON).
"""

__version__ = "0.1.0"
