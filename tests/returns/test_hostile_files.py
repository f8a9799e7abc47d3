"""Hostile or broken returned files are refused by name; the other files still import."""

from __future__ import annotations

import shutil
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tasking.returns.proposals import Kind
from tasking.returns.safety import FileRefused, check_returned_file
from tests.returns.officers import Edits, edit_with_openpyxl

ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' * 64


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 1.4 MB on disk, 310 MB inflated: a worksheet of one repeated row."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for _ in range(310 * 1024 * 1024 // len(ROW)):
                part.write(ROW)
    return path


def billion_laughs(path: Path, template: Path) -> Path:
    """A real tracker whose workbook part declares nested entities."""
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b"]>\n"
    )
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                if data.startswith(b"<?xml"):
                    data = data.split(b"?>", 1)[1]
                data = laughs + data.replace(b"</workbook>", b"&lol9;</workbook>")
            target.writestr(item, data)
    return path


def test_zip_bomb_is_refused_at_once_with_flat_memory(zip_bomb):
    assert 0.9e6 < zip_bomb.stat().st_size < 2.2e6  # about 1.4 MB, 310 MB inside
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(FileRefused, match=r"bomb\.xlsx: .*zip bomb"):
        check_returned_file(zip_bomb)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 5_000_000  # nothing was inflated


def test_hostile_files_are_named_and_the_good_one_imports(
    services, records, exported, refs, zip_bomb, tmp_path
):
    good = edit_with_openpyxl(
        exported, tmp_path / "good.xlsx", Edits(cells={refs["cctv"]: {"Status": "Completed"}})
    )
    laughs = billion_laughs(tmp_path / "laughs.xlsx", exported)
    with pytest.raises(Exception, match=r"(?i)entit"):  # defusedxml would stop openpyxl too
        openpyxl.load_workbook(laughs, read_only=True)
    not_a_tracker = tmp_path / "photo.xlsx"
    shutil.copy(Path(openpyxl.__file__).parent / "__init__.py", not_a_tracker)
    plan = services.returns.preview([zip_bomb, laughs, not_a_tracker, good])
    refused = {f.file: str(f.refused) for f in plan.files if f.refused}
    assert "zip bomb" in refused["bomb.xlsx"]
    assert "billion laughs" in refused["laughs.xlsx"]
    assert "Tasking ID" in refused["photo.xlsx"]
    assert all(text.startswith(name) for name, text in refused.items())
    changes = [p for p in plan.proposals if p.kind is Kind.CHANGE]
    assert [(p.file, p.reference, p.after) for p in changes] == [
        ("good.xlsx", refs["cctv"], "Completed")
    ]
    receipt = services.returns.apply(plan)
    assert "1 status changed" in receipt.summary and "3 files refused" in receipt.summary
