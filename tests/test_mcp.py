"""The MCP server spoken to with the official SDK's own client, over stdio and over HTTP.

Both transports run the real thing against the test server loaded with the
sample corpus: `edkg mcp` spawned as a child process (stdio, as a desktop
assistant starts it), and `edkg serve` under uvicorn on a loopback port with
the SDK's streamable HTTP client on `/mcp`. One scenario for both: the tools
are listed (all read-only), the canonical question answers Hải Nam and Sơn Đông
with evidence sentences and article ids, `Guangxi` finds Quảng Tây, the
resources and the prompt are there, errors come back mapped, and every way of
asking for a write is refused with the graph left exactly as it was.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from neo4j import Driver

from api.main import create_app
from api.mcp_http import transport_security
from core.settings import PROJECT_ROOT, Settings
from tests.conftest import load_sample, make_test_settings
from tests.test_load_fixtures import dump

pytestmark = pytest.mark.neo4j

EDKG = str(Path(sys.executable).with_name("edkg"))
TOOLS = {
    "search_entities",
    "get_entity",
    "neighbourhood",
    "paths",
    "agreements",
    "provinces_with_agreements",
    "meetings",
    "topic_partners",
    "relationship_timeline",
    "article",
    "run_saved_query",
}
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "0"}},
}
HTTP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def server_env(settings: Settings) -> dict[str, str]:
    """The child's environment: the test server only (no NEO4J_* of the user's shell; cwd has no .env)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "API_", "MCP_", "CORS_"))}
    env.update(
        NEO4J_HOME=str(settings.neo4j_home),
        NEO4J_BOLT_PORT=str(settings.neo4j_bolt_port),
        NEO4J_HTTP_PORT=str(settings.neo4j_http_port),
        NEO4J_URI=settings.neo4j_uri,
        NEO4J_DATABASE=settings.neo4j_database,
    )
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def loaded(driver: Driver, test_settings: Settings) -> Driver:
    """The test server holding exactly the sample corpus, loaded through the real pipeline."""
    load_sample(driver, test_settings.neo4j_database)
    return driver


@pytest.fixture(scope="module")
def http_url(loaded: Driver, test_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`edkg serve` on a free loopback port; its `/mcp` URL."""
    port = free_port()
    cwd = tmp_path_factory.mktemp("serve")
    log = (cwd / "serve.log").open("w")
    proc = subprocess.Popen(
        [EDKG, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=cwd,
        env=server_env(test_settings),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # waiting for the server to come up (not a timing assertion)
            if proc.poll() is not None:
                pytest.fail(f"edkg serve exited: {(cwd / 'serve.log').read_text()}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail(f"edkg serve did not answer: {(cwd / 'serve.log').read_text()}")
        yield f"{base}/mcp"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@asynccontextmanager
async def stdio_session(settings: Settings, cwd: Path) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(command=EDKG, args=["mcp"], env=server_env(settings), cwd=str(cwd))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


@asynccontextmanager
async def http_session(url: str) -> AsyncIterator[ClientSession]:
    async with streamable_http_client(url) as (read, write, _), ClientSession(read, write) as session:
        await session.initialize()
        yield session


async def call(session: ClientSession, tool: str, **arguments: Any) -> dict[str, Any]:
    """A successful call's structured answer (the JSON text content says the same)."""
    result = await session.call_tool(tool, arguments)
    assert not result.isError, result.content
    assert result.structuredContent is not None
    assert json.loads(result.content[0].text) == result.structuredContent
    return result.structuredContent


async def refused(session: ClientSession, tool: str, **arguments: Any) -> str:
    """A call that must fail: the error text."""
    result = await session.call_tool(tool, arguments)
    assert result.isError, result
    return " ".join(getattr(part, "text", "") for part in result.content)


def evidence_entries(node: Any) -> list[dict[str, Any]]:
    """Every evidence entry anywhere in an answer."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("evidence", "partner_evidence") and isinstance(value, list):
                found.extend(value)
            else:
                found.extend(evidence_entries(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(evidence_entries(value))
    return found


async def scenario(session: ClientSession, driver: Driver) -> None:
    """What both transports must show (the issue's must-show list)."""
    before = dump(driver)
    articles = {r["id"] for r in driver.execute_query("MATCH (a:Article) RETURN a.id AS id").records}

    # The tools, all read-only.
    tools = {tool.name: tool for tool in (await session.list_tools()).tools}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.annotations.readOnlyHint is True and tool.annotations.destructiveHint is False, tool.name
        assert tool.description and tool.inputSchema["type"] == "object" and tool.outputSchema, tool.name

    # The canonical question: Hải Nam and Sơn Đông, each with evidence sentences from loaded articles.
    answer = await call(session, "provinces_with_agreements", country="CN", partner="org:moit", agreement_type="mou")
    names = {item["province"]["name"] for item in answer["items"]}
    assert names == {"Hải Nam", "Sơn Đông"}, answer
    assert answer["truncated"] is False and answer["total"] == 2
    for item in answer["items"]:
        entries = evidence_entries(item)
        assert entries, item
        assert all(e["sentence"].strip() and e["article_id"] in articles for e in entries), entries
        assert any(
            item["province"]["name"] in e["sentence"] or "Sơn Đông" in e["sentence"] or "Hải Nam" in e["sentence"]
            for e in entries
        ), entries
    # With a cap of one it says it was cut.
    cut = await call(session, "provinces_with_agreements", limit=1)
    assert cut["returned"] == 1 and cut["total"] == 2 and cut["truncated"] is True

    # Search in English finds the Chinese province by its Vietnamese name, with evidence.
    hits = await call(session, "search_entities", query="Guangxi")
    first = hits["items"][0]
    assert (first["id"], first["name"], first["exact"]) == ("province:cn-gx", "Quảng Tây", True), hits
    assert first["evidence"] and all(e["article_id"] in articles for e in first["evidence"])

    # The other questions answer with evidence too.
    timeline = await call(session, "relationship_timeline", a="org:moit", b="province:cn-gx")
    assert timeline["items"] and evidence_entries(timeline["items"])
    assert all(e["article_id"] in articles for e in evidence_entries(timeline))
    saved = await call(session, "run_saved_query", name="mou_partners")
    assert {row["province"] for row in saved["rows"]} == {"Hải Nam", "Sơn Đông"}
    assert all(row["evidence"] and row["article_id"] in articles for row in saved["rows"])
    article_id = answer["items"][0]["agreements"][0]["via"][0]["evidence"][0]["article_id"]
    read = await call(session, "article", article_id=article_id, limit=3)
    assert read["id"] == article_id and read["facts"] and evidence_entries(read["facts"])
    assert read["truncated"] is (read["facts_total"] > 3 or read["mentions_total"] > 3)

    # Errors are mapped as the REST API maps them.
    assert "not_found" in await refused(session, "get_entity", entity_id="person:nobody")
    assert "not_found" in await refused(session, "relationship_timeline", a="org:moit", b="province:nowhere")

    # Resources and the prompt, to orient an assistant.
    resources = {str(r.uri) for r in (await session.list_resources()).resources}
    assert {"edkg://model", "edkg://queries"} <= resources
    graph_model = json.loads((await session.read_resource("edkg://model")).contents[0].text)
    assert "PARTY_TO" in graph_model["relationship_types"] and "Province" in graph_model["node_labels"]
    queries = json.loads((await session.read_resource("edkg://queries")).contents[0].text)
    assert "mou_partners" in {q["name"] for q in queries}
    prompts = {p.name for p in (await session.list_prompts()).prompts}
    assert "answer_with_evidence" in prompts
    prompt = await session.get_prompt("answer_with_evidence", {"question": "Which Chinese provinces have MoUs?"})
    assert "article_id" in prompt.messages[0].content.text

    # Writes: there is no tool for one, a write Cypher file cannot be named, hostile parameters change nothing.
    for tool, arguments in [
        ("run_cypher", {"query": "CREATE (n:Article {id: 'article:x'})"}),
        ("create_entity", {"id": "org:x"}),
        ("delete_article", {"article_id": article_id}),
    ]:
        assert "Unknown tool" in await refused(session, tool, **arguments)
    for name in [
        "../write/merge_entity_nodes",
        "write/delete_articles",
        "delete_articles",
        "MATCH (n) DETACH DELETE n",
    ]:
        await refused(session, "run_saved_query", name=name)
    await call(
        session,
        "run_saved_query",
        name="mou_partners",
        params={"country": "CN'}) DETACH DELETE n //", "partner": "MATCH (n) DETACH DELETE n"},
    )
    await refused(session, "run_saved_query", name="mou_partners", params={"query": "CREATE (n)"})
    await call(session, "search_entities", query="'}) DETACH DELETE n //")
    assert dump(driver) == before


def test_over_stdio_the_sdk_client_gets_the_answers_and_no_write(
    loaded: Driver, test_settings: Settings, tmp_path: Path
):
    async def run() -> None:
        async with stdio_session(test_settings, tmp_path) as session:
            await scenario(session, loaded)

    asyncio.run(run())


def test_over_http_the_sdk_client_gets_the_answers_and_no_write(loaded: Driver, http_url: str):
    async def run() -> None:
        async with http_session(http_url) as session:
            await scenario(session, loaded)

    asyncio.run(run())


def test_the_http_endpoint_refuses_foreign_hosts_and_origins(http_url: str):
    ok = httpx.post(http_url, json=INITIALIZE, headers=HTTP_HEADERS)
    assert ok.status_code == 200, ok.text
    assert ok.json()["result"]["serverInfo"]["name"] == "edkg"
    assert httpx.post(http_url, json=INITIALIZE, headers={**HTTP_HEADERS, "Host": "evil.example"}).status_code == 421
    assert (
        httpx.post(http_url, json=INITIALIZE, headers={**HTTP_HEADERS, "Origin": "http://evil.example"}).status_code
        == 403
    )
    assert (
        httpx.post(
            http_url,
            json=INITIALIZE,
            headers={**HTTP_HEADERS, "Origin": f"http://127.0.0.1:{httpx.URL(http_url).port}"},
        ).status_code
        == 200
    )


def test_bound_to_a_public_address_only_the_configured_hosts_pass(loaded: Driver):
    settings = make_test_settings(
        api_host="0.0.0.0", mcp_allowed_hosts=["testserver"], cors_origins=["https://assistant.example"]
    )
    security = transport_security(settings)
    assert "testserver" in security.allowed_hosts and "evil.example" not in security.allowed_hosts
    assert security.enable_dns_rebinding_protection
    with TestClient(create_app(settings)) as client:  # TestClient's Host is `testserver`
        assert client.post("/mcp", json=INITIALIZE, headers=HTTP_HEADERS).status_code == 200
        assert (
            client.post(
                "/mcp", json=INITIALIZE, headers={**HTTP_HEADERS, "Origin": "https://assistant.example"}
            ).status_code
            == 200
        )
        assert (
            client.post("/mcp", json=INITIALIZE, headers={**HTTP_HEADERS, "Host": "edkg.attacker.example"}).status_code
            == 421
        )
        assert (
            client.post(
                "/mcp", json=INITIALIZE, headers={**HTTP_HEADERS, "Origin": "https://attacker.example"}
            ).status_code
            == 403
        )
    with TestClient(create_app(make_test_settings(api_host="0.0.0.0"))) as client:
        assert client.post("/mcp", json=INITIALIZE, headers=HTTP_HEADERS).status_code == 421


def test_the_read_transaction_itself_refuses_a_write(loaded: Driver, test_settings: Settings):
    """Below the tools: the runner of saved queries is a READ transaction, and Neo4j refuses a write in it
    (the driver's ClientError, translated by graph.errors)."""
    from api.mcp_server import _saved_rows
    from api.queries import GraphReader
    from core.errors import GraphRefusedError
    from graph.driver import open_async_driver

    before = dump(loaded)

    async def run() -> None:
        driver = open_async_driver(test_settings)
        try:
            with pytest.raises(GraphRefusedError, match=r"(?i)write"):
                await _saved_rows(
                    GraphReader(driver, test_settings.neo4j_database),
                    "CREATE (n:Article {id: 'article:written'}) RETURN n",
                    {},
                    10,
                )
        finally:
            await driver.close()

    asyncio.run(run())
    assert dump(loaded) == before


def test_the_openapi_document_stays_the_rest_contract():
    spec = create_app(make_test_settings()).openapi()
    assert "/mcp" not in spec["paths"]
    assert PROJECT_ROOT.joinpath("cypher", "api", "relationship_timeline.cypher").is_file()


def test_a_graph_that_cannot_be_reached_is_graph_unavailable(test_settings: Settings):
    """The REST API's 503 is the tools' `graph_unavailable` (Bolt on a port where nothing listens)."""
    from mcp.shared.memory import create_connected_server_and_client_session

    from api.mcp_server import ReaderSlot, build_server
    from api.queries import GraphReader
    from graph.driver import open_async_driver

    nowhere = make_test_settings(neo4j_uri=f"bolt://127.0.0.1:{free_port()}")

    async def run() -> None:
        driver = open_async_driver(nowhere)
        try:
            server = build_server(ReaderSlot(reader=GraphReader(driver, nowhere.neo4j_database)), nowhere)
            async with create_connected_server_and_client_session(server) as session:
                text = await refused(session, "provinces_with_agreements")
                assert "graph_unavailable" in text and "bolt://" not in text, text
                assert "graph_unavailable" in await refused(session, "search_entities", query="Guangxi")
        finally:
            await driver.close()

    asyncio.run(run())


def test_a_spent_budget_is_a_timeout_as_in_the_rest_api(loaded: Driver):
    """The tools run under the REST API's budgets (`API_READ_TIMEOUT`): one too small to start answers `timeout`,
    and the next call with a sound budget answers."""
    from mcp.shared.memory import create_connected_server_and_client_session

    from api.mcp_server import ReaderSlot, build_server
    from api.queries import GraphReader
    from graph.driver import open_async_driver

    async def run(budget: float) -> str | dict:
        settings = make_test_settings(api_read_timeout=budget)
        driver = open_async_driver(settings)
        try:
            server = build_server(ReaderSlot(reader=GraphReader(driver, settings.neo4j_database)), settings)
            async with create_connected_server_and_client_session(server) as session:
                if budget < 0.01:
                    return await refused(session, "provinces_with_agreements")
                return await call(session, "provinces_with_agreements")
        finally:
            await driver.close()

    assert asyncio.run(run(1e-6)).split("Error executing tool provinces_with_agreements: ")[-1].startswith("timeout:")
    assert asyncio.run(run(30.0))["total"] == 2
