"""The PDF through Microsoft Excel, on Windows PCs that have Excel and no LibreOffice.

Windows PowerShell drives Excel through COM: open a copy of the finished
workbook read-only, ExportAsFixedFormat to PDF, close without saving, quit.
Excel started through COM is not a child of PowerShell, so the script
writes that Excel's process id first: after a timeout or a crash the id
names the one Excel to end, never the staff's own Excel windows. The report
itself is never opened (a copy in a temporary folder is), and any failure
costs the PDF only.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from iku_excel.report.placing import new_temporary
from iku_excel.runlog import log

# Excel told to quit normally exits within a second or two.
EXIT_GRACE_S = 10.0
PDF_EXCEL_FAILED = ("PDF gagal dibuat lewat Microsoft Excel; laporan Excel tetap lengkap. "
                    "Buka laporan di Excel lalu simpan sebagai PDF bila diperlukan.")

# Paths come in through the environment, so no quoting of names with spaces,
# apostrophes or non-ASCII letters; -EncodedCommand needs no script file,
# which an execution policy could refuse.
SCRIPT = r"""
$ErrorActionPreference = 'Stop'
$excel = $null
$book = $null
$code = 1
try {
    $before = @(Get-Process -Name EXCEL -ErrorAction SilentlyContinue | ForEach-Object { $_.Id })
    $excel = New-Object -ComObject Excel.Application
    # Ours is new and started for automation; an Excel staff opened never has /automation.
    $mine = Get-CimInstance Win32_Process -Filter "Name='EXCEL.EXE'" |
        Where-Object { $before -notcontains $_.ProcessId -and
                       $_.CommandLine -match '/automation' } |
        Select-Object -First 1
    if ($mine) { [IO.File]::WriteAllText($env:IKU_EXCEL_PID, [string]$mine.ProcessId) }
    $excel.Visible = $false
    $excel.DisplayAlerts = $false
    $excel.ScreenUpdating = $false
    $excel.AskToUpdateLinks = $false
    $excel.EnableEvents = $false
    # Open(FileName, UpdateLinks: 0 never, ReadOnly: true)
    $book = $excel.Workbooks.Open($env:IKU_XLSX, 0, $true)
    # ExportAsFixedFormat(Type: 0 PDF, Filename, Quality: 0 standard,
    #   IncludeDocProperties, IgnorePrintAreas: false = the report's page setup)
    $book.ExportAsFixedFormat(0, $env:IKU_PDF, 0, $true, $false)
    $code = 0
} catch {
    [Console]::Error.WriteLine($_.Exception.Message)
} finally {
    if ($book -ne $null) { $book.Close($false) | Out-Null }
    if ($excel -ne $null) {
        $excel.Quit() | Out-Null
        [Runtime.InteropServices.Marshal]::FinalReleaseComObject($excel) | Out-Null
    }
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
}
exit $code
"""


def excel_installed() -> bool:
    """Excel registers its COM class; nothing is started to find out."""
    if sys.platform != "win32":
        return False
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Excel.Application\CLSID"):
            return True
    except OSError:
        return False


def find_powershell() -> str | None:
    found = shutil.which("powershell")
    if found:
        return found
    system = Path(os.environ.get("SystemRoot", r"C:\Windows"))
    candidate = system / "System32" / "WindowsPowerShell" / "v1.0" / "powershell.exe"
    return str(candidate) if candidate.exists() else None


def available() -> bool:
    return excel_installed() and find_powershell() is not None


def _gone_within(pid: int, seconds: float) -> bool:
    """Whether process `pid` has ended, waiting up to `seconds` for it."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return True
        try:
            return kernel32.WaitForSingleObject(handle, int(seconds * 1000)) == 0
        finally:
            kernel32.CloseHandle(handle)
    deadline = time.monotonic() + seconds
    while True:
        try:
            os.kill(pid, 0)  # POSIX only: signal 0 tests; on Windows it would kill
        except OSError:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _end_excel(pid_file: Path, grace: float) -> None:
    """End the Excel this export started if it has not quit within `grace`
    seconds (none after a timeout)."""
    try:
        pid = int(pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return
    if _gone_within(pid, grace):
        return
    if sys.platform == "win32":
        # The image-name filter keeps taskkill off a process that reused the id.
        subprocess.run(["taskkill", "/F", "/PID", str(pid), "/FI", "IMAGENAME eq EXCEL.EXE"],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def render(build: Callable[[Path], None], name: str, beside: Path,
           timeout: float) -> Path | str:
    """The PDF of the workbook `build` writes (named `name`, as the report
    will be), left in the folder `beside` as .iku-*.pdf.tmp (as
    companions.render_pdf does with LibreOffice); or the sentence saying
    why there is none. Never raises."""
    powershell = find_powershell()
    if powershell is None:
        return PDF_EXCEL_FAILED
    ready: Path | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="iku-pdf-", ignore_cleanup_errors=True) as temp:
            folder = Path(temp)
            source, pdf, pid_file = folder / name, folder / f"{Path(name).stem}.pdf", \
                folder / "excel.pid"
            try:
                build(source)  # Excel sees a printed copy of its own, never the report
            except Exception:  # a bug in the printed copy must not cost the report
                log.exception("buku kerja untuk PDF gagal dibuat")
                return PDF_EXCEL_FAILED
            encoded = base64.b64encode(SCRIPT.encode("utf-16-le")).decode("ascii")
            env = dict(os.environ, IKU_XLSX=str(source), IKU_PDF=str(pdf),
                       IKU_EXCEL_PID=str(pid_file))
            grace = 0.0  # after a timeout Excel is ended at once
            try:
                subprocess.run([powershell, "-NoProfile", "-NonInteractive", "-ExecutionPolicy",
                                "Bypass", "-EncodedCommand", encoded],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env, timeout=timeout,
                               check=True)
                grace = EXIT_GRACE_S
            except subprocess.CalledProcessError:
                grace = EXIT_GRACE_S
                raise
            finally:
                _end_excel(pid_file, grace)  # a timeout, a crash, or a Quit that hung
            if not pdf.is_file() or pdf.stat().st_size == 0:
                return PDF_EXCEL_FAILED
            ready = new_temporary(beside, ".pdf.tmp")
            shutil.copyfile(pdf, ready)
    except (OSError, subprocess.SubprocessError):
        if ready is not None:
            ready.unlink(missing_ok=True)
        return PDF_EXCEL_FAILED
    return ready
