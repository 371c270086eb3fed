"""`python -m pia.cli ...`: the same as the installed `pia` command."""

import sys

from pia.cli import main

sys.exit(main())
