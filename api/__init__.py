"""The REST API over the graph (FastAPI): `api.main.create_app` builds it, `edkg serve` runs it.

Layout (the full-stack FastAPI template's): `main` (app factory, lifespan,
middleware), `deps` (typed dependencies), `routes/` (one module per resource),
`models` (response models), `errors` (the one error shape), `queries` (read
transactions over `cypher/api/*.cypher`), and one module per read that is more
than one query (`search`, `subgraph`, `paths`, `graphml`).
"""
