#!/usr/bin/env bash
# Prove the Windows installer of juhe-desk under Wine, as a Chinese Windows 10 user named 张三:
#   bash packaging/windows/smoke.sh                  # after packaging/windows/build.sh
#   bash packaging/windows/smoke.sh --screenshots    # also refresh docs/screenshots/windows-*.png
# In a new Wine prefix: install silently; check the shortcut, the "Open with" entries and the
# uninstall entry; start the installed juhe-desk.exe --demo --smoke-test with a spreadsheet kept
# in a folder with a Chinese name (juhe_desk/ui/smoke.py sends one message through the built-in
# simulator, waits for its delivery report, reads the sheet, round-trips a Chinese password
# through Windows Credential Manager, writes result.json and a screenshot, quits); check those
# (check_smoke.py); start it twice and see the second start hand its file to the first; run it
# again at 150 % display scaling; uninstall silently and check the data was kept. Exit 0 only if every check held. Results and logs land
# in dist/windows/smoke/.
set -euo pipefail
self=$(realpath "$0")
cd "$(dirname "$self")/../.."
source packaging/windows/wine.sh

screenshots=0
[ "${1:-}" = "--screenshots" ] && screenshots=1

started=$(date +%s)
need_debian_packages "${WINE_PACKAGES[@]}" fonts-wqy-microhei
[ $screenshots = 1 ] && need_debian_packages xdotool
run_under_xvfb "$self" "$@"
trap stop_wine EXIT

version=$(python3 -c 'import sys; sys.path.insert(0, "."); import juhe_desk; print(juhe_desk.__version__)')
setup="$WIN_DIST/juhe-desk-$version-setup.exe"
[ -f "$setup" ] || fail "no $setup: run bash packaging/windows/build.sh first"
work="$WIN_WORK/smoke"
out="$WIN_DIST/smoke"
rm -rf "$work" "$out"
mkdir -p "$work" "$out"

say "A Chinese Windows 10 in a new Wine prefix"
make_locale zh_CN
build_standins
# The Windows account name comes from USER: a Chinese one puts Chinese characters in every
# path the app uses (its install folder, %LOCALAPPDATA%, the desktop).
user=张三
export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 USER=$user
make_prefix "$work/prefix"
register_cjk_font
profile="$WINEPREFIX/drive_c/users/$user"
[ -d "$profile" ] || fail "Wine made no profile folder for $user"
windows_profile="C:\\users\\$user"

if [ $screenshots = 1 ]; then
  say "Screenshot of the installer's first page"
  "$WIN_WORK/tools/bin/python" -m pip install -q --disable-pip-version-check "pillow==12.0.0"
  wine explorer /desktop=juhe-desk-setup,860x600 "$(windows_path "$setup")" >/dev/null 2>&1 &
  "$WIN_WORK/tools/bin/python" packaging/windows/screenshot.py --window "juhe-desk-setup" \
    docs/screenshots/windows-installer.png
  wineserver -k || true
  wineserver -w
fi

say "Silent install"
install_started=$(date +%s)
wine "$(windows_path "$setup")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
  "/LOG=$(windows_path "$out/install.log")" >/dev/null 2>&1 || fail "the installer failed"
wineserver -w
install_seconds=$(( $(date +%s) - install_started ))
app="$profile/AppData/Local/Programs/juhe-desk"
start_menu="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
[ -f "$app/juhe-desk.exe" ] || fail "no juhe-desk.exe in $app"
[ -f "$app/unins000.exe" ] || fail "no uninstaller in $app"
[ -f "$start_menu/聚合短信助手.lnk" ] || fail "no Start-menu shortcut 聚合短信助手.lnk"
[ ! -e "$profile/Desktop/聚合短信助手.lnk" ] || fail "a desktop shortcut nobody asked for"
# The registry as UTF-8 text: reg export writes UTF-16 (what reg query prints goes through the
# console code page, 936 here).
registry_export() {  # registry_export KEY: the key and its subkeys, as a .reg file says them
  local file="$work/export.reg"
  rm -f "$file"
  wine reg export "$1" "$(windows_path "$file")" /y >/dev/null 2>&1 || return 1
  iconv -f UTF-16 -t UTF-8 "$file" | tr -d '\r'
}
has_line() { grep -qxF -- "$2" <<<"$1"; }
classes='HKEY_CURRENT_USER\Software\Classes'
app_key=$(registry_export "$classes\\Applications\\juhe-desk.exe") \
  || fail "no \"Open with\" entry for juhe-desk.exe"
exe_windows="$windows_profile\\AppData\\Local\\Programs\\juhe-desk\\juhe-desk.exe"
escaped=${exe_windows//\\/\\\\}
has_line "$app_key" "@=\"\\\"$escaped\\\" \\\"%1\\\"\"" \
  || fail "\"Open with\" does not run $exe_windows \"%1\": $app_key"
for extension in .xlsx .xls .csv; do
  has_line "$(registry_export "$classes\\$extension\\OpenWithProgids")" '"JuheDesk.Spreadsheet"=""' \
    || fail "$extension does not offer juhe-desk under \"Open with\""
done
uninstall_key='HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Uninstall\{64CACCF6-F272-4419-BC60-F783E97A20B8}_is1'
has_line "$(registry_export "$uninstall_key")" '"DisplayName"="聚合短信助手"' \
  || fail "no uninstall entry named 聚合短信助手"
echo "Installed in ${install_seconds}s to C:\\users\\$user\\AppData\\Local\\Programs\\juhe-desk:" \
  "Start-menu shortcut, \"Open with\" for .xlsx/.xls/.csv, uninstall entry 聚合短信助手"

say "The installed app: one message in demo mode, a spreadsheet in a Chinese-named folder"
# A character outside GBK (code page 936) as well: it survives only if no part of the way
# goes through the ANSI code page.
sheet_dir="$profile/Desktop/客户名单"
mkdir -p "$sheet_dir"
cp resources/template.xlsx "$sheet_dir/客户名单𠮷.xlsx"
sheet="$windows_profile\\Desktop\\客户名单\\客户名单𠮷.xlsx"
data_dir="$windows_profile\\AppData\\Local\\juhe-desk\\demo"
result_dir="$profile/smoke-result"
run_started=$(date +%s)
app_exe=$exe_windows  # what "Open with" runs
status=0
timeout 300 wine "$app_exe" --demo --smoke-test "$windows_profile\\smoke-result" "$sheet" \
  >/dev/null 2>&1 || status=$?
run_seconds=$(( $(date +%s) - run_started ))
cp -r "$result_dir/." "$out/" 2>/dev/null || true
cp "$profile/AppData/Local/juhe-desk/demo/logs/juhe-desk.log" "$out/" 2>/dev/null || true
echo "juhe-desk.exe --smoke-test exited with $status after ${run_seconds}s"
python3 packaging/windows/check_smoke.py "$result_dir" "$version" "$data_dir" "$sheet" \
  "$WINEPREFIX/user.reg" "$WINEPREFIX/system.reg" "$profile/AppData/Local/juhe-desk" \
  || fail "the smoke test of the installed app (dist/windows/smoke/ has its files)"
[ $status -eq 0 ] || fail "juhe-desk.exe --smoke-test exited with $status"
if grep -E "Traceback| ERROR | CRITICAL " "$out/juhe-desk.log"; then
  fail "errors in the app's log"
fi

say "A second start hands its spreadsheet to the running one"
log="$profile/AppData/Local/juhe-desk/demo/logs/juhe-desk.log"
count() { grep -c "$1" "$log" || true; }
windows_before=$(count "brings this window forward")
starts_before=$(count "starting (demo=True)")
wine "$app_exe" --demo >/dev/null 2>&1 &
first=$!
deadline=$(( $(date +%s) + 120 ))
until [ "$(count "brings this window forward")" -gt "$windows_before" ]; do
  [ "$(date +%s)" -lt $deadline ] || fail "the first start did not come up"
  sleep 0.5
done
timeout 120 wine "$app_exe" --demo "$sheet" >/dev/null 2>&1 || fail "the second start did not end"
grep -q "opening 客户名单𠮷.xlsx for a later start" "$log" || fail "the first start did not get the file"
[ "$(count "starting (demo=True)")" -eq $(( starts_before + 1 )) ] \
  || fail "the second start opened a window of its own"
kill -0 $first 2>/dev/null || fail "the first start ended"
wineserver -k || true
wait $first || true
echo "The second start ended at once; the first one opened its spreadsheet"

say "At 150 % scaling"
# Windows' display scaling, as Wine takes it; Qt must pass it through to the window.
wine reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 144 /f >/dev/null 2>&1
wineserver -k || true
wineserver -w
timeout 300 wine "$app_exe" --demo --smoke-test "$windows_profile\\smoke-150" >/dev/null 2>&1 \
  || fail "the smoke test at 150 % scaling failed"
python3 - "$profile/smoke-150/result.json" <<'PY' || fail "not scaled to 150 %"
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
screen = result["environment"]["screen"]
print(f"device pixel ratio {screen['device_pixel_ratio']}, {result['failures'] or 'all steps held'}")
sys.exit(0 if result["ok"] and screen["device_pixel_ratio"] == 1.5 else 1)
PY

say "Silent uninstall"
wine "$(windows_path "$app/unins000.exe")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
  >/dev/null 2>&1 || fail "the uninstaller failed"
wineserver -w
[ ! -e "$app/juhe-desk.exe" ] || fail "juhe-desk.exe is still there after uninstalling"
[ ! -e "$start_menu/聚合短信助手.lnk" ] || fail "the Start-menu shortcut is still there"
! registry_export "$classes\\Applications\\juhe-desk.exe" >/dev/null \
  || fail "the \"Open with\" entry is still there"
[ -f "$profile/AppData/Local/juhe-desk/demo/juhe-desk.sqlite3" ] \
  || fail "the uninstaller deleted the user's data"
echo "Uninstalled; the data in %LOCALAPPDATA%\\juhe-desk is kept"

if [ $screenshots = 1 ]; then
  cp "$out/main.png" docs/screenshots/windows-main.png
fi
echo
echo "Windows smoke test of juhe-desk $version held in $(( $(date +%s) - started ))s" \
  "(install ${install_seconds}s, app ${run_seconds}s); files in $out"
