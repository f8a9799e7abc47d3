"""Draw Tasking's application icon (a ticked checklist on a blue tile) into resources/icons.

Run ``python scripts/make_icon.py`` after changing the drawing and commit both files it writes:
``tasking.png`` (256 px, for the window and Linux) and ``tasking.ico`` (16 to 256 px, for the
Windows executable). Needs Pillow, which the app itself does not.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SCALE = 4  # draw large, then shrink: smooth edges without an anti-aliasing pass
TILE = (31, 78, 121, 255)  # a calm council blue
PAPER = (255, 255, 255, 255)
TICK = (46, 160, 67, 255)
LINE = (120, 144, 170, 255)


def draw(size: int = 256) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * big), round(y0 * big), round(x1 * big), round(y1 * big))

    pen.rounded_rectangle(box(0.03, 0.03, 0.97, 0.97), radius=round(0.18 * big), fill=TILE)
    pen.rounded_rectangle(box(0.22, 0.16, 0.78, 0.86), radius=round(0.05 * big), fill=PAPER)
    for row in range(3):
        top = 0.30 + row * 0.18
        tick = [box(0.29, top + 0.04, 0, 0)[:2], box(0.34, top + 0.09, 0, 0)[:2]]
        tick.append(box(0.43, top - 0.02, 0, 0)[:2])
        pen.line(tick, fill=TICK, width=round(0.045 * big), joint="curve")
        pen.rounded_rectangle(
            box(0.48, top + 0.015, 0.70, top + 0.065), radius=round(0.02 * big), fill=LINE
        )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(ICONS / "tasking.png", optimize=True)
    icon.save(ICONS / "tasking.ico", sizes=[(s, s) for s in ICO_SIZES])
    for path in (ICONS / "tasking.png", ICONS / "tasking.ico"):
        print(f"Wrote {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
