"""Make docs/images/agenda.png: the first page of a demo agenda, reduced to a small palette."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from tasking.demo import generate  # noqa: E402
from tasking.services import Services  # noqa: E402

TARGET = ROOT / "docs" / "images" / "agenda.png"
TODAY = date(2025, 11, 20)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils")
        return 1
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        generate(folder / "demo.sqlite", "small", seed=3, today=TODAY)
        services = Services.open(folder / "demo.sqlite", today=lambda: TODAY)
        try:
            area = services.partnership.area_named("Sinfin & Osmaston")
            meeting = services.meetings.open_next(area.id)
            pdf = services.circulation.write_agenda(meeting.id, folder / "agenda.pdf")
        finally:
            services.close()
        stem = folder / "agenda"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        with Image.open(f"{stem}.png") as page:
            page.convert("RGB").quantize(colors=64).save(TARGET, optimize=True)
    print(f"{TARGET} ({TARGET.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
