"""The figures of the catalogue's indicators: the ways of counting (pure),
the built-in sources' own ways, capaian."""
