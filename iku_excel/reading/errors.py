"""Why a file could not be read: a finding code and its params."""

from __future__ import annotations

from typing import Any, NoReturn


class ReadError(Exception):
    """The file could not be read at all: a finding code and its params."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def fail(code: str, **params: Any) -> NoReturn:
    raise ReadError(code, **params)


TRUNCATED = "berkas rusak atau tidak lengkap; mungkin belum selesai disalin atau diunduh"
