"""`POST /articles`: extract a text with the real pipeline and write it into the graph.

Why this shape:
- The one write route of the API, guarded by `Settings.api_key`
  (`api.security`); the key and the body size are checked before the body is
  read, so an unauthenticated or oversized request costs almost nothing.
- The body is read by hand (not a pydantic body parameter) because it may be
  JSON or `text/plain`, and because the size cap must hold for chunked bodies
  without a Content-Length too.
- Extraction and writing go through `loaders.pipeline.Extractor` and the load
  service `graph.loading.Loader`, so an article sent here lands exactly as
  `edkg load` would write it (same ids, same classification
  new/unchanged/changed/duplicate inside the write transaction: idempotent),
  with the same retries while Neo4j is briefly away and the same failure
  isolation (an article Neo4j refuses is `failed`; a bug of ours is a 500).
- The writer is synchronous (it takes a sync `Driver`), so the whole
  extract-and-write runs in a worker thread (`anyio.to_thread.run_sync`) on a
  short-lived sync driver: the event loop keeps serving reads, the API's async
  pool stays read-only, and no second long-lived pool or lifespan change is
  needed for a route that is called rarely (opening a driver costs
  milliseconds next to an extraction).
- A fresh `Extractor` per request: its duplicate index and resolver are not
  thread-safe and would grow without bound in a long-lived process; its
  compiled automata are shared by the process anyway.
"""

from __future__ import annotations

import logging
import re
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

from api.deps import SettingsDep
from api.errors import error_response
from api.jsonbody import non_finite_number
from api.models import ErrorResponse
from api.security import check_api_key
from core.errors import InputError
from core.settings import Settings
from graph.driver import open_driver
from graph.loading import Loader, pending_articles
from graph.rows import date_problem
from graph.schema import apply_schema
from graph.watching import PageLoader
from graph.writer import BatchResult
from loaders.fetching import Fetcher, FetchError, is_url
from loaders.pipeline import Extractor

log = logging.getLogger("edkg.api.ingest")

router = APIRouter(tags=["ingest"])

MAX_BODY_BYTES = 2 * 1024 * 1024
"""A news article is a few tens of kB; 2 MB of body is not one article."""

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
_SCHEMA_APPLIED: set[tuple[str, str]] = set()
RETRY_SECONDS = 10.0
"""How long a request waits for an unreachable Neo4j (the load service's retries) before answering 503."""
Status = Literal["new", "unchanged", "changed", "duplicate", "no_facts", "failed"]


class ArticleIn(BaseModel):
    """The JSON body of `POST /articles`; the metadata overrides what the text states."""

    model_config = {"extra": "forbid"}

    text: str | None = Field(
        None,
        description="the article text (title on the first line), Vietnamese or English; "
        "leave it out and give `url` to have the page fetched",
    )
    url: Annotated[
        str | None, Field(max_length=2048, description="where it was published (its identity across versions)")
    ] = None
    title: Annotated[str | None, Field(max_length=1000)] = None
    date: Annotated[
        str | None,
        Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="publication date, YYYY, YYYY-MM or YYYY-MM-DD"),
    ] = None
    language: Literal["vi", "en"] | None = Field(None, description="the article's language (default: detected)")


class IngestResult(BaseModel):
    """What was done with the text: one entry per article found in it."""

    ids: list[str] = Field(description="the article ids, in text order")
    status: dict[str, Status] = Field(
        description="article id -> new, unchanged, changed, duplicate or no_facts "
        "(nothing was read from it: accepted, not written)"
    )
    entities: int = Field(description="entity mentions extracted from the text")
    relations: int = Field(description="relations extracted from the text")


_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": ArticleIn.model_json_schema(ref_template="#/components/schemas/{model}")},
        "text/plain": {"schema": {"type": "string"}},
    },
}


@router.post(
    "/articles",
    response_model=IngestResult,
    status_code=201,
    summary="Ingest an article",
    description="Extract entities and relations from a text with the project's pipeline and write them into the "
    "graph. Idempotent: the same text again answers 200 with status `unchanged` (or `duplicate` "
    "under another url). Needs the API key (`Authorization: Bearer <key>` or `X-API-Key`); "
    f"bodies above {MAX_BODY_BYTES // (1024 * 1024)} MB are refused with 413.",
    openapi_extra={"requestBody": _REQUEST_BODY},
    responses={
        200: {"model": IngestResult, "description": "nothing new: every article was already loaded"},
        401: {"model": ErrorResponse, "description": "missing or wrong API key"},
        413: {"model": ErrorResponse, "description": "the body is too large"},
        502: {"model": ErrorResponse, "description": "`url` without `text`: the page could not be fetched"},
        503: {"model": ErrorResponse, "description": "no API key configured, or Neo4j cannot be reached"},
    },
)
async def ingest_article(request: Request, settings: SettingsDep) -> JSONResponse:
    denied = check_api_key(request, settings)
    if denied is not None:
        return denied
    body = await _read_capped(request)
    if body is None:
        return _too_large()
    # a text that cannot be ingested raises InputError (422) and a page that cannot be fetched FetchError (502):
    # both are answered by the API's one error boundary (api/errors.py), as every route's are
    article = _parse(body, request.headers.get("content-type", ""))
    result = await anyio.to_thread.run_sync(_ingest, settings, article)
    written = any(status in ("new", "changed") for status in result.status.values())
    log.info("ingested %d article(s): %s", len(result.ids), sorted(set(result.status.values())))
    return JSONResponse(result.model_dump(), status_code=201 if written else 200)


def _too_large() -> JSONResponse:
    return error_response(
        413, f"the body is larger than {MAX_BODY_BYTES} bytes", {"limit": MAX_BODY_BYTES}, code="payload_too_large"
    )


async def _read_capped(request: Request) -> bytes | None:
    """The body, or None as soon as it is known to exceed the cap (from Content-Length, else while streaming)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(body: bytes, content_type: str) -> ArticleIn:
    """JSON (`application/json`) or plain text (anything else) -> a checked `ArticleIn`."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        if (token := non_finite_number(body)) is not None:  # NaN, Infinity, 1e999: not JSON (api/jsonbody.py)
            raise RequestValidationError(
                [
                    {
                        "type": "finite_number",
                        "loc": ["body"],
                        "input": token,
                        "msg": f"JSON numbers must be finite, not {token}",
                    }
                ]
            )
        try:
            article = ArticleIn.model_validate_json(body)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from None
    else:
        if b"\x00" in body:
            raise _rejected("the body is binary data (NUL bytes), not text")
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _rejected(f"the body is not UTF-8 text (invalid byte at {exc.start})") from None
        article = ArticleIn(text=text)
    if article.text is None and article.url is None:
        raise _rejected("give the article's `text`, or a `url` to fetch it from")
    if article.text is not None:
        _check_text(article.text)
    return article


def _check_text(text: str) -> None:
    """Refuse what cannot be an article before the extractor sees it, with a message that says why."""
    if not text.strip():
        raise _rejected("the text is empty" if not text else "the text is only whitespace")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise _rejected("the text looks like binary data (NUL or control characters), not prose")


def _ingest(settings: Settings, article: ArticleIn) -> IngestResult:
    """Extract, then write through the load service (`graph.loading.Loader`, as `edkg load` does), in a worker
    thread (sync driver). Neo4j briefly away is waited for up to `RETRY_SECONDS`, then the answer is 503."""
    if article.text is None:
        return _ingest_url(settings, article.url or "")
    extractor = Extractor()
    doc = extractor.extract_text(
        article.text, source="request", url=article.url, title=article.title, date=article.date, lang=article.language
    )
    if doc.error:
        raise _rejected(f"no article could be read from the text: {doc.error}")
    pending = pending_articles(doc)
    if not pending:
        raise _rejected("no article could be read from the text")
    problems = [problem for p in pending if (problem := date_problem(p.extraction.article.date))]
    if problems:
        raise _rejected(problems[0])
    status: dict[str, Any] = {}

    def on_batch(result: BatchResult, articles: int) -> None:
        status.update(result.outcomes)

    with open_driver(settings) as driver:
        target = (settings.neo4j_uri, settings.neo4j_database)
        loader = Loader(
            driver,
            settings.neo4j_database,
            extractor,
            on_batch=on_batch,
            uri=settings.neo4j_uri,
            retry_seconds=RETRY_SECONDS,
        )
        # the schema is idempotent, but applying it waits for the indexes: once per process is enough
        report = loader.write([doc], schema=target not in _SCHEMA_APPLIED)
        _SCHEMA_APPLIED.add(target)
    if report.internal_errors:  # a bug of ours, not the text's fault: a 500 with the traceback in the log
        bug = report.internal_errors[0]
        log.error("internal error while writing %s:\n%s", bug.source, bug.traceback)
        raise RuntimeError(bug.reason)
    ids = list(dict.fromkeys(p.id for p in pending))
    return IngestResult(
        ids=ids,
        status={i: status[i] for i in ids},
        entities=sum(len(p.extraction.entities) for p in pending),
        relations=sum(len(p.extraction.relations) for p in pending),
    )


def _rejected(message: str) -> InputError:
    """The text cannot be ingested (empty, binary, no article left): the request body's `text`, answered 422."""
    return InputError("text", message)


def _ingest_url(settings: Settings, url: str) -> IngestResult:
    """Fetch the page at `url` and load its main text as `edkg load URL` does (graph.watching.PageLoader):
    robots.txt, timeouts, size cap and content type apply; the page is kept on its article."""

    if not is_url(url):
        raise _rejected("`url` must be an http(s) URL when no `text` is given")
    with open_driver(settings) as driver, Fetcher() as fetcher:
        target = (settings.neo4j_uri, settings.neo4j_database)
        if target not in _SCHEMA_APPLIED:
            apply_schema(driver, settings.neo4j_database)
            _SCHEMA_APPLIED.add(target)
        result = PageLoader(driver, settings.neo4j_database, fetcher, Extractor()).load(url)
    if result.fetch_failed:
        raise FetchError(url, result.reason or result.outcome)
    if result.outcome == "failed":
        raise _rejected(f"no article could be read from the page: {result.reason}")
    return IngestResult(
        ids=list(result.outcomes), status=result.outcomes, entities=result.entities, relations=result.relations
    )
