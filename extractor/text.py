"""Text: a page's bytes become the stored article text plus its metadata.

HTML goes through trafilatura (main content, title, date, site); plain-text
pages keep their text. Either way, lines of page chrome ("Tin mới" lists,
share bars) are marked so no fact is ever taken from them.
"""

from __future__ import annotations

import functools
import unicodedata
from datetime import date

import lxml.etree
import lxml.html
import regex
import trafilatura

from . import patterns
from .decode import DecodeError, declared_charset, decode
from .html_metadata import metadata
from .records import Document, Page

_DATE = regex.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)")
_LINE = regex.compile(r"[^\n]+")
_MIN_CHARS = 20


class EmptyPage(ValueError):
    """The page has no article text to mine."""


def to_document(page: Page) -> Document:
    """Decode and extract ``page``; a page that cannot be read becomes a ``Document`` with status error/skipped."""
    doc = Document(doc_id=page.doc_id, source=page.source, url=page.url)
    if page.error:
        doc.status, doc.error = ("skipped" if page.kind == "unsupported" else "error"), page.error
        return doc
    try:
        if page.kind == "html":
            _from_html(page, doc)
        else:
            decoded = decode(page.content, page.charset)
            doc.text = decoded.text
            if decoded.warning:
                doc.warn(decoded.warning)
        if len(doc.text.strip()) < _MIN_CHARS:
            raise EmptyPage("empty page: no article text found")
    except (DecodeError, EmptyPage) as exc:
        doc.status, doc.error, doc.text = "skipped", str(exc), ""
        return doc
    doc.chrome = chrome_ranges(doc.text)
    if page.kind != "html":
        # a portal's widgets ("Thời tiết ngày 22/01/2021") date the day the page was stored, not the article
        doc.published = first_date(_without(doc.text[:600], doc.chrome))
    return doc


def _without(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the characters in ``ranges`` blanked (offsets kept)."""
    chars = list(text)
    for start, end in ranges:
        chars[start:end] = " " * len(chars[start:end])
    return "".join(chars)


def _from_html(page: Page, doc: Document) -> None:
    decoded = decode(page.content, page.charset or declared_charset(page.content))
    if decoded.warning:
        doc.warn(decoded.warning)
    html = decoded.text
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise EmptyPage(f"empty page: unparsable HTML ({exc})") from exc
    unwrap_layout_tables(tree)
    meta = metadata(tree, page.url)  # only what is stored: see html_metadata
    extracted = trafilatura.bare_extraction(
        tree,
        url=page.url or meta.url,
        # trafilatura's own extractor only: its fallbacks (readability, jusText) cost a third of the stage and
        # changed no fact of the blind corpus rendered as portal pages (extract eval --html)
        fast=True,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
    )
    if not isinstance(extracted, trafilatura.settings.Document) or not (extracted.text or "").strip():
        raise EmptyPage("empty page: trafilatura found no main text")
    body = (extracted.text or "").strip()
    title = (meta.title or "").strip()
    doc.text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    doc.title = title or None
    doc.published = meta.date or (page.fetched_at[:10] if page.fetched_at else None)
    doc.site = meta.sitename or meta.hostname
    doc.url = doc.url or meta.url


_BLOCKS = {"div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "aside", "nav"}
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th"}


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn tables that lay out a page (menu column, article column) into divs.

    Old provincial portals put the "Tin mới" column and the article side by side
    in one table; trafilatura then reads the row as a table and flattens article
    and teasers into one line. A cell holding blocks (divs, lists, other tables)
    is layout, not data, so its table becomes plain divs and the sidebar a block
    of its own that trafilatura can leave out. Data tables are left alone.
    """
    for table in list(tree.iter("table")):
        if any(child.tag in _BLOCKS for cell in table.iter("td", "th") for child in cell.iterdescendants()):
            for element in [table, *table.iterdescendants()]:
                if element.tag in _TABLE_PARTS:
                    element.tag = "div"


def first_date(head: str) -> str | None:
    """The first plausible calendar date near the top of a plain-text page."""
    for match in _DATE.finditer(head):
        if match.group(3):
            day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        else:
            year, month, day = int(match.group(4)), int(match.group(5)), int(match.group(6) or 1)
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        return value.isoformat() if match.group(3) or match.group(6) else value.isoformat()[:7]
    return None


def chrome_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that are page chrome, per ``patterns/boilerplate.yml``.

    A "related news" heading ("Tin mới", "Các tin khác", also glued to the first
    teaser: "Các tin khácQuảng Ninh …") late in the page starts chrome that runs
    to the end; early in the page (a sidebar read before the article) it runs
    over the short teaser lines that follow it.
    """
    rules = patterns.load("boilerplate")
    markers, prefixes = _markers()
    ranges: list[tuple[int, int]] = []
    lines = list(_LINE.finditer(text))
    for n, line in enumerate(lines):
        raw = unicodedata.normalize("NFC", line.group(0)).strip()
        folded = raw.lower()
        # most lines start with no marker at all: one C-level test before trying each marker's rule
        if folded.startswith(markers) and any(_is_heading(raw, folded, marker) for marker in markers):
            if line.start() >= rules["end_marker_min_share"] * len(text):
                ranges.append((line.start(), len(text)))
                break
            end = line.end()
            for teaser in lines[n + 1:]:
                if len(teaser.group(0).strip()) >= rules["teaser_max_chars"]:
                    break
                end = teaser.end()
            ranges.append((line.start(), end))
        elif folded.startswith(prefixes):
            ranges.append(line.span())
    return ranges


@functools.cache
def _markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The end markers of ``patterns/boilerplate.yml``, longest first, and its chrome line prefixes, lowercase."""
    rules = patterns.load("boilerplate")
    markers = tuple(sorted((m.lower() for m in rules["end_markers"]), key=len, reverse=True))
    return markers, tuple(p.lower() for p in rules["chrome_line_prefixes"])


def _is_heading(raw: str, folded: str, marker: str) -> bool:
    """The line is the marker, maybe with ":", or the marker glued to a capitalised teaser."""
    if not folded.startswith(marker):
        return False
    rest = raw[len(marker):].lstrip()
    return not rest or rest[0] in ":-|»" or (raw[len(marker)].isupper() and not raw[len(marker) - 1].isspace())
