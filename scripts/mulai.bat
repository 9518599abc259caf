@echo off
rem Shared by jalankan.bat, buat_template.bat and rekap.bat, which start it in
rem the project folder: find a real 64-bit Python 3.10+ and hand the command
rem over to scripts\bootstrap.py (environment, packages, then iku-excel).
setlocal
rem A PYTHONHOME or PYTHONPATH left by other software breaks Python's start.
set "PYTHONHOME="
set "PYTHONPATH="
set "PY="
set "UNUSABLE="
rem The versions the lock files were checked with first, then any Python 3.
for %%V in (3.13 3.12 3.11 3.10 3) do if not defined PY call :try py -%%V
if not defined PY call :try python
if not defined PY goto :no_python
%PY% scripts\bootstrap.py %*
exit /b %errorlevel%

:try
rem A candidate counts only if it runs scripts\cek_python.py and passes (exit 0).
rem The Microsoft Store's "python" placeholder exits 9009 and never counts.
rem In a child cmd, so that a python.bat shim (pyenv-win) returns here too.
cmd /d /c %* scripts\cek_python.py --diam >nul 2>nul
set "RESULT=%errorlevel%"
if "%RESULT%"=="0" set "PY=%*"
if not defined UNUSABLE if "%RESULT%"=="10" set "UNUSABLE=%*"
if not defined UNUSABLE if "%RESULT%"=="11" set "UNUSABLE=%*"
exit /b 0

:no_python
rem A Python that runs but is too old or 32-bit says so itself, in Indonesian.
if defined UNUSABLE goto :unusable
echo Python 3.10 atau lebih baru (64-bit) belum terpasang di komputer ini.
echo Cara memasang Python (tidak perlu hak admin):
echo   1. Buka https://www.python.org/downloads/windows/ lalu unduh
echo      "Windows installer (64-bit)" untuk Python 3.13.
echo   2. Jalankan berkas unduhan itu. Di layar pertama centang
echo      "Add python.exe to PATH"; bila tidak punya hak admin, hapus centang
echo      "Use admin privileges when installing py.exe".
echo   3. Klik "Install Now", tunggu sampai selesai, lalu tutup.
echo   4. Klik dua kali jalankan.bat lagi.
exit /b 2
:unusable
%UNUSABLE% scripts\cek_python.py
exit /b 2
