; UnionStation's Windows installer: NSIS 3, 64-bit, Unicode, Chinese pages.
; Built by installer/windows/build.py, which passes VERSION, VIVERSION (X.Y.Z.W), STAGE (the
; folder laid out by stage.py), OUTFILE, COMPRESSOR and, when signing, SIGN_COMMAND.
;
; Per user into %LOCALAPPDATA%\Programs\UnionStation without administrator rights; for all
; users into Program Files when run as administrator (/CURRENTUSER forces per user).
; Upgrades in place, refusing while the app runs. The uninstaller never touches the data
; folder (%LOCALAPPDATA%\UnionStation) nor its backups, and says so.

Unicode true
Target amd64-unicode
SetCompressor ${COMPRESSOR}
ManifestDPIAware true
RequestExecutionLevel user

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

!define APP_NAME "工会会员管理"
!define APP_FULL "工会会员管理 (UnionStation)"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\UnionStation"
!define PER_USER_DIR "$LOCALAPPDATA\Programs\UnionStation"
!define DATA_DIR "%LOCALAPPDATA%\UnionStation"
; The GUI: pythonw.exe (no console window) running the package.
!define GUI_EXE "$INSTDIR\python\pythonw.exe"
!define GUI_ARGS "-m unionstation"
!define ICON "$INSTDIR\unionstation.ico"

!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND}'
  !uninstfinalize '${SIGN_COMMAND}'
!endif

Name "${APP_FULL}"
Caption "${APP_FULL} ${VERSION} 安装"
OutFile "${OUTFILE}"
InstallDir "${PER_USER_DIR}"
BrandingText "UnionStation ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

Var AllUsers ; "1": installed for all users (HKLM, Program Files, common shortcuts)

!define MUI_ICON "${STAGE}\unionstation.ico"
!define MUI_UNICON "${STAGE}\unionstation.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "安装 ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "本程序将在这台电脑上安装 ${APP_FULL}。$\r$\n$\r$\n\
  不需要管理员权限:程序装在您自己的用户文件夹里。若已装有旧版本,将原地升级,\
  会员数据和备份保留不动。$\r$\n$\r$\n安装前请关闭正在运行的工会会员管理。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "${GUI_ARGS}"
!define MUI_FINISHPAGE_RUN_TEXT "现在打开${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "将删除 ${APP_NAME} 程序。$\r$\n\
  您的数据文件夹 ${DATA_DIR}(会员数据库、照片、备份)不会删除。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP_FULL}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP_FULL} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "UnionStation"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "UnionStation"

; python313.dll cannot be opened for writing while any python of this install runs it
; (the window or a unionstation command): then refuse, and change nothing.
!macro REFUSE_WHILE_RUNNING un
Function ${un}RefuseWhileRunning
  IfFileExists "$INSTDIR\python\python313.dll" 0 free
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\python\python313.dll" a
    IfErrors 0 close
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP_NAME} 正在运行。$\r$\n\
      请关闭它的窗口和命令行窗口,然后点“重试”。" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 3
    Quit
  close:
    FileClose $0
  free:
FunctionEnd
!macroend
!insertmacro REFUSE_WHILE_RUNNING ""
!insertmacro REFUSE_WHILE_RUNNING "un."

!macro SET_SCOPE
  ${If} $AllUsers == "1"
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
!macroend

Function .onInit
  StrCpy $R9 "$INSTDIR" ; set by /D=, or InstallDir
  StrCpy $AllUsers "0"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CURRENTUSER" $R1
  ${If} ${Errors}
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 == "Admin"
      StrCpy $AllUsers "1"
    ${EndIf}
  ${EndIf}
  !insertmacro SET_SCOPE
  ${If} $R9 == "${PER_USER_DIR}"
    ${If} $AllUsers == "1"
      StrCpy $INSTDIR "$PROGRAMFILES64\UnionStation"
    ${EndIf}
    ; an earlier install of the same scope: upgrade it where it is
    ReadRegStr $R3 SHCTX "${UNINST_KEY}" "InstallLocation"
    ${If} $R3 != ""
      StrCpy $INSTDIR $R3
    ${EndIf}
  ${EndIf}
  Call RefuseWhileRunning
FunctionEnd

Section "!${APP_NAME} 程序(必需)" SecMain
  SectionIn RO
  Call RefuseWhileRunning
  ; Upgrade in place: the old program goes first (only if it is ours); data lives elsewhere.
  ${If} ${FileExists} "$INSTDIR\uninstall.exe"
  ${AndIf} ${FileExists} "$INSTDIR\python\python313.dll"
    DetailPrint "升级:删除旧版本的程序文件(数据不动)"
    RMDir /r "$INSTDIR\python"
    RMDir /r "$INSTDIR\lib"
    RMDir /r "$INSTDIR\resources"
    RMDir /r "$INSTDIR\bin"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "${GUI_EXE}" "${GUI_ARGS}" "${ICON}" 0 \
    SW_SHOWNORMAL "" "${APP_FULL}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_FULL}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "UnionStation"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "${ICON}"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "桌面快捷方式" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "${GUI_EXE}" "${GUI_ARGS}" "${ICON}" 0 \
    SW_SHOWNORMAL "" "${APP_FULL}"
SectionEnd

Section /o "命令行:把 unionstation 命令加入 PATH" SecPath
  ${If} $AllUsers == "1"
    nsExec::ExecToLog '"$INSTDIR\python\python.exe" "$INSTDIR\path_env.py" add "$INSTDIR\bin" --all-users'
  ${Else}
    nsExec::ExecToLog '"$INSTDIR\python\python.exe" "$INSTDIR\path_env.py" add "$INSTDIR\bin"'
  ${EndIf}
  Pop $0
  DetailPrint "PATH: $INSTDIR\bin ($0)"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} "程序本身、Python 运行环境和开始菜单快捷方式。"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "在桌面放一个打开${APP_NAME}的图标。"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecPath} "让命令行窗口里可以直接输入 unionstation(给写脚本的人用;一般不需要)。"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  StrCpy $AllUsers "0"
  ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $R0 == "$INSTDIR"
    StrCpy $AllUsers "1"
  ${EndIf}
  !insertmacro SET_SCOPE
  Call un.RefuseWhileRunning
FunctionEnd

Section "Uninstall"
  ${If} $AllUsers == "1"
    nsExec::ExecToLog '"$INSTDIR\python\python.exe" "$INSTDIR\path_env.py" remove "$INSTDIR\bin" --all-users'
  ${Else}
    nsExec::ExecToLog '"$INSTDIR\python\python.exe" "$INSTDIR\path_env.py" remove "$INSTDIR\bin"'
  ${EndIf}
  Pop $0
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\resources"
  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\unionstation.ico"
  Delete "$INSTDIR\path_env.py"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  SetShellVarContext current
  DetailPrint "数据文件夹 $LOCALAPPDATA\UnionStation 及其备份保留未删。"
SectionEnd

Function un.onUninstSuccess
  SetShellVarContext current
  MessageBox MB_OK|MB_ICONINFORMATION "${APP_NAME} 程序已删除。$\r$\n$\r$\n\
    您的数据没有删除:$LOCALAPPDATA\UnionStation(会员数据库、照片、备份)。$\r$\n\
    重新安装后数据仍在;确实不再需要时,可以手动删除这个文件夹。" /SD IDOK
FunctionEnd
