; Inno Setup script: a per-user installer for the one-folder build in dist\StreetDesk.
; Built by packaging/build.py with /DAppVersion=<version>.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5E0B7F8C-2B0C-4C55-9C0E-6A3C1D2E7F41}
AppName=街道工作台 StreetDesk
AppVersion={#AppVersion}
AppPublisher=StreetDesk
DefaultDirName={localappdata}\Programs\StreetDesk
DefaultGroupName=街道工作台
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=StreetDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\StreetDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\街道工作台"; Filename: "{app}\StreetDesk.exe"
Name: "{group}\街道工作台（演示）"; Filename: "{app}\StreetDesk.exe"; Parameters: "--demo"
Name: "{userdesktop}\街道工作台"; Filename: "{app}\StreetDesk.exe"

[Run]
Filename: "{app}\StreetDesk.exe"; Description: "启动街道工作台"; Flags: nowait postinstall skipifsilent
