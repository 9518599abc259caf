# -*- coding: utf-8 -*-
"""Can iku-excel use this Python: 3.10 or newer, 64-bit?

scripts\\mulai.bat runs this with each candidate ("py -3", then "python")
and takes the first that exits 0. It must run on any Python a PC may have,
2.7 included, so no f-strings or annotations here. The Microsoft Store's
"python" placeholder never gets this far: it exits 9009 with an English
text, and only 0 counts.

Exit status: 0 usable, 10 too old, 11 32-bit. --diam: no message.
"""

from __future__ import print_function

import struct
import sys

USABLE, TOO_OLD, BITS_32 = 0, 10, 11
MINIMUM = (3, 10)

INSTALL = (
    "Cara memasang Python (tidak perlu hak admin):\n"
    "  1. Buka https://www.python.org/downloads/windows/ lalu unduh\n"
    "     \"Windows installer (64-bit)\" untuk Python 3.13.\n"
    "  2. Jalankan berkas unduhan itu. Di layar pertama centang\n"
    "     \"Add python.exe to PATH\"; bila tidak punya hak admin, hapus centang\n"
    "     \"Use admin privileges when installing py.exe\".\n"
    "  3. Klik \"Install Now\", tunggu sampai selesai, lalu tutup.\n"
    "  4. Klik dua kali jalankan.bat lagi.")

MESSAGES = {
    TOO_OLD: "Python %(version)s di komputer ini terlalu lama: iku-excel perlu Python 3.10 "
             "atau lebih baru (64-bit).\n" + INSTALL,
    BITS_32: "Python %(version)s di komputer ini versi 32-bit: iku-excel perlu Python 64-bit "
             "(paket pengolah data seperti pandas tidak tersedia untuk 32-bit).\n" + INSTALL,
}


def verdict(version_info, pointer_bytes):
    """USABLE, TOO_OLD or BITS_32 for a version tuple and the size of a pointer."""
    if tuple(version_info[:2]) < MINIMUM:
        return TOO_OLD
    if pointer_bytes < 8:
        return BITS_32
    return USABLE


def message(found, version_info):
    version = ".".join(str(part) for part in version_info[:3])
    return MESSAGES[found] % {"version": version}


def main(argv):
    found = verdict(sys.version_info, struct.calcsize("P"))
    if found != USABLE and "--diam" not in argv:
        print(message(found, sys.version_info))
    return found


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
