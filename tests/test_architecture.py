"""The architecture's rules, checked on the source and in fresh interpreters.

- ``core`` never imports Qt or the window (``ui``).
- The command line imports no window module: only the PDF printer, which needs no widgets,
  and, to open the window, ``ui.app`` (the window's own start).
- Each third-party library is imported by exactly one module, which wraps it (PySide6 is the
  window itself: it may be used anywhere in ``ui`` and nowhere else).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "core"
PACKAGES = ("core", "ui", "cli")
SAMPLES = ROOT / "resources" / "samples"

# The one module that imports each third-party library, and what it wraps it for.
LIBRARIES = {
    "diff_match_patch": ("core/align/dmp.py", "the word diff"),
    "fast_diff_match_patch": ("core/align/dmp.py", "the same diff, its C++ build"),
    "Levenshtein": ("core/align/levenshtein.py", "token similarity and alignment"),
    "regex": ("core/text/tokens.py", "Unicode scripts, marks and grapheme clusters"),
    "charset_normalizer": ("core/load/text.py", "the encoding of non-UTF-8 text"),
    "docx": ("core/load/docx.py", "reading Word files"),
    "striprtf": ("core/load/rtf.py", "reading RTF files"),
    "trafilatura": ("core/load/html.py", "the article of a saved web page (lxml under it)"),
    "orjson": ("core/report/json_format.py", "fast JSON, the same bytes as the standard library"),
}
# Documented exceptions: a library that more than one module imports, and why.
SHARED_LIBRARIES = {
    "pypdf": ({"core/load/pdf.py", "core/report/pdf_outline.py"},
              ("two jobs in two stages: reading a PDF's text layer is a loader (core/load/), "
               "writing bookmarks into the exported PDF is a report (core/report/); one "
               "wrapper for both would tie the loaders to the report")),
}
# The window's modules the command line may import, and why.
CLI_MAY_IMPORT = {
    ("cli/output.py", "ui.export.pdf_printer"): "prints a PDF export or report (no widgets)",
    ("cli/entry.py", "ui.app"): "opens the window when no command is given",
}
# What importing the PDF printer may load of ``ui``: the package inits (with the guard that
# ui/__init__.py installs), the printer, and the fonts it embeds.
PRINTER_LOADS = {"ui", "ui.qt_workarounds", "ui.export", "ui.export.fonts",
                 "ui.export.pdf_printer"}


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _imports(path: Path) -> list[tuple[str, bool]]:
    """Every module ``path`` imports (absolute imports), each with whether at the top level."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, id(node) in top_level))
            found += [(f"{node.module}.{alias.name}", id(node) in top_level)
                      for alias in node.names if _is_module(f"{node.module}.{alias.name}")]
    return found


def _is_module(name: str) -> bool:
    """Whether ``name`` is one of our modules or packages ("from ui import app")."""
    path = ROOT.joinpath(*name.split("."))
    return name.split(".")[0] in PACKAGES and (path.with_suffix(".py").is_file()
                                               or path.is_dir())


def _third_party() -> dict[str, set[str]]:
    """Third-party library -> the modules of core, ui, cli and main.py that import it."""
    users: dict[str, set[str]] = defaultdict(set)
    for path in [ROOT / "main.py", *(p for package in PACKAGES for p in _modules(package))]:
        for name, _ in _imports(path):
            library = name.split(".")[0]
            if library not in sys.stdlib_module_names and library not in (*PACKAGES, "__future__"):
                users[library].add(path.relative_to(ROOT).as_posix())
    return users


def _loaded_after(script: str) -> list[str]:
    """The modules of PySide6 and ui that a fresh interpreter holds after ``script``."""
    check = (f"{script}\nimport sys\n"
             "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('PySide6', 'shiboken6', 'ui'))))\n")
    result = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True,
                            text=True, check=True, timeout=300,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return [name for name in result.stdout.strip().split(",") if name]


def test_core_imports_no_qt() -> None:
    modules = sorted(
        ".".join(path.relative_to(CORE.parent).with_suffix("").parts)
        for path in CORE.rglob("*.py") if path.stem != "__init__"
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=CORE.parent, capture_output=True, text=True,
        check=True,
    )
    assert len(modules) >= 8
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("path", _modules("core"), ids=lambda path: path.name)
def test_core_source_names_no_qt_or_window(path: Path) -> None:
    names = [name for name, _ in _imports(path)]
    assert not [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "ui")], path


def test_the_command_line_imports_no_window_module() -> None:
    found = {}
    for path in _modules("cli"):
        for name, top_level in _imports(path):
            if name.split(".")[0] == "ui":
                found[(path.relative_to(ROOT).as_posix(), name)] = top_level
    assert set(found) <= set(CLI_MAY_IMPORT), found
    assert not any(found.values()), "imported only when needed: other outputs load no Qt"


def test_the_pdf_printer_loads_no_widgets_and_no_other_window_module() -> None:
    loaded = _loaded_after("import ui.export.pdf_printer")
    assert "PySide6.QtWidgets" not in loaded
    assert {name for name in loaded if name.split(".")[0] == "ui"} == PRINTER_LOADS


@pytest.mark.parametrize(
    ("target", "allowed"),
    [
        pytest.param("out.json", set(), id="an export other than PDF loads no Qt at all"),
        pytest.param("out.pdf", PRINTER_LOADS, id="a PDF loads the printer and nothing else"),
    ],
)
def test_what_the_command_line_loads(tmp_path: Path, target: str, allowed: set[str]) -> None:
    loaded = _loaded_after(
        "from cli.entry import main\n"
        f"assert main(['compare', {str(SAMPLES / '01-original.txt')!r}, "
        f"{str(SAMPLES / '04-edited.txt')!r}, '--export', {str(tmp_path / target)!r}]) == 0")
    assert (tmp_path / target).stat().st_size > 0
    assert "PySide6.QtWidgets" not in loaded
    assert {name for name in loaded if name.split(".")[0] == "ui"} == allowed
    if not allowed:
        assert loaded == []


def test_each_third_party_library_is_imported_by_one_module() -> None:
    users = _third_party()
    outside_ui = {path for path in users.pop("PySide6", set()) if not path.startswith("ui/")}
    assert outside_ui == set(), "Qt is the window's: only ui/ imports PySide6"
    assert "shiboken6" not in users or all(p.startswith("ui/") for p in users.pop("shiboken6"))
    for library, (module, _) in LIBRARIES.items():
        assert users.get(library) == {module}, library
    for library, (modules, _) in SHARED_LIBRARIES.items():
        assert users.get(library) == modules, library
    assert set(users) == set(LIBRARIES) | set(SHARED_LIBRARIES), (
        "a new library: wrap it in one module and name it in LIBRARIES")
