"""A provincial-portal page around an article, for measuring extraction through HTML.

The project is judged on the same texts wrapped in portal HTML full of menus
and sidebars whose teasers carry other provinces' figures. ``portal_page``
builds such a page so ``extract eval --html`` can show what the HTML path
costs; nothing in the extractor depends on it.
"""

from __future__ import annotations

import html
import random

from .text import first_date

_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội",
         "Cải cách hành chính", "Chuyển đổi số", "Văn bản pháp luật", "Dịch vụ công trực tuyến", "Liên hệ"]
_TEASERS = [
    "Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số PAR INDEX năm 2023 với 91,66%",
    "Hải Phòng xếp thứ 2/63 tỉnh, thành phố về chỉ số SIPAS, tăng 5 bậc",
    "Đà Nẵng đứng đầu bảng xếp hạng chuyển đổi số DTI năm 2022",
    "Bắc Ninh đạt 70,12 điểm PCI, xếp thứ 7 cả nước",
    "Toàn tỉnh tiếp nhận 12.345 hồ sơ trực tuyến trong quý I",
    "Long An giảm 4 bậc chỉ số PAPI năm 2022",
]


def portal_page(text: str, seed: int = 0, layout: str = "aside") -> str:
    """``text`` (first line = title, blank-line paragraphs) inside a portal page with chrome.

    ``layout`` "aside" is a current portal (header, nav, asides, footer); "table"
    an older one laid out with a table, its "TIN MỚI" column beside the article
    and teasers (title and summary) under it.
    """
    rng = random.Random(seed)
    dated = first_date(text[:600])  # the page states the date its text does, so both paths read the same
    stamp = f"Cập nhật: {'/'.join(reversed(dated.split('-')))} 08:30 | " if dated else ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title, body = (lines[0], lines[1:]) if len(lines) > 1 else ("Tin tức", lines)
    teasers = rng.sample(_TEASERS, 4)
    if layout == "table":
        return _table_page(title, body, teasers, stamp)
    menu = "".join(f'<li><a href="/c/{i}">{html.escape(m)}</a></li>' for i, m in enumerate(_MENU))
    side = "".join(f'<li><a href="/tin/{rng.randint(1000, 9999)}.html">{html.escape(t)}</a></li>' for t in teasers)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử tỉnh</title></head>
<body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</div><nav><ul class="menu">{menu}</ul></nav>
<form class="search"><input name="q" placeholder="Tìm kiếm"></form></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/c/6">Cải cách hành chính</a></div>
<main><div class="row">
<aside class="sidebar-left"><h3>Tin mới</h3><ul>{side}</ul></aside>
<article class="post"><h1 class="title">{html.escape(title)}</h1>
<div class="meta">{stamp}Lượt xem: {rng.randint(100, 5000)}</div>
<div class="content">{paragraphs}</div>
<div class="share">Chia sẻ: Facebook Zalo In bài</div></article>
<aside class="sidebar-right"><h3>Tin liên quan</h3><ul>{side}</ul>
<div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về dịch vụ công trực tuyến?</p></div></aside>
</div></main>
<footer><p>Bản quyền thuộc Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trần Hưng Đạo.</p>
<p>Số lượt truy cập: {rng.randint(100000, 999999)}</p></footer>
</body></html>"""


def _table_page(title: str, body: list[str], teasers: list[str], stamp: str) -> str:
    items = "".join(f'<div class="item"><a href="/tin/{i}.html">{html.escape(t)}</a><p>{html.escape(t)}</p></div>'
                    for i, t in enumerate(teasers))
    menu = " | ".join(f'<a href="/c/{i}">{html.escape(m)}</a>' for i, m in enumerate(_MENU))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}</title></head><body><div id="wrapper"><div class="top">{menu}</div>
<table width="100%" cellpadding="0"><tr><td class="left" width="25%"><div class="box"><b>TIN MỚI</b>{items}</div></td>
<td class="main"><div class="title">{html.escape(title)}</div><div class="date">{stamp.rstrip(" |")}</div>
<div class="detail">{"<br/>".join(html.escape(p) for p in body)}</div>
<div class="other"><b>Các tin khác</b>{items}</div></td></tr></table>
<div class="footer">Cơ quan chủ quản: UBND tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</div></body></html>"""
