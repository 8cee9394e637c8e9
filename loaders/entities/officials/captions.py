"""Officials named in the photos' captions that cleaning set aside (`Article.captions`): read apart from the text,
and only the people a title there gives a post.

Why: a caption is often the one place a page names its guest in full with his title (`Phó Thủ tướng, Bộ trưởng Bộ
Kế hoạch và Đầu tư Lào X phát biểu (Ảnh: TTXVN)`, `Governor of Rostov region Y (Photo: VNA)`), while the body says
`the Lao Deputy Prime Minister` or his surname alone. Kept as text, captions named on unseen pages people the story
does not report on and told events and signings twice; read apart, they add only officials with their posts, never
a sentence any other stage reads (no span in the article's text: no event's participant, no agreement's signer).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from core.text import fold
from core.vocabulary import Label, RelType
from loaders.entities.doc import ArticleDoc
from loaders.models import Article, Entity, Evidence, Relation, Sentence

_PLACES = (Label.COUNTRY, Label.PROVINCE)
_SAME_SPELLING = 90
"""How alike (`fuzz.ratio`, folded) a caption's name and one of the text's are when they are one name mistyped."""


def caption_article(article: Article) -> Article | None:
    """The captions of an article as an article of their own (one sentence a caption), for the stages that read
    places, bodies and officials; None when cleaning set none aside."""
    if not article.captions:
        return None
    sentences, at = [], 0
    for caption in article.captions:
        sentences.append(Sentence(caption, at, at + len(caption)))
        at += len(caption) + 1
    return Article(
        id=article.id,
        title="",
        text="\n".join(article.captions),
        text_hash=article.text_hash,
        source_file=article.source_file,
        outlet=article.outlet,
        url=article.url,
        date=article.date,
        lang=article.lang,
        sentences=sentences,
    )


def add_captioned_officials(doc: ArticleDoc, captions: ArticleDoc) -> None:
    """The officials the captions read with a post (a `HOLDS_POSITION` there) join the article's, with that post and
    its body: a person the text names already gains the post, one it does not is added. A country or province the
    post is at joins only when the text names it too (the page's places are the text's; an organisation is recall
    only). Their evidence is the caption's sentence, at the text's end (they stand in no sentence of the text)."""
    end = len(doc.text)
    for rel in list(captions.relations.values()):
        person, body = captions.entities.get(rel.source), captions.entities.get(rel.target)
        if rel.type != RelType.HOLDS_POSITION or person is None or body is None or person.label != Label.OFFICIAL:
            continue
        if body.label in _PLACES and body.id not in doc.entities:
            continue
        shorter = _shorter_in_text(doc, person) if person.id not in doc.entities else None
        if shorter is None and person.id not in doc.entities and _named_otherwise(doc, person):
            continue
        for ent in (person, body):
            _copy_entity(doc, ent, end)
        if shorter is not None:
            doc.merge_entity(shorter, person.id)  # (`Perez Brito` in the text: the caption's `Ydael Jesus Perez Brito`)
        key = (rel.type, rel.source, rel.target)
        if key not in doc.relations:
            evidence = [Evidence(doc.article.id, ev.sentence, end, end, ev.confidence) for ev in rel.evidence[:1]]
            doc.relations[key] = Relation(rel.type, rel.source, rel.target, dict(rel.properties), evidence)


def _shorter_in_text(doc: ArticleDoc, person: Entity) -> str | None:
    """The official the text names by the last words of the caption's name alone (`Perez Brito`, `Akkerman`, read
    as a person of their own there, for the text never writes the name in full): the caption's person, by the short
    form the page uses for him."""
    full = fold(person.name).split()
    for ent in doc.entities.values():
        if ent.label != Label.OFFICIAL:
            continue
        for name in (ent.name, *ent.aliases):
            words = fold(name).split()
            if 0 < len(words) < len(full) and full[-len(words) :] == words:
                return ent.id
    return None


def _named_otherwise(doc: ArticleDoc, person: Entity) -> bool:
    """Whether the text names an official by the caption's family or last name under another id (`Thủ tướng Bỉ
    S.Mi-xen` in a caption, `Sác-lơ Mi-xen` in the text): the captions, read alone, cannot tell a short or another
    spelling of the text's person from someone else, and adding him made the page's one guest two people (a name a
    letter or two away from one of the text's (`Nguyen Tan Dun` beside `Nguyen Tan Dung`) is a slip of the same.)"""
    folded = fold(person.name)
    last = folded.split()[-1:]
    return any(
        fold(name).split()[-1:] == last or fuzz.ratio(fold(name), folded) >= _SAME_SPELLING
        for ent in doc.entities.values()
        if ent.label == Label.OFFICIAL
        for name in (ent.name, *ent.aliases)
    )


def _copy_entity(doc: ArticleDoc, ent: Entity, end: int) -> None:
    """An entity of the captions in the article's, with its names and properties; a caption's mention only for one
    the text never names (so that the entity is written at all). One the text holds without a mention (a body a
    title implies, `Bộ trưởng X` with the ministry an earlier article gave him) is one it never names, too: else the
    caption's body would be written or not by what earlier files the extractor read."""
    copied = doc.entity(
        ent.id, ent.label, ent.name, labels=ent.labels, aliases=ent.aliases, properties=dict(ent.properties)
    )
    if not copied.mentions and ent.mentions:
        first = ent.mentions[0]
        copied.mentions.append(Evidence(doc.article.id, first.sentence, end, end, first.confidence))
