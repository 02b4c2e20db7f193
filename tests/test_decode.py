"""Decoding never crashes and finds the encoding Vietnamese pages really use."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from extractor.decode import DecodeError, declared_charset, decode, header_charset
from extractor.records import Page
from extractor.text import to_document
from helpers import LATIN1_PAGE

TEXT = "Chỉ số PAR INDEX của tỉnh Lạng Sơn đạt 87,11%, xếp thứ 23/63 tỉnh, thành phố."


@pytest.mark.parametrize("content", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"),
])
def test_unicode_encodings(content):
    assert decode(content)[0].lstrip("\ufeff") == TEXT


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese tools write it: base letters precomposed, tones combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out).encode("cp1258")


def test_cp1258_with_combining_tones():
    content = _cp1258(TEXT)
    text, codec, warning = decode(content)
    assert codec == "cp1258" and unicodedata.normalize("NFC", text) == TEXT and warning is None


def test_utf8_with_a_few_stray_bytes_stays_utf8_and_says_so():
    body = (TEXT + "\n") * 30
    raw = body.encode("utf-8")
    third = raw.index(b"\n", len(raw) // 3)  # between characters: only the inserted bytes are bad
    decoded = decode(raw[:third] + b"\xff\xfe\xc3" + raw[third:])
    assert decoded.encoding == "utf-8"
    assert decoded.text.replace("\ufffd", "") == body
    assert decoded.warning == "not UTF-8: 3 bytes replaced"



def test_binary_is_refused_with_a_reason():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"%PDF-1.4\x00\x01\x02" * 10)


def test_meta_charset_is_read():
    assert declared_charset(b'<html><head><meta charset="windows-1258"></head>') == "windows-1258"


def test_charset_of_a_content_type_header():
    assert header_charset('text/html; charset="Windows-1258"') == "windows-1258"
    assert header_charset("text/html") is None and header_charset(None) is None


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_charset_given_only_by_http_comes_before_a_guess(kind):
    page = Page("http://example.fr/a.html", LATIN1_PAGE.encode("iso-8859-1"), kind, charset="iso-8859-1")
    assert "la fenêtre reste" in to_document(page).text
