"""Palimpsest: compare versions of a news article.

``python main.py compare OLD NEW ...`` runs the command line; ``python main.py FILE...``
opens the window on those files (the bundled samples when none are given).
"""

from __future__ import annotations

from core.compiled import enable

enable()  # the engine's compiled modules, when `make compiled` built them from these sources

from cli.entry import run

if __name__ == "__main__":
    run()
