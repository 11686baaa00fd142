"""Render resources/icons/planner.svg into the raster icons the platforms ask for.

    python packaging/make_icons.py

writes planner.png (256 px, the Linux application menu), planner.ico
(Windows: 16 to 256 px) and planner.icns (macOS: 16 to 1024 px) beside the
SVG. Each size is drawn from the SVG itself, so small ones stay sharp. Run it
after changing the SVG; the results are kept in the repository so that a
build needs neither this script nor Pillow.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs one)
    renderer = QSvgRenderer(str(ICONS / "planner.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'planner.svg'}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
    images[256].save(ICONS / "planner.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(ICONS / "planner.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES])
    images[max(ICNS_SIZES)].save(ICONS / "planner.icns", append_images=[images[s] for s in ICNS_SIZES])
    for name in ("planner.png", "planner.ico", "planner.icns"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
