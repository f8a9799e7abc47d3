"""Make docs/images/minutes-page1.png and docs/images/tracker.png from the sample data."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasking.export.minutes_pdf import render_minutes_pdf  # noqa: E402
from tasking.export.samples import sample_minutes, sample_tracker  # noqa: E402
from tasking.export.tracker_xlsx import render_tracker_xlsx  # noqa: E402

IMAGES = ROOT / "docs" / "images"
RESOLUTION = "72"


def first_page_png(pdf: Path, target: Path) -> None:
    """pdftoppm writes "<stem>.png" with -singlefile; keep just the first page, small."""
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", RESOLUTION, "-f", "1", "-l", "1", "-singlefile", pdf, stem],
        check=True,
    )


def workbook_pdf(workbook: Path, folder: Path) -> Path:
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            workbook,
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return folder / f"{workbook.stem}.pdf"


def main() -> int:
    for program in ("pdftoppm", "soffice"):
        if shutil.which(program) is None:
            print(f"{program} is missing: apt-get install poppler-utils libreoffice-calc-nogui")
            return 1
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        minutes = render_minutes_pdf(sample_minutes(8), folder / "minutes.pdf")
        first_page_png(minutes, IMAGES / "minutes-page1.png")
        tracker = render_tracker_xlsx(sample_tracker(30), folder / "tracker.xlsx")
        first_page_png(workbook_pdf(tracker, folder), IMAGES / "tracker.png")
    for picture in ("minutes-page1.png", "tracker.png"):
        size = (IMAGES / picture).stat().st_size
        print(f"{IMAGES / picture} ({size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
