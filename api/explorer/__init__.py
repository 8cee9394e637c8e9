"""The explorer: the web page for people who don't write Cypher, and the offline `/docs` and `/redoc`.

`models` holds the response models of its API reads (`api/routes/explore.py`); `pages` serves the page,
the static files of `api/static/` (the page's own script and style, and the vendored Swagger UI, ReDoc and
cytoscape.js, see `api/static/vendor/VENDOR.md`) and the two documentation pages built on them.
"""
