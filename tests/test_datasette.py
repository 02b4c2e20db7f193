"""Issue 6: Datasette serves the fact database with the analysts' metadata and canned queries.

Uses Datasette's in-process test client: no server, no network.
"""

from __future__ import annotations

import asyncio
from importlib.resources import files
from urllib.parse import urlencode

import pytest
import yaml
from datasette.app import Datasette

from conftest import ROOT
from extractor.analysis import database

METADATA = yaml.safe_load(files("extractor.analysis").joinpath("datasette.yml").read_text(encoding="utf-8"))
QUERIES = METADATA["databases"]["facts"]["queries"]
PARAMS = {
    "par_index_by_province": {"year": 2021},
    "who_rose_most": {"indicator": "PAR_INDEX", "year": 2021},
    "disagreements": {},
    "sources": {"subject": "Hà Giang", "indicator": "PAPI", "year": 2021},
    "search_sentences": {"q": "Binh Thuan"},
}


def get_json(db_path, query: str, params: dict) -> list[dict]:
    """Rows of a canned query, as Datasette serves them."""
    async def fetch():
        datasette = Datasette([str(db_path)], metadata=METADATA)
        response = await datasette.client.get(f"/facts/{query}.json?{urlencode({**params, '_shape': 'array'})}")
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def test_every_canned_query_has_example_parameters():
    assert set(PARAMS) == set(QUERIES)


@pytest.mark.parametrize("query", sorted(PARAMS))
def test_every_canned_query_runs(sample_db, query):
    assert isinstance(get_json(sample_db, query, PARAMS[query]), list)


def test_par_index_of_every_province_in_a_year(sample_db):
    rows = {r["province"]: r for r in get_json(sample_db, "par_index_by_province", {"year": 2021})}
    assert len(rows) == 63
    assert (rows["Hà Giang"]["score"], rows["Hà Giang"]["band"]) == (83.87, "B")
    assert (rows["Lạng Sơn"]["rank"], rows["Lạng Sơn"]["out_of"]) == (23, 63)
    assert rows["Bình Thuận"]["score"] is None  # no source for 2021


def test_who_rose_most_uses_the_reported_rank_change(sample_db):
    rows = get_json(sample_db, "who_rose_most", {"indicator": "PAR_INDEX", "year": 2015})
    assert [(r["province"], r["places_gained"], r["how"], r["rank"]) for r in rows] == [("Bình Thuận", -17, "reported", 34)]


def test_sources_click_through_to_the_evidence_text(sample_db):
    rows = get_json(sample_db, "sources", {"subject": "Hà Giang", "indicator": "PAPI", "year": 2021})
    score = next(r for r in rows if r["metric"] == "score" and r["unit"] == "points")
    assert "42,676" in score["evidence"] and score["evidence"] in score["sentence"]


def test_search_finds_sentences_without_diacritics(sample_db):
    rows = get_json(sample_db, "search_sentences", {"q": "Binh Thuan"})
    assert rows and all("Bình Thuận" in r["sentence"] for r in rows)


def test_the_metadata_describes_only_tables_and_columns_that_exist(sample_db):
    db = database(sample_db)
    for name, table in METADATA["databases"]["facts"]["tables"].items():
        assert db[name].exists() or name in db.view_names(), name
        columns = {c.name for c in db[name].columns}
        assert set(table.get("columns", {})) <= columns, name
        assert set(table.get("facets", [])) <= columns, name


def test_the_readme_shows_each_canned_query_as_it_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "datasette output/facts.sqlite -m extractor/analysis/datasette.yml" in readme
    for name, query in QUERIES.items():
        assert query["sql"] in readme, f"README's SQL for {name} differs from datasette.yml"
