import sys

from iku_excel.cli import main

sys.exit(main())
