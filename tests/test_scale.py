"""Issue 8: web archives in, the same database whatever runs the work (one process, all cores, Ray).

The WARC fixture is written here with warcio: portal pages around Vietnamese
articles, a request record, an image, a response with a broken status line
and a stretch of bytes that is no record at all.
"""

from __future__ import annotations

import gzip
import io
import pickle
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extractor.cli import main
from extractor.executors.ray import run_shard
from extractor.executors.shards import Shard
from extractor.merge import merge
from extractor.portal import portal_page
from extractor.readers import read_paths
from extractor.readers.warc import read_warc, split_warc
from extractor.run import run_paths
from extractor.store import Store, StoreError
from extractor.text import to_document
from helpers import LATIN1_PAGE

WARC_DATE = "2022-03-01T10:00:00Z"
ARTICLES = [
    "Lạng Sơn tăng 13 bậc chỉ số cải cách hành chính\n\n"
    "Năm 2021, chỉ số PAR INDEX của tỉnh Lạng Sơn đạt 87,11%, xếp thứ 23/63 tỉnh, thành phố, "
    "tăng 13 bậc so với năm 2020.",
    "Hà Giang công bố kết quả PAPI\n\n"
    "Năm 2021, chỉ số PAPI của tỉnh Hà Giang đạt 42,676/80 điểm, xếp thứ 33/63 tỉnh, thành phố.",
    "Bình Thuận: kết quả Chỉ số SIPAS năm 2022\n\n"
    "Năm 2022, chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
    "(SIPAS) của tỉnh Bình Thuận đạt 82,45%, xếp thứ 30/63 tỉnh, thành phố.",
    "Quảng Ninh đẩy mạnh dịch vụ công trực tuyến\n\n"
    "Năm 2023, tỉnh Quảng Ninh đã tiếp nhận 13.276 hồ sơ, đã giải quyết 12.844 hồ sơ, "
    "trong đó giải quyết đúng hạn 12.720 hồ sơ, đạt tỷ lệ 99,03%.",
    "Đồng Tháp giữ vững vị trí trong nhóm dẫn đầu PCI\n\n"
    "Năm 2022, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh Đồng Tháp đạt 68,5 điểm, xếp thứ 5/63 "
    "tỉnh, thành phố.",
]
# Ten pages (two per article), so a two-worker run gets more than one batch of work.
PAGES = {f"https://{site}.gov.vn/tin/{i}.html": portal_page(text, seed=i)
         for site in ("langson", "baohagiang") for i, text in enumerate(ARTICLES)}
UNDATED = "https://sonv.example.vn/par-2021"
PAGES[UNDATED] = f"<html><head><title>Tin</title></head><body><article><p>{ARTICLES[0]}</p></article></body></html>"


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str = "text/html; charset=utf-8",
              status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body),
                                     http_headers=headers, warc_headers_dict={"WARC-Date": WARC_DATE})


def write_warc(path: Path) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        uris = list(PAGES)
        for uri in uris[:6]:
            writer.write_record(_response(writer, uri, PAGES[uri].encode("utf-8")))
        request = b"GET /tin/0.html HTTP/1.1\r\nHost: langson.gov.vn\r\n\r\n"
        writer.write_record(writer.create_warc_record(uris[0], "request", payload=io.BytesIO(request),
                                                      length=len(request)))
        writer.write_record(_response(writer, "https://langson.gov.vn/logo.png", b"\x89PNG\r\n", "image/png"))
        writer.write_record(_response(writer, "https://langson.gov.vn/broken", b"<html></html>", status="abc"))
        stream.write(gzip.compress(b"this is not a WARC record\r\n\r\n"))
        for uri in uris[6:]:
            writer.write_record(_response(writer, uri, PAGES[uri].encode("utf-8")))
    return path


def test_the_charset_of_a_records_http_headers_decodes_its_body(tmp_path: Path):
    path = tmp_path / "latin1.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(_response(writer, "https://example.fr/a.html", LATIN1_PAGE.encode("iso-8859-1"),
                                      "text/html; charset=ISO-8859-1"))
    (page,) = read_warc(path)
    assert page.charset == "iso-8859-1" and "la fenêtre reste" in to_document(page).text


@pytest.fixture(scope="module")
def warc(tmp_path_factory) -> Path:
    return write_warc(tmp_path_factory.mktemp("warc") / "portal.warc.gz")


@pytest.fixture(scope="module")
def sequential_db(warc: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seq") / "facts.sqlite"
    run_paths([warc], db, workers=1)
    return db


def rows(db: Path, table: str, drop: tuple[str, ...] = ()) -> list[tuple]:
    """Every row of ``table`` without the ``drop`` columns (and the run's own timestamp), sorted."""
    with sqlite3.connect(db) as conn:
        names = [r[1] for r in conn.execute(f"pragma table_info({table})")]
        keep = [n for n in names if n not in {*drop, "extracted_at"}]
        return sorted(conn.execute(f"select {', '.join(keep)} from {table}").fetchall(), key=repr)


def same_database(a: Path, b: Path) -> bool:
    return rows(a, "documents") == rows(b, "documents") and rows(a, "facts") == rows(b, "facts")


def test_warc_reader_yields_html_responses_and_counts_the_rest(warc: Path):
    tally: Counter[str] = Counter()
    pages = list(read_paths([warc], tally))
    good = [p for p in pages if not p.error]
    assert [p.source for p in good] == list(PAGES)
    assert all(p.url == p.source and p.fetched_at == WARC_DATE and p.kind == "html" for p in good)
    broken = [p for p in pages if p.error]
    assert [p.source for p in broken] == ["https://langson.gov.vn/broken", f"{warc}@{broken[1].source.split('@')[1]}"]
    assert all(p.error.startswith("broken WARC record") for p in broken)
    assert tally == Counter({"WARC request record": 1, "WARC response not HTML (image/png)": 1})


def test_byte_ranges_read_every_record_once(warc: Path):
    whole = [p.source for p in read_paths([warc])]
    ranges = split_warc(warc, 4)
    assert len(ranges) == 4
    assert [p.source for start, end in ranges for p in read_warc(warc, None, start, end)] == whole


def test_warc_run_equals_html_files_run(warc: Path, sequential_db: Path, tmp_path: Path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, body in enumerate(PAGES.values()):
        (folder / f"{i:02d}.html").write_text(body, encoding="utf-8")
    html_db = tmp_path / "html.sqlite"
    run_paths([folder], html_db)
    ids = ("fact_id", "doc_id")
    facts = rows(sequential_db, "facts", ids)
    assert facts and facts == rows(html_db, "facts", ids)
    with sqlite3.connect(sequential_db) as conn:
        published = conn.execute("select published from documents where source = ?", [UNDATED]).fetchone()[0]
        statuses = dict(conn.execute("select status, count(*) from documents group by status").fetchall())
    assert published == WARC_DATE[:10]  # no date on the page: the capture date stands in
    assert statuses == {"ok": len(PAGES), "error": 2}


def test_two_workers_write_the_same_database_as_one(warc: Path, sequential_db: Path, tmp_path: Path):
    parallel_db = tmp_path / "two.sqlite"
    summary = run_paths([warc], parallel_db, workers=2)
    assert summary.read == len(PAGES) + 2 and summary.not_pages["WARC request record"] == 1
    assert same_database(sequential_db, parallel_db)
    assert run_paths([warc], parallel_db, workers=2).unchanged == summary.extracted  # broken ones are retried


def test_the_writer_unpickles_results_without_loading_the_pipeline(warc: Path):
    """Workers send results back pickled: unpickling them must not import spaCy into the writer."""
    from extractor.pipeline import process

    result = process(next(iter(read_paths([warc], Counter()))))
    assert result.facts
    check = "import pickle, sys; pickle.loads(sys.stdin.buffer.read()); print('spacy' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", check], input=pickle.dumps(result), capture_output=True, check=True)
    assert loaded.stdout.strip() == b"False"


def test_merging_twice_or_overlapping_shards_adds_nothing(warc: Path, sequential_db: Path, tmp_path: Path):
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    for db, (start, end) in zip((first, second), split_warc(warc, 2)):
        run_shard(Shard("", (str(warc),), start, end), str(db))  # what a cluster task writes
    out = tmp_path / "out.sqlite"
    runner = CliRunner()
    once = runner.invoke(main, ["merge", str(out), str(first), str(second)])
    assert once.exit_code == 0, once.output
    assert same_database(out, sequential_db)
    again = runner.invoke(main, ["merge", str(out), str(second), str(first), str(sequential_db)])
    assert again.exit_code == 0 and "documents added or replaced: 0" in again.output
    assert same_database(out, sequential_db)


def test_merge_refuses_what_is_not_a_database(tmp_path: Path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not sqlite")
    store = Store(tmp_path / "out.sqlite")
    try:
        with pytest.raises(StoreError, match="junk.sqlite"):
            merge(store, [junk])
    finally:
        store.close()


def test_engine_ray_without_ray_says_how_to_install(warc: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "ray", None)  # import ray now raises ImportError
    result = CliRunner().invoke(main, ["--engine", "ray", "--db", str(tmp_path / "x.sqlite"), str(warc)])
    assert result.exit_code == 1
    assert "pip install 'chiso[ray]'" in result.output


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False)
    yield ray
    ray.shutdown()


def test_ray_run_equals_local_runs_and_retries_only_failed_shards(ray_cluster, warc: Path, sequential_db: Path,
                                                                   tmp_path: Path):
    from extractor.executors.shards import plan_shards
    from extractor.run import extractor_version

    db, shard_dir = tmp_path / "ray.sqlite", tmp_path / "shards"
    shards = plan_shards([warc], 4, extractor_version())  # what a 2-CPU cluster plans: one WARC, four ranges
    assert len(shards) == 4 and {s.paths for s in shards} == {(str(warc),)}
    blocker = shard_dir / f"{shards[1].id}.sqlite"
    blocker.mkdir(parents=True)  # a directory where the shard's database should go: that task fails every attempt
    command = ["--engine", "ray", "--quiet", "--db", str(db), "--shard-dir", str(shard_dir), str(warc)]

    first = CliRunner().invoke(main, command)
    assert first.exit_code == 3, first.output
    assert "shards merged: 3  already merged: 0  failed: 1" in first.stdout
    assert f"shard {shards[1].id} ({warc}) failed after 3 attempts: StoreError: cannot open" in first.stderr

    blocker.rmdir()
    second = CliRunner().invoke(main, command)
    assert second.exit_code == 0, second.output
    assert "shards merged: 1  already merged: 3  failed: 0" in second.stdout
    assert same_database(db, sequential_db)
    assert not list(shard_dir.iterdir())  # merged shard databases are removed
