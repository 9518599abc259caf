import sys

from iku_excel.cli import main

if __name__ == "__main__":  # worker processes of a regency run import this too
    sys.exit(main())
