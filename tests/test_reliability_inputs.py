"""Bad input through a real `edkg load` subprocess: one clear line per bad file, the rest loads, nothing half-written.

Each case is a folder holding the five sample articles plus one bad input.
Cases that must load (cp1258, HTML) replace one sample article by the same
article in that form: decoded correctly, it has the same article id.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.reliability_helpers import article_ids, failure_lines, half_written, run_edkg, to_cp1258

pytestmark = pytest.mark.neo4j

ORIGINAL = sorted(CORPUS.iterdir())[0]  # the Việt Nam - Mexico article


@pytest.fixture(scope="module")
def corpus_ids() -> dict[str, str]:
    """Article id of each sample file, from the extractor in this process."""
    from loaders.pipeline import Extractor

    ids = {}
    for path in sorted(CORPUS.iterdir()):
        (article,) = Extractor().extract_file(path).articles
        ids[path.name] = article.article.id
    return ids


def _file(name: str, data: Callable[[], bytes]) -> Callable[[Path], Path]:
    """A case maker that writes `data()` into `name`."""

    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data())
        return folder / name

    return make


TEASER = (
    "Tin mới\nBộ Công Thương làm việc với tỉnh Quảng Tây (Trung Quốc)\nThủ tướng tiếp Đại sứ Hàn Quốc\n"
    "Xuất khẩu nông sản tăng mạnh trong quý I\n"
)


def _html(folder: Path) -> Path:
    paras = "".join(f"<p>{line}</p>" for line in ORIGINAL.read_text(encoding="utf-8").splitlines() if line.strip())
    page = folder / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Bộ Công Thương</title><script>var x = '<p>';</script>"
        f"</head><body><nav>Trang chủ | Tin tức</nav><article>{paras}</article></body></html>",
        encoding="utf-8",
    )
    return page


def _truncated(folder: Path) -> Path:
    data = ORIGINAL.read_bytes()
    cut = data.index("ộ".encode()) + 1  # inside a three-byte character
    (folder / "truncated.txt").write_bytes(data[:cut])
    return folder / "truncated.txt"


def _huge(folder: Path) -> Path:
    page = folder / "huge.html"
    para = "<p>" + ORIGINAL.read_text(encoding="utf-8").splitlines()[1] + "</p>\n"
    with page.open("w", encoding="utf-8") as fh:
        fh.write("<html><body>")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(para * 200)
    with page.open("r+b") as fh:
        fh.truncate(50 * 1024 * 1024)  # exactly 50 MiB (the tags left open do not matter: it is refused)
    return page


def _unreadable(folder: Path) -> Path:
    path = folder / "secret.txt"
    shutil.copy(ORIGINAL, path)
    path.chmod(0)
    return path


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def _dangling(folder: Path) -> Path:
    (folder / "gone.txt").symlink_to(folder / "deleted-target.txt")
    return folder / "gone.txt"


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    reason: str | None  # expected in the one failure line; None: the file must load
    replaces_original: bool = False  # the bad file is the first sample article in another form
    outside: bool = False  # passed as its own argument, not inside the folder
    prefix: tuple[str, ...] = ()  # run edkg under this command (e.g. without root's read override)


CASES = [
    Case("empty", _file("empty.txt", lambda: b""), "empty file"),
    Case("whitespace", _file("blank.txt", lambda: b" \n\t\n  \r\n"), "only whitespace"),
    Case("binary", _file("image.txt", lambda: bytes(range(256)) * 40), "binary data"),
    Case("truncated-utf8", _truncated, "truncated: the file ends inside a UTF-8 character"),
    Case(
        "cp1258",
        _file("cp1258.txt", lambda: to_cp1258(ORIGINAL.read_text(encoding="utf-8"))),
        None,
        replaces_original=True,
    ),
    Case("html", _html, None, replaces_original=True),
    Case("50MB", _huge, "too large (52.4 MB; the limit is 20.0 MB)"),
    Case(
        "boilerplate-only",
        _file("teaser.txt", lambda: TEASER.encode()),
        "no article text left after removing page furniture",
    ),
    Case("missing-path", lambda d: d.parent / "no-such-article.txt", "no such file", outside=True),
    # Root reads a chmod 000 file anyway (CAP_DAC_OVERRIDE): this run drops that capability, as a normal user has it.
    Case(
        "chmod-000",
        _unreadable,
        "permission denied",
        prefix=("setpriv", "--bounding-set=-dac_override,-dac_read_search"),
    ),
    Case("fifo", _fifo, "not a regular file (a FIFO)"),
    Case("dangling-symlink", _dangling, "broken symbolic link"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_named_and_the_rest_loads(case: Case, empty_graph, test_settings, corpus_ids, tmp_path):
    folder = tmp_path / "batch"
    shutil.copytree(CORPUS, folder)
    if case.replaces_original:
        (folder / ORIGINAL.name).unlink()
    bad = case.make(folder)
    args = ["load", str(folder), "--quiet"] + ([str(bad)] if case.outside else [])

    proc = run_edkg(args, test_settings, prefix=case.prefix, timeout=300)

    loaded = article_ids(empty_graph)
    assert loaded == set(corpus_ids.values()), proc.stderr  # every good article, the bad file's none
    assert not half_written(empty_graph)
    failures = failure_lines(proc.stderr)
    if case.reason is None:
        assert proc.returncode == 0, proc.stderr
        assert failures == []
        text = empty_graph.execute_query(
            "MATCH (a:Article {id: $id}) RETURN a.text AS t, a.title AS title", id=corpus_ids[ORIGINAL.name]
        )[0][0]
        assert text["t"] == CorpusText.original() and "<" not in text["t"]
    else:
        assert proc.returncode == 1, proc.stderr
        assert len(failures) == 1, proc.stderr
        assert failures[0].startswith(f"failed: {bad}: ") and case.reason in failures[0], proc.stderr


class CorpusText:
    """The first sample article's text as the extractor stores it (the reference the other forms must match)."""

    _text: str | None = None

    @classmethod
    def original(cls) -> str:
        if cls._text is None:
            from loaders.pipeline import Extractor

            cls._text = Extractor().extract_file(ORIGINAL).articles[0].article.text
        return cls._text


def test_chmod_000_really_is_unreadable_without_root_override(tmp_path):
    """The permission case is honest: under the same prefix, `cat` cannot read the file either."""
    import subprocess

    path = _unreadable(tmp_path)
    proc = subprocess.run(
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "cat", str(path)], capture_output=True, text=True
    )
    assert proc.returncode != 0 and "Permission denied" in proc.stderr
