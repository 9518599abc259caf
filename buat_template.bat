@echo off
rem Double-click: write the blank input workbook input\Isian_IKU.xlsx to fill in
rem (set up on first run, as jalankan.bat).
setlocal
rem pushd, not cd: it also works in a folder on a network share.
pushd "%~dp0"
if not exist "%~dp0scripts\mulai.bat" goto :zip
if not exist "scripts\mulai.bat" goto :network
rem An existing workbook is kept: the new one is "Isian_IKU (2).xlsx" (said above).
call scripts\mulai.bat template input\Isian_IKU.xlsx %*
set "STATUS=%errorlevel%"
if "%STATUS%"=="0" echo Isi berkas yang ditulis di atas, lalu klik dua kali jalankan.bat
popd
echo.
pause
exit /b %STATUS%

:zip
echo Folder ini masih di dalam berkas ZIP, atau isinya tidak lengkap.
echo Tutup jendela ini, klik kanan berkas ZIP, pilih "Extract All" ("Ekstrak Semua"),
echo lalu buka folder hasil ekstrak dan klik dua kali buat_template.bat di sana.
popd
pause
exit /b 2
:network
echo Folder jaringan ini tidak dapat dibuka. Salin folder aplikasi ke komputer ini
echo (misalnya ke Dokumen), lalu jalankan dari sana.
pause
exit /b 2
