"""A small hand-made graph in exactly the writer's shape (graph/model.py), written with plain Cypher.

Why by hand: the API's tests of known shapes (a path of known length, a hub
larger than the size cap, an official without meetings, a province that takes
part through its People's Government) need facts the sample corpus may not
hold, and must not depend on the extractor's quality. The must-show answers
are tested on the sample corpus loaded through the real pipeline instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver

from core.text import fold, strip_diacritics

ARTICLE_ONE = "article:00000000000000a1"
ARTICLE_TWO = "article:00000000000000a2"
HUB_SIZE = 30
"""Events attended by `person:hub` (more than the small caps the tests use)."""


@dataclass
class HandGraph:
    articles: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def article(self, id: str, title: str, date: str, text: str) -> None:
        self.articles.append(
            {
                "id": id,
                "key": f"file:{id[-2:]}.txt#1",
                "title": title,
                "source": "test",
                "url": None,
                "date": date,
                "lang": "vi",
                "text": text,
                "text_hash": id[-16:] * 4,
                "file": f"{id[-2:]}.txt",
                "synthetic": False,
            }
        )

    def entity(
        self,
        id: str,
        label: str,
        name: str,
        aliases: tuple[str, ...] = (),
        extra: tuple[str, ...] = (),
        article: str = ARTICLE_ONE,
        **props: Any,
    ) -> None:
        all_aliases = [a for a in dict.fromkeys([*aliases, strip_diacritics(name)]) if a != name]
        self.entities.append(
            {
                "labels": [label, *extra],
                "props": {
                    "id": id,
                    "name": name,
                    "name_key": fold(name),
                    "aliases": all_aliases,
                    "search_text": " | ".join([name, *all_aliases]),
                    "first_seen": "2025-02-19",
                    "last_seen": "2025-02-19",
                    **props,
                },
            }
        )
        self.mentions.append(
            {"entity": id, "article": article, "props": {"evidence": [f"{name} được nhắc đến."], "spans": ["0:10"]}}
        )

    def fact(
        self,
        type: str,
        source: str,
        target: str,
        sentence: str,
        article: str = ARTICLE_ONE,
        span: str = "0:40",
        sentences: int = 1,
        **props: Any,
    ) -> None:
        """One relationship read from `sentences` sentences of one article (which names both ends, as the
        writer requires: an end it does not name yet gets a mention there)."""
        for end in (source, target):
            if not end.startswith("article:") and not any(
                m["entity"] == end and m["article"] == article for m in self.mentions
            ):
                self.mentions.append(
                    {"entity": end, "article": article, "props": {"evidence": [sentence], "spans": [span]}}
                )
        self.facts.append(
            {
                "type": type,
                "source": source,
                "target": target,
                "article": article,
                "props": {
                    "article_count": 1,
                    "evidence": [f"{sentence} ({i})" if i else sentence for i in range(sentences)],
                    "evidence_articles": [article] * sentences,
                    "evidence_spans": [span] * sentences,
                    "evidence_confidence": [0.9] * sentences,
                    "confidence": 0.9,
                    "first_seen": "2025-02-19",
                    "last_seen": "2025-02-19",
                    **props,
                },
            }
        )

    def write(self, driver: Driver, database: str = "neo4j") -> None:
        with driver.session(database=database) as session:
            facts: dict[str, list[str]] = {}
            for f in self.facts:  # the writer's `facts` list on each Article (graph.rows.fact_key)
                facts.setdefault(f["article"], []).append(f"{f['type']}|{f['source']}|{f['target']}")
            session.run(
                "UNWIND $rows AS row CREATE (a:Article) SET a = row",
                rows=[{**a, "facts": facts.get(a["id"], [])} for a in self.articles],
            ).consume()
            session.run("UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props", rows=self.entities).consume()
            session.run(
                """UNWIND $rows AS row
                           MATCH (n {id: row.entity}), (a:Article {id: row.article})
                           CREATE (n)-[m:MENTIONED_IN]->(a) SET m = row.props""",
                rows=self.mentions,
            ).consume()
            session.run(
                """UNWIND $rows AS row
                           MATCH (s {id: row.source}), (t {id: row.target})
                           CREATE (s)-[r:$(row.type)]->(t) SET r = row.props""",
                rows=self.facts,
            ).consume()


def hand_graph() -> HandGraph:
    """MOIT, four Chinese provinces, agreements direct and through a People's Government, meetings, a hub."""
    g = HandGraph()
    g.article(
        ARTICLE_ONE,
        "Bộ Công Thương ký văn kiện với các địa phương Trung Quốc",
        "2025-02-19",
        "Bộ Công Thương ký Bản ghi nhớ với Chính quyền nhân dân tỉnh Hải Nam.",
    )
    g.article(ARTICLE_TWO, "Hội đàm với Quảng Tây", "2025-02-20", "Bộ trưởng hội đàm với Bí thư Quảng Tây.")
    g.entity("country:vn", "Country", "Việt Nam", ("Vietnam",), iso2="VN", iso3="VNM")
    g.entity("country:cn", "Country", "Trung Quốc", ("China",), iso2="CN", iso3="CHN")
    g.entity("country:us", "Country", "Hoa Kỳ", ("United States", "Mỹ"), iso2="US", iso3="USA")
    g.entity(
        "org:moit",
        "Organization",
        "Bộ Công Thương",
        ("MOIT", "Ministry of Industry and Trade"),
        extra=("Ministry",),
        kind="ministry",
        country="VN",
        abbr="MOIT",
    )
    g.entity("org:moit-asia-africa", "Organization", "Vụ Thị trường châu Á – châu Phi", kind="department", country="VN")
    g.entity(
        "org:hainan-government", "Organization", "Chính quyền nhân dân tỉnh Hải Nam", kind="government", country="CN"
    )
    for code, name, alias in (
        ("cn-gx", "Quảng Tây", "Guangxi"),
        ("cn-hi", "Hải Nam", "Hainan"),
        ("cn-sd", "Sơn Đông", "Shandong"),
        ("cn-cq", "Trùng Khánh", "Chongqing"),
        ("cn-yn", "Vân Nam", "Yunnan"),
    ):
        g.entity(f"province:{code}", "Province", name, (alias,), iso=code.upper(), country="CN", kind="province")
        g.fact("IN_COUNTRY", f"province:{code}", "country:cn", f"{name} (Trung Quốc).")
    g.entity("province:vn-qn", "Province", "Quảng Ninh", iso="VN-13", country="VN", kind="province")
    g.fact("IN_COUNTRY", "province:vn-qn", "country:vn", "Quảng Ninh.")
    g.fact("BASED_IN", "org:moit", "country:vn", "Bộ Công Thương Việt Nam.", sentences=8)
    g.fact("PART_OF", "org:moit-asia-africa", "org:moit", "Vụ Thị trường châu Á – châu Phi, Bộ Công Thương.")
    g.fact("BASED_IN", "org:hainan-government", "province:cn-hi", "Chính quyền nhân dân tỉnh Hải Nam.")

    agreements = (
        (
            "agreement:mou-hainan",
            "Bản ghi nhớ với Chính quyền nhân dân tỉnh Hải Nam",
            "mou",
            "signed",
            "2024-08",
            ["org:moit", "org:hainan-government"],
        ),
        (
            "agreement:mou-shandong",
            "Bản ghi nhớ với tỉnh Sơn Đông",
            "mou",
            "signed",
            "2024-08",
            ["org:moit-asia-africa", "province:cn-sd"],
        ),
        (
            "agreement:doc-chongqing",
            "Văn kiện hợp tác với thành phố Trùng Khánh",
            "agreement",
            "planned",
            "2025-04",
            ["org:moit", "province:cn-cq"],
        ),
        (
            "agreement:plan-guangxi",
            "Kế hoạch hành động 2024-2026 với Quảng Tây",
            "action_plan",
            "in_force",
            None,
            ["org:moit", "province:cn-gx"],
        ),
        (
            "agreement:mou-yunnan-vn",
            "Bản ghi nhớ giữa Việt Nam và Vân Nam",
            "mou",
            "signed",
            "2023-05",
            ["country:vn", "province:cn-yn"],
        ),
    )
    for id, title, type, status, date, parties in agreements:
        props = {"type": type, "status": status, "title": title, **({"date": date} if date else {})}
        g.entity(id, "Agreement", title, **props)
        for party in parties:
            g.fact("PARTY_TO", party, id, f"{title} được ký.")
    g.entity("topic:power_interconnection", "Topic", "Liên kết điện", ("power interconnection",))
    g.entity("topic:ai", "Topic", "Trí tuệ nhân tạo", ("AI", "artificial intelligence"))
    g.fact("ABOUT", "agreement:plan-guangxi", "topic:power_interconnection", "Hợp tác liên kết điện.")

    g.entity("person:nguyen-hong-dien", "Official", "Nguyễn Hồng Diên", titles=["Bộ trưởng"], country="VN")
    g.entity(
        "person:tran-cuong",
        "Official",
        "Trần Cương",
        ("Chen Gang",),
        titles=["Bí thư Khu ủy"],
        country="CN",
        article=ARTICLE_TWO,
    )
    g.entity("person:jacob-helberg", "Official", "Jacob Helberg", titles=["Thứ trưởng"], country="US")
    g.entity("person:idle", "Official", "Lê Văn Nhàn", country="VN")
    g.entity("person:to-an", "Official", "Tô An", country="VN")  # both folded words are English stop words
    g.fact(
        "HOLDS_POSITION",
        "person:nguyen-hong-dien",
        "org:moit",
        "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.",
        title="Bộ trưởng",
    )
    g.fact(
        "HOLDS_POSITION",
        "person:tran-cuong",
        "province:cn-gx",
        "Bí thư Khu ủy Quảng Tây Trần Cương.",
        article=ARTICLE_TWO,
        title="Bí thư Khu ủy",
    )
    g.fact(
        "HOLDS_POSITION",
        "person:jacob-helberg",
        "country:us",
        "Thứ trưởng Ngoại giao Mỹ Jacob Helberg.",
        title="Thứ trưởng",
    )

    g.entity(
        "event:talks-guangxi",
        "Event",
        "Hội đàm Bộ Công Thương – Quảng Tây",
        kind="meeting",
        date="2025-02-19",
        article=ARTICLE_TWO,
    )
    g.entity("event:meeting-helberg", "Event", "Làm việc với Jacob Helberg", kind="meeting", date="2025-10-26")
    for person in ("person:nguyen-hong-dien", "person:tran-cuong"):
        g.fact(
            "ATTENDED", person, "event:talks-guangxi", "Bộ trưởng hội đàm với Bí thư Trần Cương.", article=ARTICLE_TWO
        )
    g.fact("PARTICIPATED_IN", "province:cn-gx", "event:talks-guangxi", "Đoàn Quảng Tây.", article=ARTICLE_TWO)
    g.fact("HELD_IN", "event:talks-guangxi", "org:moit", "Tại trụ sở Bộ Công Thương.", article=ARTICLE_TWO)
    g.fact(
        "ABOUT",
        "event:talks-guangxi",
        "topic:power_interconnection",
        "Tăng cường hợp tác liên kết điện.",
        article=ARTICLE_TWO,
    )
    g.fact("ABOUT", "event:talks-guangxi", "topic:ai", "Hợp tác trí tuệ nhân tạo.", article=ARTICLE_TWO)
    g.fact("SIGNED_AT", "agreement:plan-guangxi", "event:talks-guangxi", "Lễ trao văn kiện.", article=ARTICLE_TWO)
    for person in ("person:nguyen-hong-dien", "person:jacob-helberg"):
        g.fact("ATTENDED", person, "event:meeting-helberg", "Bộ trưởng làm việc với Thứ trưởng Jacob Helberg.")
    g.fact("ABOUT", "event:meeting-helberg", "topic:ai", "Hợp tác trong lĩnh vực trí tuệ nhân tạo (AI).")
    g.fact("ABOUT", ARTICLE_ONE, "topic:ai", "Trí tuệ nhân tạo.")

    # A hub: one official at HUB_SIZE events, each with one more attendee (for the size caps).
    g.entity("person:hub", "Official", "Phạm Trung Tâm", country="VN")
    for i in range(HUB_SIZE):
        g.entity(f"event:hub-{i:02d}", "Event", f"Sự kiện {i:02d}", kind="meeting", date=f"2024-01-{i % 28 + 1:02d}")
        g.entity(f"person:guest-{i:02d}", "Official", f"Khách {i:02d}")
        g.fact("ATTENDED", "person:hub", f"event:hub-{i:02d}", "Dự sự kiện.")
        g.fact("ATTENDED", f"person:guest-{i:02d}", f"event:hub-{i:02d}", "Dự sự kiện.")
    return g
