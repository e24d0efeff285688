; Inno Setup script of juhe-desk: installs the PyInstaller folder dist\juhe-desk\ on Windows.
; Needs Inno Setup 6.3 or newer. After `pyinstaller --noconfirm packaging\juhe-desk.spec`:
;   iscc packaging\windows\juhe-desk.iss       -> dist\juhe-desk-<version>-setup.exe
; Optional: /DDistDir=<folder with juhe-desk.exe>  /DAppVersion=<x.y.z>  (default: the exe's own)
; This file is UTF-8 with a byte-order mark, which is how Inno Setup knows it is not ANSI.

#define AppName "juhe-desk"
#define ExeName "juhe-desk.exe"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\juhe-desk"
#endif
#if !FileExists(DistDir + "\" + ExeName)
  #error No juhe-desk.exe in DistDir: build it first with PyInstaller (see packaging\README.md)
#endif
#ifndef AppVersion
  ; Written into the exe by packaging\juhe-desk.spec from juhe_desk.__version__.
  #define AppVersion GetStringFileInfo(DistDir + "\" + ExeName, "ProductVersion")
#endif

; Simplified Chinese messages: official in recent Inno Setup releases (Languages\), earlier an
; unofficial translation that is not installed with Inno Setup. Without it in either place, copy
; ChineseSimplified.isl (Inno Setup's "Languages\Unofficial" folder in its source repository, or
; https://jrsoftware.org/files/istrans/) beside this script.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: see the comment above this line
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find an existing installation by it.
AppId={{64CACCF6-F272-4419-BC60-F783E97A20B8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={cm:DisplayName} {#AppVersion}
AppPublisher=juhe-desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Per-user by default, so staff without administrator rights can install; the dialog offers
; an installation for all users too.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\juhe-desk.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={cm:DisplayName}
OutputDir=..\..\dist
OutputBaseFilename=juhe-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; The first entry is the fallback when Windows' language is neither of these.
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DisplayName=聚合短信助手
english.DisplayName=juhe-desk SMS
chinesesimplified.SpreadsheetType=收件人表格
english.SpreadsheetType=Recipient spreadsheet
chinesesimplified.OpenWithNote=在“打开方式”中加入聚合短信助手（不改变默认程序）
english.OpenWithNote=Offer juhe-desk in "Open with" for .xlsx, .xls and .csv (default programs stay)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWithNote}"

[InstallDelete]
; An upgrade replaces the whole runtime folder, so no library of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:DisplayName}"; Filename: "{app}\{#ExeName}"
Name: "{autodesktop}\{cm:DisplayName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

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

; The database, logs and settings in the user's AppData folder are kept on uninstall on purpose:
; they hold the sending history.
