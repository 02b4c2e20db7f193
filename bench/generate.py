"""A generated corpus for the benchmarks: provincial-portal pages about administrative reform.

Each page is an article (index and count sentences for a random province and
year, between 1 and 25 fact-free paragraphs) inside portal chrome: the menus
and sidebars of ``extractor.portal.portal_page``, plus what real portals
carry around them (a "Tin mới" list of 10-30 teasers with figures of other
provinces, a footer directory of links, inline scripts and styles), so pages
weigh 20-80 kB like the provincial portals they imitate. With ``figures_every``
(the realistic crawl mix: 10) only one page in so many carries figures; the
others are ordinary provincial news (dates, amounts, places; no index, nothing
counted). The same seed gives the same pages.
"""

from __future__ import annotations

import html
import io
import random
from collections.abc import Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extractor.portal import portal_page

PROVINCES = ["Lạng Sơn", "Hà Giang", "Bình Thuận", "Quảng Ninh", "Đồng Tháp", "Cao Bằng", "Nghệ An",
             "Thanh Hóa", "Đắk Lắk", "Cà Mau", "Bắc Giang", "Hòa Bình", "Kon Tum", "Long An", "Bến Tre",
             "Sóc Trăng", "Quảng Trị", "Phú Yên", "Lào Cai", "Tây Ninh"]
INDEX_SENTENCES = [
    "Năm {y}, chỉ số PAR INDEX của tỉnh {p} đạt {s}%, xếp thứ {r}/63 tỉnh, thành phố, tăng {d} bậc so với năm {py}.",
    "Theo kết quả công bố, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm {y} của tỉnh {p} đạt {s}%, "
    "xếp thứ {r}/63 tỉnh, thành phố.",
    "Chỉ số PAPI năm {y} của tỉnh {p} đạt {s} điểm, xếp thứ {r}/63 tỉnh, thành phố.",
    "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm {y} của tỉnh {p} đạt {s} điểm, xếp thứ {r}/63, "
    "giảm {d} bậc so với năm {py}.",
    "Về chuyển đổi số, chỉ số DTI năm {y} của tỉnh {p} xếp thứ {r}/63 tỉnh, thành phố.",
]
COUNT_SENTENCES = [
    "Trong năm {y}, toàn tỉnh đã tiếp nhận {n} hồ sơ, đã giải quyết {m} hồ sơ, trong đó giải quyết đúng hạn "
    "{k} hồ sơ, đạt tỷ lệ {rate}%.",
    "Hiện nay, tỉnh {p} đang cung cấp {n} dịch vụ công trực tuyến, trong đó có {m} dịch vụ công mức độ 4.",
    "Chủ tịch UBND tỉnh đã ban hành quyết định công bố {n} thủ tục hành chính thuộc thẩm quyền giải quyết "
    "của các sở, ngành.",
]
FILLER = [
    "Thời gian tới, tỉnh tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "Các sở, ban, ngành và UBND các huyện, thành phố cần tăng cường kỷ luật, kỷ cương hành chính, "
    "thực hiện nghiêm quy chế làm việc và văn hóa công vụ.",
    "Hội nghị đã nghe báo cáo tình hình thực hiện nhiệm vụ cải cách hành chính, những tồn tại, hạn chế và "
    "nguyên nhân, đồng thời đề ra giải pháp khắc phục trong thời gian tới.",
    "Trung tâm Phục vụ hành chính công tỉnh đã đi vào hoạt động ổn định, tạo thuận lợi cho tổ chức, cá nhân "
    "khi đến giao dịch, giải quyết thủ tục hành chính.",
    "Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước "
    "Chủ tịch UBND tỉnh về kết quả thực hiện các chỉ số thành phần thuộc lĩnh vực được giao.",
    "Công tác tuyên truyền về cải cách hành chính được triển khai bằng nhiều hình thức phong phú, "
    "góp phần nâng cao nhận thức của cán bộ, công chức, viên chức và nhân dân.",
]


# Ordinary provincial news (most of what a crawl of a portal brings): dates, amounts and places, but no
# index and nothing counted that the rules count (procedures, online services, dossiers).
NEWS_SENTENCES = [
    "Sáng {d}/{mo}, tại thành phố {c}, UBND tỉnh {p} tổ chức lễ khởi công dự án đường giao thông nối các huyện "
    "phía bắc với tổng mức đầu tư {money} tỷ đồng.",
    "Vụ đông xuân năm {y}, toàn tỉnh gieo cấy được {area} ha lúa, năng suất ước đạt {yield_} tạ/ha.",
    "Đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn đã đến thăm mô hình trồng cây ăn quả tại xã {x}, "
    "huyện {h}.",
    "Lễ hội truyền thống diễn ra từ ngày {d} đến ngày {d2} tháng {mo} với nhiều hoạt động văn hóa, thể thao "
    "thu hút đông đảo nhân dân và du khách.",
    "Trong {n} tháng đầu năm, lượng khách du lịch đến {p} tăng mạnh, doanh thu từ du lịch đạt khoảng {money} tỷ đồng.",
    "Mưa lớn kéo dài từ đêm {d}/{mo} khiến nhiều tuyến đường liên xã bị sạt lở, lực lượng chức năng đã khẩn trương "
    "khắc phục để bảo đảm giao thông.",
    "Giải bóng đá thiếu niên nhi đồng tỉnh {p} năm {y} có {teams} đội tham gia, thi đấu tại sân vận động trung tâm.",
    "Hội Nông dân tỉnh đã phối hợp với ngân hàng giải ngân {money} tỷ đồng vốn vay ưu đãi cho hội viên phát triển "
    "sản xuất, chăn nuôi.",
    "Bệnh viện Đa khoa tỉnh {p} vừa tiếp nhận và đưa vào sử dụng hệ thống máy chụp cắt lớp mới.",
    "Đồng chí Bí thư Tỉnh ủy nhấn mạnh cần tiếp tục chăm lo đời sống vật chất, tinh thần cho nhân dân vùng sâu, "
    "vùng xa, nhất là dịp Tết Nguyên đán.",
]


def news_article(rng: random.Random) -> str:
    """Title line, then paragraphs of ordinary provincial news: nothing the rules can read a fact from."""
    province, year = rng.choice(PROVINCES), rng.randint(2016, 2023)
    values = {"p": province, "y": year, "d": rng.randint(1, 20), "d2": rng.randint(21, 28),
              "mo": rng.randint(1, 12), "c": province, "x": rng.choice(PROVINCES), "h": rng.choice(PROVINCES),
              "money": _number(rng.uniform(10, 900), 1), "area": _number(rng.randint(5_000, 60_000)),
              "yield_": _number(rng.uniform(50, 70), 1), "n": rng.randint(2, 11), "teams": rng.randint(8, 24)}
    paragraphs = [rng.choice(NEWS_SENTENCES).format(**values) for _ in range(rng.randint(3, 25))]
    return f"{province}: tin hoạt động trong tỉnh tháng {values['mo']}/{year}\n\n" + "\n\n".join(paragraphs)


def _number(value: float, decimals: int = 0) -> str:
    """Vietnamese style: thousands with dots, decimals with a comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def article(rng: random.Random) -> str:
    """Title line, then blank-line paragraphs: figures for one province among fact-free prose."""
    province, year = rng.choice(PROVINCES), rng.randint(2016, 2023)
    received = rng.randint(5_000, 90_000)
    resolved = received - rng.randint(10, 900)
    values = {"p": province, "y": year, "py": year - 1, "s": _number(rng.uniform(40, 95), 2),
              "r": rng.randint(1, 63), "d": rng.randint(1, 20), "n": _number(received), "m": _number(resolved),
              "k": _number(resolved - rng.randint(0, 200)), "rate": _number(rng.uniform(90, 100), 2)}
    figures = [s.format(**values) for s in rng.sample(INDEX_SENTENCES, 2) + rng.sample(COUNT_SENTENCES, 1)]
    filler = [rng.choice(FILLER) for _ in range(rng.randint(1, 25))]
    paragraphs = filler[: len(filler) // 2] + figures + filler[len(filler) // 2:]
    return f"{province}: kết quả cải cách hành chính năm {year}\n\n" + "\n\n".join(paragraphs)


def teaser(rng: random.Random) -> str:
    """A one-line headline of another article, figures included: chrome that must not give facts."""
    values = {"p": rng.choice(PROVINCES), "y": rng.randint(2016, 2023), "s": _number(rng.uniform(40, 95), 2),
              "r": rng.randint(1, 63), "d": rng.randint(1, 20)}
    return rng.choice([
        "{p} xếp thứ {r}/63 về Chỉ số PAR INDEX năm {y}",
        "Chỉ số SIPAS năm {y} của {p} đạt {s}%",
        "{p} tăng {d} bậc chỉ số PCI năm {y}",
        "Hội nghị triển khai nhiệm vụ cải cách hành chính năm {y} tại {p}",
    ]).format(**values)


def page(rng: random.Random, seed: int, figures: bool = True) -> str:
    """An article (with figures, or ordinary news) inside a portal page, with the extra chrome real portals carry."""
    news = "".join(f'<li><a href="/tin/{rng.randint(10_000, 99_999)}.html">{html.escape(teaser(rng))}</a>'
                   f'<span class="date">{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2023</span></li>'
                   for _ in range(rng.randint(10, 30)))
    directory = "".join(f'<li><a href="https://{i}.gov.vn/">Cổng thông tin điện tử tỉnh {html.escape(p)}</a></li>'
                        for i, p in enumerate(PROVINCES * rng.randint(1, 3)))
    script = "".join(f"var m{i}=document.getElementById('menu-{i}');if(m{i}){{m{i}.addEventListener('click',"
                     f"function(e){{e.preventDefault();toggle({i});}});}}\n" for i in range(rng.randint(50, 400)))
    style = "".join(f".menu-{i} li a{{color:#1a4d8f;padding:4px {i % 9}px;}}\n" for i in range(rng.randint(50, 300)))
    extra = (f'<aside class="tin-moi"><h3>Tin mới</h3><ul>{news}</ul></aside>'
             f'<div class="lien-ket"><h3>Liên kết website</h3><ul>{directory}</ul></div>'
             f"<script>{script}</script>")
    return portal_page(article(rng) if figures else news_article(rng), seed=seed).replace("</head>", f"<style>{style}</style></head>", 1).replace(
        "</body>", f"{extra}</body>", 1)


def pages(count: int, seed: int = 0, figures_every: int = 1) -> Iterator[tuple[str, str]]:
    """``count`` (url, html) pairs, the same for the same seed; one page in ``figures_every`` has figures,
    the others are ordinary news."""
    rng = random.Random(seed)
    for i in range(count):
        yield f"https://tinh{i % 20}.gov.vn/tin-tuc/{i}.html", page(rng, seed=i, figures=i % figures_every == 0)


def write_folder(folder: Path, count: int, seed: int = 0, figures_every: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (_, html) in enumerate(pages(count, seed, figures_every)):
        (folder / f"{i:05d}.html").write_text(html, encoding="utf-8")
    return folder


def write_warc(path: Path, count: int, seed: int = 0) -> Path:
    """The same pages as one gzipped WARC of HTTP responses."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, html in pages(count, seed):
            body = html.encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=headers))
    return path
