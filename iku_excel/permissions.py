"""Files staff hand on are readable as any new file would be.

tempfile.mkstemp makes its file owner-only (0600) so nobody can read it
half-written; a finished report renamed into place would keep that mode,
and a colleague or the regency's shared folder could not open it. Each
finished temporary file gets the mode a plainly created file gets under
the process's umask (0644 under the usual 022)."""

from __future__ import annotations

import os
import re
from pathlib import Path


def as_new_file(path: Path) -> None:
    """Give a finished temporary file the usual mode of a new file."""
    if os.name == "nt":  # Windows keeps access in ACLs, inherited from the folder
        return
    os.chmod(path, 0o666 & ~_umask())


def _umask() -> int:
    try:
        # Linux says it without changing it: no moment with another umask
        # while reading threads of the run may create files.
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
        found = re.search(r"^Umask:\s*([0-7]+)", status, flags=re.MULTILINE)
        if found:
            return int(found.group(1), 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
