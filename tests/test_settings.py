"""The one Settings class: environment names, URI schemes, the generated-password fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from core.settings import Settings


@pytest.mark.parametrize("uri", ["bolt://db.example:7687", "neo4j://cluster:7687", "neo4j+s://abc.databases.neo4j.io"])
def test_every_supported_uri_scheme_is_accepted(uri: str) -> None:
    assert Settings(_env_file=None, neo4j_uri=uri).neo4j_uri == uri


def test_unknown_scheme_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError, match="scheme 'http'"):
        Settings(_env_file=None, neo4j_uri="http://127.0.0.1:7474")


def test_environment_variables_use_the_documented_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://aura.example")
    monkeypatch.setenv("NEO4J_USER", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret")
    monkeypatch.setenv("NEO4J_DATABASE", "econ")
    monkeypatch.setenv("API_PORT", "9000")
    s = Settings(_env_file=None)
    assert (s.neo4j_uri, s.neo4j_user, s.neo4j_database, s.api_port) == (
        "neo4j+s://aura.example",
        "reader",
        "econ",
        9000,
    )
    assert s.resolved_password() == "s3cret"
    assert "s3cret" not in repr(s)  # secrets never print


def test_dotenv_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("NEO4J_DATABASE=fromfile\nAPI_HOST=0.0.0.0\n", encoding="utf-8")
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    s = Settings(_env_file=env)
    assert s.neo4j_database == "fromfile" and s.api_host == "0.0.0.0"


def test_uri_follows_the_local_bolt_port_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert Settings(_env_file=None, neo4j_bolt_port=7999).neo4j_uri == "bolt://127.0.0.1:7999"
    assert Settings(_env_file=None, neo4j_bolt_port=7999, neo4j_uri="bolt://h:1").neo4j_uri == "bolt://h:1"


def test_local_server_password_file_is_the_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    (tmp_path / "password").write_text("generated-pw\n", encoding="utf-8")
    local = Settings(_env_file=None, neo4j_home=tmp_path)
    assert local.resolved_password() == "generated-pw"
    remote = Settings(_env_file=None, neo4j_home=tmp_path, neo4j_uri="neo4j+s://remote.example")
    assert remote.resolved_password() is None  # a remote server never gets the local secret
