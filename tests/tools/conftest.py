"""The tools' modules import one another by name, as `tools/bench.py` loads them: put
`tools/` on the path for their tests."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))
