"""Opening the ZIP packages of Word and OpenDocument files safely (standard library only).

A package is inspected before anything is extracted: a "zip bomb" declares gigabytes of
content packed into a few kilobytes, and both python-docx and our OpenDocument reader would
inflate every member into memory. The sizes in the ZIP directory can be trusted as upper
bounds because `zipfile` stops inflating a member at its declared size (and then fails its
CRC check), so checking them is enough.

Files saved with a password by Word, and old Word 97–2003 files, are not ZIP packages but OLE
compound files; they are recognised here so that the user is told what they are.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from core.load.extracted import FormatError

# Above these, a package is refused before any member is inflated.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 10_000
# Text XML deflates 5–20 times, photos not at all; a bomb deflates about a thousand times.
MAX_RATIO = 200
_RATIO_CHECKED_ABOVE = 4 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_OLE_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
# What zipfile raises on a damaged member: a bad CRC or header, bad deflate data, an
# unknown compression method or version, an encryption flag (RuntimeError).
UNPACKING_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                    NotImplementedError, RuntimeError)


def open_package(data: bytes, kind: str) -> zipfile.ZipFile:
    """Return the ZIP package in ``data`` once its sizes have been checked.

    ``kind`` names the format for messages ("a Word document"). Raises `FormatError` for an
    encrypted or old-style Office file, bytes that are not a ZIP file, or an absurd size.
    """
    if data.startswith(OLE_MAGIC):
        raise FormatError(ole_reason(data, kind))
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError):
        raise FormatError(f"not {kind}, or the file is damaged (it is not a valid ZIP package)"
                          ) from None
    check_sizes(package.infolist())
    return package


def check_sizes(members: list[zipfile.ZipInfo]) -> None:
    """Raise `FormatError` if the members would inflate to an absurd size (a zip bomb)."""
    if len(members) > MAX_MEMBERS:
        raise FormatError(f"holds {len(members):,} parts, more than any real document: "
                          "refused as a likely zip bomb")
    total = sum(member.file_size for member in members)
    if total > MAX_UNPACKED_BYTES:
        raise FormatError(f"would unpack to {total // (1024 * 1024):,} MB, over the "
                          f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB limit: refused as a "
                          "likely zip bomb")
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > _RATIO_CHECKED_ABOVE and ratio > MAX_RATIO:
            raise FormatError(f"has a part compressed {ratio:,.0f} to 1 ({member.filename}): "
                              "refused as a likely zip bomb")


def read_member(package: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """Return the bytes of the member ``name``; raise `FormatError` if it is missing or bad."""
    try:
        return package.read(name)
    except KeyError:
        raise FormatError(f"not {kind}, or the file is damaged (it has no {name})") from None
    except RuntimeError:  # zipfile's way of saying "encrypted, password required"
        raise FormatError("is encrypted with a password: remove the protection first"
                          ) from None
    except UNPACKING_ERRORS:
        raise FormatError(f"is damaged ({name} cannot be unpacked)") from None


def ole_reason(data: bytes, kind: str) -> str:
    """Why an OLE compound file cannot be read as ``kind``: a password, or its age."""
    if _OLE_ENCRYPTED_PACKAGE in data:
        return "is encrypted with a password: remove the protection (or save a copy without it)"
    if kind == "a Word document":
        return "is an old Word 97–2003 file: save it as .docx (or .rtf) in Word first"
    return f"not {kind} (it is an old Microsoft Office file)"
