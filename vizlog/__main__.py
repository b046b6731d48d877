"""``python -m vizlog``: the ``vizlog`` command."""

import sys

from vizlog.cli import main

sys.exit(main())
