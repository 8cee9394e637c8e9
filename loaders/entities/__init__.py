"""Stage 5, entities: one module per job, all reading and writing one `ArticleDoc`.

Order (each stage uses what the ones before it found): `places` (countries and
provinces), `organizations`, `officials`, `agreements`, `topics`, `events`.
`pipeline.Extractor` runs them; `lexicon` holds the gazetteer-derived automata
and patterns they share, built once per process.
"""
