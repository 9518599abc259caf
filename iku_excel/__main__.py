"""`python -m iku_excel`: the command line (cli.py), with a console that may go away."""

import logging
import os
import sys

from iku_excel.cli import main


class _Console:
    """The console stream of a run started from a console window. Once the
    console is gone (the window closed, `| head` done reading), writing to
    it stops quietly: the run goes on and still writes its report and log."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self._gone = False

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                return self._stream.write(text)
            except (OSError, ValueError):  # a broken pipe, a closed console
                self._gone = True
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                self._gone = True

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


if __name__ == "__main__":  # worker processes of a regency run import this too
    sys.stdout, sys.stderr = _Console(sys.stdout), _Console(sys.stderr)
    code = main()
    # Everything is written and closed by now. Skipping the interpreter's
    # teardown (freeing every cell of a 100k-row survey one by one) is
    # time at the end of a big run for nothing (benchmarks/README.md).
    logging.shutdown()
    sys.stdout.flush()  # _Console: quiet when the console is gone
    sys.stderr.flush()
    os._exit(code)
