"""Where the files that ship with Palimpsest are: the ``resources/`` folder beside the code.

One place knows the layout, so a module that moves between stage packages keeps finding its
thesaurus, stylesheet, fonts and samples.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
THESAURUS = RESOURCES / "thesaurus.bin"
REPORT_CSS = RESOURCES / "report.css"
FONTS = RESOURCES / "fonts"
SAMPLES = RESOURCES / "samples"
