"""Saves a picture of an X window once it has settled, for the documentation:

    python screenshot.py --window NAME OUT.png

Used by ``packaging/windows/smoke.sh --screenshots`` for the installer's first page, shown in a
Wine virtual desktop (which draws Windows-style frames; a bare X server draws none). Waits for a
window whose name contains NAME (xdotool), then grabs its area every half second until two
grabs in a row are the same and not one flat colour: the page is drawn. Needs Pillow.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from PIL import Image, ImageChops, ImageGrab

TIMEOUT_S = 120.0


def window_geometry(name: str) -> tuple[int, int, int, int]:
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", name],
                            check=True, capture_output=True, text=True,
                            timeout=TIMEOUT_S).stdout.split()[0]
    shell = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], check=True,
                           capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in shell.split())
    x, y = int(values["X"]), int(values["Y"])
    return x, y, x + int(values["WIDTH"]), y + int(values["HEIGHT"])


def settled_grab(box: tuple[int, int, int, int]) -> Image.Image:
    deadline = time.monotonic() + TIMEOUT_S
    previous = None
    while time.monotonic() < deadline:
        image = ImageGrab.grab(bbox=box, xdisplay=os.environ["DISPLAY"]).convert("RGB")
        flat = image.getextrema() in (((0, 0),) * 3, ((255, 255),) * 3) or len(
            image.getcolors(maxcolors=4) or ()) in range(1, 4)
        if previous is not None and not flat \
                and ImageChops.difference(image, previous).getbbox() is None:
            return image
        previous = image
        time.sleep(0.5)
    raise SystemExit(f"the window did not settle within {TIMEOUT_S:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", required=True)
    parser.add_argument("out")
    args = parser.parse_args()
    settled_grab(window_geometry(args.window)).save(args.out, optimize=True)
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
