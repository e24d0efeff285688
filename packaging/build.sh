#!/usr/bin/env bash
# Build the juhe-desk bundle with PyInstaller (one folder), then pack it as a .tar.gz.
#   bash packaging/build.sh            # -> dist/juhe-desk/juhe-desk and dist/juhe-desk-<version>-linux-<arch>.tar.gz
# Elsewhere than dist/ and build/ (the tests do this):
#   JUHE_DESK_DIST=/tmp/out JUHE_DESK_WORK=/tmp/work bash packaging/build.sh
# JUHE_DESK_NO_TARBALL=1 skips the .tar.gz. Needs .venv (bash packaging/setup.sh); installs the
# pinned PyInstaller into it when missing. On macOS it also makes dist/juhe-desk.app.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3
dist=${JUHE_DESK_DIST:-dist}
work=${JUHE_DESK_WORK:-build}
python=.venv/bin/python

[ -x "$python" ] || { echo "No .venv here: run bash packaging/setup.sh first" >&2; exit 1; }
installed=$("$python" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)
if [ "$installed" != "$PYINSTALLER_VERSION" ]; then
  echo "Installing pyinstaller==$PYINSTALLER_VERSION into .venv"
  "$python" -m pip install -q --disable-pip-version-check -c packaging/constraints.txt \
    "pyinstaller==$PYINSTALLER_VERSION"
fi

start=$(date +%s)
# A clean build without --clean, which would also empty PyInstaller's cache shared by all builds.
rm -rf "${work:?}/juhe-desk" "${dist:?}/juhe-desk"
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/juhe-desk.spec
seconds=$(( $(date +%s) - start ))

bundle="$dist/juhe-desk"
[ -x "$bundle/juhe-desk" ] || { echo "The build made no $bundle/juhe-desk" >&2; exit 1; }
echo "Built $bundle/juhe-desk in ${seconds}s"
echo "Bundle size: $(du -sh "$bundle" | cut -f1)"

if [ "${JUHE_DESK_NO_TARBALL:-0}" != 1 ]; then
  version=$("$python" -c 'import juhe_desk; print(juhe_desk.__version__)')
  os=$(uname -s | tr '[:upper:]' '[:lower:]')
  tarball="$dist/juhe-desk-$version-$os-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$tarball" juhe-desk
  echo "Archive: $tarball ($(du -h "$tarball" | cut -f1))"
fi
