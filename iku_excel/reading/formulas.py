"""A tiny evaluator for the simple formulas staff type, for cells saved
without a computed value (files written by scripts or some web apps):
numbers, cell references, + - * / and parentheses, SUM, COUNT, COUNTA,
AVERAGE, COUNTIF(range, "word"), all on the same sheet. Anything else is
reported, never guessed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from iku_excel.values import is_blank, norm_text, parse_number

_TOKEN = re.compile(r"""\s*(?:
    (?P<range>\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)
  | (?P<ref>\$?[A-Z]{1,3}\$?\d+)
  | (?P<func>[A-Z]+)\(
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"[^"]*")
  | (?P<op>[-+*/(),])
)""", re.VERBOSE)


class Unsupported(Exception):
    pass


def col_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _cell(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    return int(match.group(2)) - 1, col_index(match.group(1))


def tokenize(formula: str) -> list[tuple[str, str]]:
    text = formula.lstrip("=").upper() if not formula.startswith('="') else formula[1:]
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise Unsupported(text[pos:])
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
        pos = match.end()
    return tokens


def evaluate(formula: str, value_at: Callable[[int, int], Any]) -> float:
    tokens = tokenize(formula)
    parser = _Parser(tokens, value_at)
    result = parser.expression()
    if parser.pos != len(tokens):
        raise Unsupported(formula)
    return result


class _Parser:
    def __init__(self, tokens, value_at):
        self.tokens, self.pos, self.value_at = tokens, 0, value_at

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expression(self) -> float:
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.factor()
            if op == "/" and right == 0:
                raise Unsupported("division by zero")
            value = value * right if op == "*" else value / right
        return value

    def factor(self) -> float:
        kind, text = self.take()
        if kind == "op" and text == "-":
            return -self.factor()
        if kind == "op" and text == "(":
            value = self.expression()
            if self.take() != ("op", ")"):
                raise Unsupported("parenthesis")
            return value
        if kind == "num":
            return float(text)
        if kind == "ref":
            number = parse_number(self.value_at(*_cell(text)))
            return 0.0 if number is None else number
        if kind == "func":
            return self.function(text)
        raise Unsupported(text or "")

    def function(self, name: str) -> float:
        args: list[Any] = []
        while True:
            kind, text = self.peek()
            if kind == "range":
                self.take()
                args.append(self.cells(text))
            elif kind == "str":
                self.take()
                args.append(text.strip('"'))
            else:
                args.append(self.expression())
            separator = self.take()
            if separator == ("op", ")"):
                break
            if separator != ("op", ","):
                raise Unsupported(name)
        return _FUNCTIONS.get(name, _unsupported(name))(args)

    def cells(self, text: str) -> list[Any]:
        first, last = text.split(":")
        (r0, c0), (r1, c1) = _cell(first), _cell(last)
        return [self.value_at(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def _flatten(args) -> list[Any]:
    out = []
    for arg in args:
        out.extend(arg if isinstance(arg, list) else [arg])
    return out


def _numbers(args) -> list[float]:
    return [n for n in (parse_number(v) for v in _flatten(args) if not is_blank(v))
            if n is not None]


def _countif(args) -> float:
    if len(args) != 2 or not isinstance(args[0], list):
        raise Unsupported("COUNTIF")
    wanted = norm_text(args[1])
    return float(sum(norm_text(v) == wanted for v in args[0] if not is_blank(v)))


def _average(args) -> float:
    numbers = _numbers(args)
    if not numbers:
        raise Unsupported("AVERAGE of nothing")
    return sum(numbers) / len(numbers)


def _unsupported(name: str):
    def fail(args):
        raise Unsupported(name)
    return fail


_FUNCTIONS = {
    "SUM": lambda a: float(sum(_numbers(a))),
    "COUNT": lambda a: float(len(_numbers(a))),
    "COUNTA": lambda a: float(sum(not is_blank(v) for v in _flatten(a))),
    "AVERAGE": _average,
    "COUNTIF": _countif,
}
