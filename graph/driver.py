"""Opening the official Neo4j driver from the settings.

Why the official driver (with neo4j-rust-ext): it is the maintained client,
speaks every URI scheme (bolt://, neo4j://, neo4j+s:// for Aura and clusters),
and the Rust extension speeds up its packstream (de)serialisation.
"""
from __future__ import annotations

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase

from edkg.errors import ConfigurationError
from edkg.settings import Settings


def _auth(settings: Settings) -> tuple[str, str]:
    password = settings.resolved_password()
    if password is None:
        raise ConfigurationError(
            "no Neo4j password: set NEO4J_PASSWORD, or start the local server with `edkg neo4j start` "
            "which generates one"
        )
    return settings.neo4j_user, password


def open_driver(settings: Settings) -> Driver:
    """A synchronous driver (CLI, loaders, tests)."""
    return GraphDatabase.driver(settings.neo4j_uri, auth=_auth(settings), connection_timeout=5.0,
                                max_transaction_retry_time=30.0)


def open_async_driver(settings: Settings) -> AsyncDriver:
    """An async driver (the API).

    Why these timeouts: a request must answer 503 within 2 s when Neo4j is down. The driver's managed
    transactions retry a failed connection after ~1 s (jittered 0.8-1.2 s), then ~2 s, then ~4 s, for as long as
    `max_transaction_retry_time` has not passed; 0.5 s allows exactly one retry (a restarted pool member or
    a cluster's leader switch) and then gives up after about 1 s on a refused connection (it was 5.0: about
    6 s). The connection timeouts stay 2 s. A client retries a 503 itself.
    """
    return AsyncGraphDatabase.driver(settings.neo4j_uri, auth=_auth(settings), connection_timeout=2.0,
                                     connection_acquisition_timeout=2.0, max_transaction_retry_time=0.5)
