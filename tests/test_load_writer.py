"""The graph writer on hand-built extractions, against the real Neo4j server."""

from __future__ import annotations

import dataclasses

import pytest
from neo4j.exceptions import Neo4jError

import cypher
import graph.writer as writer_module
from graph.loading import Loader
from graph.unload import unload_articles
from graph.writer import CHANGED, DUPLICATE, NEW, UNCHANGED, GraphWriter, write_batch
from loaders.models import DocumentExtraction
from tests.test_load_fixtures import counts, dump, make_article

pytestmark = pytest.mark.neo4j

DB = "neo4j"

HAINAN_MOU = make_article(
    "Bộ Công Thương và tỉnh Hải Nam đã ký Bản ghi nhớ hợp tác thương mại.\nNội dung.",
    source="hainan.txt",
    date="2025-04-14",
    entities=[
        ("org:moit", "Ministry", "Bộ Công Thương", {"country": "VN", "abbr": "MOIT"}),
        ("province:cn-hi", "Province", "Hải Nam", {"country": "CN"}),
        ("country:cn", "Country", "Trung Quốc", {"iso2": "CN"}),
        (
            "agreement:moit-cn-hi-mou",
            "Agreement",
            "Bản ghi nhớ hợp tác thương mại",
            {"type": "mou", "status": "signed", "date": "2025-04-14"},
        ),
    ],
    facts=[
        ("PARTY_TO", "org:moit", "agreement:moit-cn-hi-mou"),
        ("PARTY_TO", "province:cn-hi", "agreement:moit-cn-hi-mou"),
        ("IN_COUNTRY", "province:cn-hi", "country:cn"),
    ],
)
SHANDONG_MOU = make_article(
    "Bộ Công Thương ký Bản ghi nhớ với Chính quyền tỉnh Sơn Đông.\nNội dung.",
    source="shandong.txt",
    date="2025-04-15",
    entities=[
        ("org:moit", "Organization", "Bộ Công Thương", {}, ["Ministry"]),
        ("province:cn-sd", "Province", "Sơn Đông"),
        ("org:cn-sd-gov", "Organization", "Chính quyền tỉnh Sơn Đông"),
        ("country:cn", "Country", "Trung Quốc"),
        ("agreement:moit-cn-sd-mou", "Agreement", "Bản ghi nhớ", {"type": "mou", "status": "signed"}),
    ],
    facts=[
        ("PARTY_TO", "org:moit", "agreement:moit-cn-sd-mou"),
        ("PARTY_TO", "org:cn-sd-gov", "agreement:moit-cn-sd-mou"),
        ("BASED_IN", "org:cn-sd-gov", "province:cn-sd"),
        ("IN_COUNTRY", "province:cn-sd", "country:cn"),
    ],
)
GUANGXI_PLAN = make_article(
    "Bộ Công Thương và Quảng Tây xây dựng Kế hoạch hành động về kết nối lưới điện.\nNội dung.",
    source="guangxi.txt",
    date="2025-02-19",
    entities=[
        ("org:moit", "Ministry", "Bộ Công Thương"),
        ("province:cn-gx", "Province", "Quảng Tây"),
        ("country:cn", "Country", "Trung Quốc"),
        ("topic:power-interconnection", "Topic", "Kết nối lưới điện"),
        ("agreement:moit-cn-gx-plan", "Agreement", "Kế hoạch hành động", {"type": "action_plan", "status": "planned"}),
    ],
    facts=[
        ("PARTY_TO", "org:moit", "agreement:moit-cn-gx-plan"),
        ("PARTY_TO", "province:cn-gx", "agreement:moit-cn-gx-plan"),
        ("IN_COUNTRY", "province:cn-gx", "country:cn"),
        ("ABOUT", "agreement:moit-cn-gx-plan", "topic:power-interconnection"),
    ],
)
SAMPLE = [HAINAN_MOU, SHANDONG_MOU, GUANGXI_PLAN]


@pytest.fixture
def graph(empty_graph):
    return empty_graph


def _ids(driver, query: str, **params) -> list[str]:
    return sorted(r[0] for r in driver.execute_query(query, **params)[0])


def _mentioning(driver, entity_id: str) -> list[str]:
    """The articles that name an entity (its MENTIONED_IN relationships)."""
    return _ids(driver, "MATCH ({id: $id})-[:MENTIONED_IN]->(a:Article) RETURN a.id", id=entity_id)


def _supporting(driver, rel_type: str, source: str, target: str) -> list[str]:
    """The articles whose `facts` list names the fact."""
    return _ids(driver, "MATCH (a:Article) WHERE $key IN a.facts RETURN a.id", key=f"{rel_type}|{source}|{target}")


def test_writes_nodes_mentions_and_facts_with_provenance(graph):
    result = write_batch(graph, DB, SAMPLE)
    assert set(result.outcomes.values()) == {NEW}
    assert result.stats.articles_new == 3
    moit = graph.execute_query("MATCH (n:Organization:Ministry {id: 'org:moit'}) RETURN n")[0][0]["n"]
    assert _mentioning(graph, "org:moit") == sorted(p.id for p in SAMPLE) and "article_ids" not in moit
    assert moit["first_seen"] == "2025-02-19" and moit["last_seen"] == "2025-04-15"
    assert moit["abbr"] == "MOIT" and moit["name_key"] == "bo cong thuong"
    assert "Bo Cong Thuong" in moit["aliases"] and moit["search_text"].startswith("Bộ Công Thương | ")
    rel = graph.execute_query("MATCH (:Province {id: 'province:cn-hi'})-[r:PARTY_TO]->(:Agreement) RETURN r")[0][0]["r"]
    assert rel["article_count"] == 1 and rel["evidence_articles"] == [HAINAN_MOU.id]
    agreement = graph.execute_query("MATCH (:Province {id: 'province:cn-hi'})-[:PARTY_TO]->(a) RETURN a.id")[0][0][0]
    assert _supporting(graph, "PARTY_TO", "province:cn-hi", agreement) == [HAINAN_MOU.id]
    assert rel["evidence"] == ["Bộ Công Thương và tỉnh Hải Nam đã ký Bản ghi nhớ hợp tác thương mại."]
    assert rel["evidence_spans"] == ["0:68"] and rel["confidence"] == 0.9
    mentions = graph.execute_query(
        "MATCH (:Organization {id:'org:moit'})-[m:MENTIONED_IN]->(a:Article) RETURN count(m) AS c"
    )[0][0]["c"]
    assert mentions == 3
    assert result.stats.nodes_created == counts(graph)[0]


def test_loading_twice_changes_nothing(graph):
    write_batch(graph, DB, SAMPLE)
    before = dump(graph)
    again = write_batch(graph, DB, SAMPLE)
    assert set(again.outcomes.values()) == {UNCHANGED}
    assert (again.stats.nodes_created, again.stats.relationships_created, again.stats.facts) == (0, 0, 0)
    assert dump(graph) == before


def test_duplicates_add_nothing(graph):
    write_batch(graph, DB, SAMPLE)
    before = dump(graph)
    copied = dataclasses.replace(HAINAN_MOU, key="file:copy-of-hainan.txt#1")  # same text under another name
    flagged = make_article(
        "Một bài khác hoàn toàn.\nNội dung.",
        source="glued.txt",
        position=2,
        entities=[("country:us", "Country", "Hoa Kỳ")],
    )
    flagged.extraction.article.duplicate_of = HAINAN_MOU.id
    result = write_batch(graph, DB, [copied, flagged])
    assert result.outcomes == {copied.id: DUPLICATE, flagged.id: DUPLICATE}
    assert result.stats.articles_duplicate == 2
    assert dump(graph) == before


def test_properties_merge_without_overwriting_by_emptier_or_older(graph):
    base = [("agreement:x", "Agreement", "Thỏa thuận X")]
    newest = make_article(
        "Thỏa thuận X đã ký.\n.",
        source="1.txt",
        date="2025-05-01",
        entities=[("agreement:x", "Agreement", "Thỏa thuận X", {"status": "signed"})],
    )
    later_silent = make_article("Nhắc lại thỏa thuận X.\n.", source="2.txt", date="2025-06-01", entities=base)
    older = make_article(
        "Thỏa thuận X sẽ ký.\n.",
        source="3.txt",
        date="2025-01-01",
        entities=[("agreement:x", "Agreement", "Thỏa thuận X", {"status": "planned", "type": "agreement"})],
    )
    for p in (newest, later_silent, older):
        write_batch(graph, DB, [p])
    node = graph.execute_query("MATCH (n:Agreement {id: 'agreement:x'}) RETURN n")[0][0]["n"]
    assert node["status"] == "signed"  # neither the silent nor the older article overwrote it
    assert node["type"] == "agreement"  # an empty property is filled by any article
    assert (node["first_seen"], node["last_seen"]) == ("2025-01-01", "2025-06-01")


def test_unload_removes_what_the_article_alone_supported(graph):
    write_batch(graph, DB, SAMPLE)
    found, stats = unload_articles(graph, DB, [GUANGXI_PLAN.id, "article:not-loaded"])
    assert found == [GUANGXI_PLAN.id]
    assert _ids(graph, "MATCH (a:Article) RETURN a.id") == sorted([HAINAN_MOU.id, SHANDONG_MOU.id])
    assert _ids(graph, "MATCH (n:Province) RETURN n.id") == ["province:cn-hi", "province:cn-sd"]
    assert _ids(graph, "MATCH (n:Topic) RETURN n.id") == []
    moit = graph.execute_query("MATCH (n {id: 'org:moit'}) RETURN n")[0][0]["n"]
    assert _mentioning(graph, "org:moit") == sorted([HAINAN_MOU.id, SHANDONG_MOU.id])
    assert moit["first_seen"] == "2025-04-14"
    assert stats.nodes_deleted == 4  # the article, Guangxi, its plan, the topic
    left = graph.execute_query(
        "MATCH ()-[r]->() WHERE $id IN r.evidence_articles RETURN count(r) AS c", id=GUANGXI_PLAN.id
    )[0][0]["c"]
    assert left == 0


def test_unload_then_reload_restores_the_same_graph(graph):
    write_batch(graph, DB, SAMPLE)
    before = dump(graph)
    unload_articles(graph, DB, [HAINAN_MOU.id, GUANGXI_PLAN.id])
    assert dump(graph) != before
    write_batch(graph, DB, [GUANGXI_PLAN, HAINAN_MOU])
    assert dump(graph) == before


def test_changed_version_replaces_its_contribution(graph):
    write_batch(graph, DB, SAMPLE)
    edited = make_article(
        "Bộ Công Thương và tỉnh Hải Nam sẽ ký Kế hoạch hành động.\nNội dung mới.",
        source="hainan.txt",
        date="2025-04-20",
        entities=[
            ("org:moit", "Ministry", "Bộ Công Thương"),
            ("province:cn-hi", "Province", "Hải Nam"),
            ("country:cn", "Country", "Trung Quốc"),
            (
                "agreement:moit-cn-hi-plan",
                "Agreement",
                "Kế hoạch hành động",
                {"type": "action_plan", "status": "planned"},
            ),
        ],
        facts=[
            ("PARTY_TO", "org:moit", "agreement:moit-cn-hi-plan"),
            ("PARTY_TO", "province:cn-hi", "agreement:moit-cn-hi-plan"),
            ("IN_COUNTRY", "province:cn-hi", "country:cn"),
        ],
    )
    assert edited.key == HAINAN_MOU.key and edited.id != HAINAN_MOU.id
    result = write_batch(graph, DB, [edited])
    assert result.outcomes == {edited.id: CHANGED}
    assert _ids(graph, "MATCH (a:Agreement) RETURN a.id") == [
        "agreement:moit-cn-gx-plan",
        "agreement:moit-cn-hi-plan",
        "agreement:moit-cn-sd-mou",
    ]
    assert HAINAN_MOU.id not in _ids(graph, "MATCH (a:Article) RETURN a.id")
    # The same graph as loading the new version (and the others) from scratch: facts, provenance, and the
    # entities' properties (MOIT's `abbr`, which only the old version gave, goes with it).
    moit = graph.execute_query("MATCH (n {id: 'org:moit'}) RETURN n")[0][0]["n"]
    assert "abbr" not in moit and "Bo Cong Thuong" in moit["aliases"]
    replaced = dump(graph)
    graph.execute_query("MATCH (n) DETACH DELETE n")
    write_batch(graph, DB, [SHANDONG_MOU, GUANGXI_PLAN, edited])
    assert dump(graph) == replaced


def test_a_failing_batch_leaves_no_half_article_and_a_rerun_completes_it(graph, monkeypatch):
    original = writer_module.statement

    def broken(name, **kw):
        return "THIS IS NOT CYPHER" if name == "merge_relations" else original(name, **kw)

    monkeypatch.setattr(writer_module, "statement", broken)
    with pytest.raises(Neo4jError):
        write_batch(graph, DB, SAMPLE)
    assert counts(graph) == (0, 0)
    monkeypatch.setattr(writer_module, "statement", original)
    write_batch(graph, DB, SAMPLE)
    complete = dump(graph)
    graph.execute_query("MATCH (n) DETACH DELETE n")
    write_batch(graph, DB, list(reversed(SAMPLE)))
    assert dump(graph) == complete


def test_labels_and_types_come_only_from_the_allow_list(graph):
    evil = make_article("Bài có nhãn lạ.\n.", source="evil.txt", entities=[("x:1", "Person`) DETACH DELETE (n", "X")])
    with pytest.raises(ValueError, match="unknown"):
        write_batch(graph, DB, [evil])
    bad_type = make_article(
        "Bài có quan hệ lạ.\n.",
        source="bad.txt",
        entities=[("country:cn", "Country", "Trung Quốc"), ("country:us", "Country", "Hoa Kỳ")],
        facts=[("LOVES]->() DETACH DELETE (x", "country:cn", "country:us")],
    )
    with pytest.raises(ValueError, match="unknown relationship type"):
        write_batch(graph, DB, [bad_type])
    assert counts(graph) == (0, 0)


class _StubExtractor:
    """Stands in for loaders.pipeline.Extractor: returns prepared documents by file name."""

    def __init__(self, docs: dict[str, DocumentExtraction]):
        self.docs = docs

    def extract_file(self, path):
        return self.docs[path.name]

    def extract_text(self, text, source="request"):
        raise AssertionError("not used")


def test_loader_reports_each_failed_file_and_loads_the_others(graph, tmp_path):
    evil = make_article("Bài có nhãn lạ.\n.", source="evil.txt", entities=[("x:1", "Nobody", "X")])
    docs = {
        "good.txt": DocumentExtraction("good.txt", [p.extraction for p in SAMPLE[:2]]),
        "unreadable.bin": DocumentExtraction("unreadable.bin", error="binary file, not text"),
        "evil.txt": DocumentExtraction("evil.txt", [evil.extraction, GUANGXI_PLAN.extraction]),
    }
    for name in docs:
        (tmp_path / name).write_text("x")
    report = Loader(graph, DB, _StubExtractor(docs)).load([tmp_path])
    assert report.files == 3
    assert sorted(report.failed_files) == ["evil.txt", "unreadable.bin"]
    assert report.stats.articles_new == 3 and report.stats.articles_failed == 1
    assert _ids(graph, "MATCH (a:Article) RETURN a.id") == sorted(p.id for p in SAMPLE)


def test_batches_are_bounded_and_never_hold_an_id_or_key_twice(graph):
    writer = GraphWriter(graph, DB, batch_articles=2)
    assert [len(b) for b in writer.batches([HAINAN_MOU, SHANDONG_MOU, GUANGXI_PLAN])] == [2, 1]
    writer.batch_articles = 10
    assert [len(b) for b in writer.batches([HAINAN_MOU, SHANDONG_MOU, HAINAN_MOU])] == [2, 1]
    same_key = dataclasses.replace(SHANDONG_MOU, key=HAINAN_MOU.key)
    assert [len(b) for b in writer.batches([HAINAN_MOU, same_key])] == [1, 1]


def test_saved_queries_answer_the_canonical_question(graph):
    write_batch(graph, DB, SAMPLE)
    mou = cypher.saved_query("mou_partners")
    assert set(mou.params) == {"country", "partner", "type"}
    rows = graph.execute_query(mou.text, country="CN", partner="org:moit", type="mou")[0]
    assert [(r["province_id"], r["type"], r["status"]) for r in rows] == [
        ("province:cn-hi", "mou", "signed"),
        ("province:cn-sd", "mou", "signed"),
    ]
    assert rows[0]["evidence"].startswith("Bộ Công Thương và tỉnh Hải Nam đã ký")
    assert rows[0]["date"] == "2025-04-14"
    docs = cypher.saved_query("cooperation_documents")
    rows = graph.execute_query(docs.text, country="CN", partner="org:moit")[0]
    assert sorted((r["province_id"], r["type"]) for r in rows) == [
        ("province:cn-gx", "action_plan"),
        ("province:cn-hi", "mou"),
        ("province:cn-sd", "mou"),
    ]


def test_unloading_every_supporter_of_a_fact_at_once_removes_it(graph):
    again = make_article(
        "Hải Nam là một tỉnh của Trung Quốc.\nNội dung.",
        source="again.txt",
        date="2025-05-01",
        entities=[("province:cn-hi", "Province", "Hải Nam"), ("country:cn", "Country", "Trung Quốc")],
        facts=[("IN_COUNTRY", "province:cn-hi", "country:cn")],
    )
    write_batch(graph, DB, [*SAMPLE, again])
    rel = graph.execute_query("MATCH (:Province {id: 'province:cn-hi'})-[r:IN_COUNTRY]->() RETURN r")[0][0]["r"]
    assert sorted(rel["evidence_articles"]) == sorted([HAINAN_MOU.id, again.id])
    found, _stats = unload_articles(graph, DB, [HAINAN_MOU.id, again.id])
    assert sorted(found) == sorted([HAINAN_MOU.id, again.id])
    assert _ids(graph, "MATCH (n:Province) RETURN n.id") == ["province:cn-gx", "province:cn-sd"]
    assert graph.execute_query("MATCH (:Province {id: 'province:cn-hi'})-[r]->() RETURN count(r) AS c")[0][0]["c"] == 0


def test_evidence_per_fact_is_capped_while_provenance_stays_complete(graph, monkeypatch):
    monkeypatch.setattr(writer_module, "EVIDENCE_CAP", 2)
    repeats = [
        make_article(
            f"Bài {i}: Hải Nam thuộc Trung Quốc.\nNội dung.",
            source=f"r{i}.txt",
            entities=[("province:cn-hi", "Province", "Hải Nam"), ("country:cn", "Country", "Trung Quốc")],
            facts=[("IN_COUNTRY", "province:cn-hi", "country:cn")],
        )
        for i in range(3)
    ]
    write_batch(graph, DB, repeats[:1])
    write_batch(graph, DB, repeats[1:])
    rel = graph.execute_query("MATCH (:Province)-[r:IN_COUNTRY]->() RETURN r")[0][0]["r"]
    assert rel["article_count"] == 3
    assert _supporting(graph, "IN_COUNTRY", "province:cn-hi", "country:cn") == sorted(p.id for p in repeats)
    assert len(rel["evidence"]) == len(rel["evidence_articles"]) == len(rel["evidence_spans"]) == 2
    unload_articles(graph, DB, [repeats[0].id])
    rel = graph.execute_query("MATCH (:Province)-[r:IN_COUNTRY]->() RETURN r")[0][0]["r"]
    assert repeats[0].id not in rel["evidence_articles"] and rel["article_count"] == 2
    assert _supporting(graph, "IN_COUNTRY", "province:cn-hi", "country:cn") == sorted(p.id for p in repeats[1:])
