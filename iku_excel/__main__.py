import logging
import os
import sys

from iku_excel.cli import main

if __name__ == "__main__":  # worker processes of a regency run import this too
    code = main()
    # Everything is written and closed by now. Skipping the interpreter's
    # teardown (freeing every cell of a 100k-row survey one by one) saves a
    # tenth of a second at the end of a big run.
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a console closed or a pipe gone: nothing to lose
            pass
    os._exit(code)
