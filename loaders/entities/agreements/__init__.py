"""Agreements: MoUs, cooperation agreements, action plans, FTAs, partnership frameworks.

Takes an `ArticleDoc` with places, organisations, people, topics and events;
adds Agreement entities (`type`, `status`, `date`), `PARTY_TO` (party ->
agreement), `ABOUT` (agreement -> topic) and `SIGNED_AT` (agreement -> the
event where it was signed or handed over).

How it reads:
- a head (`Bản ghi nhớ`, `thỏa thuận hợp tác`, `Kế hoạch hành động`, `Hiệp
  định Thương mại tự do`, `CPTPP`, `Đối tác chiến lược toàn diện`) and its
  title, up to the end of its clause or to a coordinated head (`… và Danh mục
  …`); a head with no complement (`ký thỏa thuận hợp tác với …`) or a generic
  plural (`các FTA`) is no agreement of its own;
- parties from `giữa A và B` (organisations and places; a provincial
  government is a party together with its province; a country after a comma
  only qualifies the party before it), from `A - B` after a partnership, or,
  for an FTA naming none, the countries of the sentence (`hai nước`: the
  article's two main countries);
- `N văn kiện … là X và Y` with N items: N agreements, one per item, each
  with the signer;
- status from the nearest cue next to the head, before it (other agreements'
  titles masked), else after it; else the last cue of a sentence about
  agreements at most two sentences back (`Các văn kiện … bao gồm …` after
  `đã ký và trao 3 văn kiện`); else in force for FTAs and partnerships; the
  date likewise, or the date of the event it was signed at;
- a bare mention (`Kế hoạch hành động giai đoạn 2024-2026`) merges with a
  fuller one of the same type whose title it begins; a headline's mention
  merges with the body's one of its type.

English: the same heads in English (`memorandum of understanding`,
`cooperation agreement`, `action plan`, `Comprehensive Strategic
Partnership`), `between A and B`, the signers of `the action plan that A and
B signed`, status cues (`signed`, `will sign`, `proposed`, `negotiate`, `in
force`) with the clause after the title read first when it is a relative
clause, a title that starts at the names before its head (`Viet Nam – Korea
Free Trade Agreement`) and ends where a new clause begins.
"""

from __future__ import annotations

from loaders.entities.agreements.stage import find_agreements

__all__ = ["find_agreements"]
