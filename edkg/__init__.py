"""edkg: the knowledge graph of Vietnam's economic diplomacy — the command line.

This package is the roof: the `edkg` command line only. What the other packages
share (settings, errors, the vocabulary) is the ground floor in `core`; the
graph access lives in `graph`, the reading and extraction in `loaders`, the REST
service in `api` and the Cypher text in `cypher`.
"""

from core import __version__

__all__ = ["__version__"]
