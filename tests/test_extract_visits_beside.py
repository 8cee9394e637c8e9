"""A visit told beside the meetings held during it is its traveller's (decided in `docs/annotation-conventions.md`,
"A visit beside its meetings"). Every text here is written for the test, with names of our own."""

from __future__ import annotations

from tests.extraction import attendees, of_kind, run


def test_his_visit_after_talks_with_a_partner_is_the_subject_s() -> None:
    """`During talks with Thai Minister Y on April 8 as part of his visit to the country, X said …`: Y is named as
    the partner of the talks, so `his` stands for the subject X after the clause; the visit is X's, not Y's."""
    doc = run(
        "date 2024-04-09 VIENTIANE — Minister of Industry and Trade Trần Văn Lâm said Việt Nam would buy more "
        "electricity from Thailand.\n\nDuring talks with Thai Minister of Energy Somchai Prasert on April 8 as part of "
        "his visit to the country, Lâm said the two ministries would set up a working group on power trade."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
