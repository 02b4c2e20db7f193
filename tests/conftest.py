"""Shared fixtures: the sample corpus and a fresh database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "facts.sqlite"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus extracted once, for tests that only read the database."""
    from extractor.run import run_paths

    path = tmp_path_factory.mktemp("sample") / "facts.sqlite"
    run_paths([CORPUS], path)
    return path
