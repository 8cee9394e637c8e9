"""The ground floor every other package stands on: settings, errors, the vocabulary.

Nothing here imports from `graph`, `loaders`, `api` or the `edkg` command line;
they all import from here. The version is read from the installed package's
metadata, so `pyproject.toml` is the one place it is written.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("edkg")
except PackageNotFoundError:  # a checkout run without installing (python -m from the source tree)
    __version__ = "0.0.0+unknown"
