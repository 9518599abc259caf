"""The exit status of every command (cli.md): what a batch file, a script or
the regency's run reads."""

EXIT_CLEAN = 0       # written, and the inputs are clean (notes alone keep it 0)
EXIT_PROBLEMS = 1    # written, with errors or warnings in Catatan Data
EXIT_NO_REPORT = 2   # nothing written: nothing usable, a fatal problem, bad arguments
