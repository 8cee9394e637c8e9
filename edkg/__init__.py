"""edkg: the knowledge graph of Vietnam's economic diplomacy.

The package holds what the other packages share: one `Settings` class, the
exception hierarchy and the `edkg` command line. The graph access lives in
`graph`, the reading and extraction in `loaders`, the REST service in `api`
and the Cypher text in `cypher`.
"""

__version__ = "0.1.0"
