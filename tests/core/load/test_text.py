"""Reading what is really there (issue 12, point 5): declarations the bytes belie, labels that
name no character set, UTF-32, and stray NUL bytes.

Each row is a file built here and a reference: the same text in plain UTF-8 (declared so, in
markup). The file must load as the same text as the reference, decoded as the row says, with
exactly the row's notice. The same rows run through ``main.py compare`` in
``tests/cli/test_decoding_cli.py``.
"""

from __future__ import annotations

import codecs
import html
import quopri
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.align.levenshtein import ratio
from core.load.loader import load
from tests.core.load.test_formats import (
    ARTICLE,
    HEADLINE,
    MINIMUM_SIMILARITY,
    PARAGRAPHS,
    make_text,
)

ROOT = Path(__file__).resolve().parents[3]
# A real 2.6 KB text, the size of the one the issue found refused for one NUL byte.
SAMPLE = (ROOT / "resources" / "samples" / "03-translated.txt").read_bytes()

FRENCH = (
    ("Le conseil municipal a voté mardi la réparation de la passerelle de 1931, fermée depuis "
     "la crue du printemps dernier ; les travaux débuteront en septembre et s’achèveront début "
     "juin."),
    ("« L’acier est sain », a déclaré Inès Okonkwo, ingénieure en chef du cabinet. « Les piles "
     "ne le sont pas, et c’est par elles que nous commencerons la réfection. »"),
    ("Marisol Abernathy, qui tient le café du pont depuis dix-sept ans, a constaté une baisse "
     "d’un tiers de ses recettes : « Je suis ravie que le conseil ait écouté, mais j’y croirai "
     "quand mes habitués pourront de nouveau traverser pour prendre un café. »"),
)
FRENCH_HEADLINE = "Alder Falls : le conseil vote la réparation de la passerelle"
# Latin-1 has no curly apostrophe.
LATIN1 = tuple(text.replace("’", "'") for text in FRENCH)
JAPANESE_HEADLINE = "アルダーフォールズ市議会、歩道橋の修理計画を可決"
JAPANESE = (
    "市議会は火曜日、昨春の洪水以来閉鎖されている一九三一年建設の歩道橋を修理する計画を六対一で可決した。",
    "工事は九月に始まり、来年六月上旬までに終わる見込みだ。橋の近くで喫茶店を営む女性は売り上げが三分の一減ったと話した。",
)


@dataclass(frozen=True)
class Case:
    """A file (``name``, ``data``), its text in UTF-8 (``reference``), and how it must load."""

    name: str
    data: bytes
    reference: bytes
    encoding: str
    notice: str = ""

    @property
    def reference_name(self) -> str:
        return "reference" + Path(self.name).suffix


def page(head: str = '<meta charset="utf-8">', paragraphs: Sequence[str] = PARAGRAPHS,
         headline: str = HEADLINE) -> str:
    """A web page: the headline and ``paragraphs`` as its article, ``head`` in its <head>."""
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    return (f"<!DOCTYPE html><html><head>{head}<title>{html.escape(headline)}</title></head>"
            f"<body><article><h1>{html.escape(headline)}</h1>{body}</article></body></html>")


def meta(charset: str) -> str:
    return f'<meta charset="{charset}">'


def mhtml(page_bytes: bytes, charset: str) -> bytes:
    """A single-file page as Chrome saves it, its HTML part labelled with ``charset``."""
    boundary = "----MultipartBoundary--abc"
    head = (f'MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; '
            f'boundary="{boundary}"\r\n\r\n--{boundary}\r\nContent-Type: text/html; '
            f'charset="{charset}"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n')
    return (head.encode("ascii") + quopri.encodestring(page_bytes)
            + f"\r\n--{boundary}--\r\n".encode("ascii"))


def rtf(code_page: str) -> bytes:
    """An ASCII RTF file naming ``code_page``, its non-ASCII characters as \\uN? escapes."""
    def escaped(text: str) -> str:
        return "".join(char if ord(char) < 128 else f"\\u{ord(char)}?" for char in text)
    body = "\\par\n".join(escaped(text) for text in (HEADLINE, *PARAGRAPHS))
    return f"{{\\rtf1\\ansi{code_page}\\deff0{{\\fonttbl{{\\f0 Times;}}}}\n{body}}}".encode()


def declares(label: str, encoding: str) -> str:
    return f"the file declares {label} but is not written in it; read as {encoding}"


REFERENCE_PAGE = page().encode("utf-8")
FRENCH_PAGE = page(paragraphs=FRENCH, headline=FRENCH_HEADLINE).encode("utf-8")


def french(head: str, encoding: str, paragraphs: Sequence[str] = FRENCH) -> bytes:
    return page(head, paragraphs, FRENCH_HEADLINE).encode(encoding)


# A declared encoding is believed unless the bytes belie it; then detection reads them.
DECLARED = [
    pytest.param(Case("page.html", page(meta("utf-32")).encode(), REFERENCE_PAGE, "utf-8",
                      declares("utf-32", "UTF-8")),
                 id="UTF-8 page declaring UTF-32: no four of its bytes make a character"),
    pytest.param(Case("page.html", page(meta("cp037")).encode(), REFERENCE_PAGE, "utf-8",
                      declares("cp037", "UTF-8")),
                 id="UTF-8 page declaring EBCDIC cp037: its spaces would be control characters"),
    pytest.param(Case("page.htm", page('<meta http-equiv="Content-Type" content="text/html; '
                                       'charset=IBM500">').encode(), REFERENCE_PAGE, "utf-8",
                      declares("IBM500", "UTF-8")),
                 id="the http-equiv form, naming EBCDIC as IBM500"),
    pytest.param(Case("page.xhtml", ('<?xml version="1.0" encoding="UTF-32"?>\n'
                                     + page("")).encode(), REFERENCE_PAGE, "utf-8",
                      declares("UTF-32", "UTF-8")),
                 id="an XML declaration naming UTF-32"),
    pytest.param(Case("page.mhtml", mhtml(REFERENCE_PAGE, "utf-32"),
                      mhtml(REFERENCE_PAGE, "utf-8"), "utf-8", declares("utf-32", "UTF-8")),
                 id="a saved single-file page whose MIME header names UTF-32"),
    pytest.param(Case("page.html", french(meta("utf-8"), "cp1252"), FRENCH_PAGE, "cp1252",
                      declares("utf-8", "CP1252")),
                 id="Windows-1252 page declaring UTF-8: more undecodable bytes than text holds"),
    pytest.param(Case("page.html", page(meta("iso-8859-1")).encode(), REFERENCE_PAGE, "utf-8",
                      declares("iso-8859-1", "UTF-8")),
                 id="UTF-8 page declaring Latin-1: valid UTF-8, many multi-byte characters"),
    pytest.param(Case("story.rtf", rtf("\\ansicpg500"), rtf("\\ansicpg1252"), "utf-8",
                      declares("cp500", "UTF-8")),
                 id="RTF naming an EBCDIC code page for its ASCII markup"),
    pytest.param(Case("story.rtf", re.sub(rb"\\u(\d+)\?", lambda match: chr(int(match[1])).encode(),
                                          rtf("\\ansicpg1252")),
                      rtf("\\ansicpg1252"), "utf-8", declares("cp1252", "UTF-8")),
                 id="RTF with raw UTF-8 characters under Windows-1252"),
    pytest.param(Case("page.html", french(meta("windows-1252"), "cp1252"), FRENCH_PAGE,
                      "cp1252"),
                 id="believed: a Windows-1252 page declared so"),
    pytest.param(Case("page.html", page(meta("shift_jis"), JAPANESE, JAPANESE_HEADLINE).encode(
        "shift_jis"), page(paragraphs=JAPANESE, headline=JAPANESE_HEADLINE).encode(), "shift_jis"),
                 id="believed: a Shift_JIS page declared so, never valid UTF-8"),
    pytest.param(Case("page.html", french(meta("ISO-8859-1"), "latin-1", LATIN1),
                      french(meta("utf-8"), "utf-8", LATIN1), "cp1252"),
                 id="believed: a Latin-1 page, read as Windows-1252 as browsers do"),
]

# Python codecs that are not character sets: the label is ignored, as an unknown one is.
LABELS = [
    pytest.param(Case("page.html", page(meta(label)).encode(), REFERENCE_PAGE, "utf-8"),
                 id=f"{label}: {why}")
    for label, why in (("base64", "a binary-to-text codec"), ("rot13", "a text transform"),
                       ("zlib", "compression"), ("bz2", "compression"), ("hex", "binary-to-text"),
                       ("uu", "binary-to-text"), ("quopri", "a transfer encoding"),
                       ("punycode", "host names"), ("idna", "host names"),
                       ("unicode_escape", "Python escapes"), ("undefined", "refuses every byte"),
                       ("x-no-such-charset", "unknown, ignored as before"))
] + [
    pytest.param(Case("page.html", french(meta("base64"), "cp1252"), FRENCH_PAGE, "cp1252"),
                 id="base64 on a Windows-1252 page: detection finds the encoding"),
    pytest.param(Case("page.mhtml", mhtml(REFERENCE_PAGE, "utf-8\x00"),
                      mhtml(REFERENCE_PAGE, "utf-8"), "utf-8"),
                 id="a MIME charset with a NUL in it (was 'damaged')"),
]

_UTF8_ARTICLE = ARTICLE.encode()
UTF32 = [
    pytest.param(Case("story.txt", ARTICLE.encode("utf-32"), _UTF8_ARTICLE, "utf-32"),
                 id="UTF-32 text with its BOM"),
    pytest.param(Case("story.txt", codecs.BOM_UTF32_BE + ARTICLE.encode("utf-32-be"),
                      _UTF8_ARTICLE, "utf-32"),
                 id="big-endian UTF-32 text with its BOM"),
    pytest.param(Case("story.md", ARTICLE.encode("utf-32-le"), _UTF8_ARTICLE, "utf-32-le"),
                 id="UTF-32 without a BOM, known by its NUL bytes (not taken for UTF-16)"),
    pytest.param(Case("story.txt", ARTICLE.encode("utf-32-be"), _UTF8_ARTICLE, "utf-32-be"),
                 id="big-endian UTF-32 without a BOM"),
    pytest.param(Case("page.html", page(meta("utf-32")).encode("utf-32"), REFERENCE_PAGE,
                      "utf-32"),
                 id="a web page in UTF-32 with its BOM"),
    pytest.param(Case("page.html", codecs.BOM_UTF32_BE + REFERENCE_PAGE.decode().encode(
        "utf-32-be"), REFERENCE_PAGE, "utf-32"),
                 id="a big-endian UTF-32 page: the BOM wins over its UTF-8 declaration"),
    pytest.param(Case("story.txt", "\ufeff\x00".encode("utf-16-le") + ARTICLE.encode(
        "utf-16-le"), _UTF8_ARTICLE, "utf-16", "1 NUL character dropped"),
                 id="FF FE 00 00 opening UTF-16 whose first character is NUL: not UTF-32"),
]

# Ten times 999 bytes of text and a NUL: one byte in a thousand.
_LONG = (SAMPLE * 4)[:999 * 10]
NULS = [
    pytest.param(Case("story.txt", SAMPLE[:1200] + b"\x00" + SAMPLE[1200:], SAMPLE, "utf-8",
                      "1 NUL character dropped"),
                 id="one NUL byte in a 2.6 KB text: the issue's case"),
    pytest.param(Case("note.txt", _LONG[:500] + b"\x00" + _LONG[500:999],
                      _LONG[:999], "utf-8", "1 NUL character dropped"),
                 id="one in 1,000 bytes: the shortest text that may hold a stray NUL"),
    pytest.param(Case("story.md", b"".join(_LONG[start:start + 999] + b"\x00"
                                           for start in range(0, len(_LONG), 999)),
                      _LONG, "utf-8", "10 NUL characters dropped"),
                 id="one in every thousand bytes: the most a long text may hold"),
    pytest.param(Case("story.txt", ARTICLE.encode("cp1252").replace(b". ", b".\x00 ", 1),
                      _UTF8_ARTICLE, "cp1252", "1 NUL character dropped"),
                 id="in Windows-1252 text: detection reads the rest"),
    pytest.param(Case("story.txt", _UTF8_ARTICLE.replace(b". ", b".\x00 ", 1) + b" caf\xe9",
                      _UTF8_ARTICLE + " caf\ufffd".encode(), "utf-8",
                      "1 NUL character dropped; 1 byte not valid UTF-8, shown as \ufffd"),
                 id="beside a stray byte: both said"),
    pytest.param(Case("story.txt", codecs.BOM_UTF8 + _UTF8_ARTICLE.replace(b". ", b".\x00 ", 1),
                      _UTF8_ARTICLE, "utf-8-sig", "1 NUL character dropped"),
                 id="after a BOM: the NUL character is as stray"),
]


def check(tmp_path: Path, case: Case) -> None:
    reference = load(_write(tmp_path / case.reference_name, case.reference))
    assert reference.notice == "" and reference.text.strip(), "a clean, non-empty reference"
    document = load(_write(tmp_path / case.name, case.data))
    assert document.text == reference.text
    assert len(document.text.split()) == len(reference.text.split())
    assert document.encoding == case.encoding
    assert document.notice == case.notice


@pytest.mark.parametrize("case", DECLARED)
def test_a_declaration_the_bytes_belie_gives_way_to_detection(tmp_path: Path,
                                                              case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize("case", LABELS)
def test_labels_naming_no_character_set_are_ignored(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize("case", UTF32)
def test_utf32_reads(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize("case", NULS)
def test_stray_nul_bytes_are_dropped_with_a_notice(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


def test_the_pages_read_as_their_article(tmp_path: Path) -> None:
    # The references above are compared with, not trusted: they read as the article.
    document = load(_write(tmp_path / "page.html", REFERENCE_PAGE))
    assert ratio(document.text, ARTICLE) >= MINIMUM_SIMILARITY


def test_a_few_bad_bytes_keep_the_declaration(tmp_path: Path) -> None:
    # Within the share of odd characters text may hold, the declaration stands.
    data = REFERENCE_PAGE.replace("café".encode(), b"caf\xe9").replace(b"1931", b"\xff1931")
    document = load(_write(tmp_path / "page.html", data))
    assert document.encoding == "utf-8" and document.notice == ""
    assert "caf\ufffd" in document.text and "\ufffd1931" in document.text


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "encoding", "reason"),
    [
        (lambda path: make_text(path, "cp1252"), "cp1252", "Windows-1252 shown by its name"),
        (lambda path: make_text(path, "utf-16"), "utf-16", "the BOM names UTF-16"),
        (lambda path: make_text(path, "utf-8"), "utf-8", "UTF-8 needs no detection"),
        (lambda path: make_text(path, "latin-1", "Crème brûlée à la café; naïve résumé.\n"),
         "cp1252", "short Latin-1 text: Windows-1252, not a look-alike code page"),
        (lambda path: make_text(path, "cp1251", "Мэр заявил, что мост откроется весной. "
                                "Противники раскритиковали высокую стоимость.\n"),
         "cp1251", "Cyrillic in Windows-1251"),
    ],
)
def test_encoding_is_reported(tmp_path: Path, make: Callable[[Path], Path], encoding: str,
                              reason: str) -> None:
    path = make(tmp_path / "version.txt")
    document = load(path)
    assert document.encoding == encoding, reason
    assert "\ufffd" not in document.text, reason


def test_utf8_with_a_stray_byte_stays_utf8_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + b"\nA pasted caf\xe9.\n")
    document = load(path)
    assert document.encoding == "utf-8"
    assert document.text.startswith(ARTICLE) and "caf\ufffd" in document.text
    assert "1 byte not valid UTF-8" in document.notice
