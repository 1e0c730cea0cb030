"""Plain text in any common encoding; the one importer of charset-normalizer.

UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded directly, as they say what
they are; UTF-16 without a BOM is known by its NUL bytes. UTF-8 with a few stray bytes (a
Latin-1 "é" pasted in) stays UTF-8, the stray bytes shown as U+FFFD and counted in a notice.
Anything else is handed to charset-normalizer, with two corrections for the short texts of
news articles, on which it often cannot tell Windows-1252 — the usual legacy encoding of
Western newsroom text — from its look-alikes: Windows-1252 wins over a DOS, Mac or EBCDIC
code page whenever it can decode the bytes, and over any other candidate that is not more
plausible. Bytes that decode into control characters are "not a text document".
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from core.formats import Extracted, FormatError

# Among charset-normalizer's candidates, those this close to the best count as equally good.
_CHAOS_TOLERANCE = 0.02
_COHERENCE_TOLERANCE = 0.01
_PREFERRED = "cp1252"
# Encodings in use for news text today. When charset-normalizer's best guess is another —
# a DOS, Mac or EBCDIC code page — and Windows-1252 can decode the bytes, Windows-1252 wins.
_CURRENT = ("cp125", "iso8859", "koi8", "cp874", "cp932", "cp936", "cp949", "cp950",
            "shift_jis", "euc", "big5", "gb", "iso2022", "tis_620", "utf", "ascii", "latin")
# Valid non-ASCII UTF-8 characters per invalid byte, for a file to count as damaged UTF-8.
_UTF8_EVIDENCE = 10
# UTF-16 and UTF-32 text without a BOM shows NUL bytes, and is recognised by them.
_WIDE = ("utf_16", "utf_32")

# Text may hold a few stray control characters (a form feed, an old EOF mark); beyond this
# share of the characters, the bytes were not text.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Unicode "Cc" but for \t\n\v\f\r

# As browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is read as
# Windows-1252, and one labelled UTF-16 without a BOM is really ASCII-compatible UTF-8.
_LABEL_MEANS = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
                "utf-16-le": "utf-8", "utf-16-be": "utf-8"}


def decode_text(data: bytes) -> Extracted:
    """Decode plain-text bytes and return the text with the encoding's name.

    Raises `FormatError` when the bytes are not text: NUL bytes outside UTF-16, no plausible
    encoding, too many control characters, or a UTF-16 BOM before bytes that are not UTF-16.
    """
    if data.startswith(codecs.BOM_UTF8):
        decoded = Extracted(_strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = Extracted(_strict(data, "utf-16"), "utf-16")
    elif b"\x00" in data:
        decoded = _without_bom_utf16(data)
    else:
        decoded = _without_bom(data)
    _check_is_text(decoded.text)
    return decoded


def _without_bom(data: bytes) -> Extracted:
    """UTF-8; else UTF-8 with a few stray bytes; else the encoding detection finds."""
    try:
        return Extracted(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    # Legacy-encoded text almost never forms valid multi-byte UTF-8 by chance: many such
    # characters and few errors mean UTF-8 with damage (a pasted Latin-1 "é"), not another
    # encoding.
    damaged_utf8 = Extracted(text, "utf-8", f"{bad:,} byte{'s' if bad > 1 else ''} not valid "
                             "UTF-8, shown as \ufffd")
    if good >= _UTF8_EVIDENCE * bad:
        return damaged_utf8
    detected = _detected(data)
    if detected is not None:
        return detected
    if good >= bad:
        return damaged_utf8
    try:
        return Extracted(data.decode(_PREFERRED), _PREFERRED)
    except UnicodeDecodeError:
        raise FormatError("not a text document (no known character encoding fits it)"
                          ) from None


def decode_markup(data: bytes, declared: str | None) -> Extracted:
    """Decode markup (HTML, RTF) whose own declaration names ``declared`` as its encoding.

    A BOM wins over the declaration, the declaration over detection. Undecodable bytes
    become U+FFFD rather than errors: a web page with one bad byte is still worth reading.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return Extracted(data.decode(name, errors="replace").removeprefix("\ufeff"), name)
    encoding = _label_encoding(declared) if declared else None
    if encoding is not None:
        return Extracted(data.decode(encoding, errors="replace"), encoding)
    return _without_bom(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FormatError(
            f"cannot be decoded as {encoding.upper()} (bad byte at offset {error.start})"
        ) from None


def _without_bom_utf16(data: bytes) -> Extracted:
    """UTF-16 saved without a BOM shows NUL in every other byte of Latin text; else binary."""
    if len(data) % 2 == 0:
        for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if zeros.count(0) >= 0.9 * len(zeros):
                try:
                    return Extracted(data.decode(encoding), encoding)
                except UnicodeDecodeError:
                    break
    raise FormatError("not a text document (it contains NUL bytes)")


def _detected(data: bytes) -> Extracted | None:
    """``data`` decoded in the encoding charset-normalizer finds most plausible, if any."""
    matches = [match for match in from_bytes(data) if not match.encoding.startswith(_WIDE)]
    if not matches:
        return None
    best = matches[0]
    if best.encoding == _PREFERRED:
        return Extracted(str(best), best.encoding)
    if not best.encoding.startswith(_CURRENT):
        try:
            return Extracted(data.decode(_PREFERRED), _PREFERRED)
        except UnicodeDecodeError:
            pass
    # charset-normalizer may have pruned Windows-1252 early; then it is measured on its own.
    preferred = next((match for match in matches if match.encoding == _PREFERRED), None) or (
        from_bytes(data, cp_isolation=[_PREFERRED]).best())
    if (preferred is not None
            and preferred.chaos <= best.chaos + _CHAOS_TOLERANCE
            and preferred.coherence >= best.coherence - _COHERENCE_TOLERANCE):
        best = preferred
    return Extracted(str(best), best.encoding)


def _check_is_text(text: str) -> None:
    limit = max(8, _MAX_CONTROL_SHARE * len(text))
    for count, _ in enumerate(_CONTROL.finditer(text), start=1):
        if count > limit:
            raise FormatError("not a text document (it is full of control characters)")


def _label_encoding(label: str) -> str | None:
    """The Python codec for an encoding label such as "ISO-8859-1", or None if unknown."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return _LABEL_MEANS.get(name, name)
