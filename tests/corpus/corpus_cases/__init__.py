"""The quirk corpus's cases, by the issue that brought them: kit (how a case is
built, saved and registered), one module per group of cases, build (every
case written, expected.json). Run through tests/corpus/make_corpus.py."""
