@echo off
rem Double-click: set up on first run, then write the IKU report from input\
rem to output\. Words after it are passed on: jalankan.bat --per-kecamatan
setlocal
rem pushd, not cd: it also works in a folder on a network share.
pushd "%~dp0"
if not exist "%~dp0scripts\mulai.bat" goto :zip
if not exist "scripts\mulai.bat" goto :network
if not exist input mkdir input
call scripts\mulai.bat run --input input --output output %*
set "STATUS=%errorlevel%"
popd
echo.
pause
exit /b %STATUS%

:zip
echo Folder ini masih di dalam berkas ZIP, atau isinya tidak lengkap.
echo Tutup jendela ini, klik kanan berkas ZIP, pilih "Extract All" ("Ekstrak Semua"),
echo lalu buka folder hasil ekstrak dan klik dua kali jalankan.bat di sana.
popd
pause
exit /b 2
:network
echo Folder jaringan ini tidak dapat dibuka. Salin folder aplikasi ke komputer ini
echo (misalnya ke Dokumen), lalu jalankan dari sana.
pause
exit /b 2
