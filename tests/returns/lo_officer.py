"""An officer's edits made by LibreOffice itself, then saved as .xlsx, .ods and .csv.

Run by the system Python, which has LibreOffice's ``uno`` module (Debian's python3-uno):
``/usr/bin/python3 lo_officer.py SOURCE OUTDIR EDITS.json PROFILE_DIR``. Starts a private
headless soffice, edits the Actions sheet through UNO on the protected sheet (text with
``setString``, which is what typing into a Text cell stores; dates as date values), sorts it,
deletes and adds rows, and stores the copies (.xlsx, .ods, .xls, .csv).
"""

import contextlib
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

FILTERS = {
    "xlsx": ("Calc Office Open XML", None),
    "ods": ("calc8", None),
    "xls": ("MS Excel 97", None),
    # comma, double quote, UTF-8, from line 1, ..., save cell contents as shown (dd/mm/yyyy)
    "csv": ("Text - txt - csv (StarCalc)", "44,34,76,1,,0,false,true,true"),
}


def prop(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    for _ in range(240):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not start")


def serial(value):
    return (date.fromisoformat(value) - date(1899, 12, 30)).days


def typed(cell, value):
    if isinstance(value, dict):
        cell.setValue(serial(value["date"]))
    else:
        cell.setString(str(value))


def edit(sheet, edits):
    headers = {}
    for column in range(40):
        text = sheet.getCellByPosition(column, 0).getString()
        if text:
            headers[text] = column
    ref, uid = headers["Reference"], headers["Tasking ID"]
    last = 1
    while (
        sheet.getCellByPosition(ref, last).getString()
        or sheet.getCellByPosition(uid, last).getString()
    ):
        last += 1
    for row in range(1, last):
        reference = sheet.getCellByPosition(ref, row).getString()
        for header, value in edits["cells"].get(reference, {}).items():
            typed(sheet.getCellByPosition(headers[header], row), value)
    if edits["sort_descending"]:
        block = sheet.getCellRangeByPosition(0, 1, max(headers.values()), last - 1)
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field, field.IsAscending = ref, False
        fields = uno.Any("[]com.sun.star.table.TableSortField", (field,))
        before = sheet.getCellByPosition(ref, 1).getString()
        uno.invoke(block, "sort", ((prop("SortFields", fields),),))
        if sheet.getCellByPosition(ref, 1).getString() == before and sheet.isProtected():
            # LibreOffice's sort refuses locked cells on a protected sheet (Excel's too): the
            # officer lifts the protection, which has no password, sorts and carries on.
            sheet.unprotect("")
            uno.invoke(block, "sort", ((prop("SortFields", fields),),))
        if sheet.getCellByPosition(ref, 1).getString() == before:
            raise SystemExit("the sheet could not be sorted")
    for reference in edits["delete"]:
        for row in range(1, last):
            if sheet.getCellByPosition(ref, row).getString() == reference:
                sheet.getRows().removeByIndex(row, 1)
                last -= 1
                break
    for added in edits["add"]:
        for header, value in added.items():
            typed(sheet.getCellByPosition(headers[header], last), value)
        last += 1


def main():
    source, outdir, edits_file, profile = sys.argv[1:5]
    edits = json.loads(Path(edits_file).read_text(encoding="utf-8"))
    pipe = f"tasking_officer_{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(str(Path(source).resolve())),
            "_blank",
            0,
            (prop("Hidden", True),),
        )
        sheet = document.Sheets.getByName("Actions")
        document.CurrentController.setActiveSheet(sheet)
        edit(sheet, edits)
        stem = Path(source).stem
        for suffix, (name, options) in FILTERS.items():
            target = Path(outdir).resolve() / f"{stem}.{suffix}"
            settings = [prop("FilterName", name), prop("Overwrite", True)]
            if options:
                settings.append(prop("FilterOptions", options))
            document.storeToURL(uno.systemPathToFileUrl(str(target)), tuple(settings))
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge goes away as soffice quits
            desktop.terminate()
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
            office.wait(timeout=30)


if __name__ == "__main__":
    main()
