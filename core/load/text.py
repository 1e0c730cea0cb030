"""Plain text in any common encoding; the one importer of charset-normalizer.

UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM are decoded directly, as they say
what they are; UTF-16 and UTF-32 without a BOM are known by their NUL bytes. A few stray NUL
bytes in other text are dropped, with a notice; more than that mean binary. UTF-8 with a few
stray bytes (a Latin-1 "é" pasted in) stays UTF-8, the stray bytes shown as U+FFFD and counted
in a notice. Anything else is handed to charset-normalizer, with two corrections for the short
texts of news articles, on which it often cannot tell Windows-1252 — the usual legacy encoding
of Western newsroom text — from its look-alikes: Windows-1252 wins over a DOS, Mac or EBCDIC
code page whenever it can decode the bytes, and over any other candidate that is not more
plausible. Bytes that decode into control characters are "not a text document".

Markup (HTML, RTF) names its own encoding, and that declaration is believed unless the bytes
plainly say otherwise; see `decode_markup`.
"""

from __future__ import annotations

import codecs
import re

from core.load.extracted import Extracted, FormatError

# Among charset-normalizer's candidates, those this close to the best count as equally good.
_CHAOS_TOLERANCE = 0.02
_COHERENCE_TOLERANCE = 0.01
_PREFERRED = "cp1252"
# Encodings in use for news text today. When charset-normalizer's best guess is another —
# a DOS, Mac or EBCDIC code page — and Windows-1252 can decode the bytes, Windows-1252 wins.
_CURRENT = ("cp125", "iso8859", "koi8", "cp874", "cp932", "cp936", "cp949", "cp950",
            "shift_jis", "euc", "big5", "gb", "iso2022", "tis_620", "utf", "ascii", "latin")
# Valid non-ASCII UTF-8 characters per invalid byte, for a file to count as damaged UTF-8;
# and, in markup that declares another encoding, for it to count as UTF-8 all the same.
_UTF8_EVIDENCE = 10
# UTF-16 and UTF-32 text without a BOM shows NUL bytes, and is recognised by them.
_WIDE = ("utf_16", "utf_32")
# Wide text without a BOM, by the bytes of each code unit: the high ones are NUL in Latin
# text (in UTF-32, in all text of the Basic Multilingual Plane), the lowest one is not. UTF-32
# comes first: Latin UTF-32 would pass for UTF-16 too.
_WIDE_LAYOUTS = (("utf-32-le", 4, (2, 3), 0), ("utf-32-be", 4, (0, 1), 3),
                 ("utf-16-le", 2, (1,), 0), ("utf-16-be", 2, (0,), 1))
_WIDE_SHARE = 0.9
# Stray NUL bytes in other text are debris (a crashed save, a bad copy) and are dropped, up
# to one byte in a thousand; more mean binary (so a file under 1,000 bytes may hold none: in
# a few bytes, one NUL is no longer stray). Measured on 350 binaries here: compressed data
# (PNG, JPEG, zip, gzip, xz, fonts, PDF) is 0.28-1 % NUL, the others (programs, tar, .mo,
# sound) 3 % and more; what passes this test must still decode as text, with few control
# characters, which compressed data does not.
_MAX_NUL_SHARE = 0.001

# Text may hold a few stray control characters (a form feed, an old EOF mark); beyond this
# share of the characters, the bytes were not text.
_MAX_CONTROL_SHARE = 0.01
# Unicode "Cc" but for the line breaks (\t\n\v\f\r and NEL, U+0085), which `core.load.loader` turns
# into newlines.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# What a wrong decoding of text shows: control characters and U+FFFD for undecodable bytes.
_GARBLED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd]")

# As browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is read as
# Windows-1252, and one labelled UTF-16 without a BOM is really ASCII-compatible UTF-8.
_LABEL_MEANS = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
                "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
# Codecs Python decodes bytes with that are no character set of a document: they transform
# text (host names, escapes) or refuse every byte. (base64, rot13, zlib and the like are not
# text encodings at all, and are refused by Python itself.)
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape",
                           "undefined"})


def decode_text(data: bytes) -> Extracted:
    """Decode plain-text bytes and return the text with the encoding's name.

    Raises `FormatError` when the bytes are not text: more than one NUL byte in a thousand
    outside UTF-16 and UTF-32, no plausible encoding, too many control characters, or a BOM
    before bytes that are not in the encoding it names.
    """
    bom = _bom_encoding(data)
    if bom == "utf-8-sig":
        decoded = Extracted(_strict(data[len(codecs.BOM_UTF8):], "utf-8"), bom)
    elif bom is not None:
        decoded = Extracted(_strict(data, bom), bom)
    elif b"\x00" in data:
        decoded = _with_nul_bytes(data)
    else:
        decoded = _without_bom(data)
    _check_is_text(decoded.text)
    nuls = decoded.text.count("\x00")  # a NUL character in text with a BOM is as stray
    if nuls:
        decoded = _noted(Extracted(decoded.text.replace("\x00", ""), decoded.encoding,
                                   decoded.notice), _nuls_dropped(nuls))
    return decoded


def _bom_encoding(data: bytes) -> str | None:
    """The encoding named by the byte-order mark that opens ``data``, if any.

    FF FE 00 00 opens little-endian UTF-32, and also UTF-16 whose first character is NUL: it
    is taken for UTF-32 only when the bytes decode as UTF-32.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF32_BE) or (
            data.startswith(codecs.BOM_UTF32_LE) and _decodes(data, "utf-32")):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _without_bom(data: bytes) -> Extracted:
    """UTF-8; else UTF-8 with a few stray bytes; else the encoding detection finds."""
    try:
        return Extracted(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = _non_ascii(text) - bad
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
    A label that names no character set (base64, rot13) is ignored, as browsers ignore
    labels they do not know. A declaration the bytes belie is set aside for detection, with
    a notice: one whose decoding is garbled (control characters or U+FFFD beyond the share
    text may hold, as UTF-32 or EBCDIC make of ASCII) while detection's is less so, and one
    naming another encoding than UTF-8 for bytes that are valid UTF-8 with many multi-byte
    characters (which text in another encoding almost never is).
    """
    bom = _bom_encoding(data)
    if bom is not None:
        return Extracted(data.decode(bom, errors="replace").removeprefix("\ufeff"), bom)
    encoding = _label_encoding(declared) if declared else None
    if encoding is None:
        return _without_bom(data)
    decoded = Extracted(data.decode(encoding, errors="replace"), encoding)
    if _garbled(decoded.text) > _budget(decoded.text):
        instead = _detected_instead(data, decoded)
    else:
        instead = _utf8_instead(data, encoding)
    if instead is None:
        return decoded
    return _noted(instead, f"the file declares {declared} but is not written in it; read as "
                           f"{instead.encoding.upper().replace('_', '-')}")


def _detected_instead(data: bytes, declared: Extracted) -> Extracted | None:
    """Detection's reading of ``data``, if it is in another encoding and less garbled than
    the ``declared`` one; else None."""
    try:
        detected = _without_bom(data)
    except FormatError:
        return None
    if codecs.lookup(detected.encoding).name == declared.encoding:
        return None
    return detected if _garbled(detected.text) < _garbled(declared.text) else None


def _utf8_instead(data: bytes, encoding: str) -> Extracted | None:
    """``data`` as UTF-8 if it is valid UTF-8 with many multi-byte characters, unlike text in
    any other ``encoding``; else None."""
    if encoding == "utf-8":
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return Extracted(text, "utf-8") if _non_ascii(text) >= _UTF8_EVIDENCE else None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FormatError(
            f"cannot be decoded as {encoding.upper()} (bad byte at offset {error.start})"
        ) from None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _with_nul_bytes(data: bytes) -> Extracted:
    """UTF-16 or UTF-32 saved without a BOM; else text with a few stray NUL bytes, which are
    dropped; else binary."""
    for encoding, width, high, low in _WIDE_LAYOUTS:
        if len(data) % width == 0 and _is_wide(data, width, high, low):
            try:
                return Extracted(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                continue
    nuls = data.count(0)
    if nuls > _MAX_NUL_SHARE * len(data):
        raise FormatError("not a text document (it contains NUL bytes)")
    return _noted(_without_bom(data.replace(b"\x00", b"")), _nuls_dropped(nuls))


def _is_wide(data: bytes, width: int, high: tuple[int, ...], low: int) -> bool:
    units = len(data) // width
    return (sum(data[index::width].count(0) for index in high) >= _WIDE_SHARE * units * len(high)
            and data[low::width].count(0) <= (1 - _WIDE_SHARE) * units)


def _nuls_dropped(count: int) -> str:
    return f"{count:,} NUL character{'s' if count > 1 else ''} dropped"


def _noted(extracted: Extracted, notice: str) -> Extracted:
    """``extracted`` with ``notice`` put before the notice it already has."""
    both = "; ".join(part for part in (notice, extracted.notice) if part)
    return Extracted(extracted.text, extracted.encoding, both)


def _detected(data: bytes) -> Extracted | None:
    """``data`` decoded in the encoding charset-normalizer finds most plausible, if any."""
    # imported here: UTF-8 and the marked encodings, nearly every file, never need it
    from charset_normalizer import from_bytes

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
    limit = _budget(text)
    for count, _ in enumerate(_CONTROL.finditer(text), start=1):
        if count > limit:
            raise FormatError("not a text document (it is full of control characters)")


def _budget(text: str) -> float:
    """How many control characters (or U+FFFD) a text of this length may hold."""
    return max(8, _MAX_CONTROL_SHARE * len(text))


def _garbled(text: str) -> int:
    return sum(1 for _ in _GARBLED.finditer(text))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _label_encoding(label: str) -> str | None:
    """The Python codec for an encoding label such as "ISO-8859-1", or None if the label
    names no known character set."""
    try:
        name = codecs.lookup(label.strip()).name
        if name in _NOT_CHARSETS:
            return None
        b"a".decode(name, errors="replace")  # LookupError if not a text encoding (base64)
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    return _LABEL_MEANS.get(name, name)
