"""A Vietnamese and an English report of one meeting, loaded into the real server, make one node per thing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.loading import Loader
from loaders.pipeline import Extractor

pytestmark = pytest.mark.neo4j

REPORTS = Path(__file__).parent / "data" / "crosslang"


def _one(driver, label: str, entity_id: str) -> dict:
    records = driver.execute_query(f"MATCH (n:{label} {{id: $id}}) RETURN n", id=entity_id)[0]
    assert len(records) == 1, entity_id
    return dict(records[0]["n"])


def _mention_count(driver, entity_id: str) -> int:
    return driver.execute_query("MATCH ({id: $id})-[:MENTIONED_IN]->(a:Article) RETURN count(a) AS c", id=entity_id)[0][
        0
    ]["c"]


def test_both_languages_load_into_one_node_each(empty_graph, test_settings) -> None:
    report = Loader(empty_graph, test_settings.neo4j_database, Extractor()).load(
        [REPORTS / "vi_caexpo_meeting.txt", REPORTS / "en_caexpo_meeting.txt"]
    )
    assert not report.failures
    articles = empty_graph.execute_query("MATCH (a:Article) RETURN a.lang AS lang ORDER BY lang")[0]
    assert [r["lang"] for r in articles] == ["en", "vi"]

    dien = _one(empty_graph, "Official", "person:nguyen-hong-dien")
    assert dien["name"] == "Nguyễn Hồng Diên" and "Nguyen Hong Dien" in dien["aliases"]
    assert _mention_count(empty_graph, "person:nguyen-hong-dien") == 2
    moit = _one(empty_graph, "Ministry", "org:moit")
    assert {"MOIT", "Ministry of Industry and Trade"} <= set(moit["aliases"])
    guangxi = _one(empty_graph, "Province", "province:cn-gx")
    assert "Guangxi" in guangxi["search_text"] and "Quảng Tây" in guangxi["search_text"]
    assert _mention_count(empty_graph, "province:cn-gx") == 2

    counts = {
        r["label"]: r["n"]
        for r in empty_graph.execute_query(
            "MATCH (n) WHERE n:Official OR n:Province OR n:Event OR n:Ministry "
            "RETURN head([l IN labels(n) WHERE l IN ['Official', 'Province', 'Event', 'Ministry']]) AS label, "
            "count(*) AS n"
        )[0]
    }
    # the meeting, and the fair it was held at: an occasion the text puts named people at is an event
    # (docs/annotation-conventions.md, "Occasions"); each is one node for both reports
    assert counts == {"Official": 2, "Province": 1, "Event": 2, "Ministry": 2}
    events = empty_graph.execute_query(
        "MATCH (p:Official)-[:ATTENDED]->(e:Event) RETURN e.id AS id, e.date AS date, collect(p.id) AS people "
        "ORDER BY id"
    )[0]
    assert [e["id"].split("-")[0] for e in events] == ["event:conference", "event:meeting"]
    for event in events:
        assert event["date"] == "2025-09-17"
        assert sorted(event["people"]) == ["person:nguyen-hong-dien", "person:suchart-wongsawat"]
