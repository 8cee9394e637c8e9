"""`GET /articles/{id}`: an article and the facts read from it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.convert import entity_ref, evidence, public_properties
from api.deps import ReaderDep
from api.models import ArticleDetail, Fact, Mention
from core.errors import NotFoundError

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get(
    "/{article_id}",
    response_model=ArticleDetail,
    summary="An article and the facts read from it",
    description="The article's metadata, the entities it mentions (sentences and offsets), and every fact "
    "it supports (its `facts`), with the evidence entries of this article.",
)
async def article(
    reader: ReaderDep,
    article_id: Annotated[str, Path(description="the article id", examples=["article:355fc8539cfeff7e"])],
) -> ArticleDetail:
    rows = await reader.rows("article", id=article_id)
    if not rows:
        raise NotFoundError(f"no article with id {article_id!r}")
    row = rows[0]
    facts = [
        Fact(
            type=fact["type"],
            source=entity_ref(fact["source"]),
            target=entity_ref(fact["target"]),
            properties=public_properties(fact["properties"]),
            article_count=fact["article_count"],
            evidence=evidence(fact["evidence"]),
        )
        for fact in row["facts"]
    ]
    mentions = [
        Mention(
            entity=entity_ref(m["entity"]),
            evidence=evidence(
                {"sentences": m["evidence"], "spans": m["spans"], "articles": [article_id] * len(m["evidence"] or [])}
            ),
        )
        for m in row["mentions"]
    ]
    return ArticleDetail(**{k: v for k, v in row["article"].items() if v is not None}, mentions=mentions, facts=facts)
