"""Which sheet column answers which element of the survey, and which rule
set scores it.

Columns are read by name where the header names the element (in any order,
and a name from another rule set's list is counted as the element the
chosen rule set lacks, with a note); by position (U1..U14) only where the
header is a bare position. A survey is scored only when it has as many
element columns as its rule set: never on the first nine of fourteen.
"""

from __future__ import annotations

from dataclasses import dataclass

from iku_excel.findings import Finding
from iku_excel.indicators.skm_rules import (
    DEFAULT_RULE_SET,
    ELEMENT_COUNTS,
    ELEMENT_NAMES,
    RULE_SET_BY_COUNT,
    RULE_SETS,
    RuleSet,
)
from iku_excel.reading.table import Column, DetectedTable
from iku_excel.schema import SKM_ELEMENT_KEYS, SKM_NAME_FIELDS, SKM_POSITION_KEYS
from iku_excel.values import norm_text


@dataclass(frozen=True)
class Element:
    column: Column
    position: int | None    # 1.. when the header is U1, Unsur 1, ...
    name: str | None        # element key when the header names the element


def found_elements(table: DetectedTable) -> list[Element]:
    """The table's element columns, in sheet order."""
    found = []
    for key, column in table.columns.items():
        if key in SKM_POSITION_KEYS:
            # "U1" over "Persyaratan" (a two-row header) names the element too.
            found.append(Element(column, SKM_POSITION_KEYS.index(key) + 1,
                                 _name_in(column.header)))
        elif key in SKM_ELEMENT_KEYS:
            found.append(Element(column, None, key))
    return sorted(found, key=lambda e: e.column.index)


def _name_in(header: str) -> str | None:
    """The element a header names, when one name field matches it best."""
    text = norm_text(header)
    scores = sorted(((f.score(text), f.key) for f in SKM_NAME_FIELDS), reverse=True)
    best, second = scores[0], scores[1]
    if best[0] < 0.5 or best[0] == second[0]:
        return None
    return best[1]


def scored_elements(elements: list[Element]) -> list[Element]:
    """The columns that count: a complete U1..U9 or U1..U14 set stands alone
    (a column such as "Waktu" beside U1..U9 is then the time of the visit,
    not a tenth element); otherwise every element column."""
    positional = [e for e in elements if e.position is not None]
    positions = {e.position for e in positional}
    if len(positional) < len(elements) and any(
            positions == set(range(1, count + 1)) for count in ELEMENT_COUNTS):
        return positional
    return elements


def choose_rules(tables: list[DetectedTable], aturan: str | None,
                 findings: list[Finding], default: str | None = None) -> RuleSet:
    """The rule set named in the settings; without one, KepMenPAN 25/2004 when
    every survey table has its 14 elements (said in a note), else `default`
    (the one the catalogue names), else the one the IKU document names."""
    if aturan is not None:
        return RULE_SETS[aturan]
    counts = [len(scored_elements(found_elements(t))) for t in tables]
    code = RULE_SET_BY_COUNT.get(counts[0]) if counts and len(set(counts)) == 1 else None
    if code is None:
        return RULE_SETS[default or DEFAULT_RULE_SET]
    rules = RULE_SETS[code]
    files = {t.file for t in tables}
    findings.append(Finding(
        "skm_aturan_otomatis", tables[0].file if len(files) == 1 else None,
        tables[0].sheet if len(tables) == 1 else None, params={
            "jumlah": rules.count, "aturan": rules.nama,
            "lembar": ", ".join(f"{t.file} / {t.sheet}" for t in tables)}))
    return rules


def element_columns(table: DetectedTable, rules: RuleSet,
                    findings: list[Finding]) -> list[Column] | None:
    """The sheet's columns for U1..Un of the rule set, or None (with a
    finding naming the columns found) when they do not make its n elements."""
    elements = scored_elements(found_elements(table))
    slots: list[Element | None] = [None] * rules.count
    leftovers: list[Element] = []
    for element in sorted(elements, key=lambda e: e.name is None):  # named ones first
        slot = _slot(element, rules)
        if slot is not None and slots[slot] is None:
            slots[slot] = element
        else:
            leftovers.append(element)
    free = [i for i, e in enumerate(slots) if e is None]
    if len(elements) != rules.count or any(e.name is None for e in leftovers):
        # A bare position that does not fit (U10 among nine) cannot be placed by name.
        _too_few_or_many(table, rules, elements, slots, findings)
        return None
    for slot, element in zip(free, leftovers):
        # A name from another rule set's list: the element this rule set has
        # in its place (16/2014's Maklumat where 14/2017 asks about Sarana).
        slots[slot] = element
        findings.append(Finding("skm_unsur_dipetakan", table.file, table.sheet,
                                table.header_row, element.column.header, params={
                                    "nama": ELEMENT_NAMES[element.name], "nomor": slot + 1,
                                    "unsur": rules.names[slot], "aturan": rules.nama}))
    return [e.column for e in slots]


def _slot(element: Element, rules: RuleSet) -> int | None:
    if element.name is not None:
        return rules.elements.index(element.name) if element.name in rules.elements else None
    if element.position is not None and element.position <= rules.count:
        return element.position - 1
    return None


def _too_few_or_many(table: DetectedTable, rules: RuleSet, elements: list[Element],
                     slots: list[Element | None], findings: list[Finding]) -> None:
    found = ", ".join(e.column.header for e in elements) or "-"
    params = {"jumlah": len(elements), "ditemukan": found, "harus": rules.count,
              "aturan": rules.nama}
    if len(elements) > rules.count:
        findings.append(Finding("skm_unsur_lebih", table.file, table.sheet, table.header_row,
                                params=params))
        return
    positional = all(e.name is None for e in elements)
    missing = [f"U{i + 1}" if positional else rules.names[i]
               for i, e in enumerate(slots) if e is None]
    findings.append(Finding("skm_unsur_kurang", table.file, table.sheet, table.header_row,
                            params={**params, "hilang": ", ".join(missing) or "-"}))
