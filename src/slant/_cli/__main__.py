"""``python -m slant._cli``."""

import sys

from slant._cli import main

sys.exit(main())
