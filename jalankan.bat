@echo off
rem Double-click: set up on first run, then write the IKU report.
setlocal
cd /d "%~dp0"
set "PY="
where py >nul 2>nul && set "PY=py -3"
if not defined PY (where python >nul 2>nul && set "PY=python")
if not defined PY (
  echo Python belum terpasang di komputer ini.
  echo Pasang Python 3.10 atau lebih baru dari https://www.python.org/downloads/
  echo Saat memasang, centang "Add python.exe to PATH". Lalu klik dua kali berkas ini lagi.
  pause
  exit /b 2
)
if not exist ".venv\Scripts\python.exe" (
  echo Menyiapkan aplikasi untuk pertama kali, mohon tunggu...
  %PY% -m venv .venv || goto :gagal
)
rem Install again whenever pyproject.toml changed (an update may add a package).
fc /b pyproject.toml ".venv\pyproject.installed" >nul 2>nul
if errorlevel 1 (
  echo Memasang paket yang diperlukan...
  ".venv\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check -e . > ".venv\install.log" 2>&1 || (type ".venv\install.log" & goto :gagal)
  copy /y pyproject.toml ".venv\pyproject.installed" >nul
)
if not exist input mkdir input
".venv\Scripts\python.exe" -m iku_excel run --input input --output output %*
set STATUS=%ERRORLEVEL%
if exist output start "" "output"
echo.
pause
exit /b %STATUS%
:gagal
echo Persiapan gagal. Periksa sambungan internet lalu coba lagi.
pause
exit /b 2
