"""Files that are not UTF-8: read anyway, each letter that cannot be read shown as �, and
the file reported at the line of the first one (instead of Sphinx stopping with a
``UnicodeDecodeError`` traceback, as it does with its strict reading).

Sphinx reads each document with the codec named in its settings; the extension names
this one, which is UTF-8 (a byte-order mark dropped, as ``utf-8-sig`` does) that never
fails.
"""

from __future__ import annotations

import codecs
import encodings.utf_8_sig
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer

NAME = "sphinx-minutes-utf-8"


class _Decoder(encodings.utf_8_sig.IncrementalDecoder):
    def __init__(self, errors: str = "strict") -> None:
        super().__init__("replace")


def _decode(data: Buffer, errors: str = "strict", /) -> tuple[str, int]:
    return encodings.utf_8_sig.decode(data, "replace")


def _search(name: str) -> codecs.CodecInfo | None:
    if name.replace("_", "-") != NAME:
        return None
    base = codecs.lookup("utf-8-sig")
    return codecs.CodecInfo(
        base.encode,
        _decode,
        incrementalencoder=base.incrementalencoder,
        incrementaldecoder=_Decoder,
        streamreader=base.streamreader,
        streamwriter=base.streamwriter,
        name=NAME,
    )


codecs.register(_search)


def bad_lines(data: bytes) -> list[int]:
    """The lines (1-based) holding bytes that are not UTF-8."""
    return [n for n, line in enumerate(data.split(b"\n"), 1) if not _is_utf8(line)]


def first_bad_line(path: Path) -> int | None:
    """The line of the first byte that is not UTF-8, or None if the file is UTF-8."""
    return next(iter(bad_lines(path.read_bytes())), None)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
