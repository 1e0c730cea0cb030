"""`cli.output`: standard output as UTF-8 bytes whatever the stream, one line on failure.

The streams are stand-ins put in place of ``sys.stdout`` and ``sys.stderr``, so each row
says what the stream does (the same cases run as the user runs them, in a subprocess:
`tests.cli.test_output_encoding`).
"""

from __future__ import annotations

import errno
import io
import sys

import pytest

from cli.output import EXIT_BROKEN_PIPE, EXIT_FAILURE, is_terminal, print_error, write_output


class _Binary(io.RawIOBase):
    """A binary stream that takes at most ``chunk`` bytes a write, or raises ``error``."""

    def __init__(self, chunk: int = 1 << 20, error: BaseException | None = None) -> None:
        self.data = bytearray()
        self.chunk, self.error = chunk, error

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        if self.error is not None:
            raise self.error
        taken = bytes(data)[:self.chunk]  # type: ignore[call-overload]
        self.data += taken
        return len(taken)


def _stdout(monkeypatch: pytest.MonkeyPatch, binary: _Binary, encoding: str = "ascii"
            ) -> None:
    # a text stream in the locale's encoding, over the binary one, as Python opens stdout
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(binary, encoding=encoding))


@pytest.mark.parametrize(
    ("chunk", "reason"),
    [
        pytest.param(1 << 20, "one write", id="all at once"),
        pytest.param(3, "a pipe that takes three bytes a write", id="short writes"),
    ],
)
def test_text_goes_out_as_utf_8_whatever_the_locale(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], chunk: int,
        reason: str) -> None:
    binary = _Binary(chunk)
    _stdout(monkeypatch, binary)  # an ASCII locale could not hold "→"
    assert write_output("a.txt → b.txt: “quoted”\n") == 0, reason
    assert bytes(binary.data) == "a.txt → b.txt: “quoted”\n".encode(), reason
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("error", "status", "said"),
    [
        pytest.param(BrokenPipeError(errno.EPIPE, "Broken pipe"), EXIT_BROKEN_PIPE, "",
                     id="the reader went away: 141, quietly"),
        pytest.param(OSError(errno.ENOSPC, "No space left on device"), EXIT_FAILURE,
                     "palimpsest: standard output: cannot write (No space left on device)\n",
                     id="a full disk: one line, status 2"),
        pytest.param(ValueError("I/O operation on closed file"), EXIT_FAILURE,
                     "palimpsest: standard output: cannot write (I/O operation on closed "
                     "file)\n", id="a closed stream: one line, status 2"),
    ],
)
def test_a_failed_write(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                        error: BaseException, status: int, said: str) -> None:
    _stdout(monkeypatch, _Binary(error=error))
    assert write_output("text\n") == status
    assert capsys.readouterr().err == said


def test_a_stream_that_takes_nothing_is_a_failure(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _stdout(monkeypatch, _Binary(chunk=0))
    assert write_output("text\n") == EXIT_FAILURE
    assert capsys.readouterr().err == (
        "palimpsest: standard output: cannot write (standard output would block)\n")


def test_closed_standard_output(monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert write_output("text\n") == EXIT_FAILURE
    assert capsys.readouterr().err == (
        "palimpsest: standard output: cannot write (it is closed)\n")
    assert not is_terminal()


def test_a_text_only_stream_gets_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    assert write_output("a → b\n") == 0
    assert stream.getvalue() == "a → b\n"
    assert not is_terminal()


@pytest.mark.parametrize(
    ("message", "line"),
    [
        pytest.param("a.txt: no such file", "palimpsest: a.txt: no such file\n", id="as it is"),
        pytest.param("bad\nname.txt: no such file", "palimpsest: bad\\nname.txt: no such file\n",
                     id="a newline in a file name cannot make two lines"),
        pytest.param("a\udcffb.txt: no such file", "palimpsest: a\\xffb.txt: no such file\n",
                     id="an undecodable byte is shown \\xff"),
    ],
)
def test_print_error_is_one_line(capsys: pytest.CaptureFixture[str], message: str,
                                 line: str) -> None:
    print_error(message)
    assert capsys.readouterr().err == line


def test_print_error_without_standard_error_says_nothing(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    print_error("a.txt: no such file")  # and raises nothing
    assert sys.stderr is None
