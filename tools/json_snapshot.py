"""Snapshots of the comparison JSON, to prove a change leaves the output as it was.

``write DIR`` runs ``main.py compare OLD NEW --format json`` as a whole process (the public
contract, whatever the modules behind it are called) on every ordered pair of the bundled
samples (``resources/samples``), every ordered pair of the real seeds
(``../shared/seeds``), each public spun case (original → spun, ``../shared/bench/spun``) and
KJV → WEB Mark (``../shared/bench/bible``), and writes one file per pair into DIR. Material
under ``../shared`` that is absent is skipped, and said so.

``diff DIR_A DIR_B [--ignore KEY ...]`` compares two snapshots file by file and prints what
differs; keys given with ``--ignore`` (top-level keys such as ``counts``, or ``patterns.group``
for a key inside every pattern) are removed from both sides first, so that an intended
addition to the contract does not hide an unintended change. Exit status 0 when all files
are byte-identical (after ignoring), 1 otherwise.

Usage: ``python tools/json_snapshot.py write /tmp/before`` … change … ``python
tools/json_snapshot.py write /tmp/after && python tools/json_snapshot.py diff /tmp/before
/tmp/after``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import permutations
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


def pairs() -> list[tuple[str, Path, Path]]:
    """(name, OLD, NEW) for every pair the snapshot covers, in a fixed order."""
    found: list[tuple[str, Path, Path]] = []
    samples = sorted((REPO_ROOT / "resources" / "samples").glob("*.txt"))
    found += [(f"sample-{a.stem}--{b.stem}", a, b) for a, b in permutations(samples, 2)]
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    found += [(f"seed-{a.stem[:3]}--{b.stem[:3]}", a, b) for a, b in permutations(seeds, 2)]
    for original in sorted((SHARED / "bench" / "spun").glob("case*.orig.txt")):
        case = original.name.split(".")[0]
        found.append((f"spun-{case}", original, original.with_name(f"{case}.spun.txt")))
    mark = SHARED / "bench" / "bible" / "Mark.kjv.txt"
    if mark.exists():
        found.append(("bible-mark", mark, mark.with_name("Mark.web.txt")))
    return found


def _run(name: str, old: Path, new: Path, folder: Path) -> str:
    command = [sys.executable, "main.py", "compare", str(old), str(new), "--format", "json"]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, check=False)
    if done.returncode != 0:
        return f"{name}: exit {done.returncode}: {done.stderr.decode(errors='replace').strip()}"
    (folder / f"{name}.json").write_bytes(done.stdout)
    return ""


def write(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    todo = pairs()
    if not (SHARED / "seeds").is_dir():
        print("../shared is absent: only the bundled samples are covered", file=sys.stderr)
    with ThreadPoolExecutor(max_workers=2) as pool:
        errors = [e for e in pool.map(lambda p: _run(*p, folder), todo) if e]
    for error in errors:
        print(error, file=sys.stderr)
    print(f"{len(todo) - len(errors)} of {len(todo)} comparisons written to {folder}")
    return 1 if errors else 0


def _without(data: dict[str, Any], ignored: list[str]) -> dict[str, Any]:
    for key in ignored:
        outer, _, inner = key.partition(".")
        if not inner:
            data.pop(outer, None)
            continue
        for item in data.get(outer, []):
            if isinstance(item, dict):
                item.pop(inner, None)
    return data


def diff(before: Path, after: Path, ignored: list[str]) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    differing = 0
    for name in names:
        a, b = before / name, after / name
        if not (a.exists() and b.exists()):
            print(f"{name}: only in {'the first' if a.exists() else 'the second'}")
            differing += 1
            continue
        if a.read_bytes() == b.read_bytes():
            continue
        if ignored:
            left = _without(json.loads(a.read_bytes()), ignored)
            right = _without(json.loads(b.read_bytes()), ignored)
            if json.dumps(left, ensure_ascii=False, indent=2) == json.dumps(
                    right, ensure_ascii=False, indent=2):
                continue
        print(f"{name}: differs")
        differing += 1
    same = len(names) - differing
    print(f"{same} of {len(names)} identical" + (f" (ignoring {', '.join(ignored)})"
                                                  if ignored else ""))
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("write").add_argument("folder", type=Path)
    compare = commands.add_parser("diff")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--ignore", action="append", default=[], metavar="KEY")
    arguments = parser.parse_args()
    if arguments.command == "write":
        return write(arguments.folder)
    return diff(arguments.before, arguments.after, arguments.ignore)


if __name__ == "__main__":
    sys.exit(main())
