"""Names from the inputs (files, sheets, cells) fit to be shown: in the
console, the report and JSON."""

from __future__ import annotations

import re


def display_name(name: str | None) -> str | None:
    """A file name fit for the console, the report and JSON: bytes that were not
    valid UTF-8 (kept by Python as lone surrogates) become U+FFFD, control
    characters escapes (escape_controls)."""
    if name is None:
        return None
    try:
        name.encode("utf-8")
        return escape_controls(name)
    except UnicodeEncodeError:
        pass
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return escape_controls(raw.decode("utf-8", "replace"))


# C0 and C1 control characters, DEL, and the marks that reorder text (bidi
# overrides): in a file or sheet name they could clear a console, hide a
# line of the log, or show "gpj.xlsx" as "xlsx.jpg".
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str, keep: str = "") -> str:
    """`text` with each control character written as an escape (\\x1b,
    \\u202e); the characters in `keep` stay as they are."""
    if not _CONTROLS.search(text):
        return text

    def escaped(match: re.Match) -> str:
        char = match.group()
        if char in keep:
            return char
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return _CONTROLS.sub(escaped, text)



def column_letters(number: int) -> str:
    """1 -> A, 27 -> AA: a column as Excel names it."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
