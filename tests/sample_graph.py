"""The sample corpus (data/corpus) loaded through the real pipeline, for the tests that read the graph.

Why a module-scoped fixture that wipes and loads: other test modules empty the
shared test server between tests, so each reading module starts from exactly
the graph `edkg load data/corpus` builds. A missing extractor or writer makes
the fixture raise, so the reading tests fail rather than skip.
"""

from __future__ import annotations

import pytest
from neo4j import Driver

from core.settings import Settings
from tests.conftest import CORPUS, wipe


def load_sample(driver: Driver, database: str) -> None:
    """Empty the graph, then load every file of the sample corpus with the extractor and the writer."""
    from graph.loading import Loader
    from loaders.pipeline import Extractor

    wipe(driver, database)
    report = Loader(driver, database, Extractor()).load([CORPUS])
    assert not report.failures, f"the sample corpus did not load: {report.failures}"
    assert report.stats.articles_new >= 5, f"too few articles loaded from {CORPUS}: {report.stats}"


@pytest.fixture(scope="module")
def sample_graph(driver: Driver, test_settings: Settings) -> Driver:
    """A driver on the test server holding exactly the sample corpus."""
    load_sample(driver, test_settings.neo4j_database)
    return driver
