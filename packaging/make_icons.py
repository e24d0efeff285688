"""Render resources/icons/juhe-desk.svg into the icons the installers need.

Writes, and the repository keeps (run again after changing the SVG):
- resources/icons/hicolor/<N>x<N>/apps/cn.juhedesk.JuheDesk.png  (freedesktop icon theme layout)
- resources/icons/juhe-desk.ico   (Windows: PyInstaller's exe icon, Inno Setup's shortcuts)
- resources/icons/juhe-desk.icns  (macOS: the .app bundle's icon)

    .venv/bin/python packaging/make_icons.py

Qt draws the SVG; the .ico and .icns containers are packed here because Qt's own writers put only
one image in each. Both formats may embed PNG data as is (.ico since Windows Vista, .icns since
Mac OS X 10.7), so no other image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "juhe-desk.svg"
APP_ID = "cn.juhedesk.JuheDesk"  # juhe_desk.APP_ID; not imported so this runs without the package

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can describe
# Apple's PNG-capable icon types: (type, pixel size). ic11-ic14 are the @2x ("Retina") variants.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise RuntimeError(f"could not encode the {size}px PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size, then the PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payloads = [], []
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        payloads.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(payloads)


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (type, length including this 8-byte header, PNG) per entry."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(wanted)}
    for size in PNG_SIZES:
        write_if_changed(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
                         pngs[size])
    write_if_changed(ICONS / "juhe-desk.ico", pack_ico({s: pngs[s] for s in ICO_SIZES}))
    write_if_changed(ICONS / "juhe-desk.icns", pack_icns(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
