"""The floors bench_export.py measures Tasking's exports against: the same content, plain code.

    python -c "import bench_export_floors as f; f.run(['xlsxwriter', DB, OUT])"

``xlsxwriter``: the tracker's records read through the same services, written by XlsxWriter
straight from the library's documentation with every feature the tracker has (one format per
column, text always text, dates, wrapped row heights, the table, three rules, two validations,
protection, print set-up with header and footer, Summary with its chart, Hotspots, the hidden
Lists sheet, document and custom properties). ``agencies``: the same per owner agency.
``openpyxl``: bare values through openpyxl's write-only mode. ``bare_minutes``: the minutes'
paragraphs and tables as plain platypus.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

from openpyxl import Workbook as OpenpyxlWorkbook
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import Flowable
from xlsxwriter import Workbook

from tasking.export.data import MinutesData, TrackerAction, TrackerData

HEADERS = [
    "Reference", "Action", "Type", "Area", "Hotspot", "Owner agency", "Officer", "Raised", "Due",
    "Status", "RAG", "Last update on", "Last update", "Update from owner", "Completed", "Outcome",
    "Tasking ID", "Version",
]  # fmt: skip
WIDTHS = [14, 30, 14, 12, 16, 16, 16, 11.5, 11.5, 12, 8, 11.5, 30, 24, 11.5, 24, 38, 8]
RAG = {"red": "Red", "amber": "Amber", "green": "Green", "grey": "Closed"}


def values(a: TrackerAction) -> list[object]:
    return [
        a.reference, a.description, a.action_type, a.area, a.hotspot, a.owner_agency,
        a.owner_officer, a.raised_on, a.due_on, a.status, RAG.get(a.rag, a.rag),
        a.last_update_on, a.last_update, None, a.completed_on, a.outcome, a.uid, a.version,
    ]  # fmt: skip


def xlsxwriter_tracker(data: TrackerData, path: Path) -> None:
    book = Workbook(str(path), {"in_memory": True, "strings_to_formulas": False})
    top = {"valign": "top"}
    text = book.add_format({**top, "text_wrap": True})
    day = book.add_format({**top, "num_format": "dd/mm/yyyy"})
    number = book.add_format(top)
    note = book.add_format(
        {**top, "text_wrap": True, "num_format": "@", "locked": False, "bg_color": "#FFF8DC"}
    )
    status = book.add_format({**top, "num_format": "@", "locked": False})
    open_day = book.add_format({**top, "num_format": "dd/mm/yyyy", "locked": False})
    quoted = book.add_format({**top, "text_wrap": True, "quote_prefix": True})
    head = book.add_format(
        {**top, "bold": True, "text_wrap": True, "bg_color": "#DDE4EC", "bottom": 1}
    )
    formats = [text] * 7 + [day, open_day, status, text, day, text, note, open_day, text]
    formats += [number, number]
    sheet = book.add_worksheet("Actions")
    unlocked = book.add_format({"locked": False, "text_wrap": True})
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width, unlocked, {"hidden": col >= 16})
    sheet.freeze_panes(1, 0)
    sheet.set_row(0, 30)
    wrapped = [(1, 30.0), (12, 30.0), (15, 24.0)]
    for row, action in enumerate(data.actions, start=1):
        cells = values(action)
        lines = max(1 + len(str(cells[c] or "")) // int(w * 1.1) for c, w in wrapped)
        if lines > 1:
            sheet.set_row(row, 15 * min(lines, 8))
        for col, value in enumerate(cells):
            fmt = formats[col]
            if isinstance(value, str):
                sheet.write_string(row, col, value, quoted if value[:1] in "=+-@" else fmt)
            elif isinstance(value, date):
                sheet.write_datetime(row, col, value, fmt)
            elif value is None:
                sheet.write_blank(row, col, None, fmt)
            else:
                sheet.write_number(row, col, value, fmt)
    last = max(len(data.actions), 1)
    sheet.add_table(
        0,
        0,
        last,
        17,
        {
            "name": "Actions",
            "style": "Table Style Light 1",
            "columns": [{"header": h, "header_format": head} for h in HEADERS],
        },
    )
    for word, fill in (("Closed", "#F2F2F2"), ("Red", "#FFC7CE"), ("Amber", "#FFEB9C")):
        sheet.conditional_format(
            f"A2:M{last + 1}",
            {
                "type": "formula",
                "criteria": f'=$K2="{word}"',
                "stop_if_true": True,
                "format": book.add_format({"bg_color": fill}),
                "multi_range": f"A2:M{last + 1} O2:P{last + 1}",
            },
        )
    sheet.data_validation(
        f"J2:J{last + 501}", {"validate": "list", "source": f"=Lists!$A$1:$A${len(data.statuses)}"}
    )
    sheet.data_validation(
        f"I2:I{last + 501}",
        {
            "validate": "date",
            "criteria": "between",
            "minimum": date(2000, 1, 1),
            "maximum": date(2100, 12, 31),
            "multi_range": f"I2:I{last + 501} O2:O{last + 501}",
        },
    )
    sheet.protect("", {"sort": True, "autofilter": True, "format_columns": True})
    sheets = [sheet]
    # Summary, with its chart.
    summary = book.add_worksheet("Summary")
    counts = Counter((a.owner_agency, a.status) for a in data.actions)
    agencies = sorted({a.owner_agency for a in data.actions})
    summary.write_row(0, 0, ["Agency", *data.statuses, "Total"], head)
    for row, agency in enumerate(agencies, start=1):
        numbers = [counts[(agency, s)] for s in data.statuses]
        summary.write_row(row, 0, [agency, *numbers, sum(numbers)], number)
    chart = book.add_chart({"type": "bar", "subtype": "stacked"})
    for col in range(1, len(data.statuses) + 1):
        chart.add_series(
            {
                "name": ["Summary", 0, col],
                "values": ["Summary", 1, col, len(agencies), col],
                "categories": ["Summary", 1, 0, len(agencies), 0],
            }
        )
    summary.insert_chart(len(agencies) + 3, 0, chart)
    sheets.append(summary)
    # Hotspots, as a table.
    spots = book.add_worksheet("Hotspots")
    for row, h in enumerate(data.hotspots, start=1):
        spots.write_row(
            row,
            0,
            [
                h.name,
                h.area,
                h.lsoa,
                h.location,
                h.problem_types,
                h.priority,
                h.lead_agency,
                h.status,
            ],
            text,
        )
        spots.write_datetime(row, 8, h.nominated_on, day)
        if h.review_on:
            spots.write_datetime(row, 9, h.review_on, day)
        spots.write_string(row, 10, h.uid, text)
    spots.add_table(0, 0, max(len(data.hotspots), 1), 10, {"name": "Hotspots"})
    sheets.append(spots)
    for each in sheets:
        each.set_landscape()
        each.set_paper(9)
        each.fit_to_pages(1, 0)
        each.repeat_rows(0)
        each.set_header(f'&L{data.partnership}&C&"Calibri,Bold"{data.marking}&R{data.title}')
        each.set_footer(f'&L{data.title}&C&"Calibri,Bold"{data.marking}&RPage &P of &N')
    sheet.print_area(0, 0, last, 13)
    lists = book.add_worksheet("Lists")
    lists.hide()
    lists.write_column(0, 0, data.statuses)
    lists.write_column(0, 1, data.status_codes)
    lists.write_column(0, 3, ["Tasking export batch", data.batch_id])
    book.set_properties(
        {
            "title": data.title,
            "author": data.author,
            "created": data.generated_at.replace(tzinfo=None),
        }
    )
    book.set_custom_property("Tasking export batch", data.batch_id)
    book.close()


def openpyxl_tracker(data: TrackerData, path: Path) -> None:
    book = OpenpyxlWorkbook(write_only=True)
    sheet = book.create_sheet("Actions")
    sheet.append(HEADERS)
    for action in data.actions:
        sheet.append(values(action))
    book.save(path)


def bare_minutes(data: MinutesData, path: Path, *, same_fonts: bool = True) -> None:
    """The same paragraphs and tables as plain platypus: no marking, escaping, scripts or
    paging. ``same_fonts``: in the minutes' embedded Latin face (as any minutes must be, to
    print Polish or Slovak names), else in Helvetica, which a PDF need not embed."""
    styles = getSampleStyleSheet()
    body, heading, title = styles["BodyText"], styles["Heading2"], styles["Title"]
    if same_fonts:
        from reportlab.lib.styles import ParagraphStyle

        from tasking.export.pdf_fonts import LATIN, register_fonts

        register_fonts()
        body = ParagraphStyle("b", body, fontName=LATIN.name)
        heading = ParagraphStyle("h", heading, fontName=LATIN.bold)
        title = ParagraphStyle("t", title, fontName=LATIN.bold)
    from xml.sax.saxutils import escape

    from reportlab.lib.units import mm

    from tasking.export.minutes_pdf import long_date, short_date
    from tasking.export.pdf_layout import FRAME_WIDTH

    def para(text: str, style: object = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        return Table([[para(c) for c in row] for row in rows], colWidths=widths, repeatRows=1)

    story: list[Flowable] = [para(data.partnership, heading), para(data.title, title)]
    facts = [
        ("Area", data.area), ("Date", long_date(data.held_on)), ("Venue", data.venue),
        ("Chair", data.chair), ("Minute taker", data.minute_taker), ("Status", data.state),
    ]  # fmt: skip
    story.append(table([list(f) for f in facts], [32 * mm, FRAME_WIDTH - 32 * mm]))
    story.append(para(data.confidentiality_statement))
    story.append(para("1. Attendance and apologies", heading))
    rows = [["Agency", "Name"]] + [
        [a.agency, f"{a.name} ({a.role})" if a.role else a.name] for a in data.attendees
    ]
    story.append(table(rows, [60 * mm, FRAME_WIDTH - 60 * mm]))
    story.append(para("2. Review of actions", heading))
    rows = [["Ref", "Action", "Owner", "Due", "Status", "Update"]] + [
        [
            r.reference, f"{r.description}\nType: {r.action_type}", r.owner,
            short_date(r.due_on), r.status, r.update,
        ]
        for r in data.reviews
    ]  # fmt: skip
    widths = [24 * mm, 42 * mm, 30 * mm, 20 * mm, 19 * mm]
    story.append(table(rows, [*widths, FRAME_WIDTH - sum(widths)]))
    story.append(para("3. Hotspots", heading))
    for spot in data.hotspots:
        story += [para(f"{spot.name} ({spot.status})", heading), para(spot.location)]
        if spot.evidence:
            story.append(para(f"Evidence: {spot.evidence}"))
        story += [para(spot.notes), para(f"Decision: {spot.decision}: {spot.decision_reason}")]
    story.append(para("4. New actions", heading))
    rows = [["Ref", "Action", "Owner", "Due"]] + [
        [n.reference, f"{n.description}\nType: {n.action_type}", n.owner, short_date(n.due_on)]
        for n in data.new_actions
    ]
    story.append(table(rows, [24 * mm, FRAME_WIDTH - 91 * mm, 45 * mm, 22 * mm]))
    story += [para("5. Any other business", heading), para(data.any_other_business or "None.")]
    story += [para("6. Date of next meeting", heading), para(long_date(data.next_meeting_on))]
    SimpleDocTemplate(str(path)).build(story)


def run(argv: list[str]) -> None:
    """``KIND DATABASE OUT``: read the tracker through the services, write it with KIND."""
    kind, database, out = argv[0], argv[1], Path(argv[2])
    from tasking.services import Services

    services = Services.open(database)
    try:
        data = services.exports.tracker_data()
    finally:
        services.close()
    if kind == "openpyxl":
        openpyxl_tracker(data, out)
    elif kind == "xlsxwriter":
        xlsxwriter_tracker(data, out)
    elif kind == "agencies":
        from tasking.export.agency_trackers import agency_file_names, agency_slice

        out.mkdir(parents=True, exist_ok=True)
        for agency_id, name in agency_file_names(data).items():
            xlsxwriter_tracker(agency_slice(data, agency_id), out / name)
    else:
        sys.exit(f"unknown floor {kind}")
