"""`cli.entry`: the arguments that open the window (the sub-commands:
`tests.cli.test_compare_command`)."""

from __future__ import annotations

import pytest

from cli.entry import build_window_parser


@pytest.mark.parametrize(
    ("argv", "files", "screenshot", "reason"),
    [
        ([], [], None, "no files: the samples are opened"),
        (["a.txt", "b.txt"], ["a.txt", "b.txt"], None, "files to open"),
        (["--screenshot", "o.png", "a.txt"], ["a.txt"], "o.png", "the screenshot option"),
    ],
)
def test_window_arguments(argv: list[str], files: list[str], screenshot: str | None,
                          reason: str) -> None:
    arguments = build_window_parser().parse_args(argv)
    assert (arguments.files, arguments.screenshot) == (files, screenshot), reason
