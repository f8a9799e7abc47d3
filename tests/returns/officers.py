"""Returned trackers made the way officers make them: edits by header text, never by letter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import openpyxl


@dataclass
class Edits:
    """What an officer does to the Actions sheet. Rows are picked by their Reference."""

    cells: dict[str, dict[str, object]] = field(
        default_factory=dict
    )  # reference -> header -> value
    delete: list[str] = field(default_factory=list)
    add: list[dict[str, object]] = field(default_factory=list)  # typed under the table
    sort_descending: bool = False  # sort the rows by Reference, Z to A

    def as_json(self) -> dict[str, object]:
        def plain(value: object) -> object:
            return {"date": value.isoformat()} if isinstance(value, date) else value

        return {
            "cells": {r: {h: plain(v) for h, v in c.items()} for r, c in self.cells.items()},
            "delete": self.delete,
            "add": [{h: plain(v) for h, v in row.items()} for row in self.add],
            "sort_descending": self.sort_descending,
        }


def edit_with_openpyxl(source: Path, target: Path, edits: Edits) -> Path:
    """Open, change and save as Excel would through openpyxl (a note typed '=...' becomes a
    formula, as it would in a General-formatted cell)."""
    book = openpyxl.load_workbook(source)
    sheet = book["Actions"]
    headers = [c.value for c in sheet[1]]
    rows = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
    ref = headers.index("Reference")
    rows = [r for r in rows if r[ref] not in edits.delete]
    for row in rows:
        for header, value in edits.cells.get(row[ref], {}).items():
            row[headers.index(header)] = value
    if edits.sort_descending:
        rows.sort(key=lambda r: str(r[ref]), reverse=True)
    for added in edits.add:
        rows.append([added.get(h) for h in headers])
    sheet.delete_rows(2, sheet.max_row)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(number, column, value)
    book.save(target)
    return target


def standard_edits(refs: dict[str, str]) -> Edits:
    """The issue's list: a note, a status change, a typed invalid status, a note starting
    with '=', a sorted sheet, a deleted row, an added row, a due-date change."""
    return Edits(
        cells={
            refs["cctv"]: {"Update from owner": "Camera up at the gates", "Status": "Completed"},
            refs["patrol"]: {"Status": "Done"},
            refs["letter"]: {"Update from owner": "=needs CCTV?", "Due": date(2025, 6, 20)},
        },
        delete=[refs["clean"]],
        add=[
            {
                "Action": "Check the lighting on Stockbrook Street",
                "Owner agency": "Derbyshire Police",
            }
        ],
        sort_descending=True,
    )
