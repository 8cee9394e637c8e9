"""The synthetic corpus: deterministic, marked synthetic, streamed to files, true facts consistent."""

from __future__ import annotations

from graph import model
from loaders.synth import SOURCE_LINE, TITLE_MARK, article_extraction, article_text, generate, is_synthetic


def test_deterministic_for_a_seed_and_varied_across_articles():
    assert article_text(7, 3) == article_text(7, 3)
    assert article_text(7, 3) != article_text(8, 3)
    texts = {article_text(1, i) for i in range(200)}
    assert len(texts) == 200
    first_lines = {t.splitlines()[1].split(",")[0][:12] for t in texts}
    assert len(first_lines) >= 3  # several opening templates are used


def test_every_article_is_marked_synthetic():
    for i in range(50):
        text = article_text(2, i)
        assert text.startswith(TITLE_MARK) and text.rstrip().endswith(SOURCE_LINE) and is_synthetic(text)
    assert not is_synthetic("Bộ Công Thương ký kết thỏa thuận.\nNguồn: congthuong.vn")


def test_generate_streams_one_file_per_article(tmp_path):
    paths = list(generate(tmp_path, 25, seed=3))
    assert len(paths) == 25 and all(p.is_file() for p in paths)
    assert paths[4].read_text(encoding="utf-8") == article_text(3, 4)
    assert len({p.name for p in paths}) == 25


def test_true_extraction_matches_the_text_and_the_allow_list():
    for i in range(100):
        x = article_extraction(5, i)
        assert x.article.synthetic and x.article.text == article_text(5, i)
        ids = {e.id for e in x.entities}
        for e in x.entities:
            assert e.label in model.ENTITY_LABELS
            for ev in e.mentions:
                assert x.article.text[ev.start : ev.end] == ev.sentence
        for r in x.relations:
            assert r.type in model.RELATIONSHIP_TYPES and r.source in ids and r.target in ids
            for ev in r.evidence:
                assert x.article.text[ev.start : ev.end] == ev.sentence
        assert any(e.id == "org:moit" for e in x.entities)


def test_cli_synth_writes_the_corpus(tmp_path):
    from typer.testing import CliRunner

    from edkg.cli import app

    result = CliRunner().invoke(app, ["synth", "--articles", "12", "--seed", "4", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    files = sorted(tmp_path.rglob("*.txt"))
    assert len(files) == 12 and files[0].read_text(encoding="utf-8") == article_text(4, 0)
