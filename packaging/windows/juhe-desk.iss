; Inno Setup script of juhe-desk: installs the PyInstaller folder dist\windows\juhe-desk\.
; bash packaging/windows/build.sh compiles it (Inno Setup 6.4.1's ISCC.exe under Wine); on
; Windows with Inno Setup 6.3 or newer, after PyInstaller (see packaging\README.md):
;   iscc packaging\windows\juhe-desk.iss     -> dist\windows\juhe-desk-<version>-setup.exe
; Optional: /DDistDir=<folder with juhe-desk.exe>  /DAppVersion=<x.y.z>  (default: the exe's own)
; This file is UTF-8 with a byte-order mark, which is how Inno Setup knows it is not ANSI.

#define AppName "juhe-desk"
#define AppId "cn.juhedesk.JuheDesk"
#define ExeName "juhe-desk.exe"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\windows\juhe-desk"
#endif
#if !FileExists(DistDir + "\" + ExeName)
  #error No juhe-desk.exe in DistDir: build it first (see packaging\README.md)
#endif
#ifndef AppVersion
  ; Written into the exe by packaging\juhe-desk.spec from juhe_desk.__version__.
  #define AppVersion GetStringFileInfo(DistDir + "\" + ExeName, "ProductVersion")
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find an existing installation by it.
AppId={{64CACCF6-F272-4419-BC60-F783E97A20B8}
; What the wizard calls the app: 聚合短信助手 in Chinese (folders and files keep "juhe-desk").
AppName={cm:DisplayName}
AppVersion={#AppVersion}
AppVerName={cm:DisplayName} {#AppVersion}
AppPublisher=juhe-desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription=juhe-desk {#AppVersion} Setup
VersionInfoCompany=juhe-desk
; For the current user only, with no administrator rights and no question about it: the
; staff who install it often have none, and the data it keeps is theirs alone. Where {autopf}
; points for a per-user install on Windows; written out because Wine 8 cannot resolve
; {autopf} per user (FOLDERID_UserProgramFiles) and the smoke test installs under Wine.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\juhe-desk.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={cm:DisplayName}
OutputDir=..\..\dist\windows
OutputBaseFilename=juhe-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Chinese is the first entry, so it is also the fallback when Windows' language is neither.
; The Chinese messages file is Inno Setup's own unofficial translation, kept beside this script
; (ChineseSimplified.isl.LICENSE.txt says where from): Inno Setup installs do not carry it.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DisplayName=聚合短信助手
english.DisplayName=juhe-desk SMS
chinesesimplified.SpreadsheetType=收件人表格
english.SpreadsheetType=Recipient spreadsheet
chinesesimplified.OpenWithNote=在“打开方式”中加入聚合短信助手（不改变默认程序）
english.OpenWithNote=Offer juhe-desk in "Open with" for .xlsx, .xls and .csv (default programs stay)
chinesesimplified.DeleteDataQuestion=是否同时删除您的聚合短信助手数据？%n%n其中有发送记录、状态报告、退订名单和日志，位置：%n%1%n%n选择“否”会保留这些数据，以后重新安装可以继续使用。删除后无法恢复。
english.DeleteDataQuestion=Also delete your juhe-desk data?%n%nIt holds the sending history, delivery reports, the opt-out list and the logs, in:%n%1%n%nChoose No to keep it: a later installation picks it up again. Deleted data cannot be brought back.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWithNote}"

[InstallDelete]
; An upgrade replaces the whole runtime folder, so no library of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The same AppUserModelID as the running app (juhe_desk/ui/platform_setup.py), so the taskbar
; groups its windows under this shortcut and a pinned icon starts the app.
Name: "{autoprograms}\{cm:DisplayName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{cm:DisplayName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; "Open with" only: our ProgID is listed under OpenWithProgids of each extension, and the
; extension's default value (its default program) is left alone. HKA is HKCU for a per-user
; installation, HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\JuheDesk.Spreadsheet"; ValueType: string; ValueName: ""; ValueData: "{cm:SpreadsheetType}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\JuheDesk.Spreadsheet\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\JuheDesk.Spreadsheet\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "JuheDesk.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithProgids"; ValueType: string; ValueName: "JuheDesk.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "JuheDesk.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
; The name "Open with" shows, and the types the program opens.
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{cm:DisplayName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{cm:DisplayName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The database, logs and backups in %LOCALAPPDATA%\juhe-desk hold the sending history: an
// uninstall keeps them (a silent one always), unless the user says Yes to deleting them.
function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and DirExists(DataFolder) then
    if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataFolder]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder, True, True, True);
end;
