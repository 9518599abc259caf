@echo off
rem Double-click: write a blank input workbook to fill in (templates\IKU_template.xlsx copy).
setlocal
cd /d "%~dp0"
set "PY="
where py >nul 2>nul && set "PY=py -3"
if not defined PY (where python >nul 2>nul && set "PY=python")
if not defined PY (
  echo Python belum terpasang. Pasang dari https://www.python.org/downloads/ lalu coba lagi.
  pause
  exit /b 2
)
if not exist ".venv\Scripts\python.exe" %PY% -m venv .venv
fc /b pyproject.toml ".venv\pyproject.installed" >nul 2>nul
if errorlevel 1 (
  ".venv\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check -e . > ".venv\install.log" 2>&1 && copy /y pyproject.toml ".venv\pyproject.installed" >nul
)
if not exist input mkdir input
".venv\Scripts\python.exe" -m iku_excel template "input\Isian_IKU.xlsx"
echo Isi berkas input\Isian_IKU.xlsx lalu klik dua kali jalankan.bat
start "" "input"
pause
