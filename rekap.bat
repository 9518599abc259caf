@echo off
rem Double-click: the regency roll-up of the kecamatan reports (iku-excel rekap),
rem set up on first run as jalankan.bat. Words after it are passed on.
setlocal
rem pushd, not cd: it also works in a folder on a network share.
pushd "%~dp0"
if not exist "%~dp0scripts\mulai.bat" goto :zip
if not exist "scripts\mulai.bat" goto :network
call scripts\mulai.bat rekap %*
set "STATUS=%errorlevel%"
popd
echo.
pause
exit /b %STATUS%

:zip
echo Folder ini masih di dalam berkas ZIP, atau isinya tidak lengkap.
echo Tutup jendela ini, klik kanan berkas ZIP, pilih "Extract All" ("Ekstrak Semua"),
echo lalu buka folder hasil ekstrak dan klik dua kali rekap.bat di sana.
popd
pause
exit /b 2
:network
echo Folder jaringan ini tidak dapat dibuka. Salin folder aplikasi ke komputer ini
echo (misalnya ke Dokumen), lalu jalankan dari sana.
pause
exit /b 2
