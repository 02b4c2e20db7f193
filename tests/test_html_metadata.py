"""Issue 14: the HTML stage reads title, date, site and URL as trafilatura's own metadata call does.

``extractor.html_metadata`` runs only the steps of trafilatura's metadata
extraction that give what ``documents`` stores (no authors, categories, tags
or licence), and the text is extracted without metadata. The specification is
trafilatura's stock call, ``bare_extraction(with_metadata=True)``, on every
HTML page the tests have: the site fixtures, the blind corpus inside both
portal layouts, and pages whose metadata sits in JSON-LD, OpenGraph, Twitter
cards, ``<title>`` or nowhere.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
import trafilatura

from extractor.decode import declared_charset, decode
from extractor.html_metadata import DATE_PARAMS, metadata
from extractor.portal import portal_page
from extractor.text import unwrap_layout_tables

ROOT = Path(__file__).resolve().parent.parent
URL = "https://baolangson.vn/cai-cach-hanh-chinh/par-index-2023-12345.html"

EDGE_PAGES = {
    "json-ld": """<html><head><title>Trang chủ</title><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lạng Sơn tăng 13 bậc PAR INDEX",
         "datePublished": "2022-06-01T08:00:00+07:00", "author": {"@type": "Person", "name": "Hoàng Văn A"},
         "publisher": {"@type": "Organization", "name": "Báo Lạng Sơn"}}</script></head>
        <body><article><h1>Lạng Sơn tăng 13 bậc PAR INDEX</h1><p>Chỉ số PAR INDEX năm 2021 của tỉnh Lạng Sơn đạt
        87,11%, xếp thứ 25/63 tỉnh, thành phố, tăng 13 bậc so với năm 2020.</p></article></body></html>""",
    "broken json-ld": """<html><head><title>SIPAS 2022</title><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "SIPAS 2022", "author": {"name": "Ban biên tập"</script></head>
        <body><article><p>Chỉ số SIPAS năm 2022 của tỉnh đạt 84,36%, xếp thứ 30/63 tỉnh, thành phố trong cả
        nước theo kết quả công bố.</p></article></body></html>""",
    "opengraph": """<html><head><meta property="og:title" content="PAPI 2022: Lạng Sơn đạt 42,6 điểm">
        <meta property="og:site_name" content="Cổng TTĐT tỉnh Lạng Sơn">
        <meta property="og:url" content="https://langson.gov.vn/tin-tuc/papi-2022.html">
        <meta property="article:published_time" content="2023-04-20">
        <meta name="author" content="Minh Anh"><link rel="canonical" href="https://langson.gov.vn/papi-2022.html">
        </head><body><article><p>Chỉ số PAPI năm 2022 của tỉnh Lạng Sơn đạt 42,6 điểm, xếp thứ 20/63 tỉnh,
        thành phố, tăng 5 bậc so với năm 2021.</p></article></body></html>""",
    "twitter card": """<html><head><title>DTI 2022 | baolangson</title><meta name="twitter:site" content="@baolangson">
        <meta name="twitter:url" content="https://baolangson.vn/dti-2022.html"><meta name="keywords" content="DTI, chuyển đổi số">
        <meta property="article:tag" content="chuyển đổi số"></head><body><div class="content"><p>Chỉ số chuyển đổi số
        DTI năm 2022 của tỉnh xếp thứ 25/63 tỉnh, thành phố, tăng 10 bậc so với năm trước.</p>
        <p class="date">Ngày 12/05/2023</p></div></body></html>""",
    "nothing declared": """<html><body><div><h1>Kết quả cải cách hành chính</h1><p>Năm 2023, toàn tỉnh tiếp nhận
        12.345 hồ sơ, giải quyết đúng hạn 12.001 hồ sơ, đạt tỷ lệ 97,2% so với tổng số hồ sơ.</p>
        <p>Tác giả: Nguyễn Văn B</p><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>
        </div></body></html>""",
}


def _pages() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.htm*")):
        content = path.read_bytes()
        yield path.name, decode(content, declared_charset(content)).text
    for n, path in enumerate(sorted((ROOT / "tests" / "blind").glob("*/*.txt"))):
        yield path.name, portal_page(path.read_text(encoding="utf-8"), seed=n, layout=("aside", "table")[n % 2])
    yield from EDGE_PAGES.items()


PAGES = list(_pages())


def test_the_pages_are_there() -> None:
    assert len(PAGES) > 100


@pytest.mark.parametrize("url", [None, URL])
def test_same_title_date_site_and_url_as_trafilatura(url: str | None) -> None:
    differing = []
    for name, html in PAGES:
        tree = lxml.html.document_fromstring(html)
        unwrap_layout_tables(tree)
        stock = trafilatura.bare_extraction(copy.deepcopy(tree), url=url, with_metadata=True, include_comments=False,
                                            include_tables=True, date_extraction_params=dict(DATE_PARAMS))
        ours = metadata(tree, url)
        text = trafilatura.bare_extraction(tree, url=url or ours.url, with_metadata=False, include_comments=False,
                                           include_tables=True)
        want = (stock.title, stock.date, stock.sitename, stock.hostname, stock.url, stock.text)
        have = (ours.title, ours.date, ours.sitename, ours.hostname, ours.url, text.text)
        if have != want:
            differing.append(f"{name}: {have[:5]} != {want[:5]}" + ("" if have[5] == want[5] else " (text differs)"))
    assert not differing, "\n".join(differing)


def test_the_edge_pages_have_metadata_to_compare() -> None:
    """The edge pages reach the branches: a title from JSON-LD, OpenGraph and <title>, a site from each source."""
    found = {name: metadata(lxml.html.document_fromstring(html)) for name, html in EDGE_PAGES.items()}
    assert found["json-ld"].title == "Lạng Sơn tăng 13 bậc PAR INDEX" and found["json-ld"].date == "2022-06-01"
    assert found["opengraph"].sitename == "Cổng TTĐT tỉnh Lạng Sơn" and found["opengraph"].url
    assert found["twitter card"].sitename == "Baolangson"
    assert found["nothing declared"].title and found["nothing declared"].url is None
