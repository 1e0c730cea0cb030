"""`core.load.package`: zip members are sized before anything is inflated."""

from __future__ import annotations

import zipfile

import pytest

from core.load.package import MAX_UNPACKED_BYTES, check_sizes


def test_zip_sizes_are_checked_before_inflating() -> None:
    member = zipfile.ZipInfo("word/media/image1.png")
    member.file_size = member.compress_size = MAX_UNPACKED_BYTES // 2 + 1
    with pytest.raises(Exception, match="zip bomb"):
        check_sizes([member, member])  # incompressible, but too much in all
    check_sizes([member])
