"""The indicator catalogue (catalogue.md): which indicators a kecamatan
reports and how each is counted, as data staff edit in the sheet Indikator;
without one, the bundled catalogue of Kecamatan Benjeng's IKU of January 2017."""
