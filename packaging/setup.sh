#!/usr/bin/env bash
# Set up juhe-desk on a Debian/Ubuntu machine: system libraries, one CJK font, a venv in .venv.
#   bash packaging/setup.sh          # what the app needs
#   bash packaging/setup.sh --test   # plus what the tests, lint and screenshots need
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt's runtime libraries (offscreen and xcb), and one CJK font so Chinese is never boxes.
packages=(
  libegl1 libgl1 libx11-6 libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 fonts-wqy-microhei
)
if [ $with_tests = 1 ]; then
  # postgresql: the tests run the store against a throwaway PostgreSQL cluster too
  # (tests/pg_cluster.py); Debian's package installs the server, no cluster is started.
  packages+=(xvfb xauth desktop-file-utils appstream postgresql)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "juhe-desk needs Python 3.11 or newer" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
# Every dependency at the version in packaging/constraints.txt, the lock the Windows build
# (packaging/windows/build.sh) installs from too.
pip_install=(.venv/bin/python -m pip install -q --disable-pip-version-check
             -c packaging/constraints.txt)
if [ $with_tests = 1 ]; then
  "${pip_install[@]}" -e ".[test,build]"
else
  "${pip_install[@]}" -e .
fi
echo "juhe-desk is installed in .venv"
