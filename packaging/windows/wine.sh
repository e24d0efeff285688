# Shared by packaging/windows/build.sh and smoke.sh (sourced, not run): Debian packages, the
# X display, Wine prefixes and what Wine 8 lacks. The facts behind each step are in
# packaging/README.md ("Windows builds under Wine").

WIN_WORK=${JUHE_DESK_WIN_WORK:-$PWD/build/windows}
WIN_DIST=${JUHE_DESK_WIN_DIST:-$PWD/dist/windows}
export WINEDEBUG=-all
# No Mono or Gecko prompts (nothing here needs .NET or an HTML engine).
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages given that are missing (as root, or with sudo). wine32:i386 runs
# the 32-bit Inno Setup compiler and installer stubs; the i386 architecture comes first.
need_debian_packages() {
  local missing=() package sudo=""
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if printf '%s\n' "${missing[@]}" | grep -q ':i386$' \
      && ! dpkg --print-foreign-architectures | grep -qx i386; then
    $sudo dpkg --add-architecture i386
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

# fonts-wine: Wine's own Tahoma and Marlett (window-frame buttons), only recommended by wine.
WINE_PACKAGES=(wine wine64 wine32:i386 fonts-wine xvfb xauth gcc-mingw-w64-x86-64-win32 locales)

# need_commands COMMAND=PACKAGE...: installs PACKAGE when COMMAND is missing (npm, for one, may
# come from elsewhere than Debian).
need_commands() {
  local pair packages=()
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || packages+=("${pair#*=}")
  done
  [ ${#packages[@]} -eq 0 ] || need_debian_packages "${packages[@]}"
}

# run_under_xvfb SCRIPT ARGS...: runs SCRIPT again inside a private X server (Wine needs a
# display even for the compilers), unless this already runs in one.
run_under_xvfb() {
  if [ -z "${JUHE_DESK_UNDER_XVFB:-}" ]; then
    export JUHE_DESK_UNDER_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash "$@"
  fi
}

# A glibc locale in a private folder (LOCPATH), no system change: Wine converts command lines
# and file names between Linux and Windows with the Linux locale's encoding, and without a
# UTF-8 one every Chinese character is lost on the way. zh_CN also makes Wine a Chinese
# Windows: code page 936, Chinese UI language.
make_locale() {  # make_locale zh_CN
  export LOCPATH="$WIN_WORK/locale"
  [ -d "$LOCPATH/$1.UTF-8" ] && return 0
  mkdir -p "$LOCPATH"
  localedef -i "$1" -f UTF-8 "$LOCPATH/$1.UTF-8" || [ -d "$LOCPATH/$1.UTF-8" ]
}

# The test-only DLLs Wine 8 lacks (wine-standins/*.c says which and why), built from source.
build_standins() {
  local out="$WIN_WORK/standins" name
  mkdir -p "$out"
  for name in icuuc bcryptprimitives; do
    x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -s \
      -o "$out/$name.dll" "packaging/windows/wine-standins/$name.c" -lbcrypt
  done
}

# make_prefix DIR: a new 64-bit Wine prefix reporting Windows 10, with the stand-ins in its
# system32 (the prefix only: they never enter the bundle, check_bundle.py makes sure).
make_prefix() {
  export WINEPREFIX="$1"
  rm -rf "$WINEPREFIX"
  wineboot --init >/dev/null 2>&1
  wineserver -w
  # A new prefix reports Windows 7; the installer asks for 10.0.17763 (Qt 6.11's floor).
  wine winecfg /v win10 >/dev/null 2>&1
  wineserver -w
  cp "$WIN_WORK/standins/"*.dll "$WINEPREFIX/drive_c/windows/system32/"
}

# A free CJK font, registered where DirectWrite (which Qt 6 uses) looks: a file in Fonts alone
# is not enough under Wine 8. Windows has Microsoft YaHei; Wine has no Chinese font at all.
register_cjk_font() {
  local font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  cp "$font" "$WINEPREFIX/drive_c/windows/Fonts/"
  wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts' \
    /v 'WenQuanYi Micro Hei & WenQuanYi Micro Hei Mono (TrueType)' /t REG_SZ \
    /d "$(basename "$font")" /f >/dev/null 2>&1
  wineserver -w
}

# Runs a console program in Wine. Its output goes through a pipe: Python under Wine dies at
# start ("init_sys_streams: Invalid handle") when stdout or stderr is a file.
wine_console() {
  PYTHONIOENCODING=utf-8 wine "$@" 2>&1 | cat
  return "${PIPESTATUS[0]}"
}

# The Windows form of an absolute Linux path (Wine's drive Z: is /).
windows_path() {
  local path
  path=$(realpath -m "$1")
  printf 'Z:%s' "${path//\//\\}"
}

stop_wine() {  # the EXIT trap: no Wine process outlives the script
  if [ -n "${WINEPREFIX:-}" ] && [ -d "$WINEPREFIX" ]; then
    wineserver -k 2>/dev/null || true
  fi
}

human_size() { du -sh "$1" | cut -f1; }
